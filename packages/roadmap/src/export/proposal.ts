import type { I18nText, Locale, Plan, Result } from '@dsc/domain';
import { ok } from '@dsc/domain';
import type { BudgetError } from '../budget.js';
import { convertedLines, fundingPipeline, splitByPeriod } from '../budget.js';
import type { PlanSchedule, PlanScheduleError } from '../plan-schedule.js';
import { schedulePlan } from '../plan-schedule.js';
import { resolveScenario } from '../scenarios.js';
import type { XmlWarning } from './xml.js';
import { xmlText, xmlWarnings } from './xml.js';

/** Headings and column labels of the UN Development Account project document. */
export const PROPOSAL_LABEL_KEYS = [
  'documentTitle',
  'illustrative',
  'executiveSummary',
  'background',
  'relatedInitiatives',
  'sdgLink',
  'strategy',
  'risks',
  'workplan',
  'budgetByYear',
  'justification',
  'funding',
  'code',
  'projectTitle',
  'dates',
  'budget',
  'countries',
  'executing',
  'cooperating',
  'partners',
  'level',
  'narrative',
  'indicators',
  'verification',
  'baseline',
  'target',
  'assumptions',
  'objective',
  'outcome',
  'output',
  'activity',
  'risk',
  'likelihood',
  'impact',
  'mitigation',
  'owner',
  'year',
  'budgetClass',
  'amount',
  'total',
  'description',
  'stage',
  'source',
  'notProvided',
  'calculation',
  'budgetByQuarter',
  'quarter',
] as const;
export type ProposalLabelKey = (typeof PROPOSAL_LABEL_KEYS)[number];
export type ProposalLabels = Readonly<Record<ProposalLabelKey, string>>;

export const ENGLISH_PROPOSAL_LABELS: ProposalLabels = {
  documentTitle: 'Project document',
  illustrative: 'ILLUSTRATIVE — an example, not an agreed plan',
  executiveSummary: '1. Executive summary',
  background: '2. Background',
  relatedInitiatives: 'Related initiatives',
  sdgLink: 'Link to the Sustainable Development Goals',
  strategy: '3. Strategy: objective, expected accomplishments, indicators and activities',
  risks: '4. Risks and mitigation',
  workplan: 'Annex 1. Results-based work plan',
  budgetByYear: 'Budget by year and budget class',
  justification: 'Annex 2. Justification by budget code',
  funding: 'Funding sources',
  code: 'Code',
  projectTitle: 'Title',
  dates: 'Dates',
  budget: 'Budget',
  countries: 'Countries',
  executing: 'Executing entity',
  cooperating: 'Cooperating entities',
  partners: 'Partners',
  level: 'Level',
  narrative: 'Narrative',
  indicators: 'Indicators of achievement',
  verification: 'Means of verification',
  baseline: 'Baseline',
  target: 'Target',
  assumptions: 'Assumptions',
  objective: 'Objective',
  outcome: 'Expected accomplishment',
  output: 'Output',
  activity: 'Activity',
  risk: 'Risk',
  likelihood: 'Likelihood (1–5)',
  impact: 'Impact (1–5)',
  mitigation: 'Mitigation',
  owner: 'Owner',
  year: 'Year',
  budgetClass: 'Budget class',
  amount: 'Amount',
  total: 'Total',
  description: 'Description',
  stage: 'Stage',
  source: 'Source',
  notProvided: 'Not provided yet',
  calculation: 'Calculation',
  budgetByQuarter: 'Budget by quarter and budget class',
  quarter: 'Quarter',
};

export type ProposalBlock =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string; readonly emphasis?: boolean }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'table'; readonly columns: readonly string[]; readonly rows: readonly (readonly string[])[] };

/** The proposal as structured data, independent of the output format. */
export type ProposalDocument = {
  readonly lang: Locale;
  readonly title: string;
  readonly blocks: readonly ProposalBlock[];
  /** Plan texts shown in English because the plan has no translation in `lang`. */
  readonly untranslated: number;
  /** Characters XML 1.0 forbids (control characters in plan texts), replaced so the DOCX stays readable. */
  readonly warnings: readonly XmlWarning[];
};

export type ProposalOptions = {
  readonly lang: Locale;
  readonly labels?: ProposalLabels;
  readonly scenario?: string;
  /** Formats money; defaults to a plain number with the currency code. */
  readonly formatMoney?: (amount: number, currency: string) => string;
};

/**
 * Builds the UN Development Account project document of a plan (docs/domain.md#development-account-project-document): executive summary, background,
 * logframe table, risks, the results-based work plan by year and quarter, the budget by year and class, and the
 * justification by budget code. Texts missing in the chosen language fall back to English (never invented).
 */
