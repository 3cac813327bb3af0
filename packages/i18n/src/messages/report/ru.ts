import { defineTranslation } from '../../define.js';
import type en from './en.js';

export default defineTranslation<typeof en>()({
  'report.title.country': 'Цифровое развитие: {country}. Аналитический отчёт',
  'report.title.region': 'Цифровое развитие стран СПЕКА: региональный аналитический отчёт',
  'report.subtitle':
    'Подготовлено для Руководящего совета Специальной программы ООН для экономик Центральной Азии (СПЕКА). Дата: {date}',
  'report.methodology':
    'Методология: {name}, версия {version}. Базовый год: {year}. Критерии оценки политики: версия {rubric}.',
  'report.page': 'Страница {page} из {pages}',
  'report.section.summary': 'Резюме',
  'report.section.index': 'Индекс и опоры',
  'report.section.countries': 'Восемь стран в сравнении',
  'report.section.policy': 'Оценка политической, нормативно-правовой и институциональной базы',
  'report.section.initiatives': 'Программы и инициативы',
  'report.section.gaps': 'Отставание от целей и от соседних стран',
  'report.section.recommendations': 'Рекомендации',
  'report.section.roadmap': 'Меры дорожной карты',
  'report.section.sources': 'Источники и лицензии',
  'report.summary.ranked':
    'Страна «{country}» занимает {rank}-е место из {of} по индексу «{index}» за {year} год; оценка — {score} из 100.',
  'report.summary.notRanked':
    'У страны «{country}» нет оценки по индексу «{index}» за {year} год: не хватает слишком многих данных.',
  'report.summary.region':
    'Индекс «{index}» за {year} год ранжирует {count} стран. Наивысшая оценка: {top} ({topScore}); наименьшая: {bottom} ({bottomScore}).',
  'report.summary.policy': 'Оценка политики: проверено {scored} из {total} критериев (охват {coverage}).',
  'report.summary.recommendations':
    '{count, plural, =0 {Принятых рекомендаций пока нет.} one {Принята # рекомендация.} few {Принято # рекомендации.} many {Принято # рекомендаций.} other {Принято # рекомендации.}}',
  'report.rank.stable':
    'В {runs} альтернативных расчётах страна «{country}» как минимум в девяти случаях из десяти занимает {rank}-е место: её место не зависит от варьируемых допущений.',
  'report.rank.range':
    'В {runs} альтернативных расчётах страна «{country}» в девяти случаях из десяти занимает места с {lo}-го по {hi}-е (медианное место — {median}-е).',
  'report.rank.explain':
    'Альтернативные расчёты повторяют индекс при других обоснованных вариантах нормализации, агрегирования и весов. Одно место означает, что результат не зависит от этих вариантов; диапазон показывает, насколько место может сдвинуться.',
  'report.rank.cellStable': '{rank}-е (без изменений)',
  'report.rank.cellRange': 'с {lo}-го по {hi}-е',
  'report.excluded': 'Не включены в индекс, так как оценки есть не у всех стран: {pillars}.',
  'report.table.country': 'Страна',
  'report.table.pillar': 'Опора',
  'report.table.score': 'Оценка (0–100)',
  'report.table.rank': 'Место',
  'report.table.rankRange': 'Место в девяти из десяти альтернативных расчётов',
  'report.table.index': 'Индекс',
  'report.table.policyCoverage': 'Проверено критериев политики',
  'report.table.criterion': 'Критерий',
  'report.table.level': 'Уровень',
  'report.table.status': 'Проверка',
  'report.table.evidence': 'Подтверждения',
  'report.table.indicator': 'Показатель',
  'report.table.value': 'Значение',
  'report.table.peers': 'Среднее по другим странам',
  'report.table.best': 'Лучшее в регионе',
  'report.table.target': 'Цель',
  'report.table.name': 'Название',
  'report.table.type': 'Тип',
  'report.table.period': 'Статус',
  'report.table.source': 'Источник',
  'report.table.priority': 'Приоритет',
  'report.table.recommendation': 'Рекомендация',
  'report.table.activity': 'Мера',
  'report.table.duration': 'Длительность (рабочие дни)',
  'report.table.title': 'Название',
  'report.table.publisher': 'Издатель',
  'report.table.licence': 'Лицензия',
  'report.table.accessed': 'Дата обращения',
  'report.missing': '—',
  'report.chart.index': '{index}: оценки восьми стран ({year})',
  'report.chart.pillars': 'Оценки опор: {country} и среднее по другим странам ({year})',
  'report.chart.peers': 'среднее по другим',
  'report.policy.coverage':
    'Учитываются только проверенные оценки. Проверенный уровень есть у {scored} из {total} критериев (охват {coverage}); последняя проверка — {asOf}. Оценка опоры по проверенным уровням: {score} из 100.',
  'report.policy.none':
    'Ни один из {total} критериев пока не имеет проверенного уровня, поэтому оценки опоры политики нет.',
  'report.policy.used': 'Индекс использует эту оценку: проверено не менее {threshold} критериев.',
  'report.policy.unused':
    'Индекс пока не использует эту оценку: нужно проверить не менее {threshold} критериев.',
  'report.policy.pending':
    '{count, plural, one {# оценка ещё проверяется} few {# оценки ещё проверяются} many {# оценок ещё проверяются} other {# оценки ещё проверяются}} и не учитывается.',
  'report.policy.unscored': 'Критерии, которые ещё не оценены: {criteria}.',
  'report.policy.level': '{level} из 4',
  'report.policy.status':
    '{status, select, draft {черновик} submitted {подана} verified {проверена} disputed {оспорена} other {—}}',
  'report.policy.notAssessed': 'Страна «{country}» ещё не оценивалась по критериям.',
  'report.initiatives.none': 'В данных инструментария пока нет программ и инициатив страны «{country}».',
  'report.initiatives.noneRegion': 'В данных инструментария пока нет региональных программ и инициатив.',
  'report.initiatives.type':
    '{type, select, strategy {стратегия} programme {программа} tech_park {технопарк} regional_programme {региональная программа} donor_project {донорский проект} un_programme {программа ООН} other {другое}}',
  'report.initiatives.status':
    '{status, select, planned {планируется} active {действует} completed {завершена} other {неизвестно}}',
  'report.gaps.intro':
    'Последние значения показателей индекса за {year} год рядом со средним по другим странам и лучшим значением в регионе. Цели взяты из принятых рекомендаций.',
  'report.gaps.none': 'Ни один показатель индекса не имеет значения для страны «{country}».',
  'report.recommendations.none': 'Принятых рекомендаций для страны «{country}» пока нет.',
  'report.recommendations.noneRegion': 'Принятых региональных рекомендаций пока нет.',
  'report.recommendations.priority':
    '{priority, select, high {высокий} medium {средний} low {низкий} other {—}}',
  'report.roadmap.illustrative':
    'План «{plan}» является иллюстративным: это не согласованная дорожная карта.',
  'report.roadmap.intro':
    'Меры плана, которые служат приведённым выше рекомендациям или касаются всех его стран.',
  'report.roadmap.none': 'Ни одна мера плана не касается страны «{country}».',
  'report.sources.intro': 'Данные отчёта взяты из следующих источников на условиях указанных лицензий.',
  'report.sources.toolkit': 'Рассчитано инструментарием ЦЦР версии {version}.',
  'report.notTranslated': 'нет на русском языке',
  'report.cli.description':
    'Сформировать аналитический отчёт по стране или региону (Markdown, DOCX или PDF; на английском, русском или казахском)',
  'report.cli.option.country': 'Код страны ISO 3166-1 alpha-3 (один из {choices})',
  'report.cli.option.region': 'Региональный выпуск: восемь стран в сравнении',
  'report.cli.option.lang': 'Язык отчёта: en, ru или kk',
  'report.cli.option.format': 'md, docx или pdf (по умолчанию — по расширению --out)',
  'report.cli.option.out': 'Файл для записи (без него Markdown выводится на экран)',
  'report.cli.option.date': 'Дата на отчёте (ГГГГ-ММ-ДД; по умолчанию — сегодня)',
  'report.cli.error.scope': 'Укажите либо --country <ISO3>, либо --region.',
  'report.cli.error.scopeHint': 'Например: dsc report --country KGZ --lang ru --out kgz.docx',
  'report.cli.error.country': 'Неизвестная страна: {country}',
  'report.cli.error.countryHint': 'Отчёт охватывает {choices}.',
  'report.cli.error.format': 'Неизвестный формат отчёта: {format}',
  'report.cli.error.formatHint': 'Укажите --format md, docx или pdf.',
  'report.cli.error.lang': 'Неизвестный язык: {lang}',
  'report.cli.error.langHint': 'Укажите --lang en, ru или kk.',
  'report.cli.error.binary': 'Отчёт в формате {format} — двоичный файл: укажите --out <файл>.',
  'report.cli.error.index': 'Не удалось рассчитать индекс: {code}',
  'report.cli.wrote': 'Отчёт ({lang}, {format}) записан в {file}',
});
