import type { DocumentKind } from '../registry.js';

/**
 * Real-looking example documents, one per kind. Figures are copied from public sources named in each
 * document (World Bank WDI / ITU via OWID; UN DESA E-Government Survey 2024).
 */
export const examples: Record<DocumentKind, Record<string, unknown>> = {
  country: {
    kind: 'country',
    schemaVersion: 1,
    iso3: 'KGZ',
    iso2: 'KG',
    m49: '417',
    name: { en: 'Kyrgyzstan', ru: 'Кыргызстан', kk: 'Қырғызстан' },
    aggregate: false,
    speca: true,
    lldc: true,
    currency: 'KGS',
  },
  indicator: {
    kind: 'indicator',
    schemaVersion: 1,
    code: 'IT.NET.USER.ZS',
    name: { en: 'Individuals using the Internet (% of population)' },
    unit: '% of population',
    direction: 1,
    pillar: 'connectivity',
    goalposts: { min: 0, max: 100, rationale: 'Share of population: natural bounds 0–100 %' },
    source: {
      id: 'owid-itu',
      title: 'Individuals using the Internet (ITU via World Bank WDI, processed by Our World in Data)',
      licence: 'CC-BY-4.0',
      credit: 'ITU; World Bank; Our World in Data',
    },
    sdgCode: '17.8.1',
  },
  observation: {
    kind: 'observation',
    schemaVersion: 1,
    iso3: 'KAZ',
    indicator: 'IT.NET.USER.ZS',
    year: 2023,
    value: 92.8785,
    unit: '% of population',
    status: 'A',
    source: 'owid-itu',
  },
  dataset: {
    kind: 'dataset',
    schemaVersion: 1,
    id: 'egov-2024',
    title: 'UN E-Government Survey 2024, EGDI',
    sources: [{ id: 'un-desa-egov', title: 'UN DESA E-Government Survey 2024', licence: 'UN terms of use' }],
    observations: [
      { iso3: 'KAZ', indicator: 'EGDI', year: 2024, value: 0.90093, unit: 'index 0-1', status: 'A', source: 'un-desa-egov' },
    ],
  },
  framework: {
    kind: 'framework',
    schemaVersion: 1,
    id: 'sdg',
    version: '2017',
    name: { en: 'Sustainable Development Goals' },
    source: { id: 'un-sdg', title: 'Global indicator framework for the SDGs (A/RES/71/313)', licence: 'UN terms of use' },
    items: [
      { code: '9', name: { en: 'Industry, innovation and infrastructure' } },
      { code: '9.c', parent: '9', name: { en: 'Increase access to ICT' } },
    ],
  },
  'policy-instrument': {
    kind: 'policy-instrument',
    schemaVersion: 1,
    id: 'kaz-concept-2023-269',
    iso3: 'KAZ',
    area: 'policy',
    type: 'strategy',
    name: {
      en: 'Concept of digital transformation, development of the ICT sector and cybersecurity for 2023-2029',
    },
    adopted: '2023-03-28',
    documentNo: 'Government Resolution No. 269',
    source: { url: 'https://adilet.zan.kz/kaz/docs/P2300000269?lang=ru', title: 'Adilet: Government Resolution No. 269' },
    verified: 'yes',
  },
  'assessment-rubric': {
    kind: 'assessment-rubric',
    schemaVersion: 2,
    id: 'dsc-pri',
    version: '2',
    name: { en: 'Policy, regulatory and institutional framework' },
    scales: {
      instrument: [
        { level: 0, descriptor: { en: 'Absent' }, evidence: { en: 'A search of the legal portal' } },
        { level: 2, descriptor: { en: 'Adopted' }, evidence: { en: 'The adopting act' } },
      ],
    },
    criteria: [{ id: 'digital-strategy', area: 'policy', name: { en: 'National digital strategy' }, scale: 'instrument' }],
  },
  'policy-assessment': {
    kind: 'policy-assessment',
    schemaVersion: 2,
    iso3: 'KAZ',
    rubric: { id: 'dsc-pri', version: '2' },
    scores: [
      {
        criterion: 'digital-strategy',
        level: 2,
        evidence: [
          {
            instruments: ['kaz-concept-2023-269'],
            locator: 'Resolution, para. 1',
            url: 'https://adilet.zan.kz/kaz/docs/P2300000269',
            read: '2026-12-07',
          },
        ],
        rationale: { en: 'Approved by Government Resolution No. 269' },
        assessor: 'desk review',
        date: '2026-12-07',
        review: { status: 'verified', reviewer: 'second reader', date: '2026-12-07' },
      },
    ],
  },
  'initiative-register': {
    kind: 'initiative-register',
    schemaVersion: 1,
    compiled: '2026-12-07',
    initiatives: [
      {
        id: 'wb-digital-casa-kgz',
        name: { en: 'Digital CASA - Kyrgyz Republic' },
        type: 'donor-project',
        countries: ['KGZ'],
        regional: false,
        lead: 'World Bank',
        start: '2018-03-20',
        budgets: [
          {
            amount: 50000000,
            currency: 'USD',
            funder: 'International Development Association',
            source: {
              title: 'Implementation Status & Results Report (P160230)',
              publisher: 'World Bank',
              url: 'https://documents.worldbank.org/',
              secondary: false,
            },
          },
        ],
        status: 'active',
        pillars: ['digital-connectivity'],
        alignment: [{ framework: 'sdg', item: '9.c', basis: 'mapped' }],
        sources: [{ title: 'ISR', publisher: 'World Bank', url: 'https://documents.worldbank.org/', secondary: false }],
      },
    ],
  },
  methodology: {
    kind: 'methodology',
    schemaVersion: 1,
    id: 'egdi',
    version: '2024',
    name: { en: 'E-Government Development Index' },
    nodes: [
      { id: 'OSI', parent: 'EGDI', level: 1, type: 'indicator', weight: 1, direction: 1 },
      { id: 'TII', parent: 'EGDI', level: 1, type: 'indicator', weight: 1, direction: 1 },
      { id: 'HCI', parent: 'EGDI', level: 1, type: 'indicator', weight: 1, direction: 1 },
      { id: 'EGDI', level: 2, type: 'aggregate' },
    ],
    steps: { aggregate: { method: 'arithmetic' } },
  },
  'index-result': {
    kind: 'index-result',
    schemaVersion: 1,
    methodology: { id: 'egdi', version: '2024' },
    contentHash: 'sha256:0f1e',
    units: [{ unit: 'KAZ', scores: { EGDI: 0.90093 }, ranks: { EGDI: 1 } }],
  },
  plan: {
    kind: 'plan',
    schemaVersion: 2,
    id: 'dsc-roadmap',
    title: { en: 'DSC establishment roadmap' },
    illustrative: true,
    start: '2027-01-04',
    activities: [
      { id: 'feasibility', name: { en: 'Feasibility study' }, duration: 40 },
      { id: 'wg-itsd', name: { en: 'WG on ITSD endorses the study' }, duration: 0, milestone: true, gate: 'SPECA WG on ITSD' },
    ],
    dependencies: [{ from: 'feasibility', to: 'wg-itsd', type: 'FS', lag: { value: 5, unit: 'working' } }],
    budget: [
      {
        id: 'b1',
        activity: 'feasibility',
        budgetClass: '105',
        periodStart: '2027-01-04',
        periodEnd: '2027-03-31',
        money: { amount: 60000, currency: 'USD', valueDate: '2027-01-04' },
      },
    ],
  },
  'recommendation-set': {
    kind: 'recommendation-set',
    schemaVersion: 1,
    id: 'dsc-recommendations',
    title: { en: 'Recommendations', ru: 'Рекомендации', kk: 'Ұсынымдар' },
    recommendations: [
      {
        id: 'rec-tjk-mbb',
        level: { scope: 'national', country: 'TJK' },
        gaps: [
          { kind: 'indicator', indicator: 'ITU_MBB_DATA_GNI', country: 'TJK', value: 4.76, year: 2022, reference: 'target', referenceValue: 2, referenceSource: 'Broadband Commission' },
          { kind: 'policy', country: 'TJK', criterion: 'telecom-law', level: 2, required: 3 },
        ],
        priority: 'high',
        horizon: { term: 'medium', from: 2027, to: 2030 },
        actors: ['Communications Service of Tajikistan'],
        title: { en: 'Make mobile broadband affordable', ru: 'Сделать мобильный широкополосный доступ доступным по цене', kk: 'Мобильді кең жолақты қолжетімділікті арзандату' },
        text: { en: 'Lower the price of the mobile data basket.', ru: 'Снизить цену корзины мобильных данных.', kk: 'Мобильді деректер себетінің бағасын төмендету.' },
        review: { status: 'accepted', reviewer: 'DSC secretariat', date: '2026-12-07' },
      },
    ],
  },
  'validation-report': {
    kind: 'validation-report',
    schemaVersion: 1,
    valid: false,
    stats: { files: 1, rows: 3, errors: 1, warnings: 0 },
    findings: [
      {
        ruleId: 'code.iso3',
        severity: 'error',
        file: 'data.csv',
        line: 3,
        column: 1,
        byteOffset: 58,
        record: 2,
        field: 'iso3',
        value: 'KAX',
        message: 'Unknown ISO 3166-1 alpha-3 code',
        hint: 'Did you mean KAZ?',
      },
    ],
  },
};

