import { defineTranslation } from '../../define.js';
import type en from './en.js';

export default defineTranslation<typeof en>()({
  'indicators.direction.positive': 'чем больше, тем лучше',
  'indicators.direction.negative': 'чем меньше, тем лучше',
  'indicators.baseline': 'Базовое значение: {value}',
  'indicators.target': 'Целевое значение: {value}',
  'indicators.coverage':
    'Данные есть по {available} из {total, plural, one {# показателя} few {# показателей} many {# показателей} other {# показателя}}',
  'indicators.finding.denominator_missing':
    'Нет знаменателя {denominator} для {unit}: значение {indicator} отсутствует',
  'indicators.finding.denominator_zero':
    'Знаменатель {denominator} равен нулю для {unit}: значение {indicator} отсутствует',
  'indicators.finding.group_missing':
    'У {unit} не указана группа {group}: значение {indicator} не восстановлено',
  'indicators.finding.imputation_not_possible':
    '{indicator}: методом {method} не удалось заполнить {count, plural, one {# значение} few {# значения} many {# значений} other {# значения}}',
  'indicators.finding.treat_not_assessable':
    '{indicator}: слишком мало или одинаковые значения для оценки выбросов (наблюдений: {observed})',
  'indicators.finding.treat_still_failing':
    '{indicator}: распределение остаётся асимметричным после обработки (асимметрия {skew}, эксцесс {kurt})',
  'indicators.finding.constant_indicator':
    'У {indicator} одинаковое значение для всех единиц, нормировать невозможно',
  'indicators.finding.normalise_not_possible':
    '{indicator} невозможно нормировать: {reason}',
  'indicators.finding.unit_screened_out':
    '{unit} исключена при отборе (доступность данных {availability})',
  'indicators.finding.values_capped':
    '{aggregate}: нулевые и отрицательные значения заменены для расчёта среднего',
  'indicators.finding.negative_pca_weight':
    '{indicator} получает отрицательный вес МГК в {parent}',
  'indicators.finding.ahp_inconsistent':
    'Парные сравнения для {parent} несогласованны (ОС {cr})',
  'indicators.finding.weights_not_converged':
    'Оптимизация весов для {parent} не сошлась за {iterations} итераций',
  'indicators.finding.pca_rows_dropped':
    'МГК для {parent} не учёл {dropped, plural, one {# единицу} few {# единицы} many {# единиц} other {# единицы}} с пропусками',
  'indicators.finding.aggregate_undefined':
    '{aggregate}: агрегат ({method}) не определён для {unit} и оставлен пустым',
  'indicators.error.invalid_spec':
    'В методологии {count, plural, one {# ошибка} few {# ошибки} many {# ошибок} other {# ошибки}}',
  'indicators.error.invalid_data':
    'Данные не соответствуют методологии: {count, plural, one {# ошибка} few {# ошибки} many {# ошибок} other {# ошибки}}',
  'indicators.error.nonpositive_in_mean':
    '{aggregate}: для среднего ({method}) нужны значения больше нуля',
  'indicators.error.too_few_units':
    'Для шага {step} нужно не менее {needed} единиц; доступно {units}',
  'indicators.error.not_positive_definite':
    '{step}: матрица не является положительно определённой',
  'indicators.error.invalid_input':
    'Неверный параметр анализа чувствительности в {pointer}: {message}',
  'indicators.csv.unterminatedQuote': 'Поле в кавычках не закрыто',
  'indicators.csv.unterminatedQuoteHint': 'Закройте кавычку или удвойте кавычки внутри поля',
  'indicators.csv.textAfterQuote': 'После закрывающей кавычки идёт текст',
  'indicators.csv.textAfterQuoteHint': 'Заключите в кавычки всё поле',
  'indicators.csv.emptyFile': 'Файл пуст',
  'indicators.csv.fieldCount': '{found, plural, one {В записи # поле} few {В записи # поля} many {В записи # полей} other {В записи # поля}}, в заголовке — {header}',
  'indicators.csv.expectedFields': '{header, plural, one {# поле} few {# поля} many {# полей} other {# поля}}',
  'indicators.csv.duplicateColumn': 'Столбец «{column}» встречается дважды',
  'indicators.csv.metaColumn': 'В iMeta нужен столбец «{column}»',
  'indicators.csv.metaColumnHint': 'См. формат iMeta в COINr',
  'indicators.csv.emptyCode': '{column} не заполнен',
  'indicators.csv.unknownType': 'Неизвестный Type «{type}» у «{code}»',
  'indicators.csv.metaNotANumber': '{column} у «{code}» — не число',
  'indicators.csv.expectedNumberOrNa': 'число или NA',
  'indicators.csv.expectedDirection': '1 или -1',
  'indicators.csv.needsLevel': 'Для «{code}» нужен Level',
  'indicators.csv.invalidDirection': 'Direction у «{code}» должен быть 1 или -1',
  'indicators.csv.dataColumn': 'В iData нужен столбец «{column}»',
  'indicators.csv.unknownColumn': 'Столбца «{column}» нет в iMeta',
  'indicators.csv.unknownColumnHint': 'Добавьте его в iMeta (Type Other, чтобы не учитывать)',
  'indicators.csv.indicatorColumn': 'Нет столбца для показателя «{code}»',
  'indicators.csv.timeNotANumber': 'Time — не число',
  'indicators.csv.expectedYear': 'год',
  'indicators.csv.duplicateUnit': 'Единица «{unit}» встречается дважды',
  'indicators.csv.duplicateUnitAt': 'Единица «{unit}» встречается дважды за {time}',
  'indicators.csv.valueNotANumber': 'Значение «{code}» для «{unit}» — не число',
  'indicators.csv.denominatorColumn': 'В таблице знаменателей нужен столбец «{column}»',
  'indicators.recommendation.indicator_gap.title':
    'Сократить отставание по показателю {indicator}: {country}',
  'indicators.recommendation.indicator_gap.text':
    'В стране {country} значение {indicator} в {year} году составило {value, number}, что хуже, чем {reference, select, target {целевое значение {referenceValue, number}} peers {медиана других стран охвата, {referenceValue, number}} other {лучшее значение в охвате, {referenceValue, number}}}. Определите меры для сокращения отставания, ответственный орган и срок.',
  'indicators.recommendation.policy_gap.title':
    'Поднять критерий «{criterion}» до уровня {required}: {country}',
  'indicators.recommendation.policy_gap.text':
    'Критерий «{criterion}» в стране {country} оценён на уровне {level} из 4, ниже требуемого анализом уровня {required}. Назовите шаг, который повысит уровень, и кто его сделает.',
  'indicators.recommendation.regional_policy_gap.title':
    'Региональные действия по критерию «{criterion}»',
  'indicators.recommendation.regional_policy_gap.text':
    '{countries, plural, one {# страна охвата находится} few {# страны охвата находятся} many {# стран охвата находятся} other {# страны охвата находятся}} ниже уровня {required} по критерию «{criterion}». Согласуйте совместный шаг в рамках СПЕКА.',
});
