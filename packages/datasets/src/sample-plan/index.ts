import type { PlanInput } from '@dsc/domain';
import { Plan } from '@dsc/domain';
import { samplePlanTranslations } from './translations.js';

/**
 * An ILLUSTRATIVE roadmap for establishing the Digital Solutions Centre. It is an example of the plan format,
 * not an agreed roadmap: the DSC establishment scenarios, costs, legal form and the ad hoc working group's
 * roadmap are not public (DOMAIN.md §1). Dates of governance gates follow the usual timing of each body
 * (DOMAIN.md §2) and must be replaced by the decided dates; durations, amounts, funding stages and targets are
 * assumptions made for the example. KPI baselines are real observations, copied with their source and year.
 */

/** The English text with its Russian and Kazakh translations (translations.ts); English alone if none is listed. */
const tx = (text: string): { en: string; ru?: string; kk?: string } => ({ en: text, ...samplePlanTranslations[text] });
const usd = (amount: number, valueDate: string) => ({ amount, currency: 'USD', valueDate });
const ILLUSTRATIVE_DATE = 'Illustrative date from the usual timing of this body; replace with the decided date.';

const activities: PlanInput['activities'] = [
  // Phase 1 — mandate and feasibility (after the Astana Ministerial Declaration, Sep 2024).
  { id: 'A1', wbs: '1.1', phase: 'P1', output: 'OP1.1', name: tx('Finalise the independent feasibility study (role, structure, financing)'), duration: 40, assignments: [{ organisation: 'escap', role: 'A' }, { organisation: 'mddiai', role: 'C' }], alignment: [{ framework: 'sg-roadmap', code: '8' }, { framework: 'speca-innovation', code: '3' }] },
  { id: 'A2', wbs: '1.2', phase: 'P1', output: 'OP1.1', name: tx('Ad hoc working group reviews the study and recommends a roadmap'), duration: 30, assignments: [{ organisation: 'escap', role: 'R' }], alignment: [{ framework: 'sg-roadmap', code: '8' }] },
  { id: 'M1', wbs: '1.3', phase: 'P1', name: tx('ESCAP Commission session: decision on the roadmap'), duration: 0, milestone: true, gate: 'ESCAP Commission session', constraint: { type: 'SNET', date: '2026-05-04' }, notes: ILLUSTRATIVE_DATE },
  // Phase 2 — design and host arrangements.
  { id: 'A3', wbs: '2.1', phase: 'P2', output: 'OP1.2', name: tx('Negotiate the host-country arrangement for the centre'), duration: 60, assignments: [{ organisation: 'escap', role: 'R' }, { organisation: 'mddiai', role: 'R' }], alignment: [{ framework: 'sg-roadmap', code: '8' }] },
  { id: 'A4', wbs: '2.2', phase: 'P2', output: 'OP1.2', name: tx('Design the governance and operating model'), duration: 45, assignments: [{ organisation: 'escap', role: 'A' }, { organisation: 'unece', role: 'C' }], alignment: [{ framework: 'speca-innovation', code: '3' }, { framework: 'apis-action-plan', code: 'P2' }] },
  { id: 'A5', wbs: '2.3', phase: 'P2', output: 'OP1.2', name: tx('Business plan and financing strategy'), duration: 40, assignments: [{ organisation: 'escap', role: 'R' }], alignment: [{ framework: 'sg-roadmap', code: '8' }] },
  { id: 'A6', wbs: '2.4', phase: 'P2', output: 'OP1.2', name: tx('Prepare a UN Development Account concept note'), duration: 20, assignments: [{ organisation: 'escap', role: 'R' }, { organisation: 'unece', role: 'C' }] },
  { id: 'M2', wbs: '2.5', phase: 'P2', name: tx('SPECA Working Group on ITSD session: review of the design'), duration: 0, milestone: true, gate: 'SPECA WG ITSD', constraint: { type: 'SNET', date: '2026-07-01' }, notes: ILLUSTRATIVE_DATE },
  { id: 'M3', wbs: '2.6', phase: 'P2', name: tx('CICTSTI-5: AP-IS Action Plan 2027–2030 adopted'), duration: 0, milestone: true, gate: 'CICTSTI', constraint: { type: 'SNET', date: '2026-09-01' }, notes: 'CICTSTI-5 is scheduled for September 2026 (UN Indico event page); the day is illustrative.' },
  { id: 'A7', wbs: '2.7', phase: 'P2', output: 'OP1.2', name: tx('Host-country ratification of the arrangement'), duration: 50, assignments: [{ organisation: 'mddiai', role: 'A' }] },
  { id: 'M4', wbs: '2.8', phase: 'P2', name: tx('SPECA Governing Council: endorsement'), duration: 0, milestone: true, gate: 'SPECA Governing Council', constraint: { type: 'SNET', date: '2026-11-02' }, notes: ILLUSTRATIVE_DATE },
  // Phase 3 — establishment.
  { id: 'A8', wbs: '3.1', phase: 'P3', output: 'OP2.1', name: tx('Recruit the core team'), duration: 60, assignments: [{ organisation: 'escap', role: 'R' }], alignment: [{ framework: 'sg-roadmap', code: '4' }] },
  { id: 'A9', wbs: '3.2', phase: 'P3', output: 'OP2.1', name: tx('Set up the premises and the collaboration platform'), duration: 50, assignments: [{ organisation: 'mddiai', role: 'R' }, { organisation: 'escap', role: 'A' }], alignment: [{ framework: 'apis-action-plan', code: 'P1' }, { framework: 'dac-crs', code: '22040' }] },
  { id: 'A10', wbs: '3.3', phase: 'P3', output: 'OP2.1', name: tx('Develop the digital solutions catalogue and knowledge hub'), duration: 80, assignments: [{ organisation: 'escap', role: 'R' }, { organisation: 'itu', role: 'C' }], alignment: [{ framework: 'sg-roadmap', code: '2' }, { framework: 'apis-action-plan', code: 'P2' }, { framework: 'apis-action-plan', code: 'P3' }, { framework: 'dac-crs', code: '22040' }] },
  { id: 'A11', wbs: '3.4', phase: 'P3', output: 'OP2.1', name: tx('Agree cooperation with related initiatives (GovStack hub, CAREC, CIS)'), duration: 40, assignments: [{ organisation: 'escap', role: 'R' }, { organisation: 'itu', role: 'C' }], alignment: [{ framework: 'sg-roadmap', code: '8' }] },
  { id: 'M5', wbs: '3.5', phase: 'P3', name: tx('Centre launched'), duration: 0, milestone: true },
  // Phase 4 — pilot services.
  { id: 'A12', wbs: '4.1', phase: 'P4', output: 'OP2.2', name: tx('Capacity-building programme for member States'), duration: 120, assignments: [{ organisation: 'escap', role: 'R' }, { organisation: 'unece', role: 'R' }], alignment: [{ framework: 'sg-roadmap', code: '4' }, { framework: 'speca-innovation', code: '1' }, { framework: 'sdg', code: '4.4' }] },
  { id: 'A13', wbs: '4.2', phase: 'P4', output: 'OP2.2', name: tx('Update the digital maturity assessments of the eight countries'), duration: 60, assignments: [{ organisation: 'escap', role: 'R' }], alignment: [{ framework: 'sg-roadmap', code: '1' }, { framework: 'sdg', code: '17.8' }, { framework: 'apis-action-plan', code: 'P1' }] },
  { id: 'A14', wbs: '4.3', phase: 'P4', output: 'OP2.2', name: tx('Regional policy dialogue and expert group meeting'), duration: 10, assignments: [{ organisation: 'escap', role: 'R' }, { organisation: 'unece', role: 'C' }], alignment: [{ framework: 'speca-innovation', code: '2' }] },
  { id: 'A15', wbs: '4.4', phase: 'P4', output: 'OP2.2', name: tx('Monitoring, evaluation and lessons learned'), duration: 20, deadline: '2028-06-30', assignments: [{ organisation: 'escap', role: 'A' }], alignment: [{ framework: 'speca-innovation', code: '4' }] },
  { id: 'M6', wbs: '4.5', phase: 'P4', name: tx('Progress report ready for the AP-IS Steering Committee'), duration: 0, milestone: true, gate: 'AP-IS Steering Committee', notes: 'The Steering Committee usually meets in November/December; enter the session date as a deadline once it is known.' },
];

