import { describe, expect, it } from 'vitest';
import { examples } from './__fixtures__/examples.js';
import { InitiativeRegister } from './initiative.js';
import { parseDocument } from './parse.js';
import { currentVersion } from './registry.js';

const register = examples['initiative-register'] as { initiatives: Record<string, unknown>[] } & Record<
  string,
  unknown
>;
const entry = register.initiatives[0]!;
const withEntry = (patch: Record<string, unknown>) => ({
  ...register,
  initiatives: [{ ...entry, ...patch }],
});
const paths = (doc: unknown) =>
  InitiativeRegister.safeParse(doc).error?.issues.map((i) => i.path.join('/')) ?? [];

describe('InitiativeRegister', () => {
  it('parses a register as a document of its own kind, version 1', () => {
    const r = parseDocument(register);
    expect(r.ok).toBe(true);
    expect(currentVersion('initiative-register')).toBe(1);
  });

  it('rejects a budget without its source', () => {
    const budgets = [{ amount: 1, currency: 'USD', funder: 'IDA' }];
    expect(paths(withEntry({ budgets }))).toEqual(['initiatives/0/budgets/0/source']);
  });

  it('rejects an id that is not kebab-case, a country outside ISO 3166 and an empty pillar list', () => {
    expect(paths(withEntry({ id: 'WB Digital CASA', countries: ['KGX'], pillars: [] }))).toEqual([
      'initiatives/0/id',
      'initiatives/0/countries/0',
      'initiatives/0/pillars',
    ]);
  });

  it('rejects a source that does not say whether it is secondary, and unknown fields', () => {
    const sources = [{ title: 'ISR', publisher: 'World Bank', url: 'https://documents.worldbank.org/' }];
    expect(paths(withEntry({ sources, budget: 5 }))).toEqual([
      'initiatives/0/sources/0/secondary',
      'initiatives/0',
    ]);
  });

  it('rejects a duplicate id and an end before the start', () => {
    const doc = { ...register, initiatives: [entry, { ...entry, start: '2020', end: '2019' }] };
    expect(paths(doc)).toEqual(['initiatives/1/id', 'initiatives/1/end']);
  });

  it('keeps Russian and Kazakh names optional: a missing official name is left out, never filled in', () => {
    expect(InitiativeRegister.safeParse(withEntry({ name: { en: 'Digital CASA', ru: '' } })).success).toBe(
      false,
    );
    expect(InitiativeRegister.safeParse(withEntry({ name: { en: 'Digital CASA' } })).success).toBe(true);
  });
});
