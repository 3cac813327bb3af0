import { schedulePlan } from '@dsc/roadmap';
import { describe, expect, it } from 'vitest';
import {
  addActivity,
  addLink,
  deleteActivity,
  formatPredecessors,
  indent,
  moveActivity,
  outdent,
  renameActivity,
  setDuration,
  setPredecessors,
  setStatusDate,
} from './commands.js';
import type { CommandResult } from '../common/command.js';
import { emptyPlan } from '../common/empty-plan.js';
import { buildTree, flattenTree, wbsCodes } from './tree.js';

const must = (r: CommandResult) => {
  if (!r.ok) throw new Error(`command refused: ${r.error.code}`);
  return r.value;
};

function threeActivities() {
  let p = emptyPlan('t', 'Test', '2027-01-04');
  for (const name of ['Design', 'Build', 'Procure']) {
    const anchor = p.activities.length
      ? ({ kind: 'activity', id: p.activities[p.activities.length - 1]!.id } as const)
      : ({ kind: 'end' } as const);
    p = addActivity(p, anchor, { en: name }).plan;
  }
  p = must(setDuration(p, 'act-1', '10'));
  p = must(setDuration(p, 'act-2', '15'));
  return must(setDuration(p, 'act-3', '30'));
}

describe('plan commands', () => {
  it('adds activities with fresh ids and WBS codes by position', () => {
    const p = threeActivities();
    expect(p.activities.map((a) => a.id)).toEqual(['act-1', 'act-2', 'act-3']);
    expect([...wbsCodes(p).values()]).toEqual(['1', '2', '3']);
  });

  it('links by WBS code in MS Project notation and formats the links back', () => {
    const p = must(setPredecessors(threeActivities(), 'act-2', '1, 3FF+2d'));
    expect(p.dependencies).toEqual([
      { from: 'act-1', to: 'act-2', type: 'FS', lag: { value: 0, unit: 'working' } },
      { from: 'act-3', to: 'act-2', type: 'FF', lag: { value: 2, unit: 'working' } },
    ]);
    expect(formatPredecessors(p, 'act-2')).toBe('1, 3FF+2d');
    const s = schedulePlan(p);
    expect(s.ok && s.value.criticalPath).toEqual(['act-3', 'act-2']);
  });

  it('refuses a link that closes a loop and an unknown predecessor', () => {
    const p = must(setPredecessors(threeActivities(), 'act-2', '1'));
    const cyc = setPredecessors(p, 'act-1', '2');
    expect(cyc.ok).toBe(false);
    expect(!cyc.ok && cyc.error.code).toBe('schedule');
    const unknown = setPredecessors(p, 'act-1', '9');
    expect(!unknown.ok && unknown.error).toEqual({ code: 'unknown_predecessor', value: '9' });
    expect(addLink(p, 'act-2', 'act-1').ok).toBe(false);
  });

  it('rejects bad durations and empty names, and renames per language keeping English', () => {
    const p = threeActivities();
    expect(!setDuration(p, 'act-1', '2.5').ok && 'refused').toBe('refused');
    expect(setDuration(p, 'act-1', '-1').ok).toBe(false);
    expect(renameActivity(p, 'act-1', 'en', '  ').ok).toBe(false);
    const ru = must(renameActivity(p, 'act-1', 'ru', 'Проектирование'));
    expect(ru.activities[0]!.name).toEqual({ en: 'Design', ru: 'Проектирование' });
  });

  it('indents under the previous sibling and outdents back', () => {
    const p = must(indent(threeActivities(), 'act-2'));
    expect(p.activities[1]!.parent).toBe('act-1');
    const rows = flattenTree(buildTree(p), new Set());
    expect(rows.map((r) => [r.wbs, r.level])).toEqual([
      ['1', 1],
      ['1.1', 2],
      ['2', 1],
    ]);
    expect(indent(threeActivities(), 'act-1').ok).toBe(false);
    const back = must(outdent(p, 'act-2'));
    expect(back.activities[1]!.parent).toBeUndefined();
  });

  it('deletes an activity with its links and moves an activity by a start constraint', () => {
    let p = must(setPredecessors(threeActivities(), 'act-2', '1'));
    p = must(deleteActivity(p, 'act-1'));
    expect(p.activities.map((a) => a.id)).toEqual(['act-2', 'act-3']);
    expect(p.dependencies).toEqual([]);
    const moved = must(moveActivity(p, 'act-3', '2027-01-04', 7));
    expect(moved.activities[1]!.constraint).toEqual({ type: 'SNET', date: '2027-01-11' });
    const s = schedulePlan(moved);
    expect(s.ok && s.value.activities.find((a) => a.id === 'act-3')?.start).toBe('2027-01-11');
  });
});

describe('setStatusDate', () => {
  it('sets the status date, moves work not started after it, clears it when empty and refuses a non-date', () => {
    const p = threeActivities();
    const withStatus = must(setStatusDate(p, '2027-02-01'));
    expect(withStatus.statusDate).toBe('2027-02-01');
    const s = schedulePlan(withStatus);
    if (!s.ok) throw new Error(s.error.code);
    // nothing has started, so nothing is scheduled before the day after the status date
    expect(s.value.activities.every((a) => a.start > '2027-02-01')).toBe(true);
    expect(must(setStatusDate(withStatus, '')).statusDate).toBeUndefined();
    expect(setStatusDate(p, '01.02.2027')).toEqual({ ok: false, error: { code: 'bad_field', field: 'statusDate', value: '01.02.2027' } });
  });
});