const w = (value: number) => ({ value, unit: 'working' as const });
const dependencies: PlanInput['dependencies'] = [
  { from: 'A1', to: 'A2', type: 'FS', lag: w(0) },
  { from: 'A2', to: 'M1', type: 'FS', lag: w(0) },
  { from: 'M1', to: 'A3', type: 'FS', lag: w(0) },
  { from: 'A3', to: 'A4', type: 'SS', lag: w(10) },
  { from: 'A4', to: 'A5', type: 'FF', lag: w(5) },
  { from: 'A5', to: 'A6', type: 'FS', lag: w(0) },
  { from: 'A4', to: 'M2', type: 'FS', lag: w(0) },
  { from: 'A6', to: 'M3', type: 'FS', lag: w(0) },
  { from: 'A3', to: 'A7', type: 'FS', lag: w(0) },
  { from: 'A7', to: 'M4', type: 'FS', lag: w(0) },
  { from: 'M3', to: 'M4', type: 'FS', lag: w(0) },
  { from: 'M4', to: 'A8', type: 'FS', lag: w(0) },
  { from: 'A8', to: 'A9', type: 'SS', lag: w(20) },
  { from: 'M2', to: 'A10', type: 'FS', lag: { value: 30, unit: 'elapsed' } },
  { from: 'A8', to: 'A11', type: 'SF', lag: w(10) },
  { from: 'A8', to: 'M5', type: 'FS', lag: w(0) },
  { from: 'A9', to: 'M5', type: 'FS', lag: w(0) },
  { from: 'A10', to: 'M5', type: 'FF', lag: w(0) },
  { from: 'A11', to: 'M5', type: 'FS', lag: w(0) },
  { from: 'M5', to: 'A12', type: 'FS', lag: w(0) },
  { from: 'A12', to: 'A13', type: 'SS', lag: w(15) },
  { from: 'A13', to: 'A14', type: 'FS', lag: w(5) },
  { from: 'A12', to: 'A15', type: 'FS', lag: w(0) },
  { from: 'A14', to: 'A15', type: 'FS', lag: w(0) },
  { from: 'A15', to: 'M6', type: 'FS', lag: w(0) },
];

