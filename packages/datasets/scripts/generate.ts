/**
 * Writes the typed modules of @dsc/datasets from its committed data (run by the build).
 *
 *   pnpm --filter @dsc/datasets generate            write src/data/** and src/sample-plan/dsc-roadmap.plan.json
 *   pnpm --filter @dsc/datasets generate -- --check  exit 1 when the committed modules differ from the data
 */
import { generateCommand } from './generate-command.js';

process.exitCode = generateCommand(process.argv.slice(2), console);
