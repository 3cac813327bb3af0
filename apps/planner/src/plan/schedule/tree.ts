import type { Activity, Plan } from '@dsc/domain';

/** One row of the plan tree-grid: a phase, an output (result) inside a phase, or an activity. */
export interface TreeRow {
  key: string;
  kind: 'phase' | 'output' | 'activity';
  id: string;
  level: number;
  posinset: number;
  setsize: number;
  wbs: string;
  parentKey: string | undefined;
  hasChildren: boolean;
  activity?: Activity;
}

interface Node {
  key: string;
  kind: TreeRow['kind'];
  id: string;
  activity?: Activity;
  children: Node[];
}

/**
 * The hierarchy shown in the editor: phases → outputs → activities (→ sub-activities by `parent`).
 * Activities without a phase sit at the top level after the phases. WBS codes follow the tree position.
 */
export function buildTree(plan: Plan): Node[] {
  const byParent = new Map<string, Activity[]>();
  const ids = new Set(plan.activities.map((a) => a.id));
  const roots: Activity[] = [];
  for (const a of plan.activities) {
    if (a.parent !== undefined && ids.has(a.parent)) {
      const list = byParent.get(a.parent) ?? [];
      list.push(a);
      byParent.set(a.parent, list);
    } else roots.push(a);
  }
  const actNode = (a: Activity): Node => ({
    key: `a:${a.id}`,
    kind: 'activity',
    id: a.id,
    activity: a,
    children: (byParent.get(a.id) ?? []).map(actNode),
  });
  const phaseIds = new Set(plan.phases.map((p) => p.id));
  const resultOrder = new Map(plan.results.map((r, i) => [r.id, i]));
  const nodes: Node[] = plan.phases.map((p) => {
    const acts = roots.filter((a) => a.phase === p.id);
    const outputs = [...new Set(acts.map((a) => a.output).filter((o): o is string => o !== undefined))].sort(
      (x, y) => (resultOrder.get(x) ?? 1e9) - (resultOrder.get(y) ?? 1e9),
    );
    const children: Node[] = [
      ...outputs.map((o): Node => ({
        key: `o:${p.id}:${o}`,
        kind: 'output',
        id: o,
        children: acts.filter((a) => a.output === o).map(actNode),
      })),
      ...acts.filter((a) => a.output === undefined).map(actNode),
    ];
    return { key: `p:${p.id}`, kind: 'phase', id: p.id, children };
  });
  for (const a of roots) if (a.phase === undefined || !phaseIds.has(a.phase)) nodes.push(actNode(a));
  return nodes;
}

/** Flattens the tree into visible rows (collapsed nodes hide their descendants). */
export function flattenTree(nodes: Node[], collapsed: ReadonlySet<string>): TreeRow[] {
  const out: TreeRow[] = [];
  const walk = (list: Node[], level: number, prefix: string, parentKey: string | undefined) => {
    list.forEach((n, i) => {
      const wbs = prefix === '' ? String(i + 1) : `${prefix}.${i + 1}`;
      out.push({
        key: n.key,
        kind: n.kind,
        id: n.id,
        level,
        posinset: i + 1,
        setsize: list.length,
        wbs,
        parentKey,
        hasChildren: n.children.length > 0,
        ...(n.activity ? { activity: n.activity } : {}),
      });
      if (!collapsed.has(n.key)) walk(n.children, level + 1, wbs, n.key);
    });
  };
  walk(nodes, 1, '', undefined);
  return out;
}

/** WBS code of every activity (all rows expanded). */
export function wbsCodes(plan: Plan): Map<string, string> {
  const m = new Map<string, string>();
  for (const r of flattenTree(buildTree(plan), new Set())) if (r.kind === 'activity') m.set(r.id, r.wbs);
  return m;
}