export function buildProposal(input: Plan, options: ProposalOptions): Result<ProposalDocument, PlanScheduleError | BudgetError> {
  const resolved = resolveScenario(input, options.scenario);
  if (!resolved.ok) return resolved;
  const plan = resolved.value;
  const L = options.labels ?? ENGLISH_PROPOSAL_LABELS;
  const lang = options.lang;
  let untranslated = 0;
  const tx = (t: I18nText | undefined): string => {
    if (!t) return '';
    const v = t[lang];
    if (v !== undefined) return v;
    if (lang !== 'en') untranslated++;
    return t.en;
  };
  const money = options.formatMoney ?? ((a: number, c: string) => `${c} ${Math.round(a).toLocaleString('en-US')}`);
  const sched = schedulePlan(plan);
  if (!sched.ok) return sched;
  const s: PlanSchedule = sched.value;
  const lines = convertedLines(plan);
  if (!lines.ok) return lines;
  const pipeline = fundingPipeline(plan);
  if (!pipeline.ok) return pipeline;
  const total = lines.value.reduce((a, l) => a + l.amount, 0);
  const org = new Map(plan.organisations.map((o) => [o.id, o]));
  const orgName = (id: string | undefined): string => (id !== undefined ? tx(org.get(id)?.name) || id : '');
  const blocks: ProposalBlock[] = [];
  const title = tx(plan.title);
  blocks.push({ kind: 'heading', level: 1, text: `${L.documentTitle}: ${title}` });
  if (plan.illustrative) blocks.push({ kind: 'paragraph', text: L.illustrative, emphasis: true });

  // 1 Executive summary.
  blocks.push({ kind: 'heading', level: 2, text: L.executiveSummary });
  const byRole = (role: string): string => plan.organisations.filter((o) => o.iatiRole === role).map((o) => tx(o.name)).join('; ');
  blocks.push({
    kind: 'table',
    columns: ['', ''],
    rows: [
      [L.code, plan.id],
      [L.projectTitle, title],
      [L.dates, `${s.projectStart} – ${s.projectFinish}`],
      [L.budget, money(total, plan.currency)],
      [L.countries, plan.countries.join(', ')],
      [L.executing, byRole('2') || L.notProvided],
      [L.cooperating, byRole('4') || L.notProvided],
      [L.partners, [...new Set(plan.funding.map((f) => (f.funder !== undefined ? orgName(f.funder) : f.name)))].join('; ') || L.notProvided],
    ],
  });

  // 2 Background.
  blocks.push({ kind: 'heading', level: 2, text: L.background });
  const bg = plan.proposal?.['background'];
  blocks.push({ kind: 'paragraph', text: typeof bg === 'string' ? bg : L.notProvided });
  const sdgs = [...new Set(plan.activities.flatMap((a) => a.alignment.filter((t) => t.framework === 'sdg').map((t) => t.code)))].sort();
  const sdgIndicators = [...new Set(plan.kpis.flatMap((k) => (k.sdgIndicator !== undefined ? [k.sdgIndicator] : [])))].sort();
  if (sdgs.length + sdgIndicators.length > 0) {
    blocks.push({ kind: 'heading', level: 3, text: L.sdgLink });
    blocks.push({ kind: 'list', items: [...sdgs.map((c) => `SDG ${c}`), ...sdgIndicators.map((c) => `SDG indicator ${c}`)] });
  }
  if (plan.relatedInitiatives.length > 0) {
    blocks.push({ kind: 'heading', level: 3, text: L.relatedInitiatives });
    blocks.push({ kind: 'list', items: plan.relatedInitiatives.map((r) => (r.note !== undefined ? `${r.name} (${r.note})` : r.name)) });
  }

  // 3 Logframe.
  blocks.push({ kind: 'heading', level: 2, text: L.strategy });
  const levelName = { goal: L.objective, outcome: L.outcome, output: L.output } as const;
  const rows: string[][] = [];
  const kpiCells = (resultId: string): string[] => {
    const ks = plan.kpis.filter((k) => k.result === resultId);
    return [
      ks.map((k) => tx(k.name) + (k.sdgIndicator !== undefined ? ` [SDG ${k.sdgIndicator}]` : '')).join('; '),
      ks.map((k) => k.meansOfVerification ?? '').filter(Boolean).join('; '),
      ks.map((k) => (k.baseline ? `${k.baseline.value} (${k.baseline.year})` : L.notProvided)).join('; '),
      ks.map((k) => k.targets.map((t) => `${t.value} (${t.period})`).join(', ') || L.notProvided).join('; '),
    ];
  };
  const walk = (parent: string | undefined, depth: number): void => {
    for (const r of plan.results.filter((x) => x.parent === parent)) {
      const [ind = '', mov = '', base = '', target = ''] = r.level === 'output' ? ['', '', '', ''] : kpiCells(r.id);
      rows.push([levelName[r.level], r.code ?? r.id, tx(r.title), ind, mov, base, target, r.assumptions.map(tx).join('; ')]);
      if (r.level === 'output')
        plan.activities
          .filter((a) => a.output === r.id)
          .forEach((a, i) => rows.push([L.activity, `${r.code ?? r.id}.A${i + 1}`, tx(a.name), '', '', '', '', '']));
      if (depth < 4) walk(r.id, depth + 1);
    }
  };
  walk(undefined, 0);
  blocks.push({ kind: 'table', columns: [L.level, L.code, L.narrative, L.indicators, L.verification, L.baseline, L.target, L.assumptions], rows });

  // 4 Risks.
  blocks.push({ kind: 'heading', level: 2, text: L.risks });
  blocks.push({
    kind: 'table',
    columns: [L.risk, L.likelihood, L.impact, L.mitigation, L.owner],
    rows: plan.risks.map((r) => [tx(r.description), String(r.likelihood), String(r.impact), tx(r.mitigation) || L.notProvided, orgName(r.owner)]),
  });

  // Annex 1 — work plan by year and quarter.
  blocks.push({ kind: 'heading', level: 2, text: L.workplan });
  const startYear = Number(s.projectStart.slice(0, 4));
  const endYear = Number(s.projectFinish.slice(0, 4));
  const quarters: { y: number; q: number; start: string; end: string }[] = [];
  for (let y = startYear; y <= endYear && quarters.length < 24; y++)
    for (let q = 1; q <= 4; q++) {
      const start = `${y}-${String(q * 3 - 2).padStart(2, '0')}-01`;
      const end = `${y}-${String(q * 3).padStart(2, '0')}-${q === 1 || q === 4 ? '31' : '30'}`;
      quarters.push({ y, q, start, end });
    }
  const dated = new Map(s.activities.map((a) => [a.id, a]));
  const outputOf = new Map(plan.results.map((r) => [r.id, r]));
  blocks.push({
    kind: 'table',
    columns: [L.outcome, L.activity, ...quarters.map((q) => `Y${q.y - startYear + 1} Q${q.q}`), L.budgetClass, L.amount],
    rows: plan.activities
      .filter((a) => !a.milestone)
      .map((a) => {
        const d = dated.get(a.id);
        const out = a.output !== undefined ? outputOf.get(a.output) : undefined;
        const outcome = out?.parent !== undefined ? outputOf.get(out.parent) : undefined;
        const own = lines.value.filter((l) => l.line.activity === a.id);
        const classesOf = [...new Set(own.map((l) => l.line.budgetClass))].sort().join(', ');
        const amount = own.reduce((sum, l) => sum + l.amount, 0);
        return [
          outcome?.code ?? outcome?.id ?? '',
          tx(a.name),
          ...quarters.map((q) => (d && d.start <= q.end && d.finish >= q.start ? 'X' : '')),
          classesOf,
          own.length > 0 ? money(amount, plan.currency) : '',
        ];
      }),
  });
  // Budget by year and class.
  blocks.push({ kind: 'heading', level: 3, text: L.budgetByYear });
  const classes = [...new Set(plan.budget.map((b) => b.budgetClass))].sort();
  const years: string[] = [];
  const cell = new Map<string, number>();
  for (const { line, amount } of lines.value)
    for (const part of splitByPeriod(line, amount, 'year')) {
      if (!years.includes(part.key)) years.push(part.key);
      const k = `${part.key}|${line.budgetClass}`;
      cell.set(k, (cell.get(k) ?? 0) + part.amount);
    }
  years.sort();
  blocks.push({
    kind: 'table',
    columns: [L.budgetClass, ...years, L.total],
    rows: [
      ...classes.map((c) => {
        const vals = years.map((y) => cell.get(`${y}|${c}`) ?? 0);
        return [c, ...vals.map((v) => money(v, plan.currency)), money(vals.reduce((a, b) => a + b, 0), plan.currency)];
      }),
      [L.total, ...years.map((y) => money(classes.reduce((a, c) => a + (cell.get(`${y}|${c}`) ?? 0), 0), plan.currency)), money(total, plan.currency)],
    ],
  });

  // Budget by quarter and class.
  const quarterCell = new Map<string, number>();
  const quarterKeys: string[] = [];
  for (const { line, amount } of lines.value)
    for (const part of splitByPeriod(line, amount, 'quarter')) {
      if (!quarterKeys.includes(part.key)) quarterKeys.push(part.key);
      const k = `${part.key}|${line.budgetClass}`;
      quarterCell.set(k, (quarterCell.get(k) ?? 0) + part.amount);
    }
  quarterKeys.sort();
  blocks.push({ kind: 'heading', level: 3, text: L.budgetByQuarter });
  blocks.push({
    kind: 'table',
    columns: [L.quarter, ...classes, L.total],
    rows: quarterKeys.map((q) => {
      const vals = classes.map((c) => quarterCell.get(`${q}|${c}`) ?? 0);
      return [q, ...vals.map((v) => (v === 0 ? '' : money(v, plan.currency))), money(vals.reduce((a, b) => a + b, 0), plan.currency)];
    }),
  });

  // Annex 2 — justification by budget code.
  blocks.push({ kind: 'heading', level: 2, text: L.justification });
  for (const c of classes) {
    const ls = lines.value.filter((l) => l.line.budgetClass === c);
    blocks.push({ kind: 'heading', level: 3, text: `${L.budgetClass} ${c}: ${money(ls.reduce((a, l) => a + l.amount, 0), plan.currency)}` });
    blocks.push({
      kind: 'table',
      columns: [L.activity, L.description, L.calculation, L.dates, L.amount],
      rows: ls.map(({ line, amount }) => [
        line.activity ?? '',
        line.description ?? '',
        line.quantity !== undefined && line.unitCost !== undefined
          ? `${line.quantity} ${line.unit ?? ''} × ${money(line.unitCost, line.money.currency)}`.replace('  ', ' ')
          : '',
        `${line.periodStart} – ${line.periodEnd}`,
        money(amount, plan.currency),
      ]),
    });
  }

  // Funding.
  blocks.push({ kind: 'heading', level: 2, text: L.funding });
  blocks.push({
    kind: 'table',
    columns: [L.source, L.stage, L.amount],
    rows: [
      ...pipeline.value.sources.map((src) => [plan.funding.find((f) => f.id === src.id)?.name ?? src.id, src.stage, money(src.amount, plan.currency)]),
      [L.total, '', money(pipeline.value.stages.reduce((a, st) => a + st.amount, 0), plan.currency)],
    ],
  });
  const tally = { count: 0 };
  const clean = cleanBlocks(blocks, tally);
  return ok({ lang, title: xmlText(title, tally), blocks: clean, untranslated, warnings: xmlWarnings(tally) });
}

