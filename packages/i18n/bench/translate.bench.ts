/*
 * `pnpm --filter @dsc/i18n bench`: cost of our layers over the bare libraries, measured in the same run.
 * - t(): typed lookup + cached compiled message, vs a precompiled IntlMessageFormat (baseline).
 * - kk-Latn t(): the same plus transliteration.
 * - Kazakh numbers without Kazakh ICU data (our tables, as in Chromium), vs native Intl.NumberFormat('kk').
 * - checkProjectCatalogs(): the whole catalogue check.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { checkProjectCatalogs, createTranslator, getMessages, getNumberFormatter, setKazakhIntlMode } from '../src/index.js';

declare const console: { log(...parts: unknown[]): void };
declare const performance: { now(): number };

const time = (label: string, n: number, fn: (i: number) => unknown): number => {
  for (let i = 0; i < Math.min(n, 1000); i++) fn(i); // warm up
  const start = performance.now();
  let sink = 0;
  for (let i = 0; i < n; i++) sink += String(fn(i)).length;
  const ms = performance.now() - start;
  const perOp = (ms * 1e6) / n;
  console.log(`${label.padEnd(48)} ${perOp.toFixed(0).padStart(7)} ns/op  (${n} ops, ${ms.toFixed(1)} ms, ${sink > 0 ? 'ok' : '-'})`);
  return perOp;
};

const N = 200_000;
const ru = getMessages('ru');
const baseline = new IntlMessageFormat(ru['common.count.indicators'], 'ru');
const base = time('baseline: IntlMessageFormat#format (ru plural)', N, (i) => baseline.format({ count: i }));
const { t } = createTranslator('ru', ru);
const ours = time('t() ru plural', N, (i) => t('common.count.indicators', { count: i }));
const latin = createTranslator('kk-Latn', getMessages('kk'));
const lat = time('t() kk-Latn (with transliteration)', N, (i) => latin.t('common.duration.years', { count: i }));
console.log(`ratio t()/baseline: ${(ours / base).toFixed(2)}   kk-Latn/baseline: ${(lat / base).toFixed(2)}`);

const native = new Intl.NumberFormat('kk', { style: 'currency', currency: 'KZT' });
const nat = time('baseline: Intl.NumberFormat("kk") currency', N, (i) => native.format(i * 1.5));
setKazakhIntlMode('fallback');
const fallback = getNumberFormatter('kk', { style: 'currency', currency: 'KZT' });
const fb = time('kk currency from our tables (Chromium path)', N, (i) => fallback.format(i * 1.5));
setKazakhIntlMode('auto');
console.log(`ratio fallback/native: ${(fb / nat).toFixed(2)}`);

const start = performance.now();
const report = checkProjectCatalogs();
console.log(`checkProjectCatalogs: ${report.keys} keys × ${report.locales.length} locales in ${(performance.now() - start).toFixed(0)} ms`);
