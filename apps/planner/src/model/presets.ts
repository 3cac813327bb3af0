import type { MethodologySpec } from '@dsc/domain';

/** Presets that can run on the country data (their indicators are catalogue codes, not a user's iMeta tree). */
export const usablePresets = (presets: readonly MethodologySpec[]): MethodologySpec[] =>
  presets.filter((p) => p.nodes.some((n) => n.type === 'indicator') && p.id !== 'coinr-example');

/** The preset chosen in the URL, else the DSC index, else the first. */
export function pickPreset(presets: readonly MethodologySpec[], id: string | undefined): MethodologySpec | undefined {
  return presets.find((p) => p.id === id) ?? presets.find((p) => p.id.startsWith('dsc')) ?? presets[0];
}

