import { describe, expect, it } from 'vitest';
import { addActivity } from '../schedule/commands.js';
import { emptyPlan } from '../common/empty-plan.js';
import { openPlan, redo, undo, usePlanStore } from './plan-store.js';

describe('plan store', () => {
  it('makes one undo step per command and none for opening a plan', () => {
    const p0 = emptyPlan('s', 'Store', '2027-01-04');
    openPlan(p0);
    expect(usePlanStore.temporal.getState().pastStates).toHaveLength(0);
    const p1 = addActivity(p0, { kind: 'end' }, { en: 'One' }).plan;
    usePlanStore.getState().commit('Add', p1);
    const p2 = addActivity(p1, { kind: 'end' }, { en: 'Two' }).plan;
    usePlanStore.getState().commit('Add', p2);
    // Status changes are not undo steps.
    usePlanStore.setState({ status: 'saving' });
    expect(usePlanStore.temporal.getState().pastStates).toHaveLength(2);
    undo();
    expect(usePlanStore.getState().plan).toBe(p1);
    undo();
    expect(usePlanStore.getState().plan).toBe(p0);
    redo();
    redo();
    expect(usePlanStore.getState().plan).toBe(p2);
    openPlan(emptyPlan('other', 'Other', '2027-01-04'));
    expect(usePlanStore.temporal.getState().pastStates).toHaveLength(0);
    expect(usePlanStore.temporal.getState().futureStates).toHaveLength(0);
  });
});
