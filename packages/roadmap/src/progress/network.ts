import type { Plan } from '@dsc/domain';
import type { WorkCalendar } from '../calendar.js';
import type { Network, NetworkActivity, NetworkConstraint, NetworkRelation } from '../cpm.js';
import type { ActivityProgress } from './status.js';
import { progressOf } from './status.js';

/**
 * The constraint of work that may not start before offset `release` (the status date, or a link from the actual
 * start of a started predecessor), combined with the activity's own constraint. Start-no-later and finish-no-later
 * constraints move to the deadline, which has the same backward-pass effect; must-start and must-finish constraints
 * stay, so a missed date shows as negative float.
 */
function released(a: NetworkActivity, release: number): NetworkActivity {
  const c = a.constraint;
  const d = a.duration;
  const deadlineWith = (limit: number): number => (a.deadline === undefined ? limit : Math.min(a.deadline, limit));
  if (c === undefined || c.type === 'ASAP' || c.type === 'ALAP') return { ...a, constraint: { type: 'SNET', offset: release } };
  const at = c.offset ?? 0;
  switch (c.type) {
    case 'MSO':
    case 'MFO':
      return a;
    case 'SNET':
      return at >= release ? a : { ...a, constraint: { type: 'SNET', offset: release } };
    case 'FNET':
      return at - d >= release ? a : { ...a, constraint: { type: 'SNET', offset: release } };
    case 'SNLT':
      return { ...a, constraint: { type: 'SNET', offset: release }, deadline: deadlineWith(at + d) };
    case 'FNLT':
      return { ...a, constraint: { type: 'SNET', offset: release }, deadline: deadlineWith(at) };
  }
}

export type ProgressNetwork = {
  readonly network: Network;
  /** Progress of each activity with actuals or recorded work, by id. */
  readonly progress: ReadonlyMap<string, ActivityProgress>;
  /** Start offset of each complete or started activity with a known actual start. */
  readonly actualStart: ReadonlyMap<string, number>;
};

/**
 * Applies progress to a plan's network (docs/scheduling.md#progress):
 * - complete work is fixed at its actual dates (its duration is the actual one) and no link moves it;
 * - started work keeps its links for the remaining part ("retained logic"): the remaining duration starts no
 *   earlier than the status date nor before what its predecessors allow; links that leave from its start (SS, SF)
 *   count from the actual start;
 * - work not started may not start before the status date (`statusOffset`, the end of the status day).
 */
export function progressNetwork(plan: Plan, net: Network, cal: WorkCalendar, statusOffset: number | undefined): ProgressNetwork {
  const progress = new Map<string, ActivityProgress>();
  const actualStart = new Map<string, number>();
  const parents = new Set<string>();
  for (const a of plan.activities) if (a.parent !== undefined) parents.add(a.parent);
  for (const a of plan.activities) {
    if (parents.has(a.id)) continue;
    const p = progressOf(a);
    if (p.status === 'not_started') continue;
    progress.set(a.id, p);
    if (p.status === 'complete') {
      const finish = cal.finishOffsetOf(p.actualFinish as string);
      const d = a.milestone ? 0 : a.duration;
      actualStart.set(a.id, a.milestone ? cal.offsetOf(p.actualFinish as string) : p.actualStart !== undefined ? cal.offsetOf(p.actualStart) : finish - d);
    } else if (p.actualStart !== undefined) actualStart.set(a.id, cal.offsetOf(p.actualStart));
  }
  const release = new Map<string, number>();
  const raise = (id: string, at: number): void => {
    const r = release.get(id);
    if (r === undefined || at > r) release.set(id, at);
  };
  const relations: NetworkRelation[] = [];
  const byId = new Map(net.activities.map((a) => [a.id, a]));
  for (const r of net.relations) {
    const to = progress.get(r.to);
    if (to?.status === 'complete') continue;
    const from = progress.get(r.from);
    const start = actualStart.get(r.from);
    if (from?.status === 'in_progress' && start !== undefined && (r.type === 'SS' || r.type === 'SF')) {
      const lag = r.lag ?? 0;
      const bound = r.lagUnit === 'elapsed' ? cal.shiftElapsed(start, lag) : start + lag;
      raise(r.to, r.type === 'SS' ? bound : bound - (byId.get(r.to)?.duration ?? 0));
      continue;
    }
    relations.push(r);
  }
  const activities = net.activities.map((a): NetworkActivity => {
    if (parents.has(a.id)) return a;
    const p = progress.get(a.id);
    if (p?.status === 'complete') {
      const es = actualStart.get(a.id) as number;
      const ef = p.actualFinish !== undefined && a.duration > 0 ? cal.finishOffsetOf(p.actualFinish) : es;
      const constraint: NetworkConstraint = { type: 'SNET', offset: es };
      return { id: a.id, duration: Math.max(0, ef - es), constraint, ...(a.parent !== undefined ? { parent: a.parent } : {}) };
    }
    const own = p ? { ...a, duration: p.remainingDuration } : a;
    const floor = Math.max(statusOffset ?? 0, release.get(a.id) ?? 0);
    return floor > 0 ? released(own, floor) : own;
  });
  return { network: { ...net, activities, relations }, progress, actualStart };
}
