import type { AssessmentRubric, PolicyArea, PolicyInstrument, RubricCriterion } from '@dsc/domain';

export const RUBRIC_ID = 'dsc-pri';
export const RUBRIC_VERSION = '1';

/** What an instrument shows for one criterion: 2 in force/active, 1 exists but not shown in force, 0 absence stated by a source. */
export type EvidenceLevel = 0 | 1 | 2;

type Matcher = {
  readonly areas: readonly PolicyArea[];
  readonly types: readonly string[];
  readonly include: RegExp;
  readonly exclude?: RegExp;
  /** Criterion-specific level; defaults to the level implied by the instrument's status. */
  readonly level?: (i: PolicyInstrument) => EvidenceLevel;
};

/** Level implied by the `status` text of an instrument. */
export function statusLevel(status: string | undefined): EvidenceLevel | 'unknown' {
  const s = (status ?? '').toLowerCase();
  // "renamed …": the body continues under another name.
  if (/^(in force|active|adopted|in effect|renamed)/.test(s)) return 2;
  if (/^draft/.test(s)) return 1;
  if (/expired|repealed|superseded|abolished|historical|ended|reorganised|not confirmed enacted/.test(s)) return 1;
  return 'unknown';
}

const fromStatus = (i: PolicyInstrument): EvidenceLevel => {
  const l = statusLevel(i.status);
  return l === 'unknown' ? 1 : l;
};

const regulatorLevel = (i: PolicyInstrument): EvidenceLevel => {
  const text = `${i.name.en} ${i.status ?? ''} ${i.description ?? ''}`.toLowerCase();
  if (/no separate independent|abolished/.test(text)) return 0;
  if (/not (structurally )?independent|not an independent|government inspectorate|central executive body/.test(text)) return 1;
  if (/\bindependent (telecom )?regulator/.test(text) && statusLevel(i.status) === 2) return 2;
  return 1;
};

const dpaLevel = (i: PolicyInstrument): EvidenceLevel => {
  const text = `${i.name.en} ${i.description ?? ''}`.toLowerCase();
  // Supervision given to a body with other main functions (cabinet, human-rights commission) is not a dedicated authority.
  if (/no (standalone|dedicated) (data protection authority|dpa)/.test(text)) return Math.min(1, fromStatus(i)) as EvidenceLevel;
  return fromStatus(i);
};

type CriterionSpec = Omit<RubricCriterion, 'matches' | 'evidenceRule'> & { readonly matcher: Matcher };

const G = (en0: string, en1: string, en2: string, ru0: string, ru1: string, ru2: string): RubricCriterion['guidance'] => [
  { score: 0, meaning: { en: en0, ru: ru0 } },
  { score: 1, meaning: { en: en1, ru: ru1 } },
  { score: 2, meaning: { en: en2, ru: ru2 } },
];

const LAW0 = 'A cited source states that no such law exists.';
const LAW0_RU = 'Источник прямо указывает, что такого закона нет.';
const LAW1 = 'A law or draft exists but is not shown to be in force (draft, repealed, expired, or status unknown).';
const LAW1_RU = 'Закон или проект существует, но его действие не подтверждено (проект, отменён, истёк или статус неизвестен).';

