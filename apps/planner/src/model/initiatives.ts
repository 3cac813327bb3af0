import type { Initiative } from '@dsc/domain';
import type { InitiativeMatrix } from '@dsc/datasets';
import { initiativeMatrix } from '@dsc/datasets';

/** A cell of the heat table: its count, a shade 0–4 relative to the fullest cell, and whether it is a gap. */
export interface HeatCell {
  country: string;
  pillar: string;
  count: number;
  ids: readonly string[];
  gap: boolean;
  /** 0 for a gap; 1–4 in proportion to the fullest cell. */
  shade: 0 | 1 | 2 | 3 | 4;
}

/** Shade of a count relative to the fullest cell: 0 for none, otherwise 1–4. */
export function shade(count: number, max: number): HeatCell['shade'] {
  if (count <= 0 || max <= 0) return 0;
  return Math.max(1, Math.min(4, Math.ceil((count / max) * 4))) as HeatCell['shade'];
}

/** The countries × pillars heat table of the active initiatives (rows follow `countries`, columns `pillars`). */
export function heatTable(
  register: readonly Initiative[],
  countries: readonly string[],
  pillars: readonly string[],
): readonly (readonly HeatCell[])[] {
  const m: InitiativeMatrix = initiativeMatrix(register, { countries, pillars });
  const max = Math.max(0, ...m.cells.flat().map((c) => c.count));
  return m.cells.map((row) => row.map((c) => ({ ...c, shade: shade(c.count, max) })));
}

/** The initiatives of one cell, in the order of the register. */
export function cellInitiatives(
  register: readonly Initiative[],
  cell: Pick<HeatCell, 'ids'>,
): readonly Initiative[] {
  const ids = new Set(cell.ids);
  return register.filter((i) => ids.has(i.id));
}
