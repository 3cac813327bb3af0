import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { fixturePlan } from '../__fixtures__/plan.js';
import { checkIatiRules, periodRange, toIatiXml } from './iati.js';

/** The xsd:sequence of iati-activity in IATI 2.03. */
const ORDER = [
  'iati-identifier', 'reporting-org', 'title', 'description', 'participating-org', 'other-identifier', 'activity-status',
  'activity-date', 'contact-info', 'activity-scope', 'recipient-country', 'recipient-region', 'location', 'sector', 'tag',
  'country-budget-items', 'humanitarian-scope', 'policy-marker', 'collaboration-type', 'default-flow-type',
  'default-finance-type', 'default-aid-type', 'default-tied-status', 'budget', 'planned-disbursement', 'capital-spend',
  'transaction', 'document-link', 'related-activity', 'legacy-data', 'conditions', 'result', 'crs-add', 'fss',
];

const exportFixture = (today = '2027-01-15') => {
  const r = toIatiXml(fixturePlan, { today, generatedAt: '2027-01-15T00:00:00Z' });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};
type Ordered = Record<string, unknown>[];
const childNames = (xml: string): string[][] => {
  const doc = new XMLParser({ preserveOrder: true, ignoreAttributes: false }).parse(xml) as Ordered;
  const root = doc.find((n) => 'iati-activities' in n)?.['iati-activities'] as Ordered;
  return root.filter((n) => 'iati-activity' in n).map((a) => (a['iati-activity'] as Ordered).map((c) => Object.keys(c).find((k) => k !== ':@') ?? ''));
};

describe('IATI 2.03 export', () => {
  it('writes a programme and one child per phase, linked both ways', () => {
    const r = exportFixture();
    expect(r.activities).toBe(3);
    expect(r.xml).toContain('hierarchy="1"');
    expect(r.xml).toContain('<related-activity ref="XM-DAC-41106-FX-P1" type="2"/>');
    expect(r.xml).toContain('<related-activity ref="XM-DAC-41106-FX" type="1"/>');
  });
  it('keeps the schema element order in every activity', () => {
    for (const names of childNames(exportFixture().xml)) {
      const positions = names.map((n) => ORDER.indexOf(n));
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      expect(names.slice(0, 3)).toEqual(['iati-identifier', 'reporting-org', 'title']);
    }
  });
  it('splits budgets into periods within one year and dates every value', () => {
    const { xml } = exportFixture();
    expect(xml).toMatch(/<period-start iso-date="2027-01-04"\/>\s*<period-end iso-date="2027-12-31"\/>/);
    expect(xml).toMatch(/<period-start iso-date="2028-01-01"\/>\s*<period-end iso-date="2028-01-30"\/>/);
    const values = xml.match(/<value[^>]*>/g) ?? [];
    expect(values.length).toBeGreaterThan(0);
    expect(values.every((v) => v.includes('value-date='))).toBe(true);
  });
  it('keeps pledges and future receipts out of transactions', () => {
    const early = exportFixture('2027-01-15').xml;
    expect(early).not.toContain('<transaction>');
    expect(early).toContain('<planned-disbursement type="1">');
    const later = exportFixture('2027-04-01').xml;
    expect(later).toMatch(/<transaction-type code="1"\/>\s*<transaction-date iso-date="2027-03-01"\/>/);
  });
  it('exports results with indicators, SDG references, baselines and targets', () => {
    const r = exportFixture();
    expect(r.xml).toMatch(/<result type="2">[\s\S]*<indicator measure="1">[\s\S]*<baseline year="2023" value="10"\/>[\s\S]*<target value="20"\/>/);
    expect(r.skippedResults).toEqual(['G', 'OP1']);
  });
  it('passes the IATI ruleset checks', () => {
    expect(checkIatiRules(exportFixture().xml, '2027-01-15')).toEqual([]);
  });
  it('the ruleset check catches violations', () => {
    const bad = exportFixture()
      .xml.replace('percentage="50"', 'percentage="40"')
      .replace('<period-end iso-date="2027-12-31"/>', '<period-end iso-date="2028-06-30"/>')
      .replace('significance="0"', '')
      .replace('<activity-date type="1"', '<activity-date type="2"')
      .replace('XM-DAC-41106-FX</iati-identifier>', 'XM-DAC-41106/FX</iati-identifier>');
    const rules = new Set(checkIatiRules(bad, '2027-01-02').map((f) => f.rule));
    expect([...rules].sort()).toEqual(['actual_date_not_future', 'identifier_characters', 'period_max_one_year', 'policy_marker_significance', 'recipient_percentages']);
  });
  it('refuses a plan without IATI settings or with forbidden identifier characters', () => {
    expect(toIatiXml({ ...fixturePlan, iati: undefined }, { today: '2027-01-01' })).toMatchObject({ ok: false, error: { code: 'iati_settings_missing' } });
    const iati = { ...fixturePlan.iati!, identifier: 'A/B' };
    expect(toIatiXml({ ...fixturePlan, iati }, { today: '2027-01-01' })).toMatchObject({ ok: false, error: { code: 'iati_invalid_identifier' } });
  });
  it('reads KPI periods', () => {
    expect(periodRange('2027')).toEqual({ start: '2027-01-01', end: '2027-12-31' });
    expect(periodRange('2027-Q4')).toEqual({ start: '2027-10-01', end: '2027-12-31' });
    expect(periodRange('2028-02')).toEqual({ start: '2028-02-01', end: '2028-02-29' });
    expect(periodRange('2027-01-01/2029-01-01')).toBeUndefined();
  });
});
