import type { I18nText, IatiSettings, Kpi, Plan, Result } from '@dsc/domain';
import { err, ok } from '@dsc/domain';
import { XMLParser } from 'fast-xml-parser';
import type { BudgetError } from '../budget.js';
import { convert, convertedLines, splitByPeriod } from '../budget.js';
import { addDays, toEpochDay } from '../calendar.js';
import type { PlanSchedule, PlanScheduleError } from '../plan-schedule.js';
import { schedulePlan } from '../plan-schedule.js';
import { resolveScenario } from '../scenarios.js';
import type { XmlNode, XmlWarning } from './xml.js';
import { el, toXml } from './xml.js';

/**
 * IATI Activity Standard 2.03 export. Codes used (IATI codelists, published under the Open Government
 * Licence / CC BY by the IATI Secretariat, https://iatistandard.org/en/iati-standard/203/codelists/):
 * DescriptionType 1 general, 2 objectives; ActivityDateType 1 planned start, 3 planned end; ActivityScope 2
 * regional; RelatedActivityType 1 parent, 2 child; ResultType 1 output, 2 outcome, 3 impact; IndicatorMeasure
 * 1 unit … 5 qualitative; IndicatorVocabulary 4 WDI, 9 SDG indicators; BudgetType 1 original; BudgetStatus 1
 * indicative; TransactionType 1 incoming funds, 11 incoming commitment; PolicyMarkerVocabulary 1 OECD DAC CRS.
 */

export type IatiError =
  | PlanScheduleError
  | BudgetError
  | { readonly code: 'iati_settings_missing' }
  | { readonly code: 'iati_invalid_identifier'; readonly field: string; readonly value: string };

export type IatiOptions = {
  /** Today's date (ISO): transactions dated after it are not exported (IATI rejects future transactions). */
  readonly today: string;
  /** `last-updated-datetime` (ISO date-time); defaults to the plan's IATI settings, else left out. */
  readonly generatedAt?: string;
  /** Export a scenario of the plan instead of the base plan. */
  readonly scenario?: string;
};

export type IatiExport = {
  readonly xml: string;
  readonly activities: number;
  /** Result nodes left out because they have no KPI (IATI requires at least one indicator per result). */
  readonly skippedResults: readonly string[];
  /** KPI target periods that could not be read as a date range. */
  readonly skippedPeriods: readonly string[];
  /** Characters XML 1.0 forbids (control characters in names or descriptions) that were replaced. */
  readonly warnings: readonly XmlWarning[];
};

const MEASURE: Record<NonNullable<Kpi['measure']>, string> = { unit: '1', percentage: '2', nominal: '3', ordinal: '4', qualitative: '5' };
const RESULT_TYPE = { goal: '3', outcome: '2', output: '1' } as const;
const BAD_ID = /[/&|?]/;

const narratives = (t: I18nText): XmlNode[] => [
  el('narrative', {}, [t.en]),
  ...(t.ru !== undefined ? [el('narrative', { 'xml:lang': 'ru' }, [t.ru])] : []),
  ...(t.kk !== undefined ? [el('narrative', { 'xml:lang': 'kk' }, [t.kk])] : []),
];

/** Reads a KPI period as a date range: `2027`, `2027-Q2`, `2027-05`, or `2027-01-01/2027-06-30`. */
export function periodRange(period: string): { start: string; end: string } | undefined {
  let m = /^(\d{4})$/.exec(period);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  m = /^(\d{4})-Q([1-4])$/.exec(period);
  if (m) {
    const q = Number(m[2]);
    const start = `${m[1]}-${String(q * 3 - 2).padStart(2, '0')}-01`;
    const next = q === 4 ? `${Number(m[1]) + 1}-01-01` : `${m[1]}-${String(q * 3 + 1).padStart(2, '0')}-01`;
    return { start, end: addDays(next, -1) };
  }
  m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m) {
    const mo = Number(m[2]);
    const next = mo === 12 ? `${Number(m[1]) + 1}-01-01` : `${m[1]}-${String(mo + 1).padStart(2, '0')}-01`;
    return { start: `${m[1]}-${m[2]}-01`, end: addDays(next, -1) };
  }
  m = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(period);
  if (m && m[1] && m[2] && m[1] <= m[2] && toEpochDay(m[2]) - toEpochDay(m[1]) <= 365) return { start: m[1], end: m[2] };
  return undefined;
}

