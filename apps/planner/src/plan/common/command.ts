import type { I18nText, Locale, Plan, Result } from '@dsc/domain';
import type { PlanScheduleError } from '@dsc/roadmap';

/** Why a command was refused. */
export type CommandError =
  | { code: 'unknown_activity'; id: string }
  | { code: 'bad_predecessor'; value: string; offset: number }
  | { code: 'unknown_predecessor'; value: string }
  | { code: 'cannot_indent'; id: string }
  | { code: 'cannot_outdent'; id: string }
  | { code: 'empty_name' }
  | { code: 'bad_duration'; value: string }
  | { code: 'bad_field'; field: string; value: string }
  | { code: 'schedule'; error: PlanScheduleError };

export type CommandResult = Result<Plan, CommandError>;

/** Runs a command on the open plan as one undo step (`runCommand` of the plan page); false when it was refused. */
export type Run = (label: string, f: (p: Plan) => CommandResult) => boolean;

/** Sets the text of one language, keeping the others; English is filled when it is still empty. */
export function setText(text: I18nText, locale: Locale, value: string): I18nText {
  const next: I18nText = { ...text, [locale]: value };
  if (!next.en) next.en = value;
  return next;
}

/** The first free id `<prefix><n>`, counting from the number of items. */
export const nextId = (prefix: string, taken: readonly { id: string }[]): string => {
  const ids = new Set(taken.map((x) => x.id));
  let n = taken.length + 1;
  while (ids.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
};
