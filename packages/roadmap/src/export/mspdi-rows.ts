import type { Activity, Plan } from '@dsc/domain';

/**
 * The task rows of an MSPDI export in outline order. Phases and the outputs under them become summary tasks
 * (grouping rows): a phase at outline level 1, the outputs its activities deliver one level below, then each
 * activity with its own summary tree. Activities without a phase follow the phases; those without an output sit
 * directly under their phase. Activities keep the UIDs 1…n of the plan's own depth-first order (so links and
 * task calendars read the same with or without grouping); grouping rows take the UIDs after them.
 */

export type MspdiRow =
  | { readonly kind: 'activity'; readonly a: Activity; readonly uid: number; readonly level: number; readonly outline: string }
  | {
      readonly kind: 'phase' | 'output';
      readonly id: string;
      readonly name: string;
      readonly wbs: string;
      readonly uid: number;
      readonly level: number;
      readonly outline: string;
      /** Index after the last row below this one. */
      end: number;
    };

export type MspdiRows = {
  readonly rows: readonly MspdiRow[];
  /** MSPDI UID of each activity. */
  readonly uid: ReadonlyMap<string, number>;
  /** Activities that have children (summary activities). */
  readonly summaries: ReadonlySet<string>;
};

export function mspdiRows(plan: Plan): MspdiRows {
  const children = new Map<string | undefined, Activity[]>();
  for (const a of plan.activities) {
    const list = children.get(a.parent);
    if (list) list.push(a);
    else children.set(a.parent, [a]);
  }
  const roots = children.get(undefined) ?? [];
  // UIDs: the plan's depth-first order, with its own stack (deep trees are safe).
  const uid = new Map<string, number>();
  const walk = (from: readonly Activity[], visit: (a: Activity, depth: number) => void): void => {
    const stack = [...from].reverse().map((a) => ({ a, depth: 0 }));
    for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
      visit(top.a, top.depth);
      const kids = children.get(top.a.id) ?? [];
      for (let k = kids.length - 1; k >= 0; k--) stack.push({ a: kids[k] as Activity, depth: top.depth + 1 });
    }
  };
  walk(roots, (a) => uid.set(a.id, uid.size + 1));
  let nextGroupUid = uid.size + 1;

  const rows: MspdiRow[] = [];
  const numbers: number[] = [];
  const outline = (level: number): string => {
    numbers.length = level;
    numbers[level - 1] = (numbers[level - 1] ?? 0) + 1;
    for (let i = 0; i < level; i++) numbers[i] ??= 1;
    return numbers.join('.');
  };
  const open: Extract<MspdiRow, { end: number }>[] = [];
  const closeTo = (level: number): void => {
    while (open.length > 0 && (open[open.length - 1]?.level ?? 0) >= level) (open.pop() as { end: number }).end = rows.length;
  };
  const group = (kind: 'phase' | 'output', id: string, name: string, wbs: string, level: number): void => {
    closeTo(level);
    const row = { kind, id, name, wbs, uid: nextGroupUid++, level, outline: outline(level), end: -1 };
    rows.push(row);
    open.push(row);
  };
  const subtree = (a: Activity, level: number): void => {
    closeTo(level);
    walk([a], (x, depth) => rows.push({ kind: 'activity', a: x, uid: uid.get(x.id) as number, level: level + depth, outline: outline(level + depth) }));
  };

  const byPhase = new Map<string | undefined, Activity[]>(plan.phases.map((p) => [p.id, []]));
  for (const a of roots) {
    const list = byPhase.get(a.phase);
    if (list) list.push(a);
    else byPhase.set(a.phase, [a]);
  }
  const noPhase = byPhase.get(undefined);
  byPhase.delete(undefined);
  if (noPhase) byPhase.set(undefined, noPhase);
  for (const [phase, acts] of byPhase) {
    if (acts.length === 0) continue;
    let base = 1;
    if (phase !== undefined) {
      group('phase', phase, plan.phases.find((p) => p.id === phase)?.name.en ?? phase, phase, 1);
      base = 2;
    }
    const byOutput = new Map<string, Activity[]>();
    for (const a of acts) {
      if (a.output === undefined) continue;
      const members = byOutput.get(a.output);
      if (members) members.push(a);
      else byOutput.set(a.output, [a]);
    }
    for (const a of acts) {
      if (a.output === undefined) subtree(a, base);
      else {
        const members = byOutput.get(a.output);
        if (!members) continue;
        byOutput.delete(a.output);
        const result = plan.results.find((r) => r.id === a.output);
        group('output', a.output, result?.title.en ?? a.output, result?.code ?? a.output, base);
        for (const m of members) subtree(m, base + 1);
      }
    }
  }
  closeTo(1);
  return { rows, uid, summaries: new Set([...children.keys()].filter((k): k is string => k !== undefined && uid.has(k))) };
}
