import type { Plan } from '@dsc/domain';
import { temporal } from 'zundo';
import { create } from 'zustand';
import { getPlan, putPlan } from './plan-db.js';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error';

export interface PlanState {
  plan: Plan | undefined;
  /** Label of the last command (shown in the undo button's name). */
  lastCommand: string;
  status: SaveStatus;
  /** Replaces the plan without an undo step (opening a plan). */
  open: (plan: Plan) => void;
  /** Runs one user command: one undo step. */
  commit: (label: string, plan: Plan) => void;
}

/** The open plan with undo/redo: one command = one undo step (zundo tracks the plan and the command's name). */
export const usePlanStore = create<PlanState>()(
  temporal(
    (set) => ({
      plan: undefined,
      lastCommand: '',
      status: 'idle',
      open: (plan) => set({ plan, lastCommand: '', status: 'saved' }),
      commit: (label, plan) => set({ plan, lastCommand: label }),
    }),
    {
      partialize: (s) => ({ plan: s.plan, lastCommand: s.lastCommand }),
      equality: (a, b) => a.plan === b.plan,
      limit: 300,
    },
  ),
);

export const openPlan = (plan: Plan): void => {
  usePlanStore.getState().open(plan);
  usePlanStore.temporal.getState().clear();
};

export const undo = (): void => usePlanStore.temporal.getState().undo();
export const redo = (): void => usePlanStore.temporal.getState().redo();

let timer: ReturnType<typeof setTimeout> | undefined;
let pending: Plan | undefined;
/** Set while a plan saved by another tab is applied here, so it is not saved back. */
let applyingRemote = false;

/** Tabs tell each other which plan they saved, so two windows on one plan stay in step. */
const channel: BroadcastChannel | undefined =
  typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel('dsc-plans');

async function flush(): Promise<void> {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  const plan = pending;
  pending = undefined;
  if (!plan) return;
  try {
    const row = await putPlan(plan);
    channel?.postMessage({ id: row.id, updatedAt: row.updatedAt });
    if (usePlanStore.getState().plan === plan) usePlanStore.setState({ status: 'saved' });
  } catch {
    usePlanStore.setState({ status: 'error' });
  }
}

/** Saves every change to IndexedDB shortly after it happens, and at once when the page is hidden or closed. */
export function startAutosave(remoteLabel: () => string): () => void {
  const unsub = usePlanStore.subscribe((s, prev) => {
    if (applyingRemote) return;
    if (!s.plan || s.plan === prev.plan || prev.plan === undefined || s.plan.id !== prev.plan.id) return;
    pending = s.plan;
    if (s.status !== 'saving') usePlanStore.setState({ status: 'saving' });
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void flush(), 250);
  });
  const onHide = () => void flush();
  const onMessage = (e: MessageEvent<{ id: string }>) => {
    const current = usePlanStore.getState().plan;
    if (!current || e.data.id !== current.id || pending) return;
    void getPlan(current.id).then((row) => {
      if (!row || usePlanStore.getState().plan !== current) return;
      applyingRemote = true;
      usePlanStore.getState().commit(remoteLabel(), row.plan);
      usePlanStore.setState({ status: 'saved' });
      applyingRemote = false;
    });
  };
  channel?.addEventListener('message', onMessage);
  window.addEventListener('pagehide', onHide);
  document.addEventListener('visibilitychange', onHide);
  return () => {
    void flush();
    unsub();
    channel?.removeEventListener('message', onMessage);
    window.removeEventListener('pagehide', onHide);
    document.removeEventListener('visibilitychange', onHide);
  };
}
