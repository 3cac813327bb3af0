/** Every kk message, flat: `namespace.key` → ICU MessageFormat string. Loaded on its own (`@dsc/i18n/locales/kk`). */
import assessment from '../messages/assessment/kk.js';
import cli from '../messages/cli/kk.js';
import common from '../messages/common/kk.js';
import datasets from '../messages/datasets/kk.js';
import domain from '../messages/domain/kk.js';
import indicators from '../messages/indicators/kk.js';
import plan from '../messages/plan/kk.js';
import planner from '../messages/planner/kk.js';
import report from '../messages/report/kk.js';
import roadmap from '../messages/roadmap/kk.js';
import validation from '../messages/validation/kk.js';
import type { Messages } from '../types.js';

export const messages: Messages = { ...common, ...domain, ...cli, ...validation, ...indicators, ...roadmap, ...planner, ...plan, ...datasets, ...assessment, ...report };
