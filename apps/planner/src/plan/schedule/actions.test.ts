import { describe, expect, it } from 'vitest';
import { emptyPlan } from '../common/empty-plan.js';
import type { ActionContext, KeyInput } from './actions.js';
import { action, actionForKey, actions } from './actions.js';
import { addActivity, setDuration } from './commands.js';
import type { Col, GridPosition } from './grid-keys.js';
import { gridMove } from './grid-keys.js';
import { buildTree, flattenTree } from './tree.js';

const key = (k: string, mods: Partial<Omit<KeyInput, 'key'>> = {}): KeyInput => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

function twoActivities() {
  let p = emptyPlan('t', 'Test', '2027-01-04');
  p = addActivity(p, { kind: 'end' }, { en: 'Design' }).plan;
  p = addActivity(p, { kind: 'activity', id: 'act-1' }, { en: 'Build' }).plan;
  const r = setDuration(p, 'act-1', '10');
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}

const on = (activity: string | undefined, start?: string): ActionContext => ({
  activity,
  anchor: activity === undefined ? { kind: 'end' } : { kind: 'activity', id: activity },
  start,
  step: 7,
  newName: { en: 'New activity' },
});

describe('schedule actions', () => {
  it('maps each key to exactly one action', () => {
    const cases: [KeyInput, string | undefined][] = [
      [key('Insert'), 'add'],
      [key('Enter', { ctrlKey: true }), 'add'],
      [key('Enter', { metaKey: true }), 'add'],
      [key('Enter'), undefined],
      [key('ArrowRight', { altKey: true, shiftKey: true }), 'indent'],
      [key('ArrowLeft', { altKey: true, shiftKey: true }), 'outdent'],
      [key('ArrowRight', { altKey: true }), 'moveLater'],
      [key('ArrowLeft', { altKey: true }), 'moveEarlier'],
      [key('ArrowRight'), undefined],
      [key('Delete'), 'delete'],
      [key('z', { ctrlKey: true }), 'undo'],
      [key('Z', { metaKey: true }), 'undo'],
      [key('z', { ctrlKey: true, shiftKey: true }), 'redo'],
      [key('y', { ctrlKey: true }), 'redo'],
      [key('z'), undefined],
    ];
    for (const [e, id] of cases) {
      const matching = actions.filter((a) => a.keyTest(e)).map((a) => a.id);
      expect(matching, `${e.key} ctrl=${e.ctrlKey} alt=${e.altKey} shift=${e.shiftKey}`).toEqual(
        id ? [id] : [],
      );
    }
    expect(actionForKey(key('Delete'), 'plan')?.id).toBe('delete');
    expect(actionForKey(key('Delete'), 'history')).toBeUndefined();
    expect(actionForKey(key('y', { ctrlKey: true }), 'history')?.id).toBe('redo');
  });

  it('labels every action with a message and gives every action a shortcut', () => {
    expect(new Set(actions.map((a) => a.id)).size).toBe(actions.length);
    for (const a of actions) {
      expect(a.label).toMatch(/^plan\.(cmd|editor)\./);
      expect(a.shortcut).not.toBe('');
    }
  });

  it('adds an activity after the cursor row and selects it for renaming', () => {
    const r = action('add').perform(twoActivities(), on('act-1'));
    expect(r.ok && r.value.activities.map((a) => a.id)).toEqual(['act-1', 'act-3', 'act-2']);
    expect(r.ok && r.select).toEqual({ id: 'act-3', edit: true });
    const empty = action('add').perform(emptyPlan('e', 'E', '2027-01-04'), on(undefined));
    expect(empty.ok && empty.value.activities.map((a) => a.name)).toEqual([{ en: 'New activity' }]);
  });

  it('indents, outdents, moves and deletes the activity under the cursor', () => {
    const p = twoActivities();
    const indented = action('indent').perform(p, on('act-2'));
    expect(indented.ok && indented.value.activities[1]?.parent).toBe('act-1');
    expect(action('indent').perform(p, on('act-1'))).toEqual({
      ok: false,
      error: { code: 'cannot_indent', id: 'act-1' },
    });
    expect(action('outdent').perform(p, on('act-2'))).toEqual({
      ok: false,
      error: { code: 'cannot_outdent', id: 'act-2' },
    });
    const later = action('moveLater').perform(p, on('act-2', '2027-01-04'));
    expect(later.ok && later.value.activities[1]?.constraint).toEqual({ type: 'SNET', date: '2027-01-11' });
    const earlier = action('moveEarlier').perform(p, on('act-2', '2027-01-18'));
    expect(earlier.ok && earlier.value.activities[1]?.constraint).toEqual({
      type: 'SNET',
      date: '2027-01-11',
    });
    const deleted = action('delete').perform(p, on('act-1'));
    expect(deleted.ok && deleted.value.activities.map((a) => a.id)).toEqual(['act-2']);
  });

  it('is disabled where there is nothing to act on', () => {
    for (const id of ['indent', 'outdent', 'moveLater', 'moveEarlier', 'delete'] as const)
      expect(action(id).enabled(on(undefined)), id).toBe(false);
    expect(action('moveLater').enabled(on('act-1'))).toBe(false);
    expect(action('moveLater').enabled(on('act-1', '2027-01-04'))).toBe(true);
    expect(action('add').enabled(on(undefined))).toBe(true);
  });

  it('runs undo and redo on the history it is given', () => {
    const calls: string[] = [];
    const history = { undo: () => calls.push('undo'), redo: () => calls.push('redo') };
    action('undo').perform(history);
    action('redo').perform(history);
    expect(calls).toEqual(['undo', 'redo']);
  });
});

