import type { MessageKey, Translator } from '@dsc/i18n';

/**
 * The text of a message id known only at run time (an issue's `messageId`, a rule id), in the translator's
 * language, or undefined when the catalogue has no such message (the caller keeps its own text).
 */
export function translateId(i18n: Translator, id: string, values: Readonly<Record<string, unknown>> = {}): string | undefined {
  if (!Object.hasOwn(i18n.messages, id)) return undefined;
  return (i18n.t as (key: MessageKey, values: Readonly<Record<string, unknown>>) => string)(id as MessageKey, values);
}
