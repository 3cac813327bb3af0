/** Every en message, flat: `namespace.key` → ICU MessageFormat string. Loaded on its own (`@dsc/i18n/locales/en`). */
import assessment from '../messages/assessment/en.js';
import cli from '../messages/cli/en.js';
import common from '../messages/common/en.js';
import datasets from '../messages/datasets/en.js';
import domain from '../messages/domain/en.js';
import indicators from '../messages/indicators/en.js';
import plan from '../messages/plan/en.js';
import planner from '../messages/planner/en.js';
import report from '../messages/report/en.js';
import roadmap from '../messages/roadmap/en.js';
import validation from '../messages/validation/en.js';

export const messages = { ...common, ...domain, ...cli, ...validation, ...indicators, ...roadmap, ...planner, ...plan, ...datasets, ...assessment, ...report };
