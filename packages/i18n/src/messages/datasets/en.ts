import { defineMessages } from '../../define.js';

/**
 * Errors of `@dsc/datasets` queries (`datasets.error.<code>`, the codes of `ObservationQueryError`), and the
 * vocabulary of the programmes and initiatives register (`datasets.initiatives.…`) used by `dsc initiatives` and the planner.
 */
export default defineMessages('datasets')({
  'datasets.error.unknown_area': 'Unknown area code "{value}". Did you mean: {suggestions}?',
  'datasets.error.unknown_indicator': 'Unknown indicator "{value}". Did you mean: {suggestions}?',
  'datasets.error.invalid_years': 'Invalid year range {value}: expected {expected}.',
  'datasets.initiatives.cli.description':
    'List the programmes and initiatives register, or with --matrix the countries × pillars overlap/gap matrix',
  'datasets.initiatives.cli.option.country':
    'Only the initiatives covering a country (ISO3), regional ones included',
  'datasets.initiatives.cli.option.format': 'Output: table, json or csv',
  'datasets.initiatives.cli.option.matrix':
    'Print the overlap/gap matrix of active initiatives instead of the list',
  'datasets.initiatives.error.country': 'unknown --country "{value}"',
  'datasets.initiatives.error.countryHint': 'Use the ISO3 code of a country in scope: {choices}.',
  'datasets.initiatives.error.format': 'unknown --format "{value}"',
  'datasets.initiatives.error.formatHint': 'Use table, json or csv.',
  'datasets.initiatives.column.id': 'id',
  'datasets.initiatives.column.name': 'name',
  'datasets.initiatives.column.type': 'type',
  'datasets.initiatives.column.countries': 'countries',
  'datasets.initiatives.column.lead': 'lead',
  'datasets.initiatives.column.period': 'period',
  'datasets.initiatives.column.status': 'status',
  'datasets.initiatives.column.pillars': 'pillars',
  'datasets.initiatives.column.budget': 'published budget',
  'datasets.initiatives.column.sources': 'sources',
  'datasets.initiatives.column.country': 'country',
  'datasets.initiatives.status.planned': 'planned',
  'datasets.initiatives.status.active': 'active',
  'datasets.initiatives.status.completed': 'completed',
  'datasets.initiatives.status.unknown': 'unknown',
  'datasets.initiatives.type.strategy': 'strategy',
  'datasets.initiatives.type.programme': 'programme',
  'datasets.initiatives.type.tech-park': 'technology park or hub',
  'datasets.initiatives.type.regional-programme': 'regional programme',
  'datasets.initiatives.type.donor-project': 'donor project',
  'datasets.initiatives.type.un-programme': 'UN programme',
  'datasets.initiatives.count': 'initiatives: {count}',
  'datasets.initiatives.matrix.title':
    'Active initiatives by country and pillar (number of initiatives; a gap is a cell with none)',
  'datasets.initiatives.matrix.gap': 'gap',
  'datasets.initiatives.matrix.summary':
    'cells: {cells}; gaps: {gaps}; overlaps (two or more initiatives): {overlaps}',
  'datasets.initiatives.secondary': 'secondary',
  'datasets.initiatives.regional': 'regional',
  'datasets.initiatives.missing': 'not published',
  'datasets.initiatives.planner.title': 'Programmes and initiatives',
  'datasets.initiatives.planner.intro':
    'National strategies and programmes, technology parks, regional, donor and UN programmes in the eight countries, each with its sources. Budgets are shown only where published; Russian and Kazakh names only where official.',
  'datasets.initiatives.planner.matrixTitle': 'Overlaps and gaps',
  'datasets.initiatives.planner.matrixHint':
    'Each cell counts the active initiatives covering the country on the pillar. Select a cell to list them.',
  'datasets.initiatives.planner.cellLabel': '{country}, {pillar}: {count}',
  'datasets.initiatives.planner.selected': '{country} — {pillar}',
  'datasets.initiatives.planner.noneInCell': 'No active initiative: a gap.',
  'datasets.initiatives.planner.registerTitle': 'Register',
  'datasets.initiatives.planner.countryFilter': 'Country',
  'datasets.initiatives.planner.allCountries': 'All countries',
  'datasets.initiatives.planner.nav': 'Initiatives',
});
