import type { Initiative } from '@dsc/domain';
import { describe, expect, it } from 'vitest';
import { PILLARS, initiativeMatrix, initiatives, scopeCountries } from './index.js';

const all = initiatives();

describe('the programmes and initiatives register', () => {
  it('holds at least 40 entries across all eight countries, with stable kebab-case ids', () => {
    expect(all.length).toBeGreaterThanOrEqual(40);
    for (const iso3 of scopeCountries) expect(initiatives({ iso3 }).length, iso3).toBeGreaterThan(0);
    for (const i of all) expect(i.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(new Set(all.map((i) => i.id)).size).toBe(all.length);
  });

  it('gives every entry a source URL, pillars of the index and countries in scope', () => {
    for (const i of all) {
      expect(i.sources.length, i.id).toBeGreaterThan(0);
      for (const s of i.sources) expect(() => new URL(s.url), i.id).not.toThrow();
      for (const p of i.pillars) expect(Object.keys(PILLARS), i.id).toContain(p);
      for (const c of i.countries) expect(scopeCountries, i.id).toContain(c);
    }
  });

  it('publishes no budget without its source, and leaves a budget out rather than estimate it', () => {
    const budgets = all.flatMap((i) => (i.budgets ?? []).map((b) => ({ id: i.id, ...b })));
    expect(budgets.length).toBeGreaterThan(0);
    for (const b of budgets) {
      expect(b.amount, b.id).toBeGreaterThan(0);
      expect(b.source.url, b.id).toMatch(/^https?:\/\//);
      expect(typeof b.source.secondary, b.id).toBe('boolean');
    }
  });

  it('filters by country (regional programmes included), pillar and status', () => {
    const kgz = initiatives({ iso3: 'KGZ' });
    expect(kgz.map((i) => i.id)).toContain('wb-digital-casa-kgz');
    expect(kgz.map((i) => i.id)).toContain('carec-digital-strategy-2030');
    expect(kgz.every((i) => i.countries.includes('KGZ'))).toBe(true);
    expect(
      initiatives({ pillar: 'digital-connectivity' }).every((i) =>
        i.pillars.includes('digital-connectivity'),
      ),
    ).toBe(true);
    expect(initiatives({ status: ['completed'] }).every((i) => i.status === 'completed')).toBe(true);
  });
});

const entry = (
  id: string,
  countries: string[],
  pillars: string[],
  status: Initiative['status'] = 'active',
): Initiative => ({
  id,
  name: { en: id },
  type: 'programme',
  countries,
  regional: countries.length > 1,
  lead: 'Lead',
  status,
  pillars,
  sources: [{ title: 't', publisher: 'p', url: 'https://example.org/', secondary: false }],
});

describe('initiativeMatrix', () => {
  const register = [
    entry('b-regional', ['KAZ', 'KGZ'], ['digital-connectivity']),
    entry('a-national', ['KGZ'], ['digital-connectivity', 'digital-transformation']),
    entry('c-done', ['KAZ'], ['digital-transformation'], 'completed'),
    entry('d-planned', ['KAZ'], ['digital-transformation'], 'planned'),
  ];
  const axes = { countries: ['KAZ', 'KGZ'], pillars: ['digital-connectivity', 'digital-transformation'] };

  it('counts running initiatives per country and pillar, regional ones in each of their countries, ids sorted', () => {
    const m = initiativeMatrix(register, axes);
    expect(m.cells.map((row) => row.map((c) => c.ids))).toEqual([
      [['b-regional'], []],
      [['a-national', 'b-regional'], ['a-national']],
    ]);
    expect(m.cells[1]![0]!.count).toBe(2);
  });

  it('flags empty cells as gaps: completed and planned initiatives do not count by default', () => {
    const m = initiativeMatrix(register, axes);
    expect(
      m.cells
        .flat()
        .filter((c) => c.gap)
        .map((c) => `${c.country}/${c.pillar}`),
    ).toEqual(['KAZ/digital-transformation']);
    expect(m.statuses).toEqual(['active']);
  });

  it('counts the statuses it is given', () => {
    const m = initiativeMatrix(register, { ...axes, statuses: ['active', 'planned'] });
    expect(m.cells[0]![1]!.ids).toEqual(['d-planned']);
  });
});
