/**
 * `@dsc/validation/schemas`: the zod models of the descriptors the validator reads — Frictionless Table Schema
 * and Table Dialect, and the `validate` section of `dsc.config.json` — with `parseValidateConfig`. A separate
 * entry so that validating files with `@dsc/validation` does not load zod.
 */
export { SchemaField, TableDialect, TableSchema, ValidateConfig, parseValidateConfig } from './descriptors.js';
export { jsonLocation } from './json-location.js';
export type { DataPackageOptions, DataPackagePlan, PackageResource } from './datapackage.js';
export { DataPackage, DataResource, planDataPackage, unsafeResourcePath } from './datapackage.js';
