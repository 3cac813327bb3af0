import { describe, expect, it } from 'vitest';
import {
  AreaCode,
  IndicatorCode,
  IsoDate,
  IsoPartialDate,
  isCurrencyCode,
  isIsoAlpha2,
  isIsoAlpha3,
  isM49,
  suggestAlpha3,
} from './codes.js';

describe('code validators', () => {
  it('knows the eight countries and refuses look-alikes', () => {
    for (const c of ['AFG', 'AZE', 'KAZ', 'KGZ', 'MNG', 'TJK', 'TKM', 'UZB']) expect(isIsoAlpha3(c)).toBe(true);
    expect(isIsoAlpha3('KAX')).toBe(false);
    expect(isIsoAlpha3('kaz')).toBe(false);
    expect(isIsoAlpha2('KZ')).toBe(true);
    expect(isIsoAlpha2('KK')).toBe(false);
  });

  it('accepts M49 country and region codes', () => {
    expect(isM49('398')).toBe(true); // Kazakhstan
    expect(isM49('143')).toBe(true); // Central Asia
    expect(isM49('999')).toBe(false);
    expect(isM49('43')).toBe(false);
  });

  it('accepts ISO 4217 currencies of the region', () => {
    for (const c of ['KZT', 'KGS', 'TJS', 'TMT', 'UZS', 'MNT', 'AFN', 'AZN', 'USD']) expect(isCurrencyCode(c)).toBe(true);
    expect(isCurrencyCode('KZZ')).toBe(false);
  });

  it('accepts aggregates as areas but not invented codes', () => {
    expect(AreaCode.safeParse('WLD').success).toBe(true);
    expect(AreaCode.safeParse('UN_CSA').success).toBe(true);
    expect(AreaCode.safeParse('XYZ').success).toBe(false);
  });

  it('suggests the code a user probably meant', () => {
    expect(suggestAlpha3('KAX')).toContain('KAZ');
    expect(suggestAlpha3(' kaz ')).toEqual(['KAZ']);
  });

  it('checks that dates exist', () => {
    expect(IsoDate.safeParse('2024-02-29').success).toBe(true);
    expect(IsoDate.safeParse('2023-02-29').success).toBe(false);
    expect(IsoDate.safeParse('2023-13-01').success).toBe(false);
    expect(IsoPartialDate.safeParse('2017').success).toBe(true);
    expect(IsoPartialDate.safeParse('2017-13').success).toBe(false);
  });

  it('accepts the indicator code styles of WDI, the SDG database and UN DESA', () => {
    for (const c of ['IT.NET.USER.ZS', 'IT_MOB_4GNTWK', 'EGDI']) expect(IndicatorCode.safeParse(c).success).toBe(true);
    for (const c of ['', 'IT..NET', '.X', 'a b']) expect(IndicatorCode.safeParse(c).success).toBe(false);
  });
});
