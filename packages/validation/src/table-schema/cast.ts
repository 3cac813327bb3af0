import type { FindingHint } from '../finding.js';

/** Result of casting one cell. */
export const Cast = { ok: 0, missing: 1, typeError: 2, nonFinite: 3 } as const;
export type Cast = (typeof Cast)[keyof typeof Cast];

export type CastOut = {
  /** Number for numeric/temporal types (used by range constraints and indicator rules). */
  num: number;
  /** Why the cell failed, built only when its finding is kept (the texts are recorded for translation then). */
  hint: Hint | undefined;
  /** The missing-value marker that matched, when the cell is missing. */
  marker: string | undefined;
  whitespace: boolean;
  leadingZero: boolean;
};

export const newCastOut = (): CastOut => ({
  num: NaN,
  hint: undefined,
  marker: undefined,
  whitespace: false,
  leadingZero: false,
});

/** A fix hint, built on demand (only for the findings that are kept); undefined when there is none. */
export type Hint = () => FindingHint | undefined;

export type Caster = (s: string, out: CastOut) => Cast;

/** The caster of a string without format: every text is valid (callers may skip calling it). */
export const anyString: Caster = () => Cast.ok;
