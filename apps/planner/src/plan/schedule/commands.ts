import type { Activity, Dependency, I18nText, Locale, Plan, RelationType } from '@dsc/domain';
import { addDays, parsePredecessors, schedulePlan } from '@dsc/roadmap';
import type { CommandError, CommandResult } from '../common/command.js';
import { setText } from '../common/command.js';
import { wbsCodes } from './tree.js';

const done = (plan: Plan): CommandResult => ({ ok: true, value: plan });
const fail = (error: CommandError): CommandResult => ({ ok: false, error });

/** Refuses a change that makes the plan unschedulable (cycles, unknown links). */
function checked(plan: Plan): CommandResult {
  const s = schedulePlan(plan);
  return s.ok ? done(plan) : fail({ code: 'schedule', error: s.error });
}

const withActivities = (plan: Plan, activities: Activity[]): Plan => ({ ...plan, activities });

function updateActivity(plan: Plan, id: string, f: (a: Activity) => Activity): CommandResult {
  const i = plan.activities.findIndex((a) => a.id === id);
  if (i < 0) return fail({ code: 'unknown_activity', id });
  const activities = plan.activities.slice();
  activities[i] = f(activities[i] as Activity);
  return done(withActivities(plan, activities));
}

export function newActivityId(plan: Plan): string {
  const ids = new Set(plan.activities.map((a) => a.id));
  let n = plan.activities.length + 1;
  while (ids.has(`act-${n}`)) n++;
  return `act-${n}`;
}

export type Anchor =
  | { kind: 'activity'; id: string }
  | { kind: 'phase'; id: string }
  | { kind: 'output'; id: string; phase: string | undefined }
  | { kind: 'end' };

/** Adds an activity after the anchor (same phase, output and parent), or at the end of a phase or output. */
export function addActivity(
  plan: Plan,
  anchor: Anchor,
  name: I18nText,
  duration = 5,
): { plan: Plan; id: string } {
  const id = newActivityId(plan);
  const base: Activity = {
    id,
    name,
    duration,
    milestone: false,
    assignments: [],
    alignment: [],
  };
  const activities = plan.activities.slice();
  let at = activities.length;
  let act: Activity = base;
  if (anchor.kind === 'activity') {
    const i = activities.findIndex((a) => a.id === anchor.id);
    const ref = activities[i];
    if (ref) {
      act = {
        ...base,
        ...(ref.phase !== undefined ? { phase: ref.phase } : {}),
        ...(ref.output !== undefined ? { output: ref.output } : {}),
        ...(ref.parent !== undefined ? { parent: ref.parent } : {}),
      };
      // After the anchor and all its descendants.
      const desc = descendants(plan, ref.id);
      at = i + 1;
      while (at < activities.length && desc.has((activities[at] as Activity).id)) at++;
    }
  } else if (anchor.kind === 'phase') {
    act = { ...base, phase: anchor.id };
    const last = activities.map((a) => a.phase).lastIndexOf(anchor.id);
    if (last >= 0) at = last + 1;
  } else if (anchor.kind === 'output') {
    act = { ...base, output: anchor.id, ...(anchor.phase !== undefined ? { phase: anchor.phase } : {}) };
    const last = activities.map((a) => `${a.phase}|${a.output}`).lastIndexOf(`${anchor.phase}|${anchor.id}`);
    if (last >= 0) at = last + 1;
  }
  activities.splice(at, 0, act);
  return { plan: withActivities(plan, activities), id };
}

export function descendants(plan: Plan, id: string): Set<string> {
  const out = new Set<string>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const a of plan.activities)
      if (a.parent !== undefined && (a.parent === id || out.has(a.parent)) && !out.has(a.id)) {
        out.add(a.id);
        grew = true;
      }
  }
  return out;
}

export function renameActivity(plan: Plan, id: string, locale: Locale, value: string): CommandResult {
  const v = value.trim();
  if (v === '') return fail({ code: 'empty_name' });
  return updateActivity(plan, id, (a) => ({ ...a, name: setText(a.name, locale, v) }));
}

export function setDuration(plan: Plan, id: string, raw: string): CommandResult {
  const d = Number(raw.trim());
  if (!Number.isInteger(d) || d < 0 || d > 100_000) return fail({ code: 'bad_duration', value: raw });
  return updateActivity(plan, id, (a) => ({ ...a, duration: d, milestone: d === 0 }));
}

/** Siblings: same parent, and for top-level activities the same phase and output. */
const sameGroup = (a: Activity, b: Activity): boolean =>
  a.parent === b.parent && (a.parent !== undefined || (a.phase === b.phase && a.output === b.output));

export function indent(plan: Plan, id: string): CommandResult {
  const i = plan.activities.findIndex((a) => a.id === id);
  const act = plan.activities[i];
  if (!act) return fail({ code: 'unknown_activity', id });
  let prev: Activity | undefined;
  for (let j = i - 1; j >= 0; j--) {
    const b = plan.activities[j] as Activity;
    if (sameGroup(b, act)) {
      prev = b;
      break;
    }
  }
  if (!prev) return fail({ code: 'cannot_indent', id });
  const parent = prev.id;
  return checked((updateActivity(plan, id, (a) => ({ ...a, parent })) as { ok: true; value: Plan }).value);
}

export function outdent(plan: Plan, id: string): CommandResult {
  const act = plan.activities.find((a) => a.id === id);
  if (!act) return fail({ code: 'unknown_activity', id });
  if (act.parent === undefined) return fail({ code: 'cannot_outdent', id });
  const parent = plan.activities.find((a) => a.id === act.parent);
  return updateActivity(plan, id, (a) => {
    const { parent: _p, ...rest } = a;
    return parent?.parent !== undefined ? { ...rest, parent: parent.parent } : rest;
  });
}

