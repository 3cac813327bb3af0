import { z } from 'zod';
import { AreaCode, CurrencyCode, IndicatorCode, IsoDate, Id } from './codes.js';
import { I18nText } from './i18n-text.js';

export const PLAN_SCHEMA_VERSION = 2;

export const RelationType = z.enum(['FS', 'SS', 'FF', 'SF']);
export type RelationType = z.infer<typeof RelationType>;

/** Lag of a relation: positive (delay) or negative (lead), in working days of the calendar or elapsed days. */
export const Lag = z
  .object({
    value: z.number().int(),
    unit: z.enum(['working', 'elapsed']).default('working'),
  })
  .strict();
export type Lag = z.infer<typeof Lag>;

export const Dependency = z
  .object({
    from: Id.describe('Predecessor activity id'),
    to: Id.describe('Successor activity id'),
    type: RelationType.default('FS'),
    lag: Lag.default({ value: 0, unit: 'working' }),
  })
  .strict();
export type Dependency = z.infer<typeof Dependency>;

export const ConstraintType = z.enum(['ASAP', 'ALAP', 'SNET', 'SNLT', 'FNET', 'FNLT', 'MSO', 'MFO']);
export type ConstraintType = z.infer<typeof ConstraintType>;

export const Constraint = z
  .object({ type: ConstraintType, date: IsoDate.optional() })
  .strict()
  .refine((c) => c.type === 'ASAP' || c.type === 'ALAP' || c.date !== undefined, {
    message: 'Date constraints (SNET, SNLT, FNET, FNLT, MSO, MFO) need a date',
    path: ['date'],
    params: { code: 'constraint_date' },
  });
export type Constraint = z.infer<typeof Constraint>;

export const Calendar = z
  .object({
    id: Id,
    name: z.string().min(1),
    country: AreaCode.optional(),
    workingDays: z
      .array(z.number().int().min(1).max(7))
      .min(1)
      .describe('ISO weekdays that are worked: 1 Monday … 7 Sunday'),
    holidays: z.array(z.object({ date: IsoDate, name: z.string().min(1) }).strict()).default([]),
  })
  .strict();
export type Calendar = z.infer<typeof Calendar>;

export const ResultLevel = z.enum(['goal', 'outcome', 'output']);
export type ResultLevel = z.infer<typeof ResultLevel>;

/** A node of the results chain: goal → outcome → output (activities point at outputs). */
export const ResultNode = z
  .object({
    id: Id,
    level: ResultLevel,
    parent: Id.optional(),
    code: z.string().optional().describe('Display code, e.g. "EA1" or "OC1.2"'),
    title: I18nText,
    assumptions: z.array(I18nText).default([]),
  })
  .strict();
export type ResultNode = z.infer<typeof ResultNode>;

export const Phase = z
  .object({ id: Id, name: I18nText, description: I18nText.optional() })
  .strict();
export type Phase = z.infer<typeof Phase>;

export const Raci = z.enum(['R', 'A', 'C', 'I']);
export const Assignment = z.object({ organisation: Id, role: Raci }).strict();

export const Activity = z
  .object({
    id: Id,
    wbs: z.string().optional(),
    name: I18nText,
    phase: Id.optional(),
    output: Id.optional().describe('Result node (output) the activity delivers'),
    parent: Id.optional().describe('Summary activity this one rolls up to'),
    duration: z.number().int().min(0).describe('Working periods of the calendar; 0 for a milestone'),
    milestone: z.boolean().default(false),
    gate: z.string().optional().describe('Governance body deciding at this milestone, e.g. "SPECA Governing Council"'),
    constraint: Constraint.optional(),
    deadline: IsoDate.optional(),
    calendar: Id.optional(),
    assignments: z.array(Assignment).default([]),
    alignment: z.array(z.object({ framework: z.string().min(1), code: z.string().min(1) }).strict()).default([]),
    recommendations: z.array(Id).optional().describe('Ids of the recommendations this activity serves'),
    actualStart: IsoDate.optional().describe('Day the activity actually started'),
    actualFinish: IsoDate.optional().describe('Day the activity actually finished'),
    percentComplete: z.number().min(0).max(100).optional().describe('Share of the duration done by the status date, 0–100'),
    remainingDuration: z.number().int().min(0).optional().describe('Working periods left after the status date'),
    notes: z.string().optional(),
  })
  .strict();
export type Activity = z.infer<typeof Activity>;

export const Organisation = z
  .object({
    id: Id,
    name: I18nText,
    iatiRef: z.string().optional().describe('IATI organisation identifier, e.g. "XM-DAC-41127"'),
    type: z.string().optional().describe('IATI OrganisationType code'),
    role: z.string().optional(),
    iatiRole: z
      .enum(['1', '2', '3', '4'])
      .optional()
      .describe('IATI OrganisationRole: 1 funding, 2 accountable, 3 extending, 4 implementing'),
  })
  .strict();
export type Organisation = z.infer<typeof Organisation>;

