import { describe, expect, it } from 'vitest';
import { recommendationText } from './recommendation-text.js';

describe('recommendationText', () => {
  it('renders an indicator-gap candidate in en, ru and kk with its named values', () => {
    const r = recommendationText({
      code: 'indicator_gap',
      params: { country: 'TJK', indicator: 'ITU_MBB_DATA_GNI', value: 4.76, year: 2022, reference: 'target', referenceValue: 2 },
    });
    expect(r.title.en).toBe('Close the gap on ITU_MBB_DATA_GNI in TJK');
    expect(r.text.en).toBe(
      'In TJK, ITU_MBB_DATA_GNI was 4.76 in 2022, short of the target of 2. Set out the measures that would close the gap, the body responsible and a date.',
    );
    expect(r.text.ru).toContain('целевое значение 2');
    expect(r.text.ru).toContain('4,76');
    expect(r.text.kk).toContain('2 нысаналы мәнінен');
  });

  it('names the reference a peers or frontier gap is measured against', () => {
    const p = { country: 'UZB', indicator: 'X', value: 60, year: 2023, referenceValue: 80 } as const;
    expect(recommendationText({ code: 'indicator_gap', params: { ...p, reference: 'peers' } }).text.en).toContain('the median of the other countries in scope, 80');
    expect(recommendationText({ code: 'indicator_gap', params: { ...p, reference: 'frontier' } }).text.ru).toContain('лучшее значение в охвате, 80');
  });

  it('renders policy and regional candidates, with plural forms', () => {
    const p = recommendationText({ code: 'policy_gap', params: { country: 'KGZ', criterion: 'telecom-law', level: 2, required: 3 } });
    expect(p.title).toEqual({
      en: 'Raise “telecom-law” to level 3 in KGZ',
      ru: 'Поднять критерий «telecom-law» до уровня 3: KGZ',
      kk: 'KGZ: «telecom-law» өлшемін 3 деңгейге көтеру',
    });
    const r = (countries: number) => recommendationText({ code: 'regional_policy_gap', params: { criterion: 'cert', countries, required: 3 } }).text;
    expect(r(5).en).toMatch(/^5 countries in scope are below level 3/);
    expect(r(5).ru).toMatch(/^5 стран охвата находятся/);
    expect(r(4).ru).toMatch(/^4 страны охвата находятся/);
    expect(r(1).en).toMatch(/^1 country in scope is/);
  });
});