const fmt = (n: number): string => String(Math.round(n * 100) / 100);

/** Yearly budget elements (each period within one calendar year) for a set of budget lines. */
function budgets(lines: readonly { line: Plan['budget'][number]; amount: number }[]): XmlNode[] {
  const years = new Map<string, { start: string; end: string; amount: number }>();
  for (const { line, amount } of lines) {
    for (const part of splitByPeriod(line, amount, 'year')) {
      const y = part.key;
      const start = line.periodStart > `${y}-01-01` ? line.periodStart : `${y}-01-01`;
      const end = line.periodEnd < `${y}-12-31` ? line.periodEnd : `${y}-12-31`;
      const cur = years.get(y);
      years.set(y, cur ? { start: start < cur.start ? start : cur.start, end: end > cur.end ? end : cur.end, amount: cur.amount + part.amount } : { start, end, amount: part.amount });
    }
  }
  return [...years.keys()].sort().map((y) => {
    const b = years.get(y) as { start: string; end: string; amount: number };
    return el('budget', { type: '1', status: '1' }, [
      el('period-start', { 'iso-date': b.start }),
      el('period-end', { 'iso-date': b.end }),
      el('value', { 'value-date': b.start }, [fmt(b.amount)]),
    ]);
  });
}

/**
 * Exports the plan (or one scenario of it) as IATI 2.03 activity XML: the programme as a `hierarchy="1"`
 * activity and each phase as a child (`hierarchy="2"`), linked both ways with `related-activity`.
 * Budgets are split into periods within one calendar year; pledges and expected money become
 * `planned-disbursement`, and only commitments and receipts dated on or before `today` become transactions.
 *
 * @example
 * const r = toIatiXml(plan, { today: '2026-11-23' });
 * if (r.ok) writeFile('plan.iati.xml', r.value.xml);
 */
