import { z } from 'zod';
import { AreaCode, CurrencyCode, IsoAlpha2, M49Code } from './codes.js';
import { I18nText } from './i18n-text.js';

export const COUNTRY_SCHEMA_VERSION = 1;

/** A country or a statistical aggregate (World, a World Bank region) that observations refer to. */
export const Country = z
  .object({
    kind: z.literal('country'),
    schemaVersion: z.literal(COUNTRY_SCHEMA_VERSION),
    iso3: AreaCode,
    iso2: IsoAlpha2.optional().describe('Absent for aggregates'),
    m49: M49Code.optional(),
    name: I18nText.describe('Official short name; overrides CLDR where UN/official usage differs'),
    formalName: I18nText.optional().describe('Formal (long) name, e.g. "Kyrgyz Republic"; absent for aggregates'),
    aggregate: z.boolean().describe('True for regions and groups (WLD, ECS, …)'),
    speca: z.boolean().describe('Member of the UN Special Programme for the Economies of Central Asia'),
    lldc: z.boolean().optional().describe('Landlocked developing country (UN-OHRLLS list)'),
    ldc: z.boolean().optional().describe('Least developed country (UN CDP list)'),
    currency: CurrencyCode.optional(),
    members: z.array(AreaCode).optional().describe('For aggregates: the in-scope areas it contains, where known'),
    sources: z.array(z.string().min(1)).optional().describe('Ids of sources (licence register) for the flags'),
    notes: z.string().optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (!c.aggregate && c.iso2 === undefined)
      ctx.addIssue({ code: 'custom', path: ['iso2'], message: 'A country (not an aggregate) needs its ISO alpha-2 code', params: { code: 'country_iso2' } });
  });
export type Country = z.infer<typeof Country>;
