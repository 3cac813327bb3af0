import { z } from 'zod';
import { IsoAlpha3, IsoDate, IsoPartialDate } from './codes.js';
import { ObservationOrigin } from './observation.js';

export const POLICY_INSTRUMENT_SCHEMA_VERSION = 1;

export const PolicyArea = z.enum(['policy', 'regulatory', 'institutional']);
export type PolicyArea = z.infer<typeof PolicyArea>;

/** How well a fact is established: `yes` confirmed by the cited source; `partial` some details unverified; `no` unverified. */
export const Verification = z.enum(['yes', 'partial', 'no']);
export type Verification = z.infer<typeof Verification>;

/** A law, strategy, programme, regulator or agency, with the source that establishes it. */
export const PolicyInstrument = z
  .object({
    kind: z.literal('policy-instrument'),
    schemaVersion: z.literal(POLICY_INSTRUMENT_SCHEMA_VERSION),
    id: z.string().min(1),
    iso3: IsoAlpha3,
    area: PolicyArea,
    type: z.string().min(1).describe('strategy, programme, law, regulator, agency, cert, …'),
    name: z.object({ en: z.string().min(1), original: z.string().min(1).optional() }).strict(),
    adopted: IsoPartialDate.optional(),
    documentNo: z.string().optional(),
    status: z.string().optional(),
    statusAsOf: IsoPartialDate.optional().describe('The date on which the status was last confirmed'),
    supersededBy: z.string().optional(),
    issuer: z.string().optional(),
    description: z.string().optional(),
    source: z.object({ url: z.url(), title: z.string().min(1) }).strict(),
    officialText: z
      .object({ url: z.url(), title: z.string().min(1) })
      .strict()
      .optional()
      .describe('The official text on a legal portal or the issuing body’s site'),
    checked: z
      .array(z.object({ date: IsoDate, url: z.url(), note: z.string().min(1).optional() }).strict())
      .optional()
      .describe('Where and when the entry was checked against an official or international-organisation page'),
    verified: Verification,
    unverifiedFields: z.array(z.string()).optional().describe('Fields the source marks UNVERIFIED'),
    origin: ObservationOrigin.optional().describe('Raw file and line the instrument was imported from'),
  })
  .strict();
export type PolicyInstrument = z.infer<typeof PolicyInstrument>;
