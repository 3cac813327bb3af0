import type { RegisterCommand } from '../main.js';

/**
 * Every `dsc` command, one file each in this folder, loaded on demand: `dsc validate …` loads only the validator,
 * not the index engine or the document writers, which keeps start-up short. `dsc --help` (or no command) loads
 * them all to list them; `dsc --version` loads none. Add a command by adding its name and loader here.
 */
export const commandLoaders: Readonly<Record<string, () => Promise<RegisterCommand>>> = {
  schema: async () => (await import('./schema.js')).registerSchema,
  schedule: async () => (await import('./schedule.js')).registerSchedule,
  export: async () => (await import('./export.js')).registerExport,
  import: async () => (await import('./import.js')).registerImport,
  i18n: async () => (await import('./i18n.js')).registerI18n,
  index: async () => (await import('./compute-index.js')).registerComputeIndex,
  validate: async () => (await import('./validate.js')).registerValidate,
};

/**
 * The register functions of the command named by the first argument, none for `dsc --version`, or every command
 * when none matches (help and errors list them all).
 */
export async function loadCommands(argv: readonly string[]): Promise<RegisterCommand[]> {
  const name = argv[0];
  if (argv.length === 1 && (name === '--version' || name === '-v')) return [];
  const one = name !== undefined && Object.hasOwn(commandLoaders, name) ? commandLoaders[name] : undefined;
  const loaders = one ? [one] : Object.values(commandLoaders);
  return Promise.all(loaders.map((load) => load()));
}
