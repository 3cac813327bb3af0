/**
 * Converts the raw CSV folder into the committed data folder of @dsc/datasets (`data/`).
 *
 *   pnpm --filter @dsc/datasets import-raw -- --raw <dir>          write data/**
 *   pnpm --filter @dsc/datasets import-raw -- --raw <dir> --check  exit 1 when the committed data differ
 *   options: --out <dir> write elsewhere than data/; --partial accept a folder with only some of the files
 * Exit codes: 0 done / up to date, 1 data errors or differences, 2 usage error, 3 unreadable folder.
 * The typed modules are then written from data/ by `pnpm --filter @dsc/datasets generate` (also run by the build).
 */
import { importRaw } from './import-raw-command.js';

process.exitCode = importRaw(process.argv.slice(2), console);
