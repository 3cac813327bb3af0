import type { Plan } from '@dsc/domain';
import type { DatedActivity, PlanSchedule } from '@dsc/roadmap';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/i18n-context.js';
import { predecessorFields } from './commands.js';
import { spanOf } from './timeline-scale.js';
import type { Span } from './timeline-scale.js';
import { buildTree, flattenTree, wbsCodes } from './tree.js';

/** The rows of the tree grid and what the grid and the timeline show of them, recomputed only on change. */
export function useScheduleModel(
  plan: Plan,
  schedule: PlanSchedule | undefined,
  collapsed: ReadonlySet<string>,
) {
  const { text } = useI18n();
  const tree = useMemo(() => buildTree(plan), [plan]);
  const rows = useMemo(() => flattenTree(tree, collapsed), [tree, collapsed]);
  const wbs = useMemo(() => wbsCodes(plan), [plan]);
  const preds = useMemo(() => predecessorFields(plan, wbs), [plan, wbs]);
  const names = useMemo(() => new Map(plan.activities.map((a) => [a.id, text(a.name)])), [plan, text]);
  const dated = useMemo(
    () => new Map<string, DatedActivity>(schedule?.activities.map((a) => [a.id, a]) ?? []),
    [schedule],
  );
  const spans = useMemo(() => {
    const m = new Map<string, Span>();
    const all = flattenTree(tree, new Set());
    // Roll activity dates up to every ancestor row.
    const parentOf = new Map(all.map((r) => [r.key, r.parentKey]));
    for (const r of all) {
      if (r.kind !== 'activity') continue;
      const a = dated.get(r.id);
      if (!a) continue;
      const s = { start: a.start, finish: a.finish };
      for (let k: string | undefined = r.key; k !== undefined; k = parentOf.get(k))
        m.set(k, spanOf(m.get(k), s));
    }
    return m;
  }, [tree, dated]);
  return { rows, wbs, preds, names, dated, spans };
}
