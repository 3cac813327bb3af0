import { z } from 'zod';
import { CurrencyCode, IsoAlpha3, IsoDate, IsoPartialDate } from './codes.js';
import { I18nText } from './i18n-text.js';
import { SourceRef } from './source.js';

export const INITIATIVE_REGISTER_SCHEMA_VERSION = 1;

/** A stable kebab-case id that other documents (recommendations, plans) refer to, e.g. `wb-digital-casa-kgz`. */
export const InitiativeId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: 'Expected a kebab-case id of lower-case letters and digits, e.g. "wb-digital-casa-kgz"',
  })
  .max(80);

/** Where a fact about an initiative is published. `secondary` marks a page that only points at the official record. */
export const InitiativeSource = SourceRef.pick({ title: true })
  .extend({
    publisher: z.string().min(1),
    url: z.url(),
    date: IsoPartialDate.optional().describe('Publication date or edition of the page or document'),
    edition: z.string().min(1).optional(),
    accessed: IsoDate.optional().describe('When the page was read'),
    secondary: z
      .boolean()
      .describe('True for a document host, news or blog page: a pointer, not the official record'),
  })
  .strict();
export type InitiativeSource = z.infer<typeof InitiativeSource>;

/** A national strategy or programme, a technology park or hub, a regional programme, a donor project, a UN programme. */
export const InitiativeType = z.enum([
  'strategy',
  'programme',
  'tech-park',
  'regional-programme',
  'donor-project',
  'un-programme',
]);
export type InitiativeType = z.infer<typeof InitiativeType>;

export const InitiativeStatus = z.enum(['planned', 'active', 'completed', 'unknown']);
export type InitiativeStatus = z.infer<typeof InitiativeStatus>;

/** Frameworks an initiative can be aligned with. */
export const AlignmentFramework = z.enum(['sg-roadmap', 'ap-is', 'speca-innovation', 'sdg']);
export type AlignmentFramework = z.infer<typeof AlignmentFramework>;

/**
 * Alignment with a framework: `item` is the framework's own reference (an SDG target such as `9.c`, a Roadmap
 * area, an AP-IS pillar). `stated` when the source itself says so; `mapped` when the register classifies the
 * initiative from its stated objectives.
 */
export const Alignment = z
  .object({
    framework: AlignmentFramework,
    item: z.string().min(1).optional(),
    basis: z.enum(['stated', 'mapped']),
  })
  .strict();
export type Alignment = z.infer<typeof Alignment>;

/** A published budget or financing amount: never estimated, always with the page that publishes it. */
export const InitiativeBudget = z
  .object({
    amount: z.number().positive(),
    currency: CurrencyCode,
    funder: z.string().min(1),
    instrument: z.string().min(1).optional().describe('grant, credit, loan, state budget, …'),
    note: z.string().min(1).optional(),
    source: InitiativeSource,
  })
  .strict();
export type InitiativeBudget = z.infer<typeof InitiativeBudget>;

/** A programme or initiative: who leads it, where, when, with what published money, on which pillars, and from which sources. */
export const Initiative = z
  .object({
    id: InitiativeId,
    name: I18nText.describe(
      'Official names only: Russian or Kazakh is left out when no official name in it was found',
    ),
    acronym: z.string().min(1).optional(),
    type: InitiativeType,
    countries: z
      .array(IsoAlpha3)
      .min(1)
      .describe('The countries of the register’s scope that the initiative covers'),
    regional: z.boolean().describe('True for a programme of several countries or of a wider region'),
    lead: z.string().min(1),
    partners: z.array(z.string().min(1)).optional(),
    start: IsoPartialDate.optional(),
    end: IsoPartialDate.optional(),
    budgets: z.array(InitiativeBudget).optional(),
    status: InitiativeStatus,
    statusAsOf: IsoPartialDate.optional().describe('When the status was last confirmed'),
    pillars: z.array(z.string().min(1)).min(1).describe('Pillar ids of the DSC Digital Maturity Index'),
    alignment: z.array(Alignment).optional(),
    description: I18nText.optional(),
    sources: z.array(InitiativeSource).min(1),
  })
  .strict();
export type Initiative = z.infer<typeof Initiative>;

/** The register of programmes and initiatives, as compiled on a date. Ids are unique. */
export const InitiativeRegister = z
  .object({
    kind: z.literal('initiative-register'),
    schemaVersion: z.literal(INITIATIVE_REGISTER_SCHEMA_VERSION),
    compiled: IsoDate,
    initiatives: z.array(Initiative),
  })
  .strict()
  .superRefine((doc, ctx) => {
    const seen = new Set<string>();
    doc.initiatives.forEach((i, n) => {
      if (seen.has(i.id))
        ctx.addIssue({
          code: 'custom',
          path: ['initiatives', n, 'id'],
          message: `Duplicate initiative id "${i.id}"`,
          params: { code: 'duplicate_id', collection: 'initiatives', id: i.id },
        });
      seen.add(i.id);
      if (i.start !== undefined && i.end !== undefined && i.end.slice(0, 4) < i.start.slice(0, 4))
        ctx.addIssue({
          code: 'custom',
          path: ['initiatives', n, 'end'],
          message: 'The end is before the start',
          params: { code: 'period_order' },
        });
    });
  });
export type InitiativeRegister = z.infer<typeof InitiativeRegister>;