export function deleteActivity(plan: Plan, id: string): CommandResult {
  const act = plan.activities.find((a) => a.id === id);
  if (!act) return fail({ code: 'unknown_activity', id });
  const activities = plan.activities
    .filter((a) => a.id !== id)
    .map((a) => {
      if (a.parent !== id) return a;
      const { parent: _p, ...rest } = a;
      return act.parent !== undefined ? { ...rest, parent: act.parent } : rest;
    });
  return done({
    ...plan,
    activities,
    dependencies: plan.dependencies.filter((d) => d.from !== id && d.to !== id),
    budget: plan.budget.map((b) => {
      if (b.activity !== id) return b;
      const { activity: _a, ...rest } = b;
      return rest;
    }),
  });
}

const formatLink = (d: Dependency, wbs: Map<string, string>): string => {
  const lag =
    d.lag.value === 0
      ? ''
      : `${d.lag.value > 0 ? '+' : ''}${d.lag.value}${d.lag.unit === 'elapsed' ? 'ed' : 'd'}`;
  const type = d.type === 'FS' && lag === '' ? '' : d.type;
  return `${wbs.get(d.from) ?? d.from}${type}${lag}`;
};

/** The predecessor field of every activity at once (one pass over the links). */
export function predecessorFields(
  plan: Plan,
  wbs: Map<string, string> = wbsCodes(plan),
): Map<string, string> {
  const m = new Map<string, string>();
  for (const d of plan.dependencies) {
    const prev = m.get(d.to);
    m.set(d.to, prev === undefined ? formatLink(d, wbs) : `${prev}, ${formatLink(d, wbs)}`);
  }
  return m;
}

/** Formats the predecessors of an activity in MS Project notation with WBS codes: `1.2FS+3, 1.4SS`. */
export function formatPredecessors(
  plan: Plan,
  id: string,
  wbs: Map<string, string> = wbsCodes(plan),
): string {
  return plan.dependencies
    .filter((d) => d.to === id)
    .map((d) => {
      const lag =
        d.lag.value === 0
          ? ''
          : `${d.lag.value > 0 ? '+' : ''}${d.lag.value}${d.lag.unit === 'elapsed' ? 'ed' : 'd'}`;
      const type = d.type === 'FS' && lag === '' ? '' : d.type;
      return `${wbs.get(d.from) ?? d.from}${type}${lag}`;
    })
    .join(', ');
}

/** Replaces the predecessors of an activity from a list typed in MS Project notation (WBS codes or ids). */
export function setPredecessors(plan: Plan, id: string, field: string): CommandResult {
  if (!plan.activities.some((a) => a.id === id)) return fail({ code: 'unknown_activity', id });
  const wbs = wbsCodes(plan);
  const byWbs = new Map([...wbs].map(([k, v]) => [v, k]));
  // The parser expects a space between the reference and the type: "1.2FS+3" → "1.2 FS+3".
  const normalised = field.replace(/(\S)(FS|SS|FF|SF)\b/gi, '$1 $2');
  const parsed = parsePredecessors(normalised, id);
  if (!parsed.ok)
    return fail({ code: 'bad_predecessor', value: parsed.error.value, offset: parsed.error.offset });
  const deps: Dependency[] = [];
  for (const r of parsed.value) {
    const from = byWbs.get(r.from) ?? (plan.activities.some((a) => a.id === r.from) ? r.from : undefined);
    if (from === undefined) return fail({ code: 'unknown_predecessor', value: r.from });
    deps.push({
      from,
      to: id,
      type: r.type ?? 'FS',
      lag: { value: r.lag ?? 0, unit: r.lagUnit ?? 'working' },
    });
  }
  const kept = plan.dependencies.filter((d) => d.to !== id);
  return checked({ ...plan, dependencies: [...kept, ...deps] });
}

export function addLink(
  plan: Plan,
  from: string,
  to: string,
  type: RelationType = 'FS',
  lag = 0,
): CommandResult {
  if (plan.dependencies.some((d) => d.from === from && d.to === to)) return done(plan);
  return checked({
    ...plan,
    dependencies: [...plan.dependencies, { from, to, type, lag: { value: lag, unit: 'working' } }],
  });
}

/** Moves an activity: pins its start no earlier than `start + days` (a Start-No-Earlier-Than constraint). */
export function moveActivity(plan: Plan, id: string, currentStart: string, days: number): CommandResult {
  const date = addDays(currentStart, days);
  const target = date < plan.start ? plan.start : date;
  return checked(
    (
      updateActivity(plan, id, (a) => ({ ...a, constraint: { type: 'SNET', date: target } })) as {
        ok: true;
        value: Plan;
      }
    ).value,
  );
}

/** Removes a date constraint (the activity goes back to As Soon As Possible). */
export function clearConstraint(plan: Plan, id: string): CommandResult {
  return updateActivity(plan, id, (a) => {
    const { constraint: _c, ...rest } = a;
    return rest;
  });
}

/** Sets the status date progress is measured at (`YYYY-MM-DD`); an empty value removes it. */
export function setStatusDate(plan: Plan, raw: string): CommandResult {
  const value = raw.trim();
  if (value === '') {
    const { statusDate: _s, ...rest } = plan;
    return checked(rest);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) return fail({ code: 'bad_field', field: 'statusDate', value });
  return checked({ ...plan, statusDate: value });
}
