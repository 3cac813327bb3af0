import { basename, resolve } from 'node:path';
import { fromMspdi } from '@dsc/roadmap';
import { CliError } from '../cli-error.js';
import { errorText } from './schedule.js';
import { readInput, writeFileAtomic } from '../io.js';
import type { RegisterCommand } from '../main.js';

/** `dsc import mspdi <file.xml> --out <plan.plan.json>`. */
export const registerImport: RegisterCommand = (cli, ctx) => {
  const { t } = ctx.i18n;
  cli
    .command('import <kind> <file>', t('cli.import.description'))
    .option('--out <file>', t('cli.import.option.out'))
    .option('--id <id>', t('cli.import.option.id'))
    .example('dsc import mspdi project.xml --out roadmap.plan.json')
    .action(async (kind: string, file: string, options: { out?: string; id?: string }) => {
      if (kind !== 'mspdi') throw new CliError('usage', t('cli.import.error.kind', { kind }), t('cli.import.error.kindHint'));
      const text = (await readInput(resolve(ctx.io.cwd, file), t)).toString('utf8');
      const fallbackId = basename(file).replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9._:-]/g, '-').replace(/^[^A-Za-z0-9]+/, '') || 'imported';
      const r = fromMspdi(text, { id: options.id ?? fallbackId });
      if (!r.ok) {
        const d = errorText(ctx.i18n, r.error);
        const where = r.error.code === 'mspdi_not_xml' && r.error.line !== undefined ? `:${r.error.line}:${r.error.column ?? 1}` : '';
        throw new CliError(r.error.code === 'mspdi_not_xml' ? 'unreadable' : 'findings', `${file}${where}: ${d.message}`, d.hint);
      }
      const json = JSON.stringify(r.value, null, 2) + '\n';
      if (options.out === undefined) {
        ctx.io.stdout(json);
        return;
      }
      const out = resolve(ctx.io.cwd, options.out);
      await writeFileAtomic(out, json);
      ctx.io.stderr(`${t('cli.import.wrote', { activities: r.value.activities.length, dependencies: r.value.dependencies.length, file: out })}\n`);
    });
};
