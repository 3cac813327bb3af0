import { defineMessages } from '../../define.js';

/** Indicator engine and index results of `@dsc/indicators` (`indicators.…`). */
export default defineMessages('indicators')({
  'indicators.direction.positive': 'higher is better',
  'indicators.direction.negative': 'lower is better',
  'indicators.baseline': 'Baseline: {value}',
  'indicators.target': 'Target: {value}',
  'indicators.coverage': '{available} of {total, plural, one {# indicator} other {# indicators}} have data',
  'indicators.finding.denominator_missing':
    'No denominator {denominator} for {unit}: {indicator} is missing',
  'indicators.finding.denominator_zero':
    'Denominator {denominator} is zero for {unit}: {indicator} is missing',
  'indicators.finding.group_missing':
    '{unit} has no {group} group: {indicator} was not imputed',
  'indicators.finding.imputation_not_possible':
    '{indicator}: {method} could not fill {count, plural, one {# value} other {# values}}',
  'indicators.finding.treat_not_assessable':
    '{indicator}: too few or constant values to assess outliers ({observed} observed)',
  'indicators.finding.treat_still_failing':
    '{indicator}: still skewed after treatment (skewness {skew}, kurtosis {kurt})',
  'indicators.finding.constant_indicator':
    '{indicator} has the same value for every unit and cannot be normalised',
  'indicators.finding.normalise_not_possible':
    '{indicator} cannot be normalised: {reason}',
  'indicators.finding.unit_screened_out':
    '{unit} was screened out (data availability {availability})',
  'indicators.finding.values_capped':
    '{aggregate}: values at or below zero were replaced for the mean',
  'indicators.finding.negative_pca_weight':
    '{indicator} gets a negative PCA weight in {parent}',
  'indicators.finding.ahp_inconsistent':
    'Pairwise comparisons for {parent} are inconsistent (CR {cr})',
  'indicators.finding.weights_not_converged':
    'Weight optimisation for {parent} did not converge in {iterations} iterations',
  'indicators.finding.pca_rows_dropped':
    'PCA for {parent} left out {dropped, plural, one {# unit} other {# units}} with missing data',
  'indicators.finding.aggregate_undefined':
    '{aggregate}: the {method} aggregate is undefined for {unit} and left missing',
  'indicators.error.invalid_spec':
    'The methodology has {count, plural, one {# problem} other {# problems}}',
  'indicators.error.invalid_data':
    'The data do not fit the methodology: {count, plural, one {# problem} other {# problems}}',
  'indicators.error.nonpositive_in_mean':
    '{aggregate}: the {method} mean needs values above zero',
  'indicators.error.too_few_units':
    '{step} needs at least {needed} units; {units} available',
  'indicators.error.not_positive_definite':
    '{step}: the matrix is not positive definite',
  'indicators.error.invalid_input':
    'Invalid sensitivity input at {pointer}: {message}',
  'indicators.csv.unterminatedQuote': 'A quoted field is never closed',
  'indicators.csv.unterminatedQuoteHint': 'Close the quote or double the quote characters inside the field',
  'indicators.csv.textAfterQuote': 'Text follows a closing quote',
  'indicators.csv.textAfterQuoteHint': 'Quote the whole field',
  'indicators.csv.emptyFile': 'The file is empty',
  'indicators.csv.fieldCount': 'Record has {found, plural, one {# field} other {# fields}}; the header has {header}',
  'indicators.csv.expectedFields': '{header, plural, one {# field} other {# fields}}',
  'indicators.csv.duplicateColumn': 'Column "{column}" appears twice',
  'indicators.csv.metaColumn': 'iMeta needs a column "{column}"',
  'indicators.csv.metaColumnHint': 'See the COINr iMeta format',
  'indicators.csv.emptyCode': '{column} is empty',
  'indicators.csv.unknownType': 'Unknown Type "{type}" for "{code}"',
  'indicators.csv.metaNotANumber': '{column} of "{code}" is not a number',
  'indicators.csv.expectedNumberOrNa': 'a number or NA',
  'indicators.csv.expectedDirection': '1 or -1',
  'indicators.csv.needsLevel': '"{code}" needs a Level',
  'indicators.csv.invalidDirection': 'Direction of "{code}" must be 1 or -1',
  'indicators.csv.dataColumn': 'iData needs a column "{column}"',
  'indicators.csv.unknownColumn': 'Column "{column}" is not in iMeta',
  'indicators.csv.unknownColumnHint': 'Add it to iMeta (Type Other to ignore it)',
  'indicators.csv.indicatorColumn': 'No column for indicator "{code}"',
  'indicators.csv.timeNotANumber': 'Time is not a number',
  'indicators.csv.expectedYear': 'a year',
  'indicators.csv.duplicateUnit': 'Unit "{unit}" appears twice',
  'indicators.csv.duplicateUnitAt': 'Unit "{unit}" appears twice for {time}',
  'indicators.csv.valueNotANumber': 'Value of "{code}" for "{unit}" is not a number',
  'indicators.csv.denominatorColumn': 'The denominator table needs a column "{column}"',
  'indicators.recommendation.indicator_gap.title':
    'Close the gap on {indicator} in {country}',
  'indicators.recommendation.indicator_gap.text':
    'In {country}, {indicator} was {value, number} in {year}, short of {reference, select, target {the target of {referenceValue, number}} peers {the median of the other countries in scope, {referenceValue, number}} other {the best value in scope, {referenceValue, number}}}. Set out the measures that would close the gap, the body responsible and a date.',
  'indicators.recommendation.policy_gap.title':
    'Raise “{criterion}” to level {required} in {country}',
  'indicators.recommendation.policy_gap.text':
    'The criterion “{criterion}” is assessed at level {level} of 4 in {country}, below the level {required} the analysis asks for. Name the step that would raise it and who takes it.',
  'indicators.recommendation.regional_policy_gap.title':
    'Regional action on “{criterion}”',
  'indicators.recommendation.regional_policy_gap.text':
    '{countries, plural, one {# country in scope is} other {# countries in scope are}} below level {required} on the criterion “{criterion}”. Agree a joint step within SPECA.',
});
