import { defineMessages } from '../../define.js';

/** Validation reports and rule messages of `@dsc/validation` (`validation.<rule-id>.…`). */
export default defineMessages('validation')({
  'validation.severity.error': 'error',
  'validation.severity.warning': 'warning',
  'validation.severity.info': 'info',
  'validation.report.valid': 'The file is valid.',
  'validation.report.invalid': '{count, plural, one {# problem} other {# problems}} found in {file}.',
});
