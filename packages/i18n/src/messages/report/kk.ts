import { defineTranslation } from '../../define.js';
import type en from './en.js';

export default defineTranslation<typeof en>()({
  'report.title.country': 'Цифрлық даму: {country}. Талдамалық есеп',
  'report.title.region': 'СПЕКА елдерінің цифрлық дамуы: өңірлік талдамалық есеп',
  'report.subtitle':
    'БҰҰ-ның Орталық Азия экономикаларына арналған арнайы бағдарламасының (СПЕКА) Басқарушы кеңесіне дайындалды. Күні: {date}',
  'report.methodology':
    'Әдістеме: {name}, нұсқа {version}. Базалық жыл: {year}. Саясатты бағалау өлшемдері: нұсқа {rubric}.',
  'report.page': '{pages} беттің {page}-беті',
  'report.section.summary': 'Түйіндеме',
  'report.section.index': 'Индекс және тіректер',
  'report.section.countries': 'Сегіз елді салыстыру',
  'report.section.policy': 'Саяси, нормативтік-құқықтық және институционалдық негізді бағалау',
  'report.section.initiatives': 'Бағдарламалар мен бастамалар',
  'report.section.gaps': 'Мақсаттардан және көрші елдерден артта қалу',
  'report.section.recommendations': 'Ұсынымдар',
  'report.section.roadmap': 'Жол картасының шаралары',
  'report.section.sources': 'Дереккөздер мен лицензиялар',
  'report.summary.ranked':
    '«{country}» елі {year} жылғы «{index}» бойынша {of} елдің ішінде {rank}-орында; бағасы — 100-ден {score}.',
  'report.summary.notRanked':
    '«{country}» елінің {year} жылғы «{index}» бойынша бағасы жоқ: деректерінің тым көбі жетіспейді.',
  'report.summary.region':
    '{year} жылғы «{index}» {count} елді саралайды. Ең жоғары баға: {top} ({topScore}); ең төмені: {bottom} ({bottomScore}).',
  'report.summary.policy': 'Саясатты бағалау: {total} өлшемнің {scored} тексерілді (қамту {coverage}).',
  'report.summary.recommendations':
    '{count, plural, =0 {Қабылданған ұсынымдар әзірге жоқ.} other {# ұсыным қабылданды.}}',
  'report.rank.stable':
    '{runs} балама есептеудің кемінде онның тоғызында «{country}» елі {rank}-орында: оның орны өзгертілетін болжамдарға тәуелді емес.',
  'report.rank.range':
    '{runs} балама есептеудің онның тоғызында «{country}» елі {lo}-орыннан {hi}-орынға дейін (медианалық орны — {median}).',
  'report.rank.explain':
    'Балама есептеулер индексті нормалаудың, біріктірудің және салмақтардың басқа негізді нұсқаларымен қайталайды. Бір орын нәтиже осы нұсқаларға тәуелді емес екенін білдіреді; аралық орынның қаншалықты жылжи алатынын көрсетеді.',
  'report.rank.cellStable': '{rank}-орын (өзгеріссіз)',
  'report.rank.cellRange': '{lo}-орыннан {hi}-орынға дейін',
  'report.excluded': 'Барлық елдің бағасы болмағандықтан индекске енгізілмеді: {pillars}.',
  'report.table.country': 'Ел',
  'report.table.pillar': 'Тірек',
  'report.table.score': 'Баға (0–100)',
  'report.table.rank': 'Орын',
  'report.table.rankRange': 'Балама есептеулердің оннан тоғызындағы орын',
  'report.table.index': 'Индекс',
  'report.table.policyCoverage': 'Тексерілген саясат өлшемдері',
  'report.table.criterion': 'Өлшем',
  'report.table.level': 'Деңгей',
  'report.table.status': 'Тексеру',
  'report.table.evidence': 'Дәлелдер',
  'report.table.indicator': 'Көрсеткіш',
  'report.table.value': 'Мәні',
  'report.table.peers': 'Басқа елдердің орташасы',
  'report.table.best': 'Өңірдегі ең үздігі',
  'report.table.target': 'Мақсат',
  'report.table.name': 'Атауы',
  'report.table.type': 'Түрі',
  'report.table.period': 'Мәртебесі',
  'report.table.source': 'Дереккөз',
  'report.table.priority': 'Басымдық',
  'report.table.recommendation': 'Ұсыным',
  'report.table.activity': 'Шара',
  'report.table.duration': 'Ұзақтығы (жұмыс күндері)',
  'report.table.title': 'Атауы',
  'report.table.publisher': 'Баспагер',
  'report.table.licence': 'Лицензия',
  'report.table.accessed': 'Қаралған күні',
  'report.missing': '—',
  'report.chart.index': '{index}: сегіз елдің бағалары ({year})',
  'report.chart.pillars': 'Тірек бағалары: {country} және басқа елдердің орташасы ({year})',
  'report.chart.peers': 'басқалардың орташасы',
  'report.policy.coverage':
    'Тек тексерілген бағалар ескеріледі. {total} өлшемнің {scored} тексерілген деңгейі бар (қамту {coverage}); соңғы тексеру — {asOf}. Тексерілген деңгейлер бойынша тірек бағасы: 100-ден {score}.',
  'report.policy.none':
    '{total} өлшемнің ешқайсысында әзірге тексерілген деңгей жоқ, сондықтан саясат тірегінің бағасы жоқ.',
  'report.policy.used': 'Индекс осы бағаны пайдаланады: өлшемдердің кемінде {threshold} тексерілген.',
  'report.policy.unused':
    'Индекс бұл бағаны әзірге пайдаланбайды: өлшемдердің кемінде {threshold} тексерілуі керек.',
  'report.policy.pending': '{count} баға әлі тексерілуде және ескерілмейді.',
  'report.policy.unscored': 'Әлі бағаланбаған өлшемдер: {criteria}.',
  'report.policy.level': '4-тен {level}',
  'report.policy.status':
    '{status, select, draft {жоба} submitted {ұсынылды} verified {тексерілді} disputed {дауланды} other {—}}',
  'report.policy.notAssessed': '«{country}» елі өлшемдер бойынша әлі бағаланбаған.',
  'report.initiatives.none':
    'Құрал деректерінде «{country}» елінің бағдарламалары мен бастамалары әзірге жоқ.',
  'report.initiatives.noneRegion': 'Құрал деректерінде өңірлік бағдарламалар мен бастамалар әзірге жоқ.',
  'report.initiatives.type':
    '{type, select, strategy {стратегия} programme {бағдарлама} tech_park {технопарк} regional_programme {өңірлік бағдарлама} donor_project {донорлық жоба} un_programme {БҰҰ бағдарламасы} other {басқа}}',
  'report.initiatives.status':
    '{status, select, planned {жоспарланған} active {жүзеге асырылуда} completed {аяқталған} other {белгісіз}}',
  'report.gaps.intro':
    'Индекс көрсеткіштерінің {year} жылғы соңғы мәндері басқа елдердің орташасымен және өңірдегі ең үздік мәнмен қатар берілген. Мақсаттар қабылданған ұсынымдардан алынған.',
  'report.gaps.none': 'Индекстің бірде-бір көрсеткішінде «{country}» елі үшін мән жоқ.',
  'report.recommendations.none': '«{country}» еліне қабылданған ұсынымдар әзірге жоқ.',
  'report.recommendations.noneRegion': 'Қабылданған өңірлік ұсынымдар әзірге жоқ.',
  'report.recommendations.priority':
    '{priority, select, high {жоғары} medium {орташа} low {төмен} other {—}}',
  'report.roadmap.illustrative': '«{plan}» жоспары көрнекі мысал ғана: бұл келісілген жол картасы емес.',
  'report.roadmap.intro':
    'Жоспардың жоғарыдағы ұсынымдарға қызмет ететін немесе оның барлық елдеріне қатысты шаралары.',
  'report.roadmap.none': 'Жоспардың бірде-бір шарасы «{country}» еліне қатысты емес.',
  'report.sources.intro': 'Есеп деректері көрсетілген лицензиялар бойынша мына дереккөздерден алынған.',
  'report.sources.toolkit': 'ЦШО құралының {version} нұсқасымен есептелді.',
  'report.notTranslated': 'қазақ тілінде жоқ',
  'report.cli.description':
    'Ел немесе өңір бойынша талдамалық есеп жасау (Markdown, DOCX немесе PDF; ағылшын, орыс немесе қазақ тілінде)',
  'report.cli.option.country': 'Елдің ISO 3166-1 alpha-3 коды ({choices} бірі)',
  'report.cli.option.region': 'Өңірлік шығарылым: сегіз елді салыстыру',
  'report.cli.option.lang': 'Есеп тілі: en, ru немесе kk',
  'report.cli.option.format': 'md, docx немесе pdf (әдепкі бойынша — --out кеңейтімі бойынша)',
  'report.cli.option.out': 'Жазылатын файл (болмаса, Markdown экранға шығарылады)',
  'report.cli.option.date': 'Есептегі күн (ЖЖЖЖ-АА-КК; әдепкі бойынша — бүгін)',
  'report.cli.error.scope': '--country <ISO3> немесе --region көрсетіңіз.',
  'report.cli.error.scopeHint': 'Мысалы: dsc report --country KGZ --lang kk --out kgz.docx',
  'report.cli.error.country': 'Белгісіз ел: {country}',
  'report.cli.error.countryHint': 'Есеп мына елдерді қамтиды: {choices}.',
  'report.cli.error.format': 'Белгісіз есеп пішімі: {format}',
  'report.cli.error.formatHint': '--format md, docx немесе pdf көрсетіңіз.',
  'report.cli.error.lang': 'Белгісіз тіл: {lang}',
  'report.cli.error.langHint': '--lang en, ru немесе kk көрсетіңіз.',
  'report.cli.error.binary': '{format} пішіміндегі есеп — екілік файл: --out <файл> көрсетіңіз.',
  'report.cli.error.index': 'Индексті есептеу мүмкін болмады: {code}',
  'report.cli.wrote': 'Есеп ({lang}, {format}) {file} файлына жазылды',
});
