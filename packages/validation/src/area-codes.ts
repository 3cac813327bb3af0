// ISO 3166-1 and UN M49 checks of @dsc/domain (its zod-free entry: the validator starts without zod).
import { alpha2ToAlpha3, isIsoAlpha2, isIsoAlpha3, isM49, numericToAlpha3, suggestAlpha3 } from '@dsc/domain/code-lists';
import type { FindingHint } from './finding.js';
import { fixedHint } from './finding.js';
import { findInvisible, homoglyphs, own } from './text-checks.js';

const geoAreaCodeHint = fixedHint('geo_area_code');
const alpha3CodeHint = fixedHint('alpha3_code');

/**
 * World Bank area codes that are not ISO 3166-1 alpha-3 (WDI country list): XKX (Kosovo) and CHI (Channel Islands).
 * The `wb_code` message names each area in the reader's language.
 */
const WB_NON_ISO_COUNTRY_CODES: ReadonlySet<string> = new Set(['XKX', 'CHI']);

/** WDI aggregate codes (regions, income groups, lending groups, demographic groups). */
export const WDI_AGGREGATE_CODES: readonly string[] = [
  'AFE', 'AFW', 'ARB', 'CEB', 'CSS', 'EAP', 'EAR', 'EAS', 'ECA', 'ECS', 'EMU', 'EUU', 'FCS', 'HIC', 'HPC', 'IBD',
  'IBT', 'IDA', 'IDB', 'IDX', 'INX', 'LAC', 'LCN', 'LDC', 'LIC', 'LMC', 'LMY', 'LTE', 'MEA', 'MIC', 'MNA', 'NAC',
  'OED', 'OSS', 'PRE', 'PSS', 'PST', 'SAS', 'SSA', 'SSF', 'SST', 'TEA', 'TEC', 'TLA', 'TMN', 'TSA', 'TSS', 'UMC', 'WLD',
];

export type AreaVerdict =
  | { kind: 'ok'; iso3?: string }
  | { kind: 'aggregate' }
  | { kind: 'wb-code' }
  | { kind: 'invisible'; at: number }
  | { kind: 'mixed-script'; at: number; latin: string }
  | { kind: 'bad'; rule: 'ind/country-code' | 'sdg/m49-code'; /** Built with the finding (only for kept samples). */ hint: () => FindingHint; expected: string };

/** Checks area codes with a per-code cache (codes repeat on every row). */
export class AreaChecker {
  private readonly cache = new Map<string, AreaVerdict>();
  private readonly allowed: Set<string>;

  constructor(
    extraAggregates: readonly string[] = [],
    private readonly m49: boolean = false,
  ) {
    this.allowed = new Set([...WDI_AGGREGATE_CODES, ...extraAggregates]);
  }

  check(code: string): AreaVerdict {
    let v = this.cache.get(code);
    if (v === undefined) {
      // a copy: the verdict's hint keeps the code, which must not keep the whole chunk of text alive
      const copy = own(code);
      v = this.compute(copy);
      if (this.cache.size < 100_000) this.cache.set(copy, v);
    }
    return v;
  }

  private compute(code: string): AreaVerdict {
    const inv = findInvisible(code);
    if (inv !== -1) return { kind: 'invisible', at: inv };
    const h = homoglyphs(code);
    if (h) return { kind: 'mixed-script', at: h.at, latin: h.latin };
    if (this.m49) {
      const padded = /^\d{1,3}$/.test(code) ? code.padStart(3, '0') : code;
      if (isM49(padded)) {
        const iso3 = numericToAlpha3(padded);
        return iso3 ? { kind: 'ok', iso3 } : { kind: 'aggregate' };
      }
      return { kind: 'bad', rule: 'sdg/m49-code', expected: 'a UN M49 code (three digits, e.g. 398)', hint: geoAreaCodeHint };
    }
    if (isIsoAlpha3(code)) return { kind: 'ok' };
    if (this.allowed.has(code)) return { kind: 'aggregate' };
    if (WB_NON_ISO_COUNTRY_CODES.has(code)) return { kind: 'wb-code' };
    const expected = 'an ISO 3166-1 alpha-3 code (e.g. KAZ) or an allowed aggregate';
    const up = code.toUpperCase();
    if (up !== code && (isIsoAlpha3(up) || this.allowed.has(up))) return { kind: 'bad', rule: 'ind/country-code', expected, hint: () => ({ code: 'upper_case_code', params: { code: up } }) };
    if (isIsoAlpha2(up)) {
      const a3 = alpha2ToAlpha3(up);
      return { kind: 'bad', rule: 'ind/country-code', expected, hint: () => ({ code: 'alpha2_code', params: { code, alpha3: a3 ?? '?' } }) };
    }
    if (/^\d{1,3}$/.test(code) && isM49(code.padStart(3, '0'))) {
      const a3 = numericToAlpha3(code.padStart(3, '0'));
      return {
        kind: 'bad',
        rule: 'ind/country-code',
        expected,
        hint: a3 ? () => ({ code: 'numeric_code', params: { code, alpha3: a3 } }) : () => ({ code: 'region_code', params: { code } }),
      };
    }
    const s = suggestAlpha3(code);
    return {
      kind: 'bad',
      rule: 'ind/country-code',
      expected,
      hint: s.length ? () => ({ code: 'did_you_mean', params: { codes: s.slice(0, 5).map((x) => `"${x}"`).join(', ') } }) : alpha3CodeHint,
    };
  }
}