export const Money = z
  .object({ amount: z.number().finite(), currency: CurrencyCode, valueDate: IsoDate })
  .strict();
export type Money = z.infer<typeof Money>;

export const BudgetLine = z
  .object({
    id: Id,
    activity: Id.optional(),
    budgetClass: z.string().min(1).describe('UN budget class code, e.g. "105" or "015"'),
    description: z.string().optional(),
    periodStart: IsoDate,
    periodEnd: IsoDate,
    money: Money,
    fundingSource: Id.optional(),
    quantity: z.number().positive().optional().describe('How many units the line pays for, e.g. 6 (work-months)'),
    unit: z.string().min(1).optional().describe('Unit of the quantity, e.g. "work-month", "trip", "participant"'),
    unitCost: z.number().nonnegative().optional().describe('Cost of one unit in the line currency; quantity × unitCost = amount'),
    actualCost: z.number().finite().optional().describe('Amount spent on the line by the status date, in the line currency'),
  })
  .strict();
export type BudgetLine = z.infer<typeof BudgetLine>;

export const FundingStage = z.enum(['idea', 'concept-note', 'submitted', 'pledged', 'committed', 'disbursed']);
export type FundingStage = z.infer<typeof FundingStage>;

export const FundingSource = z
  .object({
    id: Id,
    name: z.string().min(1),
    funder: Id.optional().describe('Organisation id'),
    stage: FundingStage,
    amount: Money,
    probability: z.number().min(0).max(1).optional(),
    date: IsoDate.optional().describe('Date the current stage was reached (a pledge made, a commitment signed, funds received)'),
    expectedDate: IsoDate.optional().describe('When the money is expected to arrive'),
    notes: z.string().optional(),
  })
  .strict();
export type FundingSource = z.infer<typeof FundingSource>;

export const Kpi = z
  .object({
    id: Id,
    result: Id.optional().describe('Result node the KPI measures'),
    indicator: IndicatorCode.optional(),
    name: I18nText,
    country: AreaCode.optional(),
    unit: z.string().optional(),
    measure: z
      .enum(['unit', 'percentage', 'nominal', 'ordinal', 'qualitative'])
      .optional()
      .describe('IATI IndicatorMeasure; percentage when the unit is %'),
    ascending: z.boolean().optional().describe('True when a higher value is better'),
    sdgIndicator: z.string().optional().describe('SDG indicator code, e.g. "17.8.1" (IATI reference vocabulary 9)'),
    baseline: z.object({ value: z.number(), year: z.number().int(), source: z.string().optional() }).strict().optional(),
    targets: z.array(z.object({ period: z.string().min(1), value: z.number() }).strict()).default([]),
    actuals: z
      .array(z.object({ period: z.string().min(1), value: z.number(), date: IsoDate.optional() }).strict())
      .default([]),
    meansOfVerification: z.string().optional(),
    recommendations: z.array(Id).optional().describe('Ids of the recommendations this KPI measures'),
  })
  .strict();
export type Kpi = z.infer<typeof Kpi>;

export const Risk = z
  .object({
    id: Id,
    description: I18nText,
    likelihood: z.number().int().min(1).max(5),
    impact: z.number().int().min(1).max(5),
    mitigation: I18nText.optional(),
    owner: Id.optional(),
    result: Id.optional(),
    category: z.string().optional().describe('e.g. political, financial, operational, institutional'),
  })
  .strict();
export type Risk = z.infer<typeof Risk>;

/** A JSON Patch (RFC 6902) operation; scenarios are lists of them applied to the base plan. */
export const PatchOp = z.discriminatedUnion('op', [
  z.object({ op: z.literal('add'), path: z.string(), value: z.unknown() }).strict(),
  z.object({ op: z.literal('replace'), path: z.string(), value: z.unknown() }).strict(),
  z.object({ op: z.literal('remove'), path: z.string() }).strict(),
]);
export type PatchOp = z.infer<typeof PatchOp>;

export const Scenario = z
  .object({ id: Id, name: I18nText, description: I18nText.optional(), patch: z.array(PatchOp) })
  .strict();
export type Scenario = z.infer<typeof Scenario>;

export const Baseline = z
  .object({
    id: Id,
    name: z.string().min(1),
    capturedAt: IsoDate,
    fromScenario: Id.optional(),
    activities: z.array(
      z.object({ id: Id, start: IsoDate, finish: IsoDate, cost: z.number().optional() }).strict(),
    ),
    totalCost: Money.optional(),
    funding: z.array(z.object({ source: Id, amount: z.number(), stage: FundingStage }).strict()).default([]),
    targets: z.array(z.object({ kpi: Id, period: z.string(), value: z.number() }).strict()).default([]),
    changes: z.array(z.object({ path: z.string(), reason: z.string().min(1) }).strict()).default([]),
  })
  .strict();
export type Baseline = z.infer<typeof Baseline>;

/** Units of the plan currency per unit of `currency`, valid from `date` until the next rate of that currency. */
export const ExchangeRate = z
  .object({ currency: CurrencyCode, date: IsoDate, rate: z.number().positive(), source: z.string().optional() })
  .strict();
