import type { MessageKey } from '@dsc/i18n';

/**
 * The catalogue key of a validation rule's title: `csv/ragged-row` → `validation.rule.csv.raggedRow`. The titles
 * are in the `validation` namespace of @dsc/i18n in every locale.
 */
export const ruleTitleKey = (ruleId: string): MessageKey => {
  const [pack = '', name = ''] = ruleId.split('/');
  return `validation.rule.${pack}.${name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase())}` as MessageKey;
};

/**
 * A finding's message or hint in the interface language: its `messageId`/`hintId` rendered with its params from the
 * `validation` namespace, or the built-in English text when the finding has no id or the id is not catalogued.
 */
export const findingText = (
  // any translator's `t` (its key type is the whole catalogue; the id is checked at run time)
  t: (...args: never[]) => string,
  id: string | undefined,
  params: Readonly<Record<string, unknown>> | undefined,
  english: string,
): string => {
  if (!id) return english;
  try {
    return (t as unknown as (key: MessageKey, values: Readonly<Record<string, unknown>>) => string)(id as MessageKey, params ?? {});
  } catch {
    return english;
  }
};
