import type { Plan } from '@dsc/domain';
import type { CommandResult } from '../common/command.js';
import { usePlanStore } from './plan-store.js';

/** Runs one command on the open plan: one undo step when it changes the plan. */
export function runCommand(label: string, f: (p: Plan) => CommandResult): boolean {
  const plan = usePlanStore.getState().plan;
  if (!plan) return false;
  const r = f(plan);
  if (!r.ok) return false;
  if (r.value !== plan) usePlanStore.getState().commit(label, r.value);
  return true;
}
