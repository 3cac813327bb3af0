/**
 * Type-level reader of ICU MessageFormat 1 strings: it finds every argument (`{name}`, `{n, number}`,
 * `{count, plural, one {…} other {…}}`, nested at any depth) so that `t(key, values)` knows which values a
 * message needs and so that ru/kk catalogues are rejected by `tsc` when their placeholders differ from en.
 *
 * Supported syntax: simple, typed (`number`, `date`, `time`) and complex (`plural`, `selectordinal`,
 * `select`) arguments, `#`, nesting. Quoted braces (`'{'`) are not used in our catalogues (the runtime
 * checker still parses them correctly).
 */

type Trim<S extends string> = S extends ` ${infer R}` | `\n${infer R}`
  ? Trim<R>
  : S extends `${infer R} ` | `${infer R}\n`
    ? Trim<R>
    : S;

/** Splits at the first `{` or `}`: `[before, delimiter, after]`, or `never` when neither occurs. */
type NextDelim<S extends string> = S extends `${infer A}{${infer B}`
  ? A extends `${string}}${string}`
    ? S extends `${infer C}}${infer D}`
      ? [C, '}', D]
      : never
    : [A, '{', B]
  : S extends `${infer C}}${infer D}`
    ? [C, '}', D]
    : never;

/** One argument found: its name and its kind (`simple`, `number`, `plural`, `select`, …). */
type Arg = readonly [name: string, kind: string];

type Head<H extends string> = H extends `${infer N},${infer K},${string}`
  ? [Trim<N>, Trim<K>]
  : H extends `${infer N},${infer K}`
    ? [Trim<N>, Trim<K>]
    : [Trim<H>, 'simple'];

type Frame = 'm' | 'b';

/** `m`: message text (arguments may start); `b`: the branches of a plural/select argument. */
type Scan<S extends string, Stack extends Frame[], Acc extends Arg> =
  Stack extends [...infer Rest extends Frame[], infer Top]
    ? NextDelim<S> extends [string, infer D, infer After extends string]
      ? Top extends 'm'
        ? D extends '{'
          ? ReadArg<After, Stack, Acc>
          : Scan<After, Rest, Acc>
        : D extends '{'
          ? Scan<After, [...Stack, 'm'], Acc>
          : Scan<After, Rest, Acc>
      : Acc
    : Acc;

type ReadArg<S extends string, Stack extends Frame[], Acc extends Arg> =
  NextDelim<S> extends [infer H extends string, infer D, infer After extends string]
    ? D extends '}'
      ? Scan<After, Stack, Acc | Head<H>>
      : Scan<After, [...Stack, 'b', 'm'], Acc | Head<H>>
    : Acc;

/** Union of `[name, kind]` tuples of the arguments of an ICU message. */
export type IcuArgs<S extends string> = Scan<S, ['m'], never>;

/** Union of the argument names of an ICU message (`never` when it has none). */
export type IcuArgNames<S extends string> = IcuArgs<S>[0];

type KindValue<K> = K extends 'plural' | 'selectordinal' | 'number'
  ? number
  : K extends 'date' | 'time'
    ? Date | number
    : K extends 'select'
      ? string
      : string | number;

/** A value accepted by an argument: intersect the kinds it is used with (`{n}` + `{n, plural}` → number). */
type ValueFor<A extends Arg, N> = UnionToIntersection<A extends readonly [N, infer K] ? [KindValue<K>] : never> extends [
  infer V,
]
  ? V
  : never;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** The values object a message needs, e.g. `{ count: number; name: string | number }`. */
export type IcuValues<S extends string> = { [N in IcuArgNames<S>]: ValueFor<IcuArgs<S>, N> };

type SameNames<A extends string, B extends string> = [IcuArgNames<A>] extends [IcuArgNames<B>]
  ? [IcuArgNames<B>] extends [IcuArgNames<A>]
    ? true
    : false
  : false;

/**
 * Shown by `tsc` on a translated message whose placeholders differ from the English one. An object brand,
 * not a string literal, so that the error stays on that one message.
 */
export type PlaceholderMismatch<Expected extends string> = {
  readonly placeholdersMustBeExactly: [Expected] extends [never] ? '(none)' : Expected;
};

/** Shown by `tsc` on a translated key that the English catalogue does not have. */
export type UnknownKey = { readonly notInTheEnglishCatalogue: true };

/**
 * The shape a translation must satisfy: every English key, nothing else, and per message the same argument
 * names as English.
 */
export type TranslationOf<En extends Record<string, string>, T extends Record<string, string>> = {
  readonly [K in keyof En]: K extends keyof T
    ? SameNames<T[K] & string, En[K] & string> extends true
      ? string
      : PlaceholderMismatch<IcuArgNames<En[K] & string>>
    : string;
} & { readonly [K in Exclude<keyof T, keyof En>]: UnknownKey };
