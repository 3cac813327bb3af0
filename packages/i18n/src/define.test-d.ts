/* Type tests: checked by `tsc` (pnpm typecheck). Each @ts-expect-error must be an error, or tsc fails. */
import { defineMessages, defineTranslation } from './define.js';
import type { IcuArgNames, IcuValues } from './icu-types.js';
import { createTranslator } from './translator.js';
import { getMessages } from './catalogs.js';

const en = defineMessages('demo')({
  'demo.plain': 'Hello',
  'demo.named': 'Hello, {name}',
  'demo.plural': '{count, plural, one {# file in {folder}} other {# files in {folder}}}',
  'demo.select': '{kind, select, plan {plan} dataset {dataset} other {document}}',
});

void en;

// @ts-expect-error a key outside the namespace
defineMessages('demo')({ 'other.key': 'x' });

defineTranslation<typeof en>()({
  'demo.plain': 'Привет',
  'demo.named': 'Привет, {name}',
  'demo.plural': '{count, plural, one {# файл в {folder}} few {# файла в {folder}} many {# файлов в {folder}} other {# файла в {folder}}}',
  'demo.select': '{kind, select, plan {план} dataset {набор данных} other {документ}}',
});

// @ts-expect-error a missing key
defineTranslation<typeof en>()({
  'demo.plain': 'Привет',
  'demo.named': 'Привет, {name}',
  'demo.plural': '{count, plural, other {# файла в {folder}}}',
});

defineTranslation<typeof en>()({
  'demo.plain': 'Привет',
  // @ts-expect-error a misspelt placeholder
  'demo.named': 'Привет, {nmae}',
  'demo.plural': '{count, plural, other {# файла в {folder}}}',
  'demo.select': '{kind, select, other {документ}}',
});

defineTranslation<typeof en>()({
  'demo.plain': 'Привет',
  'demo.named': 'Привет, {name}',
  // @ts-expect-error a nested placeholder dropped
  'demo.plural': '{count, plural, other {# файла}}',
  'demo.select': '{kind, select, other {документ}}',
});

defineTranslation<typeof en>()({
  'demo.plain': 'Привет',
  'demo.named': 'Привет, {name}',
  'demo.plural': '{count, plural, other {# файла в {folder}}}',
  'demo.select': '{kind, select, other {документ}}',
  // @ts-expect-error an extra key
  'demo.extra': 'x',
});

// Branch texts of select/plural are not placeholders.
const selectNames: IcuArgNames<(typeof en)['demo.select']> = 'kind';
const pluralValues: IcuValues<(typeof en)['demo.plural']> = { count: 2, folder: 'data' };
// @ts-expect-error count must be a number
const badPlural: IcuValues<(typeof en)['demo.plural']> = { count: 'two', folder: 'data' };
void selectNames;
void pluralValues;
void badPlural;

const { t } = createTranslator('en', getMessages('en'));
t('common.action.save');
t('common.count.indicators', { count: 3 });
// @ts-expect-error unknown key
t('common.nope');
// @ts-expect-error missing values
t('common.count.indicators');
// @ts-expect-error wrong value name
t('common.count.indicators', { n: 3 });
