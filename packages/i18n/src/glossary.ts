import type { MessageKey } from './types.js';

/**
 * How sure we are of a translation: `V` seen in an official source; `P` partly verified (one language or a
 * close variant); `U` usual usage, unverified — to be checked against UNTERM before publishing.
 */
export type GlossaryConfidence = 'V' | 'P' | 'U';

export type GlossaryEntry = {
  readonly id: string;
  readonly en: string;
  readonly ru: string;
  readonly kk: string;
  /** Accepted alternatives, per language (not used by the catalogues). */
  readonly alternatives?: { readonly ru?: readonly string[]; readonly kk?: readonly string[] };
  readonly confidence: GlossaryConfidence;
  /** `true`: a native speaker must review the ru/kk term before publication. */
  readonly needsReview: boolean;
  readonly source?: string;
  /** Messages that must use this term; `match` (a regular expression, case-insensitive) covers inflection. */
  readonly usedIn?: readonly MessageKey[];
  readonly match?: { readonly en?: string; readonly ru?: string; readonly kk?: string };
};

/** Domain terms in the three languages, used consistently by the catalogues (checked by `dsc i18n check`). */
export const glossary: readonly GlossaryEntry[] = [
  {
    id: 'digital-transformation',
    en: 'digital transformation',
    ru: 'цифровая трансформация',
    kk: 'цифрлық трансформация',
    confidence: 'V',
    needsReview: false,
    source: 'Government Decree No. 269 of 28.03.2023 (adilet.zan.kz)',
  },
  {
    id: 'digital-connectivity',
    en: 'digital connectivity',
    ru: 'цифровая связанность',
    kk: 'цифрлық байланыс',
    alternatives: { ru: ['цифровое подключение'], kk: ['цифрлық қосылым'] },
    confidence: 'U',
    needsReview: true,
    source: 'English term as on ESCAP/SPECA pages',
  },
  {
    id: 'broadband',
    en: 'broadband',
    ru: 'широкополосный доступ',
    kk: 'кең жолақты интернет',
    alternatives: { ru: ['ШПД'], kk: ['кең жолақты қолжетімділік'] },
    confidence: 'P',
    needsReview: true,
    source: 'kk: Kazinform, Egemen',
  },
  {
    id: 'e-government',
    en: 'e-government',
    ru: 'цифровое правительство',
    kk: 'цифрлық үкімет',
    alternatives: { ru: ['электронное правительство'], kk: ['электрондық үкімет'] },
    confidence: 'P',
    needsReview: true,
    source: 'Kazakh law replaces "electronic" with "digital" government (Kazpravda, January 2026)',
  },
  {
    id: 'roadmap',
    en: 'roadmap',
    ru: 'дорожная карта',
    kk: 'жол картасы',
    confidence: 'V',
    needsReview: false,
    source: 'kk: ministerial order No. 235 of 25.09.2025 (adilet.zan.kz)',
    usedIn: ['roadmap.title', 'planner.nav.roadmap'],
    match: { ru: 'дорожн\\S* карт', kk: 'жол карта' },
  },
  {
    id: 'funding-proposal',
    en: 'funding proposal',
    ru: 'заявка на финансирование',
    kk: 'қаржыландыруға өтінім',
    confidence: 'U',
    needsReview: true,
  },
  {
    id: 'indicator',
    en: 'indicator',
    ru: 'показатель',
    kk: 'көрсеткіш',
    alternatives: { ru: ['индикатор'], kk: ['индикатор'] },
    confidence: 'P',
    needsReview: true,
    usedIn: ['common.count.indicators', 'domain.kind.indicator'],
    match: { ru: 'показател', kk: 'көрсеткіш' },
  },
  {
    id: 'baseline',
    en: 'baseline',
    ru: 'базовое значение',
    kk: 'базалық мән',
    alternatives: { ru: ['исходное значение'], kk: ['бастапқы мән'] },
    confidence: 'U',
    needsReview: true,
    usedIn: ['indicators.baseline'],
  },
  {
    id: 'target',
    en: 'target',
    ru: 'целевое значение',
    kk: 'нысаналы мән',
    alternatives: { ru: ['целевой показатель'], kk: ['нысаналы көрсеткіш'] },
    confidence: 'P',
    needsReview: true,
    source: 'ru: project-management regulation (adilet.zan.kz)',
    usedIn: ['indicators.target'],
  },
  {
    id: 'phase',
    en: 'phase',
    ru: 'этап',
    kk: 'кезең',
    confidence: 'P',
    needsReview: false,
    source: 'common in adilet.zan.kz texts',
    usedIn: ['roadmap.phase'],
  },
  {
    id: 'milestone',
    en: 'milestone',
    ru: 'контрольная точка',
    kk: 'бақылау нүктесі',
    alternatives: { ru: ['веха'], kk: ['межелі кезең'] },
    confidence: 'U',
    needsReview: true,
    usedIn: ['roadmap.milestone'],
  },
  {
    id: 'stakeholders',
    en: 'stakeholders',
    ru: 'заинтересованные стороны',
    kk: 'мүдделі тараптар',
    confidence: 'U',
    needsReview: true,
  },
  {
    id: 'sustainable-development',
    en: 'sustainable development',
    ru: 'устойчивое развитие',
    kk: 'орнықты даму',
    alternatives: { kk: ['тұрақты даму'] },
    confidence: 'V',
    needsReview: false,
    source: 'Akorda via Kazinform (SDGs = ОДМ)',
    usedIn: ['common.app.centre'],
    match: { ru: 'устойчив\\S* развити', kk: 'орнықты даму' },
  },
  {
    id: 'dsc',
    en: 'Digital Solutions Centre for Sustainable Development',
    ru: 'Центр цифровых решений для устойчивого развития',
    kk: 'Орнықты даму үшін цифрлық шешімдер орталығы',
    confidence: 'P',
    needsReview: true,
    source: 'en partly verified; ru and kk are calques',
    usedIn: ['common.app.centre'],
  },
  {
    id: 'speca',
    en: 'United Nations Special Programme for the Economies of Central Asia (SPECA)',
    ru: 'Специальная программа ООН для экономик Центральной Азии (СПЕКА)',
    kk: 'БҰҰ-ның Орталық Азия экономикаларына арналған арнайы бағдарламасы',
    confidence: 'U',
    needsReview: true,
  },
  {
    id: 'activity',
    en: 'activity',
    ru: 'мероприятие',
    kk: 'іс-шара',
    confidence: 'U',
    needsReview: true,
    usedIn: ['roadmap.activities'],
    match: { en: 'activit', ru: 'мероприяти' },
  },
  {
    id: 'dataset',
    en: 'dataset',
    ru: 'набор данных',
    kk: 'деректер жиыны',
    confidence: 'U',
    needsReview: true,
    usedIn: ['domain.kind.dataset'],
  },
  {
    id: 'methodology',
    en: 'methodology',
    ru: 'методология',
    kk: 'әдістеме',
    confidence: 'U',
    needsReview: true,
    usedIn: ['domain.kind.methodology'],
  },
  {
    id: 'framework',
    en: 'framework',
    ru: 'рамочная структура',
    kk: 'негіздемелік құрылым',
    confidence: 'U',
    needsReview: true,
    usedIn: ['domain.kind.framework'],
  },
  {
    id: 'zod-messages',
    en: 'invalid value (validation messages)',
    ru: 'неверный ввод',
    kk: 'жарамсыз мән',
    confidence: 'U',
    needsReview: true,
    source: 'kk: our zod error map (zod ships no Kazakh); all its texts need review',
  },
];

/** Official names with validity dates: a name is used only inside its period. */
export type OfficialName = {
  readonly id: string;
  readonly en?: string;
  readonly ru: string;
  readonly kk: string;
  /** ISO date from which the name is known to be in use (as verified), if known. */
  readonly validFrom?: string;
  readonly note?: string;
};

export const officialNames: readonly OfficialName[] = [
  {
    id: 'kz-ministry-digital-development',
    ru: 'Министерство цифрового развития, инноваций и аэрокосмической промышленности (МЦРИАП)',
    kk: 'Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігі',
  },
  {
    id: 'kz-minister-ai-digital-development',
    ru: 'министр искусственного интеллекта и цифрового развития',
    kk: 'Жасанды интеллект және цифрлық даму министрі',
    note: 'title in use by October 2025; start date not verified',
  },
  { id: 'kz-national-project-affordable-internet', ru: 'Доступный интернет', kk: 'Қолжетімді интернет', note: 'national project 2024–2027' },
  { id: 'kz-strategy-digital-qazaqstan', en: 'Digital Qazaqstan', ru: 'Digital Qazaqstan', kk: 'Digital Qazaqstan' },
];
