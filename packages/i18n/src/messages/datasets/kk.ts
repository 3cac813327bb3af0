import { defineTranslation } from '../../define.js';
import type en from './en.js';

export default defineTranslation<typeof en>()({
  'datasets.error.unknown_area':
    '«{value}» аумақ коды белгісіз. Мүмкін, мұны айтқыңыз келген шығар: {suggestions}?',
  'datasets.error.unknown_indicator':
    '«{value}» көрсеткіші белгісіз. Мүмкін, мұны айтқыңыз келген шығар: {suggestions}?',
  'datasets.error.invalid_years': '{value} жылдар ауқымы жарамсыз: {expected} күтіледі.',
  'datasets.initiatives.cli.description':
    'Бағдарламалар мен бастамалар тізілімін, ал --matrix арқылы «елдер × бағыттар» қиылысу және олқылық матрицасын шығару',
  'datasets.initiatives.cli.option.country':
    'Тек елді (ISO3) қамтитын бастамалар, өңірлік бастамаларды қоса алғанда',
  'datasets.initiatives.cli.option.format': 'Шығыс: table, json немесе csv',
  'datasets.initiatives.cli.option.matrix':
    'Тізімнің орнына қолданыстағы бастамалардың қиылысу және олқылық матрицасын шығару',
  'datasets.initiatives.error.country': '--country мәні белгісіз: «{value}»',
  'datasets.initiatives.error.countryHint': 'Қамтылған елдің ISO3 кодын көрсетіңіз: {choices}.',
  'datasets.initiatives.error.format': '--format мәні белгісіз: «{value}»',
  'datasets.initiatives.error.formatHint': 'table, json немесе csv көрсетіңіз.',
  'datasets.initiatives.column.id': 'код',
  'datasets.initiatives.column.name': 'атауы',
  'datasets.initiatives.column.type': 'түрі',
  'datasets.initiatives.column.countries': 'елдер',
  'datasets.initiatives.column.lead': 'жетекші ұйым',
  'datasets.initiatives.column.period': 'кезең',
  'datasets.initiatives.column.status': 'мәртебесі',
  'datasets.initiatives.column.pillars': 'бағыттар',
  'datasets.initiatives.column.budget': 'жарияланған бюджет',
  'datasets.initiatives.column.sources': 'дереккөздер',
  'datasets.initiatives.column.country': 'ел',
  'datasets.initiatives.status.planned': 'жоспарланған',
  'datasets.initiatives.status.active': 'қолданыста',
  'datasets.initiatives.status.completed': 'аяқталған',
  'datasets.initiatives.status.unknown': 'белгісіз',
  'datasets.initiatives.type.strategy': 'стратегия',
  'datasets.initiatives.type.programme': 'бағдарлама',
  'datasets.initiatives.type.tech-park': 'технопарк немесе хаб',
  'datasets.initiatives.type.regional-programme': 'өңірлік бағдарлама',
  'datasets.initiatives.type.donor-project': 'донорлық жоба',
  'datasets.initiatives.type.un-programme': 'БҰҰ бағдарламасы',
  'datasets.initiatives.count': 'бастамалар саны: {count}',
  'datasets.initiatives.matrix.title':
    'Елдер мен бағыттар бойынша қолданыстағы бастамалар (бастамалар саны; олқылық — бастамасы жоқ ұяшық)',
  'datasets.initiatives.matrix.gap': 'олқылық',
  'datasets.initiatives.matrix.summary':
    'ұяшықтар: {cells}; олқылықтар: {gaps}; қиылысулар (екі және одан көп бастама): {overlaps}',
  'datasets.initiatives.secondary': 'қосалқы',
  'datasets.initiatives.regional': 'өңірлік',
  'datasets.initiatives.missing': 'жарияланбаған',
  'datasets.initiatives.planner.title': 'Бағдарламалар мен бастамалар',
  'datasets.initiatives.planner.intro':
    'Сегіз елдегі ұлттық стратегиялар мен бағдарламалар, технопарктер, өңірлік, донорлық және БҰҰ бағдарламалары — әрқайсысы өз дереккөздерімен. Бюджеттер тек жарияланған жерде көрсетіледі; орысша және қазақша атаулар тек ресми болса ғана.',
  'datasets.initiatives.planner.matrixTitle': 'Қиылысулар мен олқылықтар',
  'datasets.initiatives.planner.matrixHint':
    'Әр ұяшық — елді осы бағыт бойынша қамтитын қолданыстағы бастамалар саны. Тізімін көру үшін ұяшықты таңдаңыз.',
  'datasets.initiatives.planner.cellLabel': '{country}, {pillar}: {count}',
  'datasets.initiatives.planner.selected': '{country} — {pillar}',
  'datasets.initiatives.planner.noneInCell': 'Қолданыстағы бастама жоқ: олқылық.',
  'datasets.initiatives.planner.registerTitle': 'Тізілім',
  'datasets.initiatives.planner.countryFilter': 'Ел',
  'datasets.initiatives.planner.allCountries': 'Барлық елдер',
  'datasets.initiatives.planner.nav': 'Бастамалар',
});
