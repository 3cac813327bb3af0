import { defineTranslation } from '../../define.js';
import type en from './en.js';

export default defineTranslation<typeof en>()({
  'indicators.direction.positive': 'неғұрлым жоғары болса, соғұрлым жақсы',
  'indicators.direction.negative': 'неғұрлым төмен болса, соғұрлым жақсы',
  'indicators.baseline': 'Базалық мән: {value}',
  'indicators.target': 'Нысаналы мән: {value}',
  'indicators.coverage': '{total, plural, other {# көрсеткіштің}} {available} бойынша деректер бар',
  'indicators.finding.denominator_missing':
    '{unit} үшін {denominator} бөлгіші жоқ: {indicator} мәні жоқ',
  'indicators.finding.denominator_zero':
    '{unit} үшін {denominator} бөлгіші нөлге тең: {indicator} мәні жоқ',
  'indicators.finding.group_missing':
    '{unit} үшін {group} тобы көрсетілмеген: {indicator} мәні толтырылмады',
  'indicators.finding.imputation_not_possible':
    '{indicator}: {method} әдісімен {count, plural, other {# мән}} толтырылмады',
  'indicators.finding.treat_not_assessable':
    '{indicator}: шығарындыларды бағалау үшін мәндер тым аз немесе бірдей (бақылаулар: {observed})',
  'indicators.finding.treat_still_failing':
    '{indicator}: өңдеуден кейін де асимметриялы (асимметрия {skew}, эксцесс {kurt})',
  'indicators.finding.constant_indicator':
    '{indicator} барлық бірліктер үшін бірдей мәнге ие, оны нормалау мүмкін емес',
  'indicators.finding.normalise_not_possible':
    '{indicator} нормалау мүмкін емес: {reason}',
  'indicators.finding.unit_screened_out':
    '{unit} іріктеу кезінде алынып тасталды (деректердің қолжетімділігі {availability})',
  'indicators.finding.values_capped':
    '{aggregate}: орташа мән үшін нөлдік және теріс мәндер ауыстырылды',
  'indicators.finding.negative_pca_weight':
    '{indicator} {parent} ішінде теріс БКТ салмағын алады',
  'indicators.finding.ahp_inconsistent':
    '{parent} үшін жұптық салыстырулар келісілмеген (КҚ {cr})',
  'indicators.finding.weights_not_converged':
    '{parent} үшін салмақтарды оңтайландыру {iterations} итерацияда жинақталмады',
  'indicators.finding.pca_rows_dropped':
    '{parent} үшін БКТ деректері толық емес {dropped, plural, other {# бірлікті}} есепке алмады',
  'indicators.finding.aggregate_undefined':
    '{aggregate}: {unit} үшін агрегат ({method}) анықталмаған және бос қалдырылды',
  'indicators.error.invalid_spec':
    'Әдістемеде {count, plural, other {# қате}} бар',
  'indicators.error.invalid_data':
    'Деректер әдістемеге сәйкес келмейді: {count, plural, other {# қате}}',
  'indicators.error.nonpositive_in_mean':
    '{aggregate}: орташа мән ({method}) үшін нөлден үлкен мәндер қажет',
  'indicators.error.too_few_units':
    '{step} қадамына кемінде {needed} бірлік қажет; қолжетімдісі {units}',
  'indicators.error.not_positive_definite':
    '{step}: матрица оң анықталған емес',
  'indicators.error.invalid_input':
    'Сезімталдық талдауының {pointer} параметрі қате: {message}',
  'indicators.csv.unterminatedQuote': 'Тырнақшадағы өріс жабылмаған',
  'indicators.csv.unterminatedQuoteHint': 'Тырнақшаны жабыңыз немесе өріс ішіндегі тырнақшаларды екі еселеңіз',
  'indicators.csv.textAfterQuote': 'Жабатын тырнақшадан кейін мәтін бар',
  'indicators.csv.textAfterQuoteHint': 'Бүкіл өрісті тырнақшаға алыңыз',
  'indicators.csv.emptyFile': 'Файл бос',
  'indicators.csv.fieldCount': 'Жазбада {found, plural, other {# өріс}} бар; тақырыпта — {header}',
  'indicators.csv.expectedFields': '{header, plural, other {# өріс}}',
  'indicators.csv.duplicateColumn': '«{column}» бағаны екі рет кездеседі',
  'indicators.csv.metaColumn': 'iMeta ішінде «{column}» бағаны қажет',
  'indicators.csv.metaColumnHint': 'COINr iMeta пішімін қараңыз',
  'indicators.csv.emptyCode': '{column} толтырылмаған',
  'indicators.csv.unknownType': '«{code}» үшін белгісіз Type «{type}»',
  'indicators.csv.metaNotANumber': '«{code}» үшін {column} сан емес',
  'indicators.csv.expectedNumberOrNa': 'сан немесе NA',
  'indicators.csv.expectedDirection': '1 немесе -1',
  'indicators.csv.needsLevel': '«{code}» үшін Level қажет',
  'indicators.csv.invalidDirection': '«{code}» үшін Direction 1 немесе -1 болуы тиіс',
  'indicators.csv.dataColumn': 'iData ішінде «{column}» бағаны қажет',
  'indicators.csv.unknownColumn': '«{column}» бағаны iMeta ішінде жоқ',
  'indicators.csv.unknownColumnHint': 'Оны iMeta ішіне қосыңыз (есепке алмау үшін Type Other)',
  'indicators.csv.indicatorColumn': '«{code}» көрсеткішіне арналған баған жоқ',
  'indicators.csv.timeNotANumber': 'Time сан емес',
  'indicators.csv.expectedYear': 'жыл',
  'indicators.csv.duplicateUnit': '«{unit}» бірлігі екі рет кездеседі',
  'indicators.csv.duplicateUnitAt': '«{unit}» бірлігі {time} үшін екі рет кездеседі',
  'indicators.csv.valueNotANumber': '«{unit}» үшін «{code}» мәні сан емес',
  'indicators.csv.denominatorColumn': 'Бөлгіштер кестесінде «{column}» бағаны қажет',
  'indicators.recommendation.indicator_gap.title':
    '{country}: {indicator} көрсеткіші бойынша артта қалуды қысқарту',
  'indicators.recommendation.indicator_gap.text':
    '{country} елінде {indicator} көрсеткіші {year} жылы {value, number} болды, бұл {reference, select, target {{referenceValue, number} нысаналы мәнінен} peers {қамтудағы басқа елдердің медианасынан ({referenceValue, number})} other {қамтудағы ең үздік мәннен ({referenceValue, number})}} төмен. Артта қалуды жоятын шараларды, жауапты органды және мерзімді белгілеңіз.',
  'indicators.recommendation.policy_gap.title':
    '{country}: «{criterion}» өлшемін {required} деңгейге көтеру',
  'indicators.recommendation.policy_gap.text':
    '{country} елінде «{criterion}» өлшемі 4 деңгейдің {level} деңгейінде бағаланды, бұл талдау талап ететін {required} деңгейден төмен. Деңгейді көтеретін қадамды және оны кім жасайтынын атаңыз.',
  'indicators.recommendation.regional_policy_gap.title':
    '«{criterion}» өлшемі бойынша өңірлік іс-қимыл',
  'indicators.recommendation.regional_policy_gap.text':
    'Қамтудағы {countries, plural, one {# ел} other {# ел}} «{criterion}» өлшемі бойынша {required} деңгейден төмен. СПЕКА аясында бірлескен қадамды келісіңіз.',
});