const SPECS: readonly CriterionSpec[] = [
  {
    id: 'digital-strategy',
    area: 'policy',
    name: { en: 'National digital strategy in force', ru: 'Действующая национальная стратегия цифрового развития' },
    description: {
      en: 'A government-adopted strategy, concept or programme for digital transformation, ICT or e-government with a current horizon.',
    },
    guidance: G(
      'A cited source states that there is no national digital strategy.',
      'A strategy exists but has expired, is a draft, or its status is unknown.',
      'A strategy, concept or programme is in force.',
      'Источник прямо указывает на отсутствие национальной цифровой стратегии.',
      'Стратегия существует, но истекла, является проектом или её статус неизвестен.',
      'Действует стратегия, концепция или программа.',
    ),
    matcher: {
      areas: ['policy'],
      types: ['strategy', 'programme', 'decree'],
      include: /digital|\bICT\b|information society|information and communication|informati[sz]ation|e-government|electronic government|e-afghanistan|taza koom|telecommunications and information|information kazakhstan/i,
      exclude: /cyber|information security|artificial intelligence|open data|universal access|years? of|year of/i,
    },
  },
  {
    id: 'data-protection-law',
    area: 'regulatory',
    name: { en: 'Personal data protection law', ru: 'Закон о защите персональных данных' },
    guidance: G(
      LAW0,
      LAW1,
      'A personal-data (privacy) law is in force.',
      LAW0_RU,
      LAW1_RU,
      'Действует закон о персональных данных.',
    ),
    matcher: {
      areas: ['regulatory'],
      types: ['law', 'regulation'],
      include: /personal (data|information)|private life|data protection|personal secrets/i,
    },
  },
  {
    id: 'e-signature-law',
    area: 'regulatory',
    name: { en: 'Electronic signature and electronic document law', ru: 'Закон об электронной подписи и электронном документе' },
    guidance: G(
      LAW0,
      LAW1,
      'An electronic signature / electronic document law is in force.',
      LAW0_RU,
      LAW1_RU,
      'Действует закон об электронной подписи / электронном документе.',
    ),
    matcher: {
      areas: ['regulatory'],
      types: ['law'],
      include: /electronic (digital )?signature|e-signatures?|electronic document/i,
    },
  },
  {
    id: 'cybersecurity-strategy',
    area: 'policy',
    name: { en: 'Cybersecurity strategy', ru: 'Стратегия кибербезопасности' },
    guidance: G(
      'A cited source states that there is no cybersecurity strategy.',
      'A strategy exists but has expired, is a draft, or its status is unknown.',
      'A cybersecurity or information-security strategy or concept is in force.',
      'Источник прямо указывает на отсутствие стратегии кибербезопасности.',
      'Стратегия существует, но истекла, является проектом или её статус неизвестен.',
      'Действует стратегия или концепция кибербезопасности (информационной безопасности).',
    ),
    matcher: { areas: ['policy'], types: ['strategy', 'programme'], include: /cyber|information security/i },
  },
  {
    id: 'cybersecurity-law',
    area: 'regulatory',
    name: { en: 'Cybersecurity law', ru: 'Закон о кибербезопасности' },
    guidance: G(
      LAW0,
      LAW1,
      'A cybersecurity law is in force.',
      LAW0_RU,
      LAW1_RU,
      'Действует закон о кибербезопасности.',
    ),
    matcher: { areas: ['regulatory'], types: ['law'], include: /cyber ?security/i },
  },
  {
    id: 'cert',
    area: 'institutional',
    name: { en: 'National CERT / CSIRT', ru: 'Национальная группа реагирования на компьютерные инциденты (CERT)' },
    guidance: G(
      'A cited source states that there is no national CERT.',
      'A CERT or cybersecurity body existed but its current status is not confirmed.',
      'A national CERT/CSIRT or cybersecurity centre is active.',
      'Источник прямо указывает на отсутствие национальной CERT.',
      'CERT или орган кибербезопасности существовал, но его текущий статус не подтверждён.',
      'Действует национальная CERT/CSIRT или центр кибербезопасности.',
    ),
    matcher: {
      areas: ['institutional'],
      types: ['institution'],
      include: /\bCERT\b|CSIRT|MonCIRT|computer incident|cyber ?security (center|centre|department)|electronic security/i,
    },
  },
  {
    id: 'telecom-regulator',
    area: 'institutional',
    name: { en: 'Independent telecom regulator', ru: 'Независимый регулятор электросвязи' },
    guidance: G(
      'A cited source states that regulation sits inside a ministry, with no separate regulator.',
      'A regulatory body exists but is part of government or its independence is not established.',
      'A separate regulator that a source describes as independent is active.',
      'Источник указывает, что регулирование осуществляет министерство, отдельного регулятора нет.',
      'Регулирующий орган существует, но входит в структуру правительства или его независимость не подтверждена.',
      'Действует отдельный регулятор, который источник называет независимым.',
    ),
    matcher: {
      areas: ['institutional'],
      types: ['institution'],
      include: /regulatory (authority|commission)|telecom(munications?)? regulation|communications? agency|communication service|inspectorate/i,
      level: regulatorLevel,
    },
  },
  {
    id: 'lead-digital-body',
    area: 'institutional',
    name: { en: 'Lead government body for digital development', ru: 'Головной государственный орган по цифровому развитию' },
    guidance: G(
      'A cited source states that no body leads digital development.',
      'A lead body existed but was superseded or its current status is not confirmed.',
      'A ministry or agency leading digital development is active.',
      'Источник прямо указывает на отсутствие головного органа.',
      'Головной орган существовал, но был упразднён или его статус не подтверждён.',
      'Действует министерство или агентство, отвечающее за цифровое развитие.',
    ),
    matcher: {
      areas: ['institutional'],
      types: ['institution'],
      include: /^(ministry|agency)\b.*(digital|communication|information technolog)|innovation and digital development agency/i,
      exclude: /abolished/i,
    },
  },
  {
    id: 'e-government-law',
    area: 'regulatory',
    name: { en: 'E-government law', ru: 'Закон об электронном (цифровом) правительстве' },
    guidance: G(
      LAW0,
      LAW1,
      'An e-government (electronic governance, digital services) law is in force.',
      LAW0_RU,
      LAW1_RU,
      'Действует закон об электронном правительстве (электронном управлении, цифровых услугах).',
    ),
    matcher: {
      areas: ['regulatory'],
      types: ['law'],
      include: /electronic government|electronic governance|e-government|digital services/i,
    },
  },
  {
    id: 'e-government-platform',
    area: 'institutional',
    name: { en: 'National e-government portal or operator', ru: 'Национальный портал или оператор электронного правительства' },
    guidance: G(
      'A cited source states that there is no national e-government portal.',
      'A portal or operator exists but its current status is not confirmed.',
      'A national e-services portal, interoperability platform or its operator is active.',
      'Источник прямо указывает на отсутствие национального портала.',
      'Портал или оператор существует, но его текущий статус не подтверждён.',
      'Действует национальный портал услуг, платформа взаимодействия или их оператор.',
    ),
    matcher: {
      areas: ['institutional'],
      types: ['institution'],
      include: /e-?gov|portal of interactive|e-mongolia|tunduk|public service and social innovations/i,
      exclude: /open data/i,
    },
  },
  {
    id: 'data-protection-authority',
    area: 'institutional',
    name: { en: 'Data protection authority', ru: 'Орган по защите персональных данных' },
    guidance: G(
      'A cited source states that no body supervises personal-data protection.',
      'Supervision sits with a body that has other main functions (no dedicated authority), or the authority’s status is not confirmed.',
      'A dedicated authority for personal-data protection is active.',
      'Источник указывает, что надзор за защитой персональных данных никто не осуществляет.',
      'Надзор возложен на орган с иными основными функциями (отдельного органа нет), или статус органа не подтверждён.',
      'Действует специальный орган по защите персональных данных.',
    ),
    matcher: {
      areas: ['institutional'],
      types: ['institution'],
      include: /personal data|data protection|personali[sz]ation centre/i,
      level: dpaLevel,
    },
  },
  {
    id: 'access-to-information',
    area: 'regulatory',
    name: { en: 'Access to information law', ru: 'Закон о доступе к информации' },
    guidance: G(
      LAW0,
      LAW1,
      'An access-to-information (freedom of information) law is in force.',
      LAW0_RU,
      LAW1_RU,
      'Действует закон о доступе к информации (свободе информации).',
    ),
    matcher: {
      areas: ['regulatory'],
      types: ['law'],
      include: /access to information|freedom of information|obtaining information|transparency of public information|right to information/i,
    },
  },
  {
    id: 'open-data',
    area: 'policy',
    name: { en: 'Open government data policy or portal', ru: 'Политика или портал открытых данных' },
    guidance: G(
      'A cited source states that there is no open-data policy or portal.',
      'A policy or portal exists but has expired or its status is unknown.',
      'An open-data policy, regulation or national portal is in force / active.',
      'Источник прямо указывает на отсутствие политики или портала открытых данных.',
      'Политика или портал существует, но истекли или их статус неизвестен.',
      'Действует политика, нормативный акт или национальный портал открытых данных.',
    ),
    matcher: { areas: ['policy', 'regulatory', 'institutional'], types: ['strategy', 'regulation', 'institution'], include: /open data/i },
  },
  {
    id: 'e-commerce-law',
    area: 'regulatory',
    name: { en: 'Electronic commerce law', ru: 'Закон об электронной коммерции' },
    guidance: G(
      LAW0,
      LAW1,
      'An electronic commerce (e-transactions) law is in force.',
      LAW0_RU,
      LAW1_RU,
      'Действует закон об электронной коммерции (электронных сделках).',
    ),
    matcher: { areas: ['regulatory'], types: ['law'], include: /electronic commerce|e-commerce|e-transactions/i },
  },
];

