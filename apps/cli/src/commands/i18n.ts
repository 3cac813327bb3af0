import { readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { Translator } from '@dsc/i18n';
import {
  checkCatalogs,
  checkProjectCatalogs,
  createTranslator,
  displayLocales,
  formatCheckReport,
  getMessages,
  catalogLocale,
  projectLoanLetters,
  supportedLocales,
} from '@dsc/i18n';
import { CliError } from '../cli-error.js';
import { isOneOf, unknownValue } from '../flags.js';
import type { CommandContext } from '../io.js';
import { readJson } from '../io.js';

const FORMATS = ['text', 'json'] as const;

/** The options of `dsc i18n` (declared in cli.ts). */
export type I18nOptions = { dir?: string; format?: string; lang?: string; strictLatin?: boolean };

/**
 * Reads JSON catalogues from a folder: `<dir>/<locale>.json` and/or `<dir>/<namespace>/<locale>.json`,
 * each a flat object of key → ICU string.
 */
async function readCatalogDir(dir: string, cwd: string, t: Translator['t']): Promise<Record<string, Record<string, string>>> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    throw new CliError('unreadable', t('cli.i18n.error.folder', { dir: relative(cwd, dir) || dir }), t('cli.i18n.error.folderHint'));
  }
  const files: { locale: string; path: string }[] = [];
  const add = (folder: string, names: readonly string[]): void => {
    for (const locale of supportedLocales) if (names.includes(`${locale}.json`)) files.push({ locale, path: join(folder, `${locale}.json`) });
  };
  add(
    dir,
    entries.filter((e) => e.isFile()).map((e) => e.name),
  );
  for (const sub of entries.filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
    add(join(dir, sub), await readdir(join(dir, sub)));
  }
  const catalogs: Record<string, Record<string, string>> = {};
  for (const { locale, path } of files) {
    const shown = relative(cwd, path);
    const data = await readJson(path, t);
    if (typeof data !== 'object' || data === null || Array.isArray(data))
      throw new CliError('unreadable', t('cli.i18n.error.notObject', { file: shown }), t('cli.i18n.error.notObjectHint'));
    const catalog = (catalogs[locale] ??= {});
    for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
      if (typeof value !== 'string')
        throw new CliError(
          'unreadable',
          t('cli.i18n.error.notString', { file: shown, key, type: value === null ? 'null' : typeof value }),
          t('cli.i18n.error.notStringHint'),
        );
      catalog[key] = value;
    }
  }
  if (!catalogs['en']) throw new CliError('usage', t('cli.i18n.error.noEnglish', { dir: relative(cwd, dir) || dir }), t('cli.i18n.error.noEnglishHint'));
  return catalogs;
}

/** `dsc i18n check`: checks message catalogues (the toolkit's own, or JSON ones in --dir). Exit 1 on problems. */
export async function run(action: string, options: I18nOptions, ctx: CommandContext): Promise<void> {
  const { t } = ctx.i18n;
  if (action !== 'check') throw new CliError('usage', t('cli.i18n.error.action', { action }), t('cli.i18n.error.actionHint'));
  const format = options.format ?? 'text';
  if (!isOneOf(format, FORMATS)) throw unknownValue(t, '--format', format, FORMATS);
  const display = options.lang ?? 'en';
  if (!isOneOf(display, displayLocales)) throw unknownValue(t, '--lang', display, displayLocales);
  const loanLetters = options.strictLatin ? 'keep' : projectLoanLetters;
  const report = options.dir
    ? checkCatalogs({
        catalogs: await readCatalogDir(resolve(ctx.io.cwd, options.dir), ctx.io.cwd, t),
        transliteration: { loanLetters },
      })
    : checkProjectCatalogs({ transliteration: { loanLetters } });
  if (format === 'json') ctx.io.stdout(JSON.stringify(report, null, 2) + '\n');
  else ctx.io.stdout(formatCheckReport(report, createTranslator(display, getMessages(catalogLocale(display)))));
  if (!report.ok) ctx.exitCode = 1;
}
