import type { ObservationQueryError } from './observations.js';

/**
 * English texts (ICU MessageFormat) for the error codes of this package, keyed as they will be in the
 * `datasets` namespace of @dsc/i18n. Russian and Kazakh go there, next to these.
 */
export const datasetsMessagesEn = {
  'datasets.error.unknown_area': 'Unknown area code "{value}". Did you mean: {suggestions}?',
  'datasets.error.unknown_indicator': 'Unknown indicator "{value}". Did you mean: {suggestions}?',
  'datasets.error.invalid_years': 'Invalid year range {value}: expected {expected}.',
} as const satisfies Record<`datasets.error.${ObservationQueryError['code']}`, string>;
