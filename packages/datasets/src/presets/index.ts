import type { MethodologySpec } from '@dsc/domain';
import { coinrExample } from './coinr-example.js';
import { ddc } from './ddc.js';
import { dscDmi } from './dsc-dmi.js';
import { egdi } from './egdi.js';

export { coinrExample, ddc, dscDmi, egdi };

/** Methodology presets with a full tree, by id. */
export const methodologyPresets: Readonly<Record<'dsc-dmi' | 'egdi' | 'ddc', MethodologySpec>> = {
  'dsc-dmi': dscDmi,
  egdi,
  ddc,
};

/** Step templates to combine with a tree read elsewhere (e.g. a COINr iMeta table), by id. */
export const methodologyTemplates: Readonly<Record<'coinr-example', Omit<MethodologySpec, 'nodes'>>> = {
  'coinr-example': coinrExample,
};

export type MethodologyPresetId = keyof typeof methodologyPresets;
export type MethodologyTemplateId = keyof typeof methodologyTemplates;
