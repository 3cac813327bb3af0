import { join, resolve } from 'node:path';
import { allJsonSchemas } from '@dsc/domain';
import { CliError } from '../cli-error.js';
import type { CommandContext } from '../io.js';
import { refuseUnsafeOutputs, writeOutput } from '../output-file.js';

/** The options of `dsc schema` (declared in cli.ts). */
export type SchemaOptions = { out?: string };

/** `dsc schema export --out <dir>`: one JSON Schema (2020-12) file per document kind. */
export async function run(action: string, options: SchemaOptions, ctx: CommandContext): Promise<void> {
  const { t } = ctx.i18n;
  if (action !== 'export') throw new CliError('usage', t('cli.schema.unknownAction', { action }), t('cli.schema.usageHint'));
  if (!options.out || typeof options.out !== 'string') throw new CliError('usage', t('cli.schema.missingOut'), t('cli.schema.usageHint'));
  const dir = resolve(ctx.io.cwd, options.out);
  const schemas = allJsonSchemas();
  await refuseUnsafeOutputs(Object.keys(schemas).map((kind) => join(dir, `${kind}.schema.json`)), [], t);
  for (const [kind, schema] of Object.entries(schemas)) {
    await writeOutput(join(dir, `${kind}.schema.json`), JSON.stringify(schema, null, 2) + '\n', t);
  }
  ctx.io.stdout(`${t('cli.schema.wrote', { count: Object.keys(schemas).length, dir })}\n`);
}
