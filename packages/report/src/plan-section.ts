import type { ReportData, ReportRecommendation } from './data.js';
import type { Block, Text } from './model.js';
import type { Writer } from './text.js';

/** A recommendation the report prints: accepted, or accepted as edited. */
const printed = (r: ReportRecommendation): boolean => r.status === 'accepted' || r.status === 'edited';

/** The recommendations of a country (national ones), or the regional ones when `iso3` is undefined. */
export function recommendationsFor(data: ReportData, iso3: string | undefined): ReportRecommendation[] {
  return data.recommendations.filter(
    (r) =>
      printed(r) &&
      (iso3 === undefined
        ? r.level.scope === 'regional'
        : r.level.scope === 'national' && r.level.country === iso3),
  );
}

/** The programmes and initiatives of a country, or the regional ones (no country, or several). */
export function initiativeBlocks(w: Writer, data: ReportData, iso3: string | undefined): Block[] {
  const list = data.initiatives.filter((i) => (iso3 === undefined ? i.regional : i.countries.includes(iso3)));
  if (list.length === 0)
    return [
      {
        kind: 'paragraph',
        text: w.line(
          iso3 === undefined
            ? w.t('report.initiatives.noneRegion')
            : w.t('report.initiatives.none', { country: w.country(iso3) }),
        ),
      },
    ];
  return [
    {
      kind: 'table',
      head: [
        w.t('report.table.name'),
        w.t('report.table.type'),
        w.t('report.table.period'),
        w.t('report.table.source'),
      ],
      rows: list.map((i): Text[] => [
        [w.name(i.name)],
        w.line(w.t('report.initiatives.type', { type: i.type.replaceAll('-', '_') })),
        w.line(w.t('report.initiatives.status', { status: i.status })),
        i.url === undefined ? w.line(w.t('report.missing')) : [{ text: i.url, lang: 'und' }],
      ]),
    },
  ];
}

/** The accepted recommendations of a country or of the region. */
export function recommendationBlocks(w: Writer, data: ReportData, iso3: string | undefined): Block[] {
  const list = recommendationsFor(data, iso3);
  if (list.length === 0)
    return [
      {
        kind: 'paragraph',
        text: w.line(
          iso3 === undefined
            ? w.t('report.recommendations.noneRegion')
            : w.t('report.recommendations.none', { country: w.country(iso3) }),
        ),
      },
    ];
  return [
    {
      kind: 'table',
      head: [w.t('report.table.recommendation'), w.t('report.table.priority')],
      rows: list.map((r): Text[] => [
        [{ ...w.text(r.title), bold: true }, w.run(' '), w.text(r.text)],
        w.line(w.t('report.recommendations.priority', { priority: r.priority ?? 'none' })),
      ]),
    },
  ];
}

/**
 * The roadmap's actions for a country: the activities of the plan that serve its recommendations or the regional ones
 * (the regional edition: the regional ones), and those that serve no published recommendation, which concern every
 * country of the plan.
 */
export function roadmapBlocks(w: Writer, data: ReportData, iso3: string | undefined): Block[] {
  const { plan } = data;
  const served =
    iso3 === undefined
      ? recommendationsFor(data, undefined)
      : [...recommendationsFor(data, iso3), ...recommendationsFor(data, undefined)];
  const ids = new Set(served.map((r) => r.id));
  const others = new Set(data.recommendations.map((r) => r.id).filter((id) => !ids.has(id)));
  const concerns = iso3 === undefined || plan.countries.includes(iso3);
  const activities = plan.activities.filter((a) => {
    const served = a.recommendations ?? [];
    if (served.some((id) => ids.has(id))) return true;
    return concerns && !served.some((id) => others.has(id));
  });
  const blocks: Block[] = [];
  if (plan.illustrative)
    blocks.push({
      kind: 'paragraph',
      text: w.line(w.t('report.roadmap.illustrative', { plan: w.text(plan.title).text })),
    });
  if (activities.length === 0)
    return [
      ...blocks,
      { kind: 'paragraph', text: w.line(w.t('report.roadmap.none', { country: w.country(iso3 ?? '') })) },
    ];
  return [
    ...blocks,
    { kind: 'paragraph', text: w.line(w.t('report.roadmap.intro')) },
    {
      kind: 'table',
      head: [w.t('report.table.activity'), w.t('report.table.duration')],
      rows: activities.map((a): Text[] => [
        [{ text: `${a.wbs ?? a.id} `, lang: 'und' }, w.text(a.name)],
        w.line(w.num(a.duration, 0)),
      ]),
      numeric: [false, true],
    },
  ];
}

/** Sources and licences: title, publisher, licence, URL and when it was read. The credit line is printed in English only. */
export function sourceBlocks(w: Writer, data: ReportData): Block[] {
  return [
    { kind: 'paragraph', text: w.line(w.t('report.sources.intro')) },
    {
      kind: 'list',
      items: data.sources.map((s): Text => [
        { text: s.title, lang: 'en', bold: true },
        ...(s.publisher ? [{ text: ` — ${s.publisher}. `, lang: 'en' }] : [{ text: '. ', lang: 'und' }]),
        w.run(`${w.t('report.table.licence')}: `),
        { text: `${s.licence}. `, lang: 'und' },
        ...(w.lang === 'en' && s.credit ? [w.run(`${s.credit}. `)] : []),
        ...(s.url ? [{ text: s.url, lang: 'und' }] : []),
        ...(s.accessed ? [w.run(` (${w.t('report.table.accessed')}: ${w.date(s.accessed)})`)] : []),
      ]),
    },
    { kind: 'paragraph', text: w.line(w.t('report.sources.toolkit', { version: data.toolkitVersion })) },
  ];
}
