import type { I18nText } from '@dsc/domain';
import { describe, expect, it } from 'vitest';
import { countries, frameworks, indicators, PILLARS } from './index.js';

const missing = (what: string, t: I18nText | undefined): string[] =>
  !t ? [what] : (['en', 'ru', 'kk'] as const).filter((l) => !t[l]?.trim()).map((l) => `${what} (${l})`);

describe('every user-visible name in the embedded data is in en, ru and kk', () => {
  it('countries and aggregates (short and formal name)', () => {
    const gaps = countries().flatMap((c) => [
      ...missing(`${c.iso3} name`, c.name),
      ...(c.formalName ? missing(`${c.iso3} formal name`, c.formalName) : []),
    ]);
    expect(gaps).toEqual([]);
  });
  it('indicators', () => {
    expect(indicators().flatMap((i) => missing(i.code, i.name))).toEqual([]);
  });
  it('pillars', () => {
    expect(Object.entries(PILLARS).flatMap(([id, p]) => missing(id, p))).toEqual([]);
  });
  it('frameworks by their names; their items in English at least (documented exception)', () => {
    // Exception (TRANSLATION-REVIEW.md, "Framework items"): item names — SDG targets, roadmap areas, IATI and DAC
    // codes, budget classes — are kept as the bodies publish them (English; some Russian); no official Kazakh
    // texts were sourced, so they are not required in kk or ru here.
    const gaps = frameworks().flatMap((f) => [
      ...missing(f.id, f.name),
      ...f.items.filter((i) => !i.name.en?.trim()).map((i) => `${f.id} ${i.code} (en)`),
    ]);
    expect(gaps).toEqual([]);
  });
});
