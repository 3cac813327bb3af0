import { basename, resolve } from 'node:path';
import { fromMspdi } from '@dsc/roadmap';
import { CliError } from '../cli-error.js';
import type { CommandContext } from '../io.js';
import { readInput, writeFileAtomic } from '../io.js';
import { roadmapFailure } from '../plan-file.js';

/** The options of `dsc import` (declared in cli.ts). */
export type ImportOptions = { out?: string; id?: string };

/** `dsc import mspdi <file.xml> --out <plan.plan.json>`. */
export async function run(kind: string, file: string, options: ImportOptions, ctx: CommandContext): Promise<void> {
  const { t } = ctx.i18n;
  if (kind !== 'mspdi') throw new CliError('usage', t('cli.import.error.kind', { kind }), t('cli.import.error.kindHint'));
  const text = (await readInput(resolve(ctx.io.cwd, file), t)).toString('utf8');
  const fallbackId = basename(file).replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9._:-]/g, '-').replace(/^[^A-Za-z0-9]+/, '') || 'imported';
  const r = fromMspdi(text, { id: options.id ?? fallbackId });
  if (!r.ok) {
    const where = r.error.code === 'mspdi_not_xml' && r.error.line !== undefined ? `:${r.error.line}:${r.error.column ?? 1}` : '';
    throw roadmapFailure(ctx.i18n, file, where, r.error, r.error.code === 'mspdi_not_xml' ? 'unreadable' : 'findings');
  }
  const json = JSON.stringify(r.value, null, 2) + '\n';
  if (options.out === undefined) {
    ctx.io.stdout(json);
    return;
  }
  const out = resolve(ctx.io.cwd, options.out);
  await writeFileAtomic(out, json);
  ctx.io.stderr(`${t('cli.import.wrote', { activities: r.value.activities.length, dependencies: r.value.dependencies.length, file: out })}\n`);
}