describe('grid navigation keys', () => {
  const p = (() => {
    const r = action('indent').perform(twoActivities(), on('act-2'));
    if (!r.ok) throw new Error(r.error.code);
    return r.value;
  })();
  const rows = flattenTree(buildTree(p), new Set());
  const at = (pos: number, col: Col, collapsed: ReadonlySet<string> = new Set()): GridPosition => ({
    rows,
    pos,
    current: rows[pos]!,
    col,
    collapsed,
  });

  it('moves the cursor, folds and unfolds rows and starts editing', () => {
    expect(gridMove(key('ArrowDown'), at(0, 'name')).move).toEqual({
      kind: 'cursor',
      key: rows[1]!.key,
      col: 'name',
    });
    expect(gridMove(key('ArrowUp'), at(0, 'name')).move).toEqual({
      kind: 'cursor',
      key: rows[0]!.key,
      col: 'name',
    });
    expect(gridMove(key('ArrowRight'), at(0, 'name')).move).toEqual({
      kind: 'cursor',
      key: rows[0]!.key,
      col: 'duration',
    });
    expect(gridMove(key('ArrowLeft'), at(0, 'wbs')).move).toEqual({ kind: 'collapse', key: rows[0]!.key });
    expect(gridMove(key('ArrowRight'), at(0, 'wbs', new Set([rows[0]!.key]))).move).toEqual({
      kind: 'expand',
      key: rows[0]!.key,
    });
    expect(gridMove(key('ArrowLeft'), at(1, 'wbs')).move).toEqual({
      kind: 'cursor',
      key: rows[0]!.key,
      col: 'wbs',
    });
    expect(gridMove(key('Home'), at(1, 'name')).move).toEqual({
      kind: 'cursor',
      key: rows[1]!.key,
      col: 'wbs',
    });
    expect(gridMove(key('End', { ctrlKey: true }), at(0, 'name')).move).toEqual({
      kind: 'cursor',
      key: rows[1]!.key,
      col: 'name',
    });
    expect(gridMove(key('F2'), at(0, 'name')).move).toEqual({ kind: 'edit' });
    expect(gridMove(key('x'), at(0, 'name')).handled).toBe(false);
  });
});
