import type { Initiative } from '@dsc/domain';
import type * as datasets from '@dsc/datasets';
import type { Translator } from '@dsc/i18n';
import { CliError } from '../cli-error.js';
import { isOneOf } from '../flags.js';
import type { CommandContext } from '../io.js';

const FORMATS = ['table', 'json', 'csv'] as const;
type Format = (typeof FORMATS)[number];
type T = Translator['t'];
type Datasets = Pick<typeof datasets, 'PILLARS' | 'initiativeMatrix' | 'initiatives'>;

/** The options of `dsc initiatives` (declared in cli.ts). */
export type InitiativesOptions = { country?: string; format?: string; matrix?: boolean };

/** One CSV field; text that would run as a spreadsheet formula gets a leading quote (OWASP CSV injection). */
const csvCell = (v: string | number): string => {
  const s = typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/** Aligned columns, the header underlined. */
function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const fmt = (r: readonly string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [fmt(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(fmt)].join('\n') + '\n';
}

const period = (i: Initiative, t: T): string =>
  i.start === undefined && i.end === undefined
    ? t('datasets.initiatives.missing')
    : `${i.start ?? '…'}–${i.end ?? '…'}`;
const budget = (i: Initiative, t: T): string =>
  i.budgets === undefined
    ? t('datasets.initiatives.missing')
    : i.budgets.map((b) => `${b.amount} ${b.currency} (${b.funder})`).join('; ');

function renderList(list: readonly Initiative[], format: Format, t: T): string {
  if (format === 'json') return JSON.stringify(list, null, 2) + '\n';
  const keys = [
    'id',
    'name',
    'type',
    'countries',
    'lead',
    'period',
    'status',
    'pillars',
    'budget',
    'sources',
  ] as const;
  const head = keys.map((k) => t(`datasets.initiatives.column.${k}`));
  const row = (i: Initiative, short = false): string[] => [
    i.id,
    short && i.name.en.length > 60 ? `${i.name.en.slice(0, 59)}…` : i.name.en,
    t(`datasets.initiatives.type.${i.type}`),
    i.countries.join(' '),
    i.lead,
    period(i, t),
    t(`datasets.initiatives.status.${i.status}`),
    i.pillars.join(' '),
    budget(i, t),
    i.sources
      .map((s) => (s.secondary ? `${s.url} (${t('datasets.initiatives.secondary')})` : s.url))
      .join(' '),
  ];
  if (format === 'csv')
    return [keys.join(','), ...list.map((i) => row(i).map(csvCell).join(','))].join('\n') + '\n';
  return (
    table(
      head.slice(0, 7),
      list.map((i) => row(i, true).slice(0, 7)),
    ) +
    t('datasets.initiatives.count', { count: list.length }) +
    '\n'
  );
}

function renderMatrix(data: Datasets, countries: readonly string[], format: Format, t: T): string {
  const pillars = Object.keys(data.PILLARS);
  const m = data.initiativeMatrix(data.initiatives(), { countries, pillars });
  if (format === 'json') return JSON.stringify(m, null, 2) + '\n';
  if (format === 'csv')
    return (
      [
        'country,pillar,count,gap,ids',
        ...m.cells
          .flat()
          .map((c) => [c.country, c.pillar, c.count, String(c.gap), c.ids.join(' ')].map(csvCell).join(',')),
      ].join('\n') + '\n'
    );
  const cells = m.cells.flat();
  const rows = m.cells.map((row, r) => [
    countries[r] ?? '',
    ...row.map((c) => (c.gap ? `– ${t('datasets.initiatives.matrix.gap')}` : String(c.count))),
  ]);
  return (
    t('datasets.initiatives.matrix.title') +
    '\n' +
    table([t('datasets.initiatives.column.country'), ...pillars], rows) +
    t('datasets.initiatives.matrix.summary', {
      cells: cells.length,
      gaps: cells.filter((c) => c.gap).length,
      overlaps: cells.filter((c) => c.count > 1).length,
    }) +
    '\n'
  );
}

/** `dsc initiatives [--country ISO3] [--format table|json|csv] [--matrix]`: the register, or its overlap/gap matrix. */
export async function run(options: InitiativesOptions, ctx: CommandContext): Promise<void> {
  const { t } = ctx.i18n;
  // the embedded register is loaded only when the command runs
  const data = await import('@dsc/datasets');
  const { scopeCountries } = data;
  const format = options.format ?? 'table';
  if (!isOneOf(format, FORMATS))
    throw new CliError(
      'usage',
      t('datasets.initiatives.error.format', { value: String(options.format) }),
      t('datasets.initiatives.error.formatHint'),
    );
  const country = options.country === undefined ? undefined : String(options.country).toUpperCase();
  if (country !== undefined && !scopeCountries.includes(country))
    throw new CliError(
      'usage',
      t('datasets.initiatives.error.country', { value: String(options.country) }),
      t('datasets.initiatives.error.countryHint', { choices: scopeCountries.join(', ') }),
    );
  ctx.io.stdout(
    options.matrix === true
      ? renderMatrix(data, country === undefined ? scopeCountries : [country], format, t)
      : renderList(data.initiatives(country === undefined ? {} : { iso3: country }), format, t),
  );
}
