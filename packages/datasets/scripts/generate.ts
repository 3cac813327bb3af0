/**
 * Writes the typed modules of @dsc/datasets from its committed data (run by the build).
 *
 *   pnpm --filter @dsc/datasets generate            write src/data/** and src/sample-plan/dsc-roadmap.plan.json
 *   pnpm --filter @dsc/datasets generate -- --check  exit 1 when the committed modules differ from the data
 *
 * Typed modules rather than JSON imports: the compiler checks every row against the domain types (statuses,
 * source ids, instrument and code-list shapes) with no cast, and each observation file stays a chunk of its own,
 * loaded on demand. The roadmap is a plan document, so the package imports its JSON copy and parses it on load.
 */
import { generateCommand } from './generate-command.js';

process.exitCode = generateCommand(process.argv.slice(2), console);
