import { z } from 'zod';
import currencyCodes from 'currency-codes';
import countries from 'i18n-iso-countries/index.js';
import { AGGREGATE_AREA_CODES, AreaCode, CurrencyCode, IsoAlpha2, IsoAlpha3, M49_REGIONS, M49Code } from './codes.js';
import type { DocumentKind } from './registry.js';
import { documentKinds, documentSchemas } from './registry.js';

/** Where the published schemas live; `$id` of each is `${SCHEMA_BASE_URI}<kind>.schema.json`. */
export const SCHEMA_BASE_URI = 'https://dsc-toolkit.github.io/schemas/';

const alpha3 = Object.keys(countries.getAlpha3Codes()).sort();
const alpha2 = Object.keys(countries.getAlpha2Codes()).sort();
const numeric = Object.keys(countries.getNumericCodes()).sort();

// Code lists that zod checks with refinements become enums, so JSON Schema users get the same checks.
const codeEnums = new Map<z.ZodType, readonly string[]>([
  [IsoAlpha3, alpha3],
  [IsoAlpha2, alpha2],
  [AreaCode, [...alpha3, ...Object.keys(AGGREGATE_AREA_CODES)]],
  [M49Code, [...new Set([...numeric, ...Object.keys(M49_REGIONS)])].sort()],
  [CurrencyCode, [...currencyCodes.codes()].sort()],
]);

/**
 * The JSON Schema (draft 2020-12) of a document kind, generated from its zod schema. It describes the document
 * as written in a file (fields with defaults are optional). Refinements that JSON Schema cannot express
 * (cross-references, date existence) are checked by `parseDocument` only.
 */
export function toJsonSchema(kind: DocumentKind): Record<string, unknown> {
  const schema = z.toJSONSchema(documentSchemas[kind], {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      const codes = codeEnums.get(ctx.zodSchema as unknown as z.ZodType);
      if (codes) ctx.jsonSchema.enum = [...codes];
    },
  }) as Record<string, unknown>;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${SCHEMA_BASE_URI}${kind}.schema.json`,
    title: `DSC Toolkit ${kind} document`,
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}

/** JSON Schemas of every document kind, keyed by kind. */
export const allJsonSchemas = (): Record<DocumentKind, Record<string, unknown>> =>
  Object.fromEntries(documentKinds.map((k) => [k, toJsonSchema(k)])) as Record<DocumentKind, Record<string, unknown>>;
