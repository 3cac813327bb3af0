/** Every ru message, flat: `namespace.key` → ICU MessageFormat string. Loaded on its own (`@dsc/i18n/locales/ru`). */
import assessment from '../messages/assessment/ru.js';
import cli from '../messages/cli/ru.js';
import common from '../messages/common/ru.js';
import datasets from '../messages/datasets/ru.js';
import domain from '../messages/domain/ru.js';
import indicators from '../messages/indicators/ru.js';
import plan from '../messages/plan/ru.js';
import planner from '../messages/planner/ru.js';
import report from '../messages/report/ru.js';
import roadmap from '../messages/roadmap/ru.js';
import validation from '../messages/validation/ru.js';
import type { Messages } from '../types.js';

export const messages: Messages = { ...common, ...domain, ...cli, ...validation, ...indicators, ...roadmap, ...planner, ...plan, ...datasets, ...assessment, ...report };
