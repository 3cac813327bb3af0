import { defineTranslation } from '../../define.js';
import type en from './en.js';

export default defineTranslation<typeof en>()({
  'domain.kind.country': 'ел',
  'domain.kind.indicator': 'көрсеткіш',
  'domain.kind.observation': 'бақылау мәні',
  'domain.kind.dataset': 'деректер жиыны',
  'domain.kind.framework': 'негіздемелік құрылым',
  'domain.kind.policy-instrument': 'саясат құралы',
  'domain.kind.assessment-rubric': 'бағалау шкаласы',
  'domain.kind.policy-assessment': 'саясатты бағалау',
  'domain.kind.methodology': 'әдістеме',
  'domain.kind.index-result': 'индекс нәтижесі',
  'domain.kind.plan': 'жоспар',
  'domain.kind.validation-report': 'тексеру есебі',
  'domain.error.not_an_object': 'Құжат JSON нысаны емес.',
  'domain.error.missing_kind': 'Құжатта "kind" өрісі жоқ.',
  'domain.error.unknown_kind': 'Құжаттың белгісіз түрі: "{kind}". Белгілі түрлер: {known}.',
  'domain.error.missing_schema_version': '«{kind}» құжатында "schemaVersion" өрісі жоқ.',
  'domain.error.unsupported_schema_version':
    '«{kind}» құжатының {version} схема нұсқасына қолдау көрсетілмейді; ағымдағы нұсқа — {current}.',
  'domain.error.migration_failed': '«{kind}» құжатын {from} нұсқасынан {to} нұсқасына көшіру мүмкін болмады: {message}',
  'domain.error.invalid_document': '«{kind}» құжаты жарамсыз: {count, plural, other {# қате табылды}}.',
  'domain.issue.at': '{pointer}: {message}',
  'domain.issue.root': 'бүкіл құжат',
});