export function toIatiXml(input: Plan, options: IatiOptions): Result<IatiExport, IatiError> {
  const resolved = resolveScenario(input, options.scenario);
  if (!resolved.ok) return resolved;
  const plan = resolved.value;
  const settings: IatiSettings | undefined = plan.iati;
  if (!settings) return err({ code: 'iati_settings_missing' });
  if (BAD_ID.test(settings.identifier)) return err({ code: 'iati_invalid_identifier', field: 'iati.identifier', value: settings.identifier });
  if (BAD_ID.test(settings.reportingOrg.ref)) return err({ code: 'iati_invalid_identifier', field: 'iati.reportingOrg.ref', value: settings.reportingOrg.ref });
  const sched = schedulePlan(plan);
  if (!sched.ok) return sched;
  const s: PlanSchedule = sched.value;
  const lines = convertedLines(plan);
  if (!lines.ok) return lines;
  const lastUpdated = options.generatedAt ?? settings.lastUpdated;
  const skippedResults: string[] = [];
  const skippedPeriods: string[] = [];
  const activityPhase = new Map(plan.activities.map((a) => [a.id, a.phase]));
  const dates = new Map(s.activities.map((a) => [a.id, a]));

  const participating = plan.organisations
    .filter((o) => o.iatiRole !== undefined)
    .map((o) => el('participating-org', { ref: o.iatiRef, type: o.type, role: o.iatiRole }, narratives(o.name)));
  const common = (): XmlNode[] => [
    ...(settings.recipientCountries.length > 0 ? [el('activity-scope', { code: '2' })] : []),
    ...settings.recipientCountries.map((c) => el('recipient-country', { code: c.code, percentage: c.percentage })),
    ...settings.sectors.map((x) => el('sector', { vocabulary: x.vocabulary, code: x.code, percentage: x.percentage })),
    ...settings.tags.map((t) => el('tag', { vocabulary: t.vocabulary, code: t.code })),
    ...settings.policyMarkers.map((p) => el('policy-marker', { vocabulary: '1', code: p.code, significance: p.significance })),
    ...(settings.collaborationType !== undefined ? [el('collaboration-type', { code: settings.collaborationType })] : []),
    ...(settings.defaultFlowType !== undefined ? [el('default-flow-type', { code: settings.defaultFlowType })] : []),
    ...(settings.defaultFinanceType !== undefined ? [el('default-finance-type', { code: settings.defaultFinanceType })] : []),
    ...(settings.defaultAidType !== undefined ? [el('default-aid-type', { code: settings.defaultAidType })] : []),
  ];
  const header = (identifier: string, hierarchy: number, title: I18nText, descriptions: XmlNode[], start: string, end: string): XmlNode[] => [
    el('iati-identifier', {}, [identifier]),
    el('reporting-org', { ref: settings.reportingOrg.ref, type: settings.reportingOrg.type }, [el('narrative', {}, [settings.reportingOrg.name])]),
    el('title', {}, narratives(title)),
    ...descriptions,
    ...participating,
    el('activity-status', { code: settings.activityStatus }),
    el('activity-date', { type: '1', 'iso-date': start }),
    el('activity-date', { type: '3', 'iso-date': end }),
    ...common(),
  ];
  const attrs = (hierarchy: number) => ({
    'last-updated-datetime': lastUpdated,
    'xml:lang': 'en',
    'default-currency': plan.currency,
    hierarchy,
  });

  // Funding: planned disbursements and past transactions.
  const funding: XmlNode[] = [];
  const transactions: XmlNode[] = [];
  const orgRef = new Map(plan.organisations.map((o) => [o.id, o]));
  for (const f of plan.funding) {
    const amount = convert(f.amount, plan.currency, plan.currency, plan.exchangeRates ?? []);
    if (!amount.ok) return amount;
    const org = f.funder !== undefined ? orgRef.get(f.funder) : undefined;
    const provider = el('provider-org', { ref: org?.iatiRef, type: org?.type }, [el('narrative', {}, [org?.name.en ?? f.name])]);
    const happened = f.date !== undefined && f.date <= options.today;
    if ((f.stage === 'committed' || f.stage === 'disbursed') && happened && f.date !== undefined) {
      transactions.push(
        el('transaction', {}, [
          el('transaction-type', { code: f.stage === 'disbursed' ? '1' : '11' }),
          el('transaction-date', { 'iso-date': f.date }),
          el('value', { 'value-date': f.amount.valueDate }, [fmt(amount.value)]),
          el('description', {}, [el('narrative', {}, [f.name])]),
          provider,
        ]),
      );
    } else if ((f.stage === 'pledged' || f.stage === 'committed' || f.stage === 'disbursed') && (f.expectedDate ?? f.date) !== undefined) {
      const start = (f.expectedDate ?? f.date) as string;
      funding.push(
        el('planned-disbursement', { type: '1' }, [
          el('period-start', { 'iso-date': start }),
          el('value', { 'value-date': f.amount.valueDate }, [fmt(amount.value)]),
          provider,
        ]),
      );
    }
  }

  // Results.
  const kpisOf = new Map<string, Kpi[]>();
  for (const k of plan.kpis) if (k.result !== undefined) kpisOf.set(k.result, [...(kpisOf.get(k.result) ?? []), k]);
  const indicator = (k: Kpi): XmlNode => {
    const measure = k.measure ? MEASURE[k.measure] : k.unit?.includes('%') ? '2' : '1';
    const qualitative = measure === '5';
    const refs: XmlNode[] = [];
    if (k.sdgIndicator !== undefined) refs.push(el('reference', { vocabulary: '9', code: k.sdgIndicator }));
    if (k.indicator !== undefined && k.indicator.includes('.')) refs.push(el('reference', { vocabulary: '4', code: k.indicator }));
    const periods: XmlNode[] = [];
    for (const t of k.targets) {
      const range = periodRange(t.period);
      if (!range) {
        skippedPeriods.push(`${k.id}@${t.period}`);
        continue;
      }
      const actual = k.actuals.find((a) => a.period === t.period && (a.date === undefined || a.date <= options.today));
      periods.push(
        el('period', {}, [
          el('period-start', { 'iso-date': range.start }),
          el('period-end', { 'iso-date': range.end }),
          el('target', qualitative ? {} : { value: t.value }),
          ...(actual ? [el('actual', qualitative ? {} : { value: actual.value })] : []),
        ]),
      );
    }
    return el('indicator', { measure, ascending: k.ascending }, [
      el('title', {}, narratives(k.name)),
      ...(k.meansOfVerification !== undefined ? [el('description', {}, [el('narrative', {}, [`Means of verification: ${k.meansOfVerification}`])])] : []),
      ...refs,
      ...(k.baseline ? [el('baseline', { year: k.baseline.year, value: qualitative ? undefined : k.baseline.value }, k.baseline.source !== undefined ? [el('comment', {}, [el('narrative', {}, [`Source: ${k.baseline.source}`])])] : [])] : []),
      ...periods,
    ]);
  };
  const results: XmlNode[] = [];
  for (const r of plan.results) {
    const ks = kpisOf.get(r.id) ?? [];
    if (ks.length === 0) {
      skippedResults.push(r.id);
      continue;
    }
    results.push(el('result', { type: RESULT_TYPE[r.level] }, [el('title', {}, narratives(r.title)), ...ks.map(indicator)]));
  }

  const goal = plan.results.find((r) => r.level === 'goal');
  const background = typeof plan.proposal?.['background'] === 'string' ? plan.proposal['background'] : undefined;
  const childId = (phase: string): string => `${settings.identifier}-${phase}`;
  const phasesWithWork = plan.phases.filter((p) => plan.activities.some((a) => a.phase === p.id));
  for (const p of phasesWithWork)
    if (BAD_ID.test(childId(p.id))) return err({ code: 'iati_invalid_identifier', field: `phases/${p.id}`, value: childId(p.id) });

  const programme = el('iati-activity', attrs(1), [
    ...header(
      settings.identifier,
      1,
      plan.title,
      [
        el('description', { type: '1' }, narratives(background !== undefined ? { en: background } : plan.title)),
        ...(goal ? [el('description', { type: '2' }, narratives(goal.title))] : []),
      ],
      s.projectStart,
      s.projectFinish,
    ),
    ...budgets(lines.value),
    ...funding,
    ...transactions,
    ...phasesWithWork.map((p) => el('related-activity', { ref: childId(p.id), type: '2' })),
    ...results,
  ]);

  const children = phasesWithWork.map((p) => {
    const acts = plan.activities.filter((a) => a.phase === p.id).map((a) => dates.get(a.id)).filter((a) => a !== undefined);
    const start = acts.reduce((m, a) => (a.start < m ? a.start : m), acts[0]?.start ?? s.projectStart);
    const end = acts.reduce((m, a) => (a.finish > m ? a.finish : m), acts[0]?.finish ?? s.projectFinish);
    const phaseLines = lines.value.filter((l) => l.line.activity !== undefined && activityPhase.get(l.line.activity) === p.id);
    return el('iati-activity', attrs(2), [
      ...header(childId(p.id), 2, p.name, [el('description', { type: '1' }, narratives(p.description ?? p.name))], start, end),
      ...budgets(phaseLines),
      el('related-activity', { ref: settings.identifier, type: '1' }),
    ]);
  });

  const root = el('iati-activities', { version: '2.03', 'generated-datetime': lastUpdated }, [programme, ...children]);
  const { xml, warnings } = toXml(root);
  return ok({ xml, activities: 1 + children.length, skippedResults, skippedPeriods, warnings });
}

