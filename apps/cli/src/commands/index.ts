import type { RegisterCommand } from '../main.js';
import { registerI18n } from './i18n.js';
import { registerExport } from './export.js';
import { registerImport } from './import.js';
import { registerSchedule } from './schedule.js';
import { registerSchema } from './schema.js';
import { registerValidate } from './validate.js';
import { registerComputeIndex } from './compute-index.js';

/** Every `dsc` command, one file each in this folder. Add a command by adding its register function here. */
export const commands: readonly RegisterCommand[] = [registerSchema, registerSchedule, registerExport, registerImport, registerI18n, registerComputeIndex, registerValidate];
