import type { MessageKey } from '@dsc/i18n';

/**
 * The catalogue key of a validation rule's title: `csv/ragged-row` → `validation.rule.csv.raggedRow`. The titles
 * are in the `validation` namespace of @dsc/i18n in every locale.
 */
export const ruleTitleKey = (ruleId: string): MessageKey => {
  const [pack = '', name = ''] = ruleId.split('/');
  return `validation.rule.${pack}.${name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase())}` as MessageKey;
};
