import type { SchemaField } from './descriptors.js';

import type { Layout } from './vocabulary.js';

export { LAYOUTS } from './vocabulary.js';
export type { Layout } from './vocabulary.js';

/** Canonical observation roles a column can play. */
export type Role = 'area' | 'indicator' | 'time' | 'value' | 'unit' | 'unitMult' | 'status' | 'nature' | 'source' | 'note' | 'dimension' | 'action';

export type ColumnPlan = {
  readonly name: string;
  readonly index: number;
  readonly role: Role | undefined;
  readonly field: SchemaField;
  /** The column is a year column of a wide layout (its header is the year). */
  readonly wideYear?: number;
};

export type LayoutPlan = {
  readonly layout: Layout;
  readonly columns: readonly ColumnPlan[];
  /** SDMX-CSV `labels=both`: cells are `ID: Name` (keep the ID). */
  readonly labelsBoth: boolean;
  /** Area codes are UN M49 numbers (UN SDG). */
  readonly m49: boolean;
  /** Describes the layout for the `csv/layout` finding. */
  readonly description: string;
};

const norm = (s: string): string => s.trim().toLowerCase().replace(/[\s_.-]+/g, '');

const LONG_ROLES: Record<string, Role> = {
  iso3: 'area',
  iso: 'area',
  country: 'area',
  countrycode: 'area',
  countryiso3: 'area',
  refarea: 'area',
  area: 'area',
  geo: 'area',
  economy: 'area',
  indicator: 'indicator',
  indicatorcode: 'indicator',
  indicatorid: 'indicator',
  series: 'indicator',
  seriescode: 'indicator',
  year: 'time',
  time: 'time',
  timeperiod: 'time',
  period: 'time',
  value: 'value',
  obsvalue: 'value',
  unit: 'unit',
  units: 'unit',
  unitmeasure: 'unit',
  unitmult: 'unitMult',
  status: 'status',
  obsstatus: 'status',
  flag: 'status',
  source: 'source',
  note: 'note',
  notes: 'note',
  footnote: 'note',
  // Russian and Kazakh column names (compared trimmed, in lower case, without spaces)
  страна: 'area',
  кодстраны: 'area',
  ел: 'area',
  елкоды: 'area',
  показатель: 'indicator',
  кодпоказателя: 'indicator',
  көрсеткіш: 'indicator',
  көрсеткішкоды: 'indicator',
  год: 'time',
  период: 'time',
  жыл: 'time',
  кезең: 'time',
  значение: 'value',
  мән: 'value',
  единица: 'unit',
  единицаизмерения: 'unit',
  бірлік: 'unit',
  өлшембірлігі: 'unit',
  источник: 'source',
  дереккөз: 'source',
  примечание: 'note',
  ескертпе: 'note',
};

const SDMX_ROLES: Record<string, Role> = {
  REF_AREA: 'area',
  GEO: 'area',
  GEO_AREA: 'area',
  INDICATOR: 'indicator',
  SERIES: 'indicator',
  SERIES_CODE: 'indicator',
  TIME_PERIOD: 'time',
  OBS_VALUE: 'value',
  UNIT_MEASURE: 'unit',
  UNIT_MULT: 'unitMult',
  OBS_STATUS: 'status',
  ACTION: 'action',
  COMMENT_OBS: 'note',
  SOURCE_DETAIL: 'source',
};
const SDMX_NON_DIMENSIONS = new Set([
  'DATAFLOW',
  'STRUCTURE',
  'STRUCTURE_ID',
  'STRUCTURE_NAME',
  'SERIES_KEY',
  'OBS_KEY',
  'DECIMALS',
  'OBS_CONF',
  'OBS_PRE_BREAK',
  'TIME_FORMAT',
  'UNIT_MULT',
  'UNIT_MEASURE',
  'OBS_STATUS',
  'OBS_VALUE',
  'TIME_PERIOD',
  'COMMENT_OBS',
  'SOURCE_DETAIL',
  'ACTION',
  'NATURE',
]);

const SDG_ROLES: Record<string, Role> = {
  GeoAreaCode: 'area',
  SeriesCode: 'indicator',
  TimePeriod: 'time',
  Value: 'value',
  Nature: 'nature',
  Source: 'source',
  FootNote: 'note',
  '[Units]': 'unit',
  Units: 'unit',
};

/**
 * The columns each layout is recognised by, as `layout: columns` (the long layout in its English, Russian and
 * Kazakh names): what the `csv/unrecognised-header` finding lists when a header matches none of them.
 */
export const EXPECTED_HEADERS: readonly string[] = [
  'long: iso3, indicator, year, value',
  'long (ru): страна, показатель, год, значение',
  'long (kk): ел, көрсеткіш, жыл, мән',
  'wdi-wide: Country Name, Country Code, Indicator Name, Indicator Code, 1960…',
  'sdg-long: GeoAreaCode, SeriesCode, TimePeriod, Value',
  'sdmx-csv-1: DATAFLOW, REF_AREA, INDICATOR, TIME_PERIOD, OBS_VALUE',
  'sdmx-csv-2: STRUCTURE, STRUCTURE_ID, ACTION, REF_AREA, INDICATOR, TIME_PERIOD, OBS_VALUE',
];

