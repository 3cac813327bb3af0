import { z } from 'zod';
import { AreaCode, IndicatorCode, Year } from './codes.js';
import { SourceRef } from './source.js';

export const OBSERVATION_SCHEMA_VERSION = 1;
export const DATASET_SCHEMA_VERSION = 1;

/**
 * SDMX observation status (code list CL_OBS_STATUS, SDMX 2.1 cross-domain): A normal, B break in series,
 * E estimated, F forecast, I imputed, M missing, P provisional, U low reliability, O missing (not collected).
 */
export const ObsStatus = z.enum(['A', 'B', 'E', 'F', 'I', 'M', 'P', 'U', 'O']);
export type ObsStatus = z.infer<typeof ObsStatus>;

/**
 * Where a figure was read from, so it can be traced back: the raw file, its 1-based line (the header is
 * line 1), and the indicator code as written there (it may differ from the catalogue code).
 */
export const ObservationOrigin = z
  .object({
    file: z.string().min(1).describe('Name of the raw file the figure was imported from'),
    line: z.number().int().min(1).describe('1-based line of the row in that file (the header is line 1)'),
    code: z.string().min(1).optional().describe('Indicator code as written in the raw file'),
  })
  .strict();
export type ObservationOrigin = z.infer<typeof ObservationOrigin>;

/**
 * Where a figure was read, beyond its source id: the publisher's document (URL, edition, table or page) and,
 * when the figure could only be read in a page quoting the publisher (a ministry or news page), that page too.
 * `source`: read in the publisher's own document or data; `secondary`: read in a page that quotes the publisher.
 */
export const ObservationProvenance = z
  .object({
    provenance: z.enum(['source', 'secondary']).describe('Read in the publisher\'s document (source) or in a page quoting it (secondary)'),
    url: z.url().optional().describe("The publisher's document or data page"),
    edition: z.string().min(1).optional().describe('Edition of the publication, e.g. "GCI 2024 (5th edition)"'),
    table: z.string().min(1).optional().describe('Table, page or section of the publication the figure is in'),
    secondaryUrl: z.url().optional().describe('The page quoting the publisher, for a secondary figure'),
  })
  .strict()
  .refine((p) => p.provenance === 'source' || p.secondaryUrl !== undefined, {
    message: 'A secondary figure names the page it was read in (secondaryUrl)',
    params: { code: 'secondary_url' },
    path: ['secondaryUrl'],
  });
export type ObservationProvenance = z.infer<typeof ObservationProvenance>;

/** One figure: a country (or aggregate), an indicator, a year, a value. Missing values are absent rows, not zeros. */
export const Observation = z
  .object({
    kind: z.literal('observation'),
    schemaVersion: z.literal(OBSERVATION_SCHEMA_VERSION),
    iso3: AreaCode,
    indicator: IndicatorCode,
    year: Year,
    value: z.number().refine(Number.isFinite, { message: 'Expected a finite number', params: { code: 'finite_number' } }),
    unit: z.string().min(1),
    status: ObsStatus.default('A'),
    source: z.string().min(1).describe('Id of a SourceRef in the dataset, or a source line'),
    note: z.string().optional(),
    origin: ObservationOrigin.optional().describe('Raw file, line and code the figure was imported from'),
    provenance: ObservationProvenance.optional().describe('Publisher document, edition, table and any quoting page'),
  })
  .strict();
export type Observation = z.infer<typeof Observation>;

/** Observations without the per-row envelope, as stored in a Dataset. */
export const ObservationRow = Observation.omit({ kind: true, schemaVersion: true });
export type ObservationRow = z.infer<typeof ObservationRow>;

/** A set of observations with their sources. */
export const Dataset = z
  .object({
    kind: z.literal('dataset'),
    schemaVersion: z.literal(DATASET_SCHEMA_VERSION),
    id: z.string().min(1),
    title: z.string().min(1),
    sources: z.array(SourceRef),
    observations: z.array(ObservationRow),
    userData: z.boolean().optional().describe('True for data a user imported, shown as such'),
  })
  .strict()
  .superRefine((d, ctx) => {
    const ids = new Set(d.sources.map((s) => s.id));
    d.observations.forEach((o, i) => {
      if (!ids.has(o.source))
        ctx.addIssue({
          code: 'custom',
          path: ['observations', i, 'source'],
          message: `Unknown source "${o.source}": list it in "sources"`,
          params: { code: 'unknown_source', id: o.source },
        });
    });
  });
export type Dataset = z.infer<typeof Dataset>;
