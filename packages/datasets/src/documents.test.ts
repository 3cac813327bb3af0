import type { AnyDocument } from '@dsc/domain';
import { alpha3ToAlpha2, alpha3ToNumeric, parseDocument } from '@dsc/domain';
import { describe, expect, it } from 'vitest';
import {
  countries,
  frameworks,
  indicators,
  observationDatasets,
  observations,
  policyAssessments,
  policyInstruments,
  policyRubric,
  presets,
  samplePlan,
  sources,
} from './index.js';

const valid = (doc: unknown): AnyDocument => {
  const r = parseDocument(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.error, null, 1).slice(0, 2000));
  return r.value;
};

describe('every committed document validates with @dsc/domain', () => {
  it.each([
    ['countries', () => countries()],
    ['frameworks', () => frameworks()],
    ['indicators', () => indicators()],
    ['policy instruments', () => policyInstruments()],
    ['policy assessments', () => policyAssessments()],
    ['rubric', () => [policyRubric()]],
    ['methodology presets', () => presets()],
  ] as const)('%s', (_name, load) => {
    const docs = load();
    expect(docs.length).toBeGreaterThan(0);
    for (const d of docs) expect(valid(d)).toEqual(d);
  });

  it('observation datasets (every row, with its sources)', async () => {
    const ds = await observationDatasets();
    expect(ds.map((d) => d.id)).toEqual(['itu-g5', 'itu-gci', 'itu-idi', 'itu-prices', 'owid-itu-internet', 'owid-un-sdg-9c1', 'un-desa-egov', 'wb-gtmi', 'wb-wdi']);
    for (const d of ds) valid(d);
    expect(ds.reduce((n, d) => n + d.observations.length, 0)).toBe(3331);
  });
});

it('the illustrative sample plan', async () => {
  const plan = await samplePlan();
  expect(valid(plan).kind).toBe('plan');
});

