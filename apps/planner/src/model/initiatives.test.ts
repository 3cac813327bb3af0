import type { Initiative } from '@dsc/domain';
import { getMessages } from '@dsc/i18n';
import { describe, expect, it } from 'vitest';
import { makeI18n } from '../i18n/i18n-context.js';
import { cellInitiatives, heatTable, shade } from './initiatives.js';

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

const register = [
  entry('regional', ['KAZ', 'KGZ'], ['digital-connectivity']),
  entry('kgz-one', ['KGZ'], ['digital-connectivity']),
  entry('kgz-two', ['KGZ'], ['digital-connectivity']),
  entry('kgz-three', ['KGZ'], ['digital-connectivity']),
  entry('done', ['KAZ'], ['digital-transformation'], 'completed'),
];

describe('the initiatives heat table', () => {
  const rows = heatTable(register, ['KAZ', 'KGZ'], ['digital-connectivity', 'digital-transformation']);

  it('counts active initiatives per cell and shades them against the fullest cell', () => {
    expect(rows.map((r) => r.map((c) => [c.count, c.shade]))).toEqual([
      [
        [1, 1],
        [0, 0],
      ],
      [
        [4, 4],
        [0, 0],
      ],
    ]);
  });

  it('flags the cells without an active initiative as gaps', () => {
    expect(
      rows
        .flat()
        .filter((c) => c.gap)
        .map((c) => `${c.country}/${c.pillar}`),
    ).toEqual(['KAZ/digital-transformation', 'KGZ/digital-transformation']);
  });

  it('lists the initiatives of a selected cell in register order', () => {
    expect(cellInitiatives(register, rows[1]![0]!).map((i) => i.id)).toEqual([
      'regional',
      'kgz-one',
      'kgz-two',
      'kgz-three',
    ]);
  });

  it('shades 0 for none and at least 1 for any initiative', () => {
    expect([shade(0, 9), shade(1, 9), shade(5, 9), shade(9, 9), shade(3, 0)]).toEqual([0, 1, 3, 4, 0]);
  });

  it('has its labels in English, Russian and Kazakh', () => {
    for (const locale of ['en', 'ru', 'kk'] as const) {
      const { t } = makeI18n(locale, getMessages(locale));
      expect(t('datasets.initiatives.planner.title')).not.toBe('datasets.initiatives.planner.title');
      expect(
        t('datasets.initiatives.planner.cellLabel', { country: 'KGZ', pillar: 'x', count: 4 }),
      ).toContain('4');
    }
  });
});