const describeRule = (m: Matcher): string =>
  `Instruments of area ${m.areas.join('/')} and type ${m.types.join('/')} whose English name matches /${m.include.source}/i` +
  (m.exclude ? ` and not /${m.exclude.source}/i` : '') +
  '; level from the status text (in force/active/adopted/renamed → 2; draft, expired, repealed, superseded or unknown status → 1)' +
  (m.level ? ', refined by the description (statements of absence → 0)' : '') +
  '. Score = best level; evidence = the instruments at that level.';

/** Matchers of each criterion, by id. */
export const MATCHERS: ReadonlyMap<string, Matcher> = new Map(SPECS.map((s) => [s.id, s.matcher]));

/** Evidence level of an instrument for a criterion, or undefined when the instrument does not bear on it. */
export function evidenceLevel(criterion: string, i: PolicyInstrument): EvidenceLevel | undefined {
  const m = MATCHERS.get(criterion);
  if (!m || !m.areas.includes(i.area) || !m.types.includes(i.type)) return undefined;
  if (!m.include.test(i.name.en) || (m.exclude?.test(i.name.en) ?? false)) return undefined;
  return (m.level ?? fromStatus)(i);
}

/** The assessment rubric for the policy, regulatory and institutional pillar. */
export const RUBRIC: AssessmentRubric = {
  kind: 'assessment-rubric',
  schemaVersion: 1,
  id: RUBRIC_ID,
  version: RUBRIC_VERSION,
  name: {
    en: 'DSC policy, regulatory and institutional framework rubric',
    ru: 'Критерии оценки политической, нормативно-правовой и институциональной базы (ЦЦР)',
  },
  criteria: SPECS.map(({ matcher, ...c }) => ({ ...c, matches: [...matcher.types], evidenceRule: describeRule(matcher) })),
};
