import { readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { DisplayLocale } from '@dsc/i18n';
import {
  checkCatalogs,
  checkProjectCatalogs,
  createTranslator,
  formatCheckReport,
  getMessages,
  catalogLocale,
  projectLoanLetters,
  supportedLocales,
} from '@dsc/i18n';
import { CliError } from '../cli-error.js';
import { readJson } from '../io.js';
import type { RegisterCommand } from '../main.js';

const DISPLAY = ['en', 'ru', 'kk', 'kk-Latn'] as const;
const FORMATS = ['text', 'json'] as const;

type Options = { dir?: string; format?: string; lang?: string; strictLatin?: boolean };

/**
 * Reads JSON catalogues from a folder: `<dir>/<locale>.json` and/or `<dir>/<namespace>/<locale>.json`,
 * each a flat object of key → ICU string.
 */
async function readCatalogDir(dir: string, cwd: string): Promise<Record<string, Record<string, string>>> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    throw new CliError('unreadable', `${relative(cwd, dir) || dir}: cannot read the folder`, 'Pass a folder holding en.json, ru.json, kk.json.');
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
    const data = await readJson(path);
    if (typeof data !== 'object' || data === null || Array.isArray(data))
      throw new CliError('unreadable', `${shown}: expected a JSON object of key → message`, 'Write the catalogue as { "namespace.key": "ICU message" }.');
    const catalog = (catalogs[locale] ??= {});
    for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
      if (typeof value !== 'string')
        throw new CliError('unreadable', `${shown}#/${key}: expected a string, got ${value === null ? 'null' : typeof value}`, 'Catalogues are flat: nest with dotted keys.');
      catalog[key] = value;
    }
  }
  if (!catalogs['en']) throw new CliError('usage', `${relative(cwd, dir) || dir}: no en.json found`, 'English (en.json) is the source catalogue.');
  return catalogs;
}

/** `dsc i18n check`: checks message catalogues (the toolkit's own, or JSON ones in --dir). Exit 1 on problems. */
export const registerI18n: RegisterCommand = (cli, ctx) => {
  cli
    .command('i18n <action>', 'Check message catalogues: keys, ICU syntax, plurals, placeholders, untranslated texts (action: check)')
    .option('--dir <dir>', 'Check JSON catalogues in this folder (<locale>.json or <namespace>/<locale>.json) instead of the built-in ones')
    .option('--format <format>', 'Output: text or json', { default: 'text' })
    .option('--lang <locale>', 'Language of the report: en, ru, kk or kk-Latn', { default: 'en' })
    .option(
      '--strict-latin',
      'Report the loanword letters (ё ц ч щ ъ ь э ю я) the 2021 Kazakh Latin alphabet does not cover, instead of applying the toolkit convention',
    )
    .example('dsc i18n check')
    .example('dsc i18n check --dir locales --format json')
    .action(async (action: string, options: Options) => {
      if (action !== 'check') throw new CliError('usage', `unknown i18n action "${action}"`, 'Use "dsc i18n check".');
      const format = options.format ?? 'text';
      if (!(FORMATS as readonly string[]).includes(format))
        throw new CliError('usage', `unknown --format "${format}"`, `Use one of: ${FORMATS.join(', ')}.`);
      const lang = options.lang ?? 'en';
      if (!(DISPLAY as readonly string[]).includes(lang))
        throw new CliError('usage', `unknown --lang "${lang}"`, `Use one of: ${DISPLAY.join(', ')}.`);
      const display = lang as DisplayLocale;
      const loanLetters = options.strictLatin ? 'keep' : projectLoanLetters;
      const report = options.dir
        ? checkCatalogs({
            catalogs: await readCatalogDir(resolve(ctx.io.cwd, options.dir), ctx.io.cwd),
            transliteration: { loanLetters },
          })
        : checkProjectCatalogs({ transliteration: { loanLetters } });
      if (format === 'json') ctx.io.stdout(JSON.stringify(report, null, 2) + '\n');
      else {
        const text = formatCheckReport(report, createTranslator(display, getMessages(catalogLocale(display))));
        ctx.io.stdout(text);
      }
      if (!report.ok) ctx.exitCode = 1;
    });
};