type BudgetIn = NonNullable<PlanInput['budget']>[number];
const line = (
  id: string,
  activity: string,
  budgetClass: string,
  description: string,
  periodStart: string,
  periodEnd: string,
  amount: number,
  fundingSource?: string,
  calc?: { quantity: number; unit: string; unitCost: number },
): BudgetIn => ({
  id,
  activity,
  budgetClass,
  description,
  periodStart,
  periodEnd,
  money: usd(amount, periodStart),
  ...(fundingSource !== undefined ? { fundingSource } : {}),
  ...(calc ?? {}),
});

const budget: PlanInput['budget'] = [
  line('B01', 'A1', '105', 'International consultants for the feasibility study', '2026-01-05', '2026-03-31', 60_000, 'F-ESCAP', { quantity: 6, unit: 'work-month', unitCost: 10_000 }),
  line('B02', 'A2', '621', 'Ad hoc working group meetings (participant travel)', '2026-02-01', '2026-04-30', 25_000, 'F-ESCAP'),
  line('B03', 'A3', '105', 'Legal and institutional experts', '2026-05-04', '2026-08-31', 40_000, 'F-HOST', { quantity: 4, unit: 'work-month', unitCost: 10_000 }),
  line('B04', 'A4', '105', 'Governance design consultants', '2026-05-18', '2026-07-31', 35_000, 'F-DA'),
  line('B05', 'A5', '105', 'Business plan and financing consultants', '2026-06-15', '2026-08-31', 30_000, 'F-DA'),
  line('B06', 'A6', '015', 'General temporary assistance for the concept note', '2026-08-01', '2026-08-31', 12_000, 'F-ESCAP'),
  line('B07', 'A8', '015', 'Core team (general temporary assistance) during set-up', '2026-11-02', '2027-06-30', 180_000, 'F-HOST'),
  line('B08', 'A9', '612', 'Premises fit-out and collaboration platform', '2026-12-01', '2027-03-31', 150_000, 'F-HOST'),
  line('B09', 'A9', '618', 'Equipment and furniture', '2026-12-01', '2027-03-31', 40_000, 'F-HOST'),
  line('B10', 'A10', '612', 'Development of the solutions catalogue and knowledge hub', '2026-08-17', '2027-01-31', 120_000, 'F-DA'),
  line('B11', 'A11', '608', 'Staff travel for partnership meetings', '2026-11-16', '2027-02-28', 18_000),
  line('B12', 'A12', '621', 'Capacity-building workshops (participant travel)', '2027-03-01', '2027-09-30', 160_000, 'F-PARTNER', { quantity: 80, unit: 'participant', unitCost: 2_000 }),
  line('B13', 'A12', '105', 'Trainers and national consultants', '2027-03-01', '2027-09-30', 90_000, 'F-DA', { quantity: 18, unit: 'work-month', unitCost: 5_000 }),
  line('B14', 'A13', '105', 'National consultants for the maturity assessments', '2027-03-22', '2027-06-30', 64_000, 'F-DA', { quantity: 16, unit: 'work-month', unitCost: 4_000 }),
  line('B15', 'A14', '105', 'Expert group meeting', '2027-07-01', '2027-07-31', 45_000, 'F-PARTNER'),
  line('B16', 'A15', '105', 'Evaluation consultant', '2027-09-01', '2027-10-31', 25_000, 'F-DA'),
  line('B17', 'A9', '616', 'General operating expenses of the centre (first year)', '2027-01-01', '2027-12-31', 84_000, 'F-HOST'),
];