describe('cross-references', () => {
  it('the sample plan refers only to catalogued frameworks, framework items, indicators and areas', async () => {
    const plan = await samplePlan();
    const items = new Map(frameworks().map((f) => [f.id, new Set(f.items.map((i) => i.code))]));
    const codes = new Set(indicators().map((i) => i.code));
    const areas = new Set(countries().map((c) => c.iso3));
    const refs = plan.activities.flatMap((a) => a.alignment.map((r) => ({ ...r, at: a.id })));
    expect(refs.length).toBeGreaterThan(0);
    for (const r of refs) {
      expect(items.has(r.framework), `${r.at}: framework ${r.framework}`).toBe(true);
      expect(items.get(r.framework)?.has(r.code), `${r.at}: ${r.framework} ${r.code}`).toBe(true);
    }
    for (const k of plan.kpis) {
      if (k.indicator !== undefined) expect(codes.has(k.indicator), `${k.id}: ${k.indicator}`).toBe(true);
      if (k.country !== undefined) expect(areas.has(k.country), `${k.id}: ${k.country}`).toBe(true);
    }
  });

  it('the sample plan refers only to its own organisations, catalogued countries, DAC channels and known currencies', async () => {
    const plan = await samplePlan();
    const orgIds = new Set(plan.organisations.map((o) => o.id));
    const channels = new Set(frameworks().find((f) => f.id === 'dac-channel')?.items.map((i) => i.code));
    const iso3 = new Set(countries().map((c) => c.iso3));
    // USD: the UN's reporting currency; otherwise a catalogued country's currency.
    const currencies = new Set(['USD', ...countries().flatMap((c) => (c.currency ? [c.currency] : []))]);
    const seen: { key: string; value: string; at: string }[] = [];
    const walk = (v: unknown, at: string): void => {
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${at}/${i}`));
      else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) {
          if (typeof x === 'string' && ['organisation', 'owner', 'currency'].includes(k)) seen.push({ key: k, value: x, at });
          else walk(x, `${at}/${k}`);
        }
    };
    walk(plan, '');
    expect(seen.filter((r) => r.key === 'organisation').length).toBeGreaterThan(0);
    expect(seen.filter((r) => r.key === 'currency').length).toBeGreaterThan(0);
    for (const r of seen) {
      const ok = r.key === 'currency' ? currencies.has(r.value) : orgIds.has(r.value);
      expect(ok, `${r.at}: ${r.key} ${r.value}`).toBe(true);
    }
    for (const c of plan.countries) expect(iso3.has(c), `countries: ${c}`).toBe(true);
    for (const o of plan.organisations)
      if (o.iatiRef?.startsWith('XM-DAC-')) expect(channels.has(o.iatiRef.slice(7)), `${o.id}: ${o.iatiRef}`).toBe(true);
  });

  it('every observed series is catalogued with the same unit, and every catalogued series has data', async () => {
    const r = await observations();
    if (!r.ok) throw new Error(r.error.code);
    const cat = new Map(indicators().map((i) => [i.code, i]));
    const seen = new Set<string>();
    for (const o of r.value) {
      expect(cat.get(o.indicator)?.unit, o.indicator).toBe(o.unit);
      seen.add(o.indicator);
    }
    const stored = indicators().filter((i) => !(i.tags ?? []).includes('derived'));
    expect([...seen].sort()).toEqual(stored.map((i) => i.code).sort());
  });

  it('the catalogue names every series in en, ru and kk, with a rationale for every goalpost', () => {
    for (const i of indicators()) {
      expect([i.code, Boolean(i.name.ru), Boolean(i.name.kk)]).toEqual([i.code, true, true]);
      if (i.goalposts) expect(i.goalposts.rationale.length).toBeGreaterThan(10);
      else expect(i.caveats ?? i.tags?.join(), i.code).toMatch(/goalposts|context/i);
    }
  });

  it('methodology presets use catalogued series with the catalogue unit', () => {
    const cat = new Map(indicators().map((i) => [i.code, i]));
    for (const p of presets())
      for (const n of p.nodes)
        if (n.type === 'indicator') {
          expect(cat.has(n.id), `${p.id}: ${n.id}`).toBe(true);
          if (n.unit !== undefined) expect(n.unit, `${p.id}: ${n.id}`).toBe(cat.get(n.id)?.unit);
        }
  });

  it('every observation area is a listed country or aggregate', async () => {
    const r = await observations();
    const areas = new Set(countries().map((c) => c.iso3));
    if (r.ok) for (const o of r.value) expect(areas.has(o.iso3), o.iso3).toBe(true);
  });

  it('every source id used anywhere is in the licence register', async () => {
    const ids = new Set(sources().map((s) => s.id));
    for (const c of countries()) for (const s of c.sources ?? []) expect(ids.has(s), s).toBe(true);
    for (const i of indicators()) expect(ids.has(i.source.id)).toBe(true);
    for (const f of frameworks()) expect(ids.has(f.source.id)).toBe(true);
    for (const a of policyAssessments()) for (const s of a.sources ?? []) expect(ids.has(s)).toBe(true);
    const ds = await observationDatasets();
    for (const d of ds) for (const s of d.sources) expect(ids.has(s.id)).toBe(true);
  });

  it('every assessment score cites criteria of the rubric and instruments of its own country', () => {
    const byId = new Map(policyInstruments().map((i) => [i.id, i]));
    const criteria = new Set(policyRubric().criteria.map((c) => c.id));
    expect(policyAssessments().map((a) => a.iso3)).toEqual(['AFG', 'AZE', 'KAZ', 'KGZ', 'MNG', 'TJK', 'TKM', 'UZB']);
    for (const a of policyAssessments()) {
      expect(a.rubric).toEqual({ id: policyRubric().id, version: policyRubric().version });
      for (const s of [...a.scores, ...(a.gaps ?? [])]) expect(criteria.has(s.criterion), `${a.iso3} ${s.criterion}`).toBe(true);
      for (const s of a.scores)
        for (const e of s.evidence) for (const id of e.instruments) expect(byId.get(id)?.iso3, `${a.iso3} ${id}`).toBe(a.iso3);
    }
  });

  it('keeps the verification counts of the compiled register (150 instruments + 17 benchmark rows)', () => {
    const all = policyInstruments();
    const compiled = all.filter((i) => i.origin?.file === 'policy_instruments.csv');
    // entries added by the desk review have no raw origin and say where they were checked
    for (const i of all.filter((x) => x.origin === undefined)) expect(i.checked?.length ?? 0, i.id).toBeGreaterThan(0);
    expect(compiled.length + all.filter((i) => i.origin === undefined).length).toBe(all.length);
    const rows = compiled.filter((i) => i.type !== 'index_score');
    expect(rows).toHaveLength(150);
    expect(compiled.length - rows.length).toBe(17);
    const count = (v: string) => rows.filter((i) => i.verified === v).length;
    expect([count('yes'), count('partial'), count('no')]).toEqual([69, 80, 1]);
    expect(new Set(all.map((i) => i.id)).size).toBe(all.length);
  });

  it('countries: eight in scope with official names and flags; aggregates marked', () => {
    const inScope = countries({ aggregate: false });
    expect(inScope.map((c) => c.iso3)).toEqual(['AFG', 'AZE', 'KAZ', 'KGZ', 'MNG', 'TJK', 'TKM', 'UZB']);
    expect(countries({ speca: true }).map((c) => c.iso3)).toEqual(['AFG', 'AZE', 'KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']);
    const kgz = inScope.find((c) => c.iso3 === 'KGZ');
    expect(kgz).toMatchObject({ iso2: 'KG', m49: '417', name: { ru: 'Кыргызстан', kk: 'Қырғызстан' }, currency: 'KGS', lldc: true, ldc: false });
    expect(inScope.filter((c) => c.ldc === true).map((c) => c.iso3)).toEqual(['AFG']);
    expect(countries({ aggregate: true }).map((c) => c.iso3)).toEqual(['WLD', 'ECS', 'EAS', 'SAS', 'UN_CSA']);
    for (const c of inScope) {
      expect(c.iso2).toBe(alpha3ToAlpha2(c.iso3));
      expect(c.m49).toBe(alpha3ToNumeric(c.iso3));
    }
  });
});