export type ExchangeRate = z.infer<typeof ExchangeRate>;

/** Settings of the IATI 2.03 export (the parts of an IATI activity the plan does not already hold). */
export const IatiSettings = z
  .object({
    reportingOrg: z.object({ ref: z.string().min(1), type: z.string().min(1), name: z.string().min(1) }).strict(),
    identifier: z.string().min(1).describe('iati-identifier of the programme, prefixed by the reporting-org ref'),
    activityStatus: z.enum(['1', '2', '3', '4', '5', '6']).default('1'),
    lastUpdated: z.string().optional().describe('ISO date-time written as last-updated-datetime'),
    recipientCountries: z
      .array(z.object({ code: z.string().length(2), percentage: z.number().min(0).max(100) }).strict())
      .default([]),
    sectors: z
      .array(
        z
          .object({ vocabulary: z.string().default('1'), code: z.string().min(1), percentage: z.number().min(0).max(100) })
          .strict(),
      )
      .default([]),
    tags: z
      .array(
        z
          .object({ vocabulary: z.string().min(1), code: z.string().min(1) })
          .strict(),
      )
      .default([]),
    policyMarkers: z
      .array(z.object({ code: z.string().min(1), significance: z.string().min(1) }).strict())
      .default([]),
    collaborationType: z.string().optional(),
    defaultFlowType: z.string().optional(),
    defaultFinanceType: z.string().optional(),
    defaultAidType: z.string().optional(),
    note: z.string().optional().describe('Caveats about these settings, e.g. an unconfirmed publisher id'),
  })
  .strict();
export type IatiSettings = z.infer<typeof IatiSettings>;

/** A roadmap plan (`*.plan.json`). */
export const Plan = z
  .object({
    kind: z.literal('plan'),
    schemaVersion: z.literal(PLAN_SCHEMA_VERSION),
    id: Id,
    title: I18nText,
    illustrative: z.boolean().default(false).describe('True for example plans that are not an agreed roadmap'),
    start: IsoDate,
    statusDate: IsoDate.optional().describe('Day up to which progress (actuals, % complete) is recorded'),
    currency: CurrencyCode.default('USD'),
    defaultCalendar: Id.optional(),
    countries: z.array(AreaCode).default([]),
    phases: z.array(Phase).default([]),
    results: z.array(ResultNode).default([]),
    activities: z.array(Activity).default([]),
    dependencies: z.array(Dependency).default([]),
    calendars: z.array(Calendar).default([]),
    organisations: z.array(Organisation).default([]),
    budget: z.array(BudgetLine).default([]),
    funding: z.array(FundingSource).default([]),
    kpis: z.array(Kpi).default([]),
    risks: z.array(Risk).default([]),
    scenarios: z.array(Scenario).default([]),
    baselines: z.array(Baseline).default([]),
    relatedInitiatives: z
      .array(z.object({ name: z.string().min(1), url: z.url().optional(), note: z.string().optional() }).strict())
      .default([]),
    proposal: z.record(z.string(), z.unknown()).optional().describe('Proposal texts keyed by section'),
    exchangeRates: z.array(ExchangeRate).optional(),
    iati: IatiSettings.optional(),
  })
  .strict()
  .superRefine((plan, ctx) => {
    const ids = new Set<string>();
    plan.activities.forEach((a, i) => {
      if (ids.has(a.id)) ctx.addIssue({ code: 'custom', path: ['activities', i, 'id'], message: `Duplicate activity id "${a.id}"`, params: { code: 'duplicate_id', collection: 'activities', id: a.id } });
      ids.add(a.id);
    });
    plan.dependencies.forEach((d, i) => {
      if (!ids.has(d.from))
        ctx.addIssue({ code: 'custom', path: ['dependencies', i, 'from'], message: `Unknown activity "${d.from}"`, params: { code: 'unknown_activity', id: d.from } });
      if (!ids.has(d.to)) ctx.addIssue({ code: 'custom', path: ['dependencies', i, 'to'], message: `Unknown activity "${d.to}"`, params: { code: 'unknown_activity', id: d.to } });
      if (d.from === d.to)
        ctx.addIssue({ code: 'custom', path: ['dependencies', i, 'to'], message: 'An activity cannot depend on itself', params: { code: 'self_dependency' } });
    });
    plan.budget.forEach((b, i) => {
      if (b.activity !== undefined && !ids.has(b.activity))
        ctx.addIssue({ code: 'custom', path: ['budget', i, 'activity'], message: `Unknown activity "${b.activity}"`, params: { code: 'unknown_activity', id: b.activity } });
      if (b.periodEnd < b.periodStart)
        ctx.addIssue({ code: 'custom', path: ['budget', i, 'periodEnd'], message: 'periodEnd is before periodStart', params: { code: 'period_order' } });
    });
  });
export type Plan = z.infer<typeof Plan>;
/** A plan as written in a file, before defaults are applied. */
export type PlanInput = z.input<typeof Plan>;