const plan: PlanInput = {
  kind: 'plan',
  schemaVersion: 2,
  id: 'dsc-roadmap-illustrative',
  title: {
    en: 'ILLUSTRATIVE roadmap: establishing the Digital Solutions Centre for Sustainable Development in North and Central Asia',
    ru: 'ИЛЛЮСТРАТИВНАЯ дорожная карта: создание Центра цифровых решений для устойчивого развития в Северной и Центральной Азии',
    kk: 'ИЛЛЮСТРАТИВТІК жол картасы: Солтүстік және Орталық Азиядағы тұрақты даму үшін Цифрлық шешімдер орталығын құру',
  },
  illustrative: true,
  start: '2026-01-05',
  currency: 'USD',
  defaultCalendar: 'kz-workweek',
  countries: ['AFG', 'AZE', 'KAZ', 'KGZ', 'MNG', 'TJK', 'TKM', 'UZB'],
  calendars: [
    {
      id: 'kz-workweek',
      name: 'Astana: Monday–Friday with public holidays (Labour Code of Kazakhstan; movable feasts and transferred days not included)',
      country: 'KAZ',
      workingDays: [1, 2, 3, 4, 5],
      holidays: ['2026', '2027'].flatMap((y) => [
        { date: `${y}-01-01`, name: 'New Year' },
        { date: `${y}-01-02`, name: 'New Year' },
        { date: `${y}-01-07`, name: 'Orthodox Christmas' },
        { date: `${y}-03-08`, name: "International Women's Day" },
        { date: `${y}-03-21`, name: 'Nauryz' },
        { date: `${y}-03-22`, name: 'Nauryz' },
        { date: `${y}-03-23`, name: 'Nauryz' },
        { date: `${y}-05-01`, name: 'Unity Day' },
        { date: `${y}-05-07`, name: "Defender of the Fatherland Day" },
        { date: `${y}-05-09`, name: 'Victory Day' },
        { date: `${y}-07-06`, name: 'Capital Day' },
        { date: `${y}-08-30`, name: 'Constitution Day' },
        { date: `${y}-10-25`, name: 'Republic Day' },
        { date: `${y}-12-16`, name: 'Independence Day' },
      ]),
    },
  ],
  phases: [
    { id: 'P1', name: tx('Mandate and feasibility'), description: tx('Feasibility study and the ad hoc working group, as requested by the Astana Ministerial Declaration (Sep 2024)') },
    { id: 'P2', name: tx('Design and host arrangements') },
    { id: 'P3', name: tx('Establishment') },
    { id: 'P4', name: tx('Pilot services') },
  ],
  results: [
    { id: 'G1', level: 'goal', code: 'OBJ', title: tx('Strengthened regional cooperation on digital solutions for sustainable development in North and Central Asia') },
    { id: 'OC1', level: 'outcome', parent: 'G1', code: 'EA1', title: tx('Member States agree the role, structure and financing of the Digital Solutions Centre'), assumptions: [tx('Member States participate in the ad hoc working group')] },
    { id: 'OC2', level: 'outcome', parent: 'G1', code: 'EA2', title: tx('Enhanced capacity of member States to design and use digital solutions'), assumptions: [tx('National focal points are nominated')] },
    { id: 'OP1.1', level: 'output', parent: 'OC1', code: 'OP1.1', title: tx('Feasibility study and recommended roadmap') },
    { id: 'OP1.2', level: 'output', parent: 'OC1', code: 'OP1.2', title: tx('Host arrangement, governance model and financing strategy') },
    { id: 'OP2.1', level: 'output', parent: 'OC2', code: 'OP2.1', title: tx('Operational centre with a solutions catalogue and knowledge hub') },
    { id: 'OP2.2', level: 'output', parent: 'OC2', code: 'OP2.2', title: tx('Capacity-building programme and updated maturity assessments') },
  ],
  activities,
  dependencies,
  organisations: [
    { id: 'escap', name: tx('United Nations Economic and Social Commission for Asia and the Pacific (ESCAP)'), iatiRef: 'XM-DAC-41106', type: '40', iatiRole: '2' },
    { id: 'unece', name: tx('United Nations Economic Commission for Europe (UNECE)'), iatiRef: 'XM-DAC-41314', type: '40', iatiRole: '4' },
    { id: 'mddiai', name: tx('Ministry of Digital Development, Innovations and Aerospace Industry of Kazakhstan'), type: '10', iatiRole: '4' },
    { id: 'itu', name: tx('International Telecommunication Union (ITU)'), iatiRef: 'XM-DAC-41303', type: '40', iatiRole: '4' },
    { id: 'undesa-da', name: tx('United Nations Development Account'), type: '40', iatiRole: '1' },
  ],
  budget,
  funding: [
    { id: 'F-ESCAP', name: 'Illustrative: ESCAP regular budget (in-kind and meetings)', funder: 'escap', stage: 'committed', amount: usd(97_000, '2026-01-05'), date: '2026-01-05' },
    { id: 'F-HOST', name: 'Illustrative: host-country contribution', funder: 'mddiai', stage: 'pledged', amount: usd(500_000, '2026-05-04'), expectedDate: '2026-11-02' },
    { id: 'F-DA', name: 'Illustrative: UN Development Account project', funder: 'undesa-da', stage: 'concept-note', amount: usd(364_000, '2026-08-31'), expectedDate: '2027-01-15' },
    { id: 'F-PARTNER', name: 'Illustrative: development partner co-financing', stage: 'idea', amount: usd(205_000, '2026-09-01'), probability: 0.15 },
  ],
  kpis: [
    {
      id: 'K1', result: 'OC2', indicator: 'IT.NET.USER.ZS', sdgIndicator: '17.8.1', country: 'KAZ', unit: '% of population', measure: 'percentage', ascending: true,
      name: tx('Individuals using the Internet, Kazakhstan'),
      baseline: { value: 92.8785, year: 2023, source: 'ITU via World Bank WDI, processed by Our World in Data (share-of-individuals-using-the-internet), CC BY 4.0' },
      targets: [{ period: '2027', value: 95 }],
      meansOfVerification: 'ITU World Telecommunication/ICT Indicators Database',
    },
    {
      id: 'K2', result: 'OC2', indicator: 'IT.NET.USER.ZS', sdgIndicator: '17.8.1', country: 'TJK', unit: '% of population', measure: 'percentage', ascending: true,
      name: tx('Individuals using the Internet, Tajikistan'),
      baseline: { value: 36.0872, year: 2022, source: 'ITU via World Bank WDI, processed by Our World in Data (share-of-individuals-using-the-internet), CC BY 4.0' },
      targets: [{ period: '2027', value: 45 }],
      meansOfVerification: 'ITU World Telecommunication/ICT Indicators Database',
    },
    {
      id: 'K3', result: 'OC1', name: tx('Member States endorsing the DSC roadmap at the governing bodies'), unit: 'countries', measure: 'unit', ascending: true,
      targets: [{ period: '2026', value: 8 }],
      meansOfVerification: 'Reports of the ESCAP Commission and the SPECA Governing Council',
    },
    {
      id: 'K4', result: 'G1', indicator: 'IT_MOB_4GNTWK', sdgIndicator: '9.c.1', country: 'TKM', unit: '% of population', measure: 'percentage', ascending: true,
      name: tx('Population covered by at least a 4G mobile network, Turkmenistan'),
      baseline: { value: 67, year: 2021, source: 'ITU via UN SDG Global Database (indicator 9.c.1), processed by Our World in Data' },
      targets: [{ period: '2027', value: 75 }],
    },
    {
      id: 'K5', result: 'G1', indicator: 'IT.NET.BBND.P2', sdgIndicator: '17.6.1', country: 'UZB', unit: 'per 100 people', measure: 'unit', ascending: true,
      name: tx('Fixed broadband subscriptions per 100 people, Uzbekistan'),
      baseline: { value: 34.7381414135069, year: 2024, source: 'ITU via World Bank WDI (IT.NET.BBND.P2), CC BY 4.0' },
      targets: [{ period: '2027', value: 38 }],
    },
  ],
  risks: [
    { id: 'R1', description: tx('Host-country ratification takes longer than planned'), likelihood: 3, impact: 4, category: 'political', mitigation: tx('Start the arrangement early; keep the virtual services independent of the premises'), owner: 'mddiai', result: 'OC1' },
    { id: 'R2', description: tx('Funding pledges are not converted into commitments'), likelihood: 3, impact: 5, category: 'financial', mitigation: tx('Diversify sources; phase the services by secured funding'), owner: 'escap' },
    { id: 'R3', description: tx('Overlap with related initiatives (CAREC Digital Solutions Center, GovStack hub, CIS base organisation)'), likelihood: 2, impact: 3, category: 'institutional', mitigation: tx('Agree a division of labour with each initiative (activity A11)'), owner: 'escap' },
    { id: 'R4', description: tx('Low participation of some member States'), likelihood: 2, impact: 4, category: 'operational', mitigation: tx('Online participation and Russian-language sessions'), result: 'OC2' },
    { id: 'R5', description: tx('Recruitment of specialised staff is slow'), likelihood: 3, impact: 3, category: 'operational', mitigation: tx('Use general temporary assistance and secondments') },
  ],
  relatedInitiatives: [
    { name: 'CAREC Digital Strategy 2030 (a CAREC Digital Solutions Center "will be considered")', note: 'CAREC Program site' },
    { name: 'ITU + MDDIAI + NITEC regional cooperation hub for Central Asia and the Caucasus under GovStack', note: 'GovStack wiki' },
    { name: "CIS: MDDIAI's Digital Support Centre of Digital Government as a CIS base organisation for ICT (draft decision, Oct 2024)", note: 'RCC news' },
  ],
  iati: {
    reportingOrg: { ref: 'XM-DAC-41106', type: '40', name: 'United Nations Economic and Social Commission for Asia and the Pacific (ESCAP)' },
    identifier: 'XM-DAC-41106-DSC-ROADMAP-ILLUSTRATIVE',
    activityStatus: '1',
    note: "ESCAP's IATI publisher id is unconfirmed; XM-DAC-41106 follows the DAC channel code pattern and must be checked before publishing.",
    recipientCountries: [
      { code: 'AF', percentage: 12.5 },
      { code: 'AZ', percentage: 12.5 },
      { code: 'KZ', percentage: 12.5 },
      { code: 'KG', percentage: 12.5 },
      { code: 'MN', percentage: 12.5 },
      { code: 'TJ', percentage: 12.5 },
      { code: 'TM', percentage: 12.5 },
      { code: 'UZ', percentage: 12.5 },
    ],
    sectors: [
      { vocabulary: '1', code: '22040', percentage: 60 },
      { vocabulary: '1', code: '22011', percentage: 40 },
    ],
    tags: [
      { vocabulary: '3', code: '17.8' },
      { vocabulary: '3', code: '9.c' },
    ],
    policyMarkers: [{ code: '3', significance: '1' }],
    collaborationType: '2',
  },
  scenarios: [],
  proposal: {
    background:
      'The Astana Ministerial Declaration on Digital Inclusion and Transformation in Asia and the Pacific (September 2024) asked the ESCAP secretariat to commission an independent feasibility study on the role, structure and financing of a digital solutions centre to be established in Kazakhstan, and to set up an ad hoc working group to review it and recommend a roadmap.',
  },
};

