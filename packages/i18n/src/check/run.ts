/* `pnpm --filter @dsc/i18n i18n:check`: checks the project catalogues, exit 1 on any problem. */
import { getMessages } from '../catalogs.js';
import { createTranslator } from '../translator.js';
import { formatCheckReport } from './format.js';
import { checkProjectCatalogs } from './project.js';

/** The Node globals this script uses (the package itself does not depend on Node types). */
declare const process: {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  exitCode?: number;
};

const report = checkProjectCatalogs();
const out = formatCheckReport(report, createTranslator('en', getMessages('en')));
(report.ok ? process.stdout : process.stderr).write(out);
process.exitCode = report.ok ? 0 : 1;