const text = (name: string): SchemaField => ({ name, type: 'string' });

/** First line of a WDI bulk file: `"Data Source","World Development Indicators",`. */
export const isWdiPreamble = (cells: readonly string[]): boolean => cells[0]?.trim() === 'Data Source';

/** Finds the WDI header among preamble records (never a fixed skip). */
export const isWdiHeader = (cells: readonly string[]): boolean =>
  cells[0] === 'Country Name' && cells[1] === 'Country Code' && cells[2] === 'Indicator Name' && cells[3] === 'Indicator Code';

const sdmxId = (h: string): string => {
  const i = h.indexOf(':');
  return (i === -1 ? h : h.slice(0, i)).trim();
};

/**
 * Detects the layout from the header cells and plans the columns: role, default Table Schema field.
 * `forced` overrides detection (`--layout`).
 */
export function planLayout(header: readonly string[], forced?: Layout): LayoutPlan {
  const first = header[0]?.trim() ?? '';
  const has = (n: string): boolean => header.includes(n);
  let layout: Layout =
    forced ??
    (/^DATAFLOW$/.test(sdmxId(first))
      ? 'sdmx-csv-1'
      : /^STRUCTURE(\[.\])?$/.test(first)
        ? 'sdmx-csv-2'
        : isWdiHeader(header)
          ? 'wdi-wide'
          : has('GeoAreaCode') && has('TimePeriod') && has('Value')
            ? 'sdg-long'
            : 'long');
  switch (layout) {
    case 'wdi-wide': {
      const columns: ColumnPlan[] = header.map((name, index) => {
        if (index === 0) return { name, index, role: undefined, field: text(name) };
        if (index === 1) return { name, index, role: 'area', field: { name, type: 'string', constraints: { required: true } } };
        if (index === 2) return { name, index, role: undefined, field: text(name) };
        if (index === 3) return { name, index, role: 'indicator', field: { name, type: 'string', constraints: { required: true } } };
        const y = /^\d{4}$/.test(name.trim()) ? Number(name.trim()) : undefined;
        if (y !== undefined) return { name, index, role: 'value', wideYear: y, field: { name, type: 'number' } };
        return { name, index, role: undefined, field: { name, type: 'any' } };
      });
      return { layout, columns, labelsBoth: false, m49: false, description: `WDI wide bulk CSV (${columns.filter((c) => c.wideYear !== undefined).length} year columns)` };
    }
    case 'sdmx-csv-1':
    case 'sdmx-csv-2': {
      const ids = header.map(sdmxId);
      const labelsBoth = header.some((h) => h.includes(':') && !/^DATAFLOW$/.test(h.trim()) && /^[A-Z_][A-Z0-9_]*: /.test(h));
      const columns: ColumnPlan[] = ids.map((id, index) => {
        const name = header[index]!;
        const role = SDMX_ROLES[id.replace(/\[\]$/, '')] ?? (SDMX_NON_DIMENSIONS.has(id) || index === 0 ? undefined : 'dimension');
        const field: SchemaField =
          role === 'value'
            ? { name, type: 'number', missingValues: ['', 'NaN', ...(layout === 'sdmx-csv-2' ? ['-'] : [])] }
            : role === 'area' || role === 'indicator' || role === 'time'
              ? { name, type: 'string', constraints: { required: true } }
              : text(name);
        return { name, index, role, field };
      });
      return {
        layout,
        columns,
        labelsBoth,
        m49: false,
        description: `${layout === 'sdmx-csv-1' ? 'SDMX-CSV 1.0' : 'SDMX-CSV 2.0'}${labelsBoth ? ' (labels=both)' : ''}`,
      };
    }
    case 'sdg-long': {
      const columns: ColumnPlan[] = header.map((name, index) => {
        const role = SDG_ROLES[name] ?? (/^\[.*\]$/.test(name) ? 'dimension' : undefined);
        const field: SchemaField =
          role === 'value'
            ? { name, type: 'string' }
            : role === 'time'
              ? { name, type: 'year', constraints: { required: true } }
              : role === 'area' || role === 'indicator'
                ? { name, type: 'string', constraints: { required: true } }
                : text(name);
        return { name, index, role, field };
      });
      return { layout, columns, labelsBoth: false, m49: true, description: 'UN SDG long export' };
    }
    case 'long':
    case 'table': {
      const seen = new Set<Role>();
      const columns: ColumnPlan[] = header.map((name, index) => {
        let role: Role | undefined = LONG_ROLES[norm(name)];
        if (role && seen.has(role)) role = undefined;
        if (role) seen.add(role);
        const field: SchemaField =
          role === 'value'
            ? { name, type: 'number' }
            : role === 'time'
              ? { name, type: 'year', constraints: { required: true } }
              : role === 'area' || role === 'indicator'
                ? { name, type: 'string', constraints: { required: true } }
                : text(name);
        return { name, index, role, field };
      });
      const complete = seen.has('area') && seen.has('indicator') && seen.has('time') && seen.has('value');
      if (layout === 'long' && !complete && !forced) layout = 'table';
      return {
        layout,
        columns,
        labelsBoth: false,
        m49: false,
        description: layout === 'long' ? 'long (country, indicator, year, value)' : 'plain table',
      };
    }
  }
}
