import type { Initiative, InitiativeStatus } from '@dsc/domain';

/** One cell of the overlap/gap matrix: the initiatives that count in it, by id, and whether it is a gap. */
export type InitiativeMatrixCell = {
  readonly country: string;
  readonly pillar: string;
  readonly count: number;
  readonly ids: readonly string[];
  /** No counted initiative covers this country on this pillar. */
  readonly gap: boolean;
};

export type InitiativeMatrix = {
  readonly countries: readonly string[];
  readonly pillars: readonly string[];
  /** Statuses that count as running. */
  readonly statuses: readonly InitiativeStatus[];
  /** Row-major: `cells[r][c]` is country `countries[r]` on pillar `pillars[c]`. */
  readonly cells: readonly (readonly InitiativeMatrixCell[])[];
};

/**
 * Countries × pillars overlap/gap matrix. A cell counts every initiative whose status is one of `statuses`
 * (default: `active`) and that lists both the country and the pillar; regional initiatives count in each of
 * their countries. A cell with no initiative is a gap; a cell with two or more is an overlap to coordinate.
 * Pure: the same register and axes give the same matrix, ids sorted.
 */
export function initiativeMatrix(
  initiatives: readonly Initiative[],
  axes: {
    readonly countries: readonly string[];
    readonly pillars: readonly string[];
    readonly statuses?: readonly InitiativeStatus[];
  },
): InitiativeMatrix {
  const statuses = axes.statuses ?? ['active'];
  const running = initiatives.filter((i) => statuses.includes(i.status));
  const cells = axes.countries.map((country) =>
    axes.pillars.map((pillar) => {
      const ids = running
        .filter((i) => i.countries.includes(country) && i.pillars.includes(pillar))
        .map((i) => i.id)
        .sort();
      return { country, pillar, count: ids.length, ids, gap: ids.length === 0 };
    }),
  );
  return { countries: axes.countries, pillars: axes.pillars, statuses, cells };
}
