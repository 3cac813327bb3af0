import type { MessageKey, MessageValues } from '@dsc/i18n';
import { expectTypeOf, it } from 'vitest';
import type { HintCode, HintParams, MessageCode, MessageParams } from './finding.js';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** The codes whose English text is missing or has other placeholders than the code's params. */
type MessageMismatch = {
  [C in MessageCode]: `validation.finding.${C}` extends MessageKey ? (Same<keyof MessageValues<`validation.finding.${C}`>, keyof MessageParams[C]> extends true ? never : C) : C;
}[MessageCode];
type HintMismatch = {
  [C in HintCode]: `validation.hint.${C}` extends MessageKey ? (Same<keyof MessageValues<`validation.hint.${C}`>, keyof HintParams[C]> extends true ? never : C) : C;
}[HintCode];

it('every finding and hint code has its English text, with the same named placeholders as its params', () => {
  expectTypeOf<MessageMismatch>().toEqualTypeOf<never>();
  expectTypeOf<HintMismatch>().toEqualTypeOf<never>();
});
