import { defineMessages } from '../../define.js';

/** The assessment report of `@dsc/report` and the `dsc report` command (`report.…`). */
export default defineMessages('report')({
  'report.title.country': 'Digital development of {country}: assessment report',
  'report.title.region': 'Digital development of the SPECA countries: regional assessment report',
  'report.subtitle':
    'Prepared for the Governing Council of the UN Special Programme for the Economies of Central Asia (SPECA). Date: {date}',
  'report.methodology':
    'Methodology: {name}, version {version}. Reference year: {year}. Policy rubric: version {rubric}.',
  'report.page': 'Page {page} of {pages}',
  'report.section.summary': 'Summary',
  'report.section.index': 'Index and pillars',
  'report.section.countries': 'The eight countries side by side',
  'report.section.policy': 'Policy, regulatory and institutional assessment',
  'report.section.initiatives': 'Programmes and initiatives',
  'report.section.gaps': 'Gaps to targets and peers',
  'report.section.recommendations': 'Recommendations',
  'report.section.roadmap': 'Roadmap actions',
  'report.section.sources': 'Sources and licences',
  'report.summary.ranked':
    '{country} ranks {rank} of {of} countries on the {index} for {year}, with a score of {score} out of 100.',
  'report.summary.notRanked':
    '{country} has no score on the {index} for {year}: too many of its data are missing.',
  'report.summary.region':
    'The {index} for {year} ranks {count} countries. Highest score: {top} ({topScore}); lowest: {bottom} ({bottomScore}).',
  'report.summary.policy': 'Policy assessment: {scored} of {total} criteria verified (coverage {coverage}).',
  'report.summary.recommendations':
    '{count, plural, =0 {No recommendation has been accepted yet.} one {# recommendation has been accepted.} other {# recommendations have been accepted.}}',
  'report.rank.stable':
    'In {runs} alternative calculations, {country} ranked {rank} in at least nine out of ten: its rank does not depend on the choices varied.',
  'report.rank.range':
    'In {runs} alternative calculations, {country} ranked between {lo} and {hi} in nine out of ten (median rank {median}).',
  'report.rank.explain':
    'The alternative calculations repeat the index with other reasonable choices of normalisation, aggregation and weights. A single rank means the result holds whatever those choices; a range shows how far it can move.',
  'report.rank.cellStable': '{rank} (no change)',
  'report.rank.cellRange': '{lo} to {hi}',
  'report.excluded': 'Left out of the index because not every country has a score: {pillars}.',
  'report.table.country': 'Country',
  'report.table.pillar': 'Pillar',
  'report.table.score': 'Score (0–100)',
  'report.table.rank': 'Rank',
  'report.table.rankRange': 'Rank in nine of ten alternative calculations',
  'report.table.index': 'Index',
  'report.table.policyCoverage': 'Policy criteria verified',
  'report.table.criterion': 'Criterion',
  'report.table.level': 'Level',
  'report.table.status': 'Review',
  'report.table.evidence': 'Evidence',
  'report.table.indicator': 'Indicator',
  'report.table.value': 'Value',
  'report.table.peers': 'Mean of the other countries',
  'report.table.best': 'Best in the region',
  'report.table.target': 'Target',
  'report.table.name': 'Name',
  'report.table.type': 'Type',
  'report.table.period': 'Status',
  'report.table.source': 'Source',
  'report.table.priority': 'Priority',
  'report.table.recommendation': 'Recommendation',
  'report.table.activity': 'Activity',
  'report.table.duration': 'Duration (working days)',
  'report.table.title': 'Title',
  'report.table.publisher': 'Publisher',
  'report.table.licence': 'Licence',
  'report.table.accessed': 'Accessed',
  'report.missing': '—',
  'report.chart.index': '{index}: scores of the eight countries ({year})',
  'report.chart.pillars': 'Pillar scores of {country} and the mean of the other countries ({year})',
  'report.chart.peers': 'mean of the others',
  'report.policy.coverage':
    'Only verified scores count. {scored} of the {total} criteria of the rubric have a verified level (coverage {coverage}); the latest verification is dated {asOf}. Pillar score from the verified levels: {score} out of 100.',
  'report.policy.none':
    'None of the {total} criteria of the rubric has a verified level yet, so there is no policy pillar score.',
  'report.policy.used': 'The index uses this score: at least {threshold} of the criteria are verified.',
  'report.policy.unused':
    'The index does not use this score yet: it needs at least {threshold} of the criteria verified.',
  'report.policy.pending':
    '{count, plural, one {# score is} other {# scores are}} still under review and do not count.',
  'report.policy.unscored': 'Criteria not scored yet: {criteria}.',
  'report.policy.level': '{level} of 4',
  'report.policy.status':
    '{status, select, draft {draft} submitted {submitted} verified {verified} disputed {disputed} other {—}}',
  'report.policy.notAssessed': '{country} has not been assessed against the rubric yet.',
  'report.initiatives.none': 'No programme or initiative is recorded for {country} in the toolkit data yet.',
  'report.initiatives.noneRegion': 'No regional programme or initiative is recorded in the toolkit data yet.',
  'report.initiatives.type':
    '{type, select, strategy {strategy} programme {programme} tech_park {technology park} regional_programme {regional programme} donor_project {donor project} un_programme {UN programme} other {other}}',
  'report.initiatives.status':
    '{status, select, planned {planned} active {active} completed {completed} other {unknown}}',
  'report.gaps.intro':
    'Latest values of the indicators of the index for {year}, next to the mean of the other countries and the best value in the region. Targets come from accepted recommendations.',
  'report.gaps.none': 'No indicator of the index has a value for {country}.',
  'report.recommendations.none': 'No recommendation for {country} has been accepted yet.',
  'report.recommendations.noneRegion': 'No regional recommendation has been accepted yet.',
  'report.recommendations.priority': '{priority, select, high {high} medium {medium} low {low} other {—}}',
  'report.roadmap.illustrative': 'The plan “{plan}” is illustrative: it is not an agreed roadmap.',
  'report.roadmap.intro':
    'Activities of the plan that serve the recommendations above, or concern all its countries.',
  'report.roadmap.none': 'No activity of the plan concerns {country}.',
  'report.sources.intro':
    'The data of this report come from the following sources, under the licences shown.',
  'report.sources.toolkit': 'Computed with DSC Toolkit {version}.',
  'report.notTranslated': 'not available in English',
  'report.cli.description':
    'Write the assessment report of a country or of the region (Markdown, DOCX or PDF, in English, Russian or Kazakh)',
  'report.cli.option.country': 'ISO 3166-1 alpha-3 code of the country (one of {choices})',
  'report.cli.option.region': 'The regional edition: the eight countries side by side',
  'report.cli.option.lang': 'Language of the report: en, ru or kk',
  'report.cli.option.format': 'md, docx or pdf (default: from the extension of --out)',
  'report.cli.option.out': 'File to write (Markdown is printed when omitted)',
  'report.cli.option.date': 'Date printed on the report (YYYY-MM-DD; default: today)',
  'report.cli.error.scope': 'Give either --country <ISO3> or --region.',
  'report.cli.error.scopeHint': 'For example: dsc report --country KGZ --lang ru --out kgz.docx',
  'report.cli.error.country': 'Unknown country: {country}',
  'report.cli.error.countryHint': 'The report covers {choices}.',
  'report.cli.error.format': 'Unknown report format: {format}',
  'report.cli.error.formatHint': 'Use --format md, docx or pdf.',
  'report.cli.error.lang': 'Unknown language: {lang}',
  'report.cli.error.langHint': 'Use --lang en, ru or kk.',
  'report.cli.error.binary': 'A {format} report is a binary file: give --out <file>.',
  'report.cli.error.index': 'The index could not be computed: {code}',
  'report.cli.wrote': 'Wrote the report ({lang}, {format}) to {file}',
});