/** Replaces characters XML 1.0 forbids in every text of the blocks (see {@link xmlText}). */
export function cleanBlocks(blocks: readonly ProposalBlock[], tally: { count: number }): ProposalBlock[] {
  const x = (s: string): string => xmlText(s, tally);
  return blocks.map((b): ProposalBlock => {
    switch (b.kind) {
      case 'heading':
      case 'paragraph':
        return { ...b, text: x(b.text) };
      case 'list':
        return { ...b, items: b.items.map(x) };
      case 'table':
        return { ...b, columns: b.columns.map(x), rows: b.rows.map((r) => r.map(x)) };
    }
  });
}

/** Plan text in Markdown: `&`, `<` and `>` are escaped so that no HTML in a plan reaches a Markdown renderer. */
const mdText = (s: string): string => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const mdCell = (s: string): string => mdText(s).replaceAll('|', '\\|').replaceAll('\n', ' ');

/** Renders a proposal as GitHub-flavoured Markdown. */
export function proposalToMarkdown(doc: ProposalDocument): string {
  const out: string[] = [];
  for (const b of doc.blocks) {
    switch (b.kind) {
      case 'heading':
        out.push(`${'#'.repeat(b.level)} ${mdText(b.text)}`, '');
        break;
      case 'paragraph':
        out.push(b.emphasis ? `**${mdText(b.text)}**` : mdText(b.text), '');
        break;
      case 'list':
        out.push(...b.items.map((i) => `- ${mdText(i)}`), '');
        break;
      case 'table': {
        const head = b.columns.every((c) => c === '') ? b.columns.map(() => ' ') : b.columns;
        out.push(`| ${head.map(mdCell).join(' | ')} |`, `| ${b.columns.map(() => '---').join(' | ')} |`);
        for (const r of b.rows) out.push(`| ${r.map(mdCell).join(' | ')} |`);
        out.push('');
        break;
      }
    }
  }
  return out.join('\n');
}
