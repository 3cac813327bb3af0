import { defineMessages } from '../../define.js';

/** Indicator engine and index results of `@dsc/indicators` (`indicators.…`). */
export default defineMessages('indicators')({
  'indicators.direction.positive': 'higher is better',
  'indicators.direction.negative': 'lower is better',
  'indicators.baseline': 'Baseline: {value}',
  'indicators.target': 'Target: {value}',
  'indicators.coverage': '{available} of {total, plural, one {# indicator} other {# indicators}} have data',
});
