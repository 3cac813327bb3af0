import type { KeyInput } from './actions.js';
import type { TreeRow } from './tree.js';

export type Col = 'wbs' | 'name' | 'duration' | 'start' | 'finish' | 'float' | 'pred';
export const COLS: readonly Col[] = ['wbs', 'name', 'duration', 'start', 'finish', 'float', 'pred'];
export const EDITABLE: ReadonlySet<Col> = new Set(['name', 'duration', 'pred']);

/** The tree grid as a key sees it. */
export interface GridPosition {
  rows: readonly TreeRow[];
  /** Index of the cursor row in `rows` (-1 when the cursor row is gone). */
  pos: number;
  /** The cursor row (the first row when the cursor row is gone). */
  current: TreeRow;
  col: Col;
  collapsed: ReadonlySet<string>;
}

/** What a navigation key does: move the cursor, fold or unfold a row, or edit the cell. */
export type GridMove =
  | { kind: 'cursor'; key: string; col: Col }
  | { kind: 'collapse'; key: string }
  | { kind: 'expand'; key: string }
  | { kind: 'edit' };

interface GridKey {
  keyTest: (e: KeyInput) => boolean;
  move: (g: GridPosition, e: KeyInput) => GridMove | undefined;
}

const colAt = (i: number): Col => COLS[Math.min(COLS.length - 1, Math.max(0, i))] as Col;
const stay = (g: GridPosition, col: Col = g.col): GridMove => ({ kind: 'cursor', key: g.current.key, col });
const rowMove = (g: GridPosition, delta: number): GridMove | undefined => {
  const next = g.rows[Math.min(g.rows.length - 1, Math.max(0, g.pos + delta))];
  return next ? { kind: 'cursor', key: next.key, col: g.col } : undefined;
};

/** The tree grid's navigation keys (ARIA treegrid): arrows, Home/End, Enter and F2. Commands are actions. */
const gridKeys: readonly GridKey[] = [
  { keyTest: (e) => e.key === 'ArrowDown', move: (g) => rowMove(g, 1) },
  { keyTest: (e) => e.key === 'ArrowUp', move: (g) => rowMove(g, -1) },
  {
    keyTest: (e) => e.key === 'ArrowRight',
    move: (g) => {
      const c = g.current;
      if (g.col === 'wbs' && c.hasChildren && g.collapsed.has(c.key)) return { kind: 'expand', key: c.key };
      return stay(g, colAt(COLS.indexOf(g.col) + 1));
    },
  },
  {
    keyTest: (e) => e.key === 'ArrowLeft',
    move: (g) => {
      const c = g.current;
      if (g.col === 'wbs' && c.hasChildren && !g.collapsed.has(c.key))
        return { kind: 'collapse', key: c.key };
      if (g.col === 'wbs' && c.parentKey) return { kind: 'cursor', key: c.parentKey, col: g.col };
      return stay(g, colAt(COLS.indexOf(g.col) - 1));
    },
  },
  {
    keyTest: (e) => e.key === 'Home',
    move: (g, e) => {
      const first = g.rows[0];
      return e.ctrlKey && first ? { kind: 'cursor', key: first.key, col: g.col } : stay(g, 'wbs');
    },
  },
  {
    keyTest: (e) => e.key === 'End',
    move: (g, e) => {
      const last = g.rows[g.rows.length - 1];
      return e.ctrlKey && last ? { kind: 'cursor', key: last.key, col: g.col } : stay(g, 'pred');
    },
  },
  { keyTest: (e) => e.key === 'Enter' || e.key === 'F2', move: () => ({ kind: 'edit' }) },
];

/**
 * The move of a navigation key, or undefined when the key is not one. `handled` tells whether the key is a
 * navigation key at all (its default is then prevented even when there is nowhere to go).
 */
export function gridMove(e: KeyInput, g: GridPosition): { handled: boolean; move: GridMove | undefined } {
  const k = gridKeys.find((x) => x.keyTest(e));
  return k ? { handled: true, move: k.move(g, e) } : { handled: false, move: undefined };
}