/** One violation of the IATI Standard ruleset (rules beyond the XSD, docs/domain.md#iati). */
export type IatiRuleFinding = { readonly rule: string; readonly activity: string; readonly detail: string };

type Node = Record<string, unknown>;
const arr = (v: unknown): Node[] => (Array.isArray(v) ? (v as Node[]) : v === undefined ? [] : [v as Node]);
const attr = (n: Node | undefined, name: string): string | undefined => {
  const v = n?.[`@_${name}`];
  return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
};
const days = (a: string, b: string): number => toEpochDay(b) - toEpochDay(a);

/**
 * Checks IATI activity XML against the IATI Standard ruleset rules listed in docs/domain.md#iati (start date present,
 * start ≤ end, no future actual dates or transactions, sectors at one level, percentages summing to 100, periods
 * of at most one year, identifier characters, currencies, narrative languages, policy-marker significance).
 */
export function checkIatiRules(xml: string, today: string): IatiRuleFinding[] {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseAttributeValue: false, parseTagValue: false });
  const doc = parser.parse(xml) as Node;
  const root = doc['iati-activities'] as Node | undefined;
  const out: IatiRuleFinding[] = [];
  for (const a of arr(root?.['iati-activity'])) {
    const id = String((a['iati-identifier'] as string | undefined) ?? '?');
    const push = (rule: string, detail: string): void => void out.push({ rule, activity: id, detail });
    const datesOf = arr(a['activity-date']);
    const dateOf = (t: string): string | undefined => attr(datesOf.find((d) => attr(d, 'type') === t), 'iso-date');
    const start = dateOf('2') ?? dateOf('1');
    const end = dateOf('4') ?? dateOf('3');
    if (start === undefined) push('start_date_present', 'no planned or actual start date');
    if (start !== undefined && end !== undefined && start > end) push('start_before_end', `${start} > ${end}`);
    for (const t of ['2', '4']) {
      const d = dateOf(t);
      if (d !== undefined && d > today) push('actual_date_not_future', `activity-date type ${t} ${d}`);
    }
    const tx = arr(a['transaction']);
    for (const t of tx) {
      const d = attr(t['transaction-date'] as Node, 'iso-date');
      if (d !== undefined && d > today) push('transaction_not_future', d);
    }
    const sectors = arr(a['sector']);
    if (sectors.length > 0 && tx.some((t) => t['sector'] !== undefined)) push('sector_one_level', 'sectors at activity and transaction level');
    const byVocab = new Map<string, number>();
    for (const x of sectors) byVocab.set(attr(x, 'vocabulary') ?? '1', (byVocab.get(attr(x, 'vocabulary') ?? '1') ?? 0) + Number(attr(x, 'percentage') ?? 100));
    for (const [v, sum] of byVocab) if (Math.abs(sum - 100) > 1e-6) push('sector_percentages', `vocabulary ${v} sums to ${sum}`);
    const geo = [...arr(a['recipient-country']), ...arr(a['recipient-region'])];
    if (geo.length > 0) {
      const sum = geo.reduce((s, g) => s + Number(attr(g, 'percentage') ?? 100), 0);
      if (Math.abs(sum - 100) > 1e-6) push('recipient_percentages', `sums to ${sum}`);
    }
    const checkPeriod = (kind: string, startNode: unknown, endNode: unknown): void => {
      const ps = attr(startNode as Node, 'iso-date');
      const pe = attr(endNode as Node, 'iso-date');
      if (ps !== undefined && pe !== undefined) {
        if (ps > pe) push('period_start_before_end', `${kind} ${ps} > ${pe}`);
        if (days(ps, pe) > 366 || (days(ps, pe) === 366 && !(ps.slice(5) === '01-01' && pe.slice(5) === '12-31'))) push('period_max_one_year', `${kind} ${ps}–${pe}`);
      }
    };
    for (const b of arr(a['budget'])) checkPeriod('budget', b['period-start'], b['period-end']);
    for (const b of arr(a['planned-disbursement'])) checkPeriod('planned-disbursement', b['period-start'], b['period-end']);
    for (const r of arr(a['result'])) for (const i of arr(r['indicator'])) for (const p of arr(i['period'])) checkPeriod('indicator period', p['period-start'], p['period-end']);
    const idChars = (v: string | undefined, what: string): void => {
      if (v !== undefined && BAD_ID.test(v)) push('identifier_characters', `${what} ${v}`);
    };
    idChars(id, 'iati-identifier');
    idChars(attr(a['reporting-org'] as Node, 'ref'), 'reporting-org ref');
    for (const p of arr(a['participating-org'])) idChars(attr(p, 'ref'), 'participating-org ref');
    const reportingRef = attr(a['reporting-org'] as Node, 'ref');
    if (reportingRef !== undefined && !id.startsWith(reportingRef)) push('identifier_prefix', `${id} does not start with ${reportingRef}`);
    if (attr(a, 'default-currency') === undefined) {
      const values = [...arr(a['budget']), ...arr(a['planned-disbursement']), ...tx].map((x) => x['value'] as Node);
      if (values.some((v) => attr(v, 'currency') === undefined)) push('currency_present', 'a value has no currency and there is no default-currency');
    }
    if (attr(a, 'xml:lang') === undefined && xml.includes('<narrative>')) push('narrative_language', 'a narrative has no xml:lang and there is no activity xml:lang');
    for (const pm of arr(a['policy-marker'])) {
      const v = attr(pm, 'vocabulary') ?? '1';
      if (v === '1' && attr(pm, 'significance') === undefined) push('policy_marker_significance', `code ${attr(pm, 'code') ?? '?'}`);
      if (v === '99' && pm['narrative'] === undefined) push('policy_marker_narrative', `code ${attr(pm, 'code') ?? '?'}`);
    }
  }
  return out;
}
