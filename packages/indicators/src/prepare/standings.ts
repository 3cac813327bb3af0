import { sportRank } from '../stats.js';

/** A unit's place on one indicator among the units with a value. */
export type Standing = {
  readonly code: string;
  readonly value: number;
  /** Sport rank in the indicator's direction (1 = best, ties share the best rank). */
  readonly rank: number;
  /** Number of units with a value. */
  readonly of: number;
};

/**
 * A unit's standing on every indicator where it and at least one other unit have a value, ranked in each
 * indicator's direction, sorted by relative position (`rank / of`, ties keep the input order).
 */
export function standings(
  columns: readonly { readonly code: string; readonly direction: 1 | -1; readonly values: ReadonlyMap<string, number> }[],
  unit: string,
): Standing[] {
  const out: (Standing & { readonly k: number })[] = [];
  columns.forEach(({ code, direction, values }, k) => {
    const own = values.get(unit);
    if (own === undefined || Number.isNaN(own) || values.size < 2) return;
    const units = [...values.keys()];
    const ranks = sportRank(Float64Array.from(units, (u) => direction * values.get(u)!));
    out.push({ code, value: own, rank: ranks[units.indexOf(unit)]!, of: values.size, k });
  });
  return out
    .sort((a, b) => a.rank / a.of - b.rank / b.of || a.k - b.k)
    .map(({ k: _k, ...s }) => s);
}

/**
 * Strengths and weaknesses of a unit from its {@link standings} (sorted as returned): strengths are the best places
 * in the top half, leaving out an indicator where the unit is last (COINr `min_discard`); weaknesses are the worst
 * places in the bottom half, worst first. At most `n` of each; no indicator is both.
 */
export function strengthsAndWeaknesses<S extends Pick<Standing, 'rank' | 'of'>>(
  list: readonly S[],
  n = 5,
): { strengths: S[]; weaknesses: S[] } {
  const half = (s: S) => Math.ceil(s.of / 2);
  const strengths = list.filter((s) => s.rank !== s.of && s.rank <= half(s)).slice(0, n);
  const weaknesses = [...list]
    .reverse()
    .filter((s) => s.rank > half(s))
    .slice(0, n);
  return { strengths, weaknesses };
}
