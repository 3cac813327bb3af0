import { defineTranslation } from '../../define.js';
import type en from './en.js';

export default defineTranslation<typeof en>()({
  'datasets.error.unknown_area':
    'Неизвестный код территории «{value}». Возможно, имелось в виду: {suggestions}?',
  'datasets.error.unknown_indicator':
    'Неизвестный показатель «{value}». Возможно, имелось в виду: {suggestions}?',
  'datasets.error.invalid_years': 'Недопустимый диапазон лет {value}: ожидается {expected}.',
  'datasets.initiatives.cli.description':
    'Вывести реестр программ и инициатив, а с --matrix — матрицу пересечений и пробелов «страны × направления»',
  'datasets.initiatives.cli.option.country':
    'Только инициативы, охватывающие страну (ISO3), включая региональные',
  'datasets.initiatives.cli.option.format': 'Вывод: table, json или csv',
  'datasets.initiatives.cli.option.matrix':
    'Вывести вместо списка матрицу пересечений и пробелов по действующим инициативам',
  'datasets.initiatives.error.country': 'неизвестное значение --country «{value}»',
  'datasets.initiatives.error.countryHint': 'Укажите код ISO3 страны из охвата: {choices}.',
  'datasets.initiatives.error.format': 'неизвестное значение --format «{value}»',
  'datasets.initiatives.error.formatHint': 'Укажите table, json или csv.',
  'datasets.initiatives.column.id': 'код',
  'datasets.initiatives.column.name': 'название',
  'datasets.initiatives.column.type': 'тип',
  'datasets.initiatives.column.countries': 'страны',
  'datasets.initiatives.column.lead': 'ведущая организация',
  'datasets.initiatives.column.period': 'период',
  'datasets.initiatives.column.status': 'статус',
  'datasets.initiatives.column.pillars': 'направления',
  'datasets.initiatives.column.budget': 'опубликованный бюджет',
  'datasets.initiatives.column.sources': 'источники',
  'datasets.initiatives.column.country': 'страна',
  'datasets.initiatives.status.planned': 'планируется',
  'datasets.initiatives.status.active': 'действует',
  'datasets.initiatives.status.completed': 'завершена',
  'datasets.initiatives.status.unknown': 'неизвестно',
  'datasets.initiatives.type.strategy': 'стратегия',
  'datasets.initiatives.type.programme': 'программа',
  'datasets.initiatives.type.tech-park': 'технопарк или хаб',
  'datasets.initiatives.type.regional-programme': 'региональная программа',
  'datasets.initiatives.type.donor-project': 'донорский проект',
  'datasets.initiatives.type.un-programme': 'программа ООН',
  'datasets.initiatives.count': 'инициатив: {count}',
  'datasets.initiatives.matrix.title':
    'Действующие инициативы по странам и направлениям (число инициатив; пробел — ячейка без инициатив)',
  'datasets.initiatives.matrix.gap': 'пробел',
  'datasets.initiatives.matrix.summary':
    'ячеек: {cells}; пробелов: {gaps}; пересечений (две инициативы и более): {overlaps}',
  'datasets.initiatives.secondary': 'вторичный',
  'datasets.initiatives.regional': 'региональная',
  'datasets.initiatives.missing': 'не опубликовано',
  'datasets.initiatives.planner.title': 'Программы и инициативы',
  'datasets.initiatives.planner.intro':
    'Национальные стратегии и программы, технопарки, региональные, донорские программы и программы ООН в восьми странах — каждая со своими источниками. Бюджеты показаны только там, где они опубликованы; русские и казахские названия — только официальные.',
  'datasets.initiatives.planner.matrixTitle': 'Пересечения и пробелы',
  'datasets.initiatives.planner.matrixHint':
    'Каждая ячейка — число действующих инициатив, охватывающих страну по направлению. Выберите ячейку, чтобы увидеть их список.',
  'datasets.initiatives.planner.cellLabel': '{country}, {pillar}: {count}',
  'datasets.initiatives.planner.selected': '{country} — {pillar}',
  'datasets.initiatives.planner.noneInCell': 'Действующих инициатив нет: пробел.',
  'datasets.initiatives.planner.registerTitle': 'Реестр',
  'datasets.initiatives.planner.countryFilter': 'Страна',
  'datasets.initiatives.planner.allCountries': 'Все страны',
  'datasets.initiatives.planner.nav': 'Инициативы',
});
