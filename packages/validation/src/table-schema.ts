/**
 * Frictionless Table Schema (v2, v1 accepted): exact lexical casting. The descriptor model is in descriptors.ts.
 * Casting is allocation-free on the hot path: results go into a reused {@link CastOut}. The casters live in
 * table-schema/: the cast result (cast.ts), numbers (numbers.ts), dates and times (temporal.ts), one caster per
 * field type (casters.ts) and the field helpers (fields.ts).
 */

export { FIELD_TYPES } from './vocabulary.js';
export type { FieldType } from './vocabulary.js';
export { Cast, anyString, newCastOut } from './table-schema/cast.js';
export type { CastOut, Caster, Hint } from './table-schema/cast.js';
export { fastDecimal } from './table-schema/numbers.js';
export { casterFor } from './table-schema/casters.js';
export { keyFields, missingValuesFor, xsdPattern } from './table-schema/fields.js';
