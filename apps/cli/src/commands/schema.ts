import { join, resolve } from 'node:path';
import { allJsonSchemas } from '@dsc/domain';
import { CliError } from '../cli-error.js';
import { writeFileAtomic } from '../io.js';
import type { RegisterCommand } from '../main.js';

/** `dsc schema export --out <dir>`: one JSON Schema (2020-12) file per document kind. */
export const registerSchema: RegisterCommand = (cli, ctx) => {
  const { t } = ctx.i18n;
  cli
    .command('schema <action>', t('cli.schema.description'))
    .option('--out <dir>', t('cli.schema.option.out'))
    .example('dsc schema export --out schemas')
    .action(async (action: string, options: { out?: string }) => {
      if (action !== 'export') throw new CliError('usage', t('cli.schema.unknownAction', { action }), t('cli.schema.usageHint'));
      if (!options.out || typeof options.out !== 'string')
        throw new CliError('usage', t('cli.schema.missingOut'), t('cli.schema.usageHint'));
      const dir = resolve(ctx.io.cwd, options.out);
      const schemas = allJsonSchemas();
      for (const [kind, schema] of Object.entries(schemas)) {
        await writeFileAtomic(join(dir, `${kind}.schema.json`), JSON.stringify(schema, null, 2) + '\n');
      }
      ctx.io.stdout(`${t('cli.schema.wrote', { count: Object.keys(schemas).length, dir })}\n`);
    });
};
