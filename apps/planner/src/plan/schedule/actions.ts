import type { I18nText, Plan } from '@dsc/domain';
import type { CommandResult } from '../common/command.js';
import type { Anchor } from './commands.js';
import { addActivity, deleteActivity, indent, moveActivity, outdent } from './commands.js';

/** The keys of a keyboard event that an action tests (a DOM or React event, or a plain object in tests). */
export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** Where the schedule editor is when an action runs. */
export interface ActionContext {
  /** The activity under the cursor; undefined on a phase or output row and in an empty grid. */
  activity: string | undefined;
  /** Where a new activity goes. */
  anchor: Anchor;
  /** The scheduled start of the activity under the cursor. */
  start: string | undefined;
  /** Working days of one move step (a day, a week or a month, by the timeline scale). */
  step: number;
  /** The name of a new activity, in the interface language. */
  newName: I18nText;
}

/** An accepted action may name the activity to select next (a new activity is selected for renaming). */
export type ActionResult = CommandResult & { select?: { id: string; edit: boolean } };

/** The messages naming the actions (none has placeholders). */
export type ActionLabel =
  | 'plan.cmd.add'
  | 'plan.cmd.indent'
  | 'plan.cmd.outdent'
  | 'plan.cmd.move'
  | 'plan.cmd.delete'
  | 'plan.editor.undo'
  | 'plan.editor.redo';

interface ActionBase<Id extends string> {
  id: Id;
  /** The message that names the action: the undo step, a button, a menu entry. */
  label: ActionLabel;
  /** The keys that run it, in `aria-keyshortcuts` notation. */
  shortcut: string;
  keyTest: (e: KeyInput) => boolean;
}

/** A command on the open plan: one undo step when it is accepted. */
export interface PlanAction extends ActionBase<
  'add' | 'indent' | 'outdent' | 'moveLater' | 'moveEarlier' | 'delete'
> {
  kind: 'plan';
  /** Whether the action has something to act on here (otherwise its keys do nothing). */
  enabled: (ctx: ActionContext) => boolean;
  perform: (plan: Plan, ctx: ActionContext) => ActionResult;
}

/** Moves through the undo history of the open plan. */
export interface HistoryAction extends ActionBase<'undo' | 'redo'> {
  kind: 'history';
  perform: (history: { undo: () => void; redo: () => void }) => void;
}

export type Action = PlanAction | HistoryAction;
export type ActionId = Action['id'];

const ctrl = (e: KeyInput): boolean => e.ctrlKey || e.metaKey;
const refused = (id: string): ActionResult => ({ ok: false, error: { code: 'unknown_activity', id } });

/** Every command of the schedule editor: the grid's keys, the toolbar buttons, undo and tests use these objects. */
export const actions = [
  {
    kind: 'plan',
    id: 'add',
    label: 'plan.cmd.add',
    shortcut: 'Insert Control+Enter',
    keyTest: (e) => e.key === 'Insert' || (e.key === 'Enter' && ctrl(e)),
    enabled: () => true,
    perform: (plan, ctx) => {
      const r = addActivity(plan, ctx.anchor, ctx.newName);
      return { ok: true, value: r.plan, select: { id: r.id, edit: true } };
    },
  },
  {
    kind: 'plan',
    id: 'indent',
    label: 'plan.cmd.indent',
    shortcut: 'Alt+Shift+ArrowRight',
    keyTest: (e) => e.altKey && e.shiftKey && e.key === 'ArrowRight',
    enabled: (ctx) => ctx.activity !== undefined,
    perform: (plan, ctx) => (ctx.activity === undefined ? refused('') : indent(plan, ctx.activity)),
  },
  {
    kind: 'plan',
    id: 'outdent',
    label: 'plan.cmd.outdent',
    shortcut: 'Alt+Shift+ArrowLeft',
    keyTest: (e) => e.altKey && e.shiftKey && e.key === 'ArrowLeft',
    enabled: (ctx) => ctx.activity !== undefined,
    perform: (plan, ctx) => (ctx.activity === undefined ? refused('') : outdent(plan, ctx.activity)),
  },
  {
    kind: 'plan',
    id: 'moveLater',
    label: 'plan.cmd.move',
    shortcut: 'Alt+ArrowRight',
    keyTest: (e) => e.altKey && !e.shiftKey && e.key === 'ArrowRight',
    enabled: (ctx) => ctx.activity !== undefined && ctx.start !== undefined,
    perform: (plan, ctx) =>
      ctx.activity === undefined || ctx.start === undefined
        ? refused(ctx.activity ?? '')
        : moveActivity(plan, ctx.activity, ctx.start, ctx.step),
  },
  {
    kind: 'plan',
    id: 'moveEarlier',
    label: 'plan.cmd.move',
    shortcut: 'Alt+ArrowLeft',
    keyTest: (e) => e.altKey && !e.shiftKey && e.key === 'ArrowLeft',
    enabled: (ctx) => ctx.activity !== undefined && ctx.start !== undefined,
    perform: (plan, ctx) =>
      ctx.activity === undefined || ctx.start === undefined
        ? refused(ctx.activity ?? '')
        : moveActivity(plan, ctx.activity, ctx.start, -ctx.step),
  },
  {
    kind: 'plan',
    id: 'delete',
    label: 'plan.cmd.delete',
    shortcut: 'Delete',
    keyTest: (e) => e.key === 'Delete',
    enabled: (ctx) => ctx.activity !== undefined,
    perform: (plan, ctx) => (ctx.activity === undefined ? refused('') : deleteActivity(plan, ctx.activity)),
  },
  {
    kind: 'history',
    id: 'undo',
    label: 'plan.editor.undo',
    shortcut: 'Control+Z',
    keyTest: (e) => ctrl(e) && !e.shiftKey && e.key.toLowerCase() === 'z',
    perform: (history) => history.undo(),
  },
  {
    kind: 'history',
    id: 'redo',
    label: 'plan.editor.redo',
    shortcut: 'Control+Shift+Z Control+Y',
    keyTest: (e) => ctrl(e) && ((e.shiftKey && e.key.toLowerCase() === 'z') || e.key.toLowerCase() === 'y'),
    perform: (history) => history.redo(),
  },
] as const satisfies readonly Action[];

/** The action with this id. */
export function action<Id extends ActionId>(
  id: Id,
): Id extends PlanAction['id'] ? PlanAction : HistoryAction {
  return (actions as readonly Action[]).find((a) => a.id === id) as Id extends PlanAction['id']
    ? PlanAction
    : HistoryAction;
}

/** The action of a key press: the one whose `keyTest` matches, among the actions of one kind. */
export function actionForKey<K extends Action['kind']>(
  e: KeyInput,
  kind: K,
): Extract<Action, { kind: K }> | undefined {
  const found = (actions as readonly Action[]).filter((a) => a.kind === kind && a.keyTest(e));
  return found.length === 1 ? (found[0] as Extract<Action, { kind: K }>) : undefined;
}
