import { defineMessages } from '../../define.js';

/** Document kinds and every `DocumentError` code of `@dsc/domain` (see `formatDocumentError`). */
export default defineMessages('domain')({
  'domain.kind.country': 'country',
  'domain.kind.indicator': 'indicator',
  'domain.kind.observation': 'observation',
  'domain.kind.dataset': 'dataset',
  'domain.kind.framework': 'framework',
  'domain.kind.policy-instrument': 'policy instrument',
  'domain.kind.assessment-rubric': 'assessment rubric',
  'domain.kind.policy-assessment': 'policy assessment',
  'domain.kind.methodology': 'methodology',
  'domain.kind.index-result': 'index result',
  'domain.kind.plan': 'plan',
  'domain.kind.validation-report': 'validation report',
  'domain.error.not_an_object': 'The document is not a JSON object.',
  'domain.error.missing_kind': 'The document has no "kind" field.',
  'domain.error.unknown_kind': 'Unknown document kind "{kind}". Known kinds: {known}.',
  'domain.error.missing_schema_version': 'The {kind} document has no "schemaVersion" field.',
  'domain.error.unsupported_schema_version':
    'The {kind} document has schema version {version}, which is not supported; the current version is {current}.',
  'domain.error.migration_failed': 'The {kind} document could not be migrated from version {from} to {to}: {message}',
  'domain.error.invalid_document':
    'The {kind} document is not valid: {count, plural, one {# problem} other {# problems}} found.',
  'domain.issue.at': '{pointer}: {message}',
  'domain.issue.root': 'the whole document',
});
