import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseDocumentOf } from '@dsc/domain';
import type { Translator } from '@dsc/i18n';
import { fromMspdi, mspdiImportLosses } from '@dsc/roadmap';
import { CliError } from '../cli-error.js';
import type { CommandContext } from '../io.js';
import { readInput } from '../io.js';
import { refuseUnsafeOutputs, writeOutput } from '../output-file.js';
import { partsText, planContents, roadmapFailure } from '../plan-file.js';

/** The options of `dsc import` (declared in cli.ts). */
export type ImportOptions = { out?: string; id?: string; force?: boolean };

/**
 * Refuses (exit 2) to replace an existing `--out` file without `--force`, saying what it holds: the plan's title
 * and its activities, budget lines, KPIs, risks, scenarios…, or that it is some other file.
 */
async function refuseReplacing(out: string, shown: string, i18n: Translator): Promise<void> {
  let text: string;
  try {
    text = await readFile(out, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    text = '';
  }
  const { t } = i18n;
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new CliError(
      'usage',
      t('cli.import.error.existsFile', { file: shown }),
      t('cli.import.error.existsHint'),
    );
  }
  const plan = parseDocumentOf('plan', doc);
  if (!plan.ok)
    throw new CliError(
      'usage',
      t('cli.import.error.existsFile', { file: shown }),
      t('cli.import.error.existsHint'),
    );
  const title = plan.value.title[i18n.locale] ?? plan.value.title.en;
  const parts = partsText(i18n, planContents(plan.value));
  throw new CliError(
    'usage',
    t('cli.import.error.exists', { file: shown, title, parts: parts || '—' }),
    t('cli.import.error.existsHint'),
  );
}

/** `dsc import mspdi <file.xml> --out <plan.plan.json> [--force]`. */
export async function run(
  kind: string,
  file: string,
  options: ImportOptions,
  ctx: CommandContext,
): Promise<void> {
  const { t } = ctx.i18n;
  if (kind !== 'mspdi')
    throw new CliError('usage', t('cli.import.error.kind', { kind }), t('cli.import.error.kindHint'));
  const input = resolve(ctx.io.cwd, file);
  const out = options.out === undefined ? undefined : resolve(ctx.io.cwd, String(options.out));
  if (out !== undefined) {
    await refuseUnsafeOutputs([out], [input], t);
    if (options.force !== true) await refuseReplacing(out, String(options.out), ctx.i18n);
  }
  const text = (await readInput(input, t)).toString('utf8');
  const fallbackId =
    basename(file)
      .replace(/\.[^.]*$/, '')
      .replace(/[^A-Za-z0-9._:-]/g, '-')
      .replace(/^[^A-Za-z0-9]+/, '') || 'imported';
  // The plan id a DSC export carries in its payload wins over one made from the file name.
  const r = fromMspdi(text, { ...(options.id !== undefined ? { id: options.id } : {}), fallbackId });
  if (!r.ok) {
    const where =
      r.error.code === 'mspdi_not_xml' && r.error.line !== undefined
        ? `:${r.error.line}:${r.error.column ?? 1}`
        : '';
    throw roadmapFailure(
      ctx.i18n,
      file,
      where,
      r.error,
      r.error.code === 'mspdi_not_xml' ? 'unreadable' : 'findings',
    );
  }
  const unread = mspdiImportLosses(text);
  if (unread.length > 0)
    ctx.io.stderr(`${t('cli.import.warning.unread', { file, parts: partsText(ctx.i18n, unread) })}\n`);
  const json = JSON.stringify(r.value, null, 2) + '\n';
  if (out === undefined) {
    ctx.io.stdout(json);
    return;
  }
  await writeOutput(out, json, t);
  ctx.io.stderr(
    `${t('cli.import.wrote', { activities: r.value.activities.length, dependencies: r.value.dependencies.length, file: out })}\n`,
  );
}
