import { defineMessages } from '../../define.js';

/** Errors of `@dsc/datasets` queries (`datasets.error.<code>`, the codes of `ObservationQueryError`). */
export default defineMessages('datasets')({
  'datasets.error.unknown_area': 'Unknown area code "{value}". Did you mean: {suggestions}?',
  'datasets.error.unknown_indicator': 'Unknown indicator "{value}". Did you mean: {suggestions}?',
  'datasets.error.invalid_years': 'Invalid year range {value}: expected {expected}.',
});