const idx = (id: string): number => activities.findIndex((a) => a.id === id);
const bidx = (id: string): number => budget.findIndex((b) => b.id === id);

plan.scenarios = [
  {
    id: 'virtual-hub',
    name: tx('Virtual network hub'),
    description: tx('A network of national focal points and an online platform; no premises'),
    patch: [
      { op: 'replace', path: `/activities/${idx('A9')}/duration`, value: 20 },
      { op: 'replace', path: `/activities/${idx('A8')}/duration`, value: 40 },
      { op: 'replace', path: `/budget/${bidx('B08')}/money/amount`, value: 45_000 },
      { op: 'replace', path: `/budget/${bidx('B09')}/money/amount`, value: 5_000 },
      { op: 'replace', path: `/budget/${bidx('B17')}/money/amount`, value: 20_000 },
      { op: 'replace', path: `/budget/${bidx('B07')}/money/amount`, value: 120_000 },
      { op: 'add', path: '/risks/-', value: { id: 'R6', description: tx('Limited visibility and ownership without a physical presence'), likelihood: 3, impact: 3, category: 'institutional', mitigation: tx('Annual in-person forum rotating among member States') } },
    ],
  },
  {
    id: 'physical-centre',
    name: tx('Physical centre in the host country'),
    description: tx('Premises, a resident team and an in-person training facility'),
    patch: [
      { op: 'replace', path: `/activities/${idx('A9')}/duration`, value: 90 },
      { op: 'replace', path: `/activities/${idx('A8')}/duration`, value: 80 },
      { op: 'replace', path: `/budget/${bidx('B08')}/money/amount`, value: 260_000 },
      { op: 'replace', path: `/budget/${bidx('B09')}/money/amount`, value: 90_000 },
      { op: 'replace', path: `/budget/${bidx('B17')}/money/amount`, value: 150_000 },
      { op: 'replace', path: `/budget/${bidx('B07')}/money/amount`, value: 260_000 },
      { op: 'add', path: '/risks/-', value: { id: 'R6', description: tx('Fit-out of premises is delayed'), likelihood: 3, impact: 4, category: 'operational', mitigation: tx('Start services from temporary premises') } },
    ],
  },
  {
    id: 'hybrid',
    name: tx('Hybrid: small physical office and a virtual network'),
    description: tx('A small office in the host country plus national focal points online'),
    patch: [
      { op: 'replace', path: `/activities/${idx('A9')}/duration`, value: 40 },
      { op: 'replace', path: `/budget/${bidx('B08')}/money/amount`, value: 110_000 },
      { op: 'replace', path: `/budget/${bidx('B17')}/money/amount`, value: 60_000 },
    ],
  },
];

/** The illustrative DSC roadmap plan (validated against the Plan schema when the module loads). */
export const dscRoadmapPlan: Plan = Plan.parse(plan);