/** One broken variant per kind, with the JSON pointer of the value that breaks it. */
export const broken: Record<DocumentKind, { doc: Record<string, unknown>; pointer: string }> = {
  country: { doc: { ...examples.country, iso3: 'KGX' }, pointer: '/iso3' },
  indicator: { doc: { ...examples.indicator, direction: 2 }, pointer: '/direction' },
  observation: { doc: { ...examples.observation, year: '2023' }, pointer: '/year' },
  dataset: {
    doc: {
      ...examples.dataset,
      observations: [{ iso3: 'KAZ', indicator: 'EGDI', year: 2024, value: 0.9, unit: 'index', source: 'nowhere' }],
    },
    pointer: '/observations/0/source',
  },
  framework: { doc: { ...examples.framework, items: [] }, pointer: '/items' },
  'policy-instrument': { doc: { ...examples['policy-instrument'], adopted: '2023-02-30' }, pointer: '/adopted' },
  'assessment-rubric': { doc: { ...examples['assessment-rubric'], criteria: [] }, pointer: '/criteria' },
  'policy-assessment': { doc: { ...examples['policy-assessment'], iso3: 'XXX' }, pointer: '/iso3' },
  'initiative-register': { doc: { ...examples['initiative-register'], compiled: 'yesterday' }, pointer: '/compiled' },
  methodology: { doc: { ...examples.methodology, nodes: [] }, pointer: '/nodes' },
  'index-result': { doc: { ...examples['index-result'], contentHash: '' }, pointer: '/contentHash' },
  plan: {
    doc: { ...examples.plan, activities: [{ id: 'a', name: { en: 'A' }, duration: -3 }], dependencies: [] },
    pointer: '/activities/0/duration',
  },
  'recommendation-set': {
    doc: {
      ...examples['recommendation-set'],
      recommendations: [{ ...(examples['recommendation-set']['recommendations'] as Record<string, unknown>[])[0], priority: 'urgent' }],
    },
    pointer: '/recommendations/0/priority',
  },
  'validation-report': { doc: { ...examples['validation-report'], valid: 'no' }, pointer: '/valid' },
};
