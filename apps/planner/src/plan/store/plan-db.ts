import type { Plan } from '@dsc/domain';
import type { DBSchema, IDBPDatabase } from 'idb';
import { openDB } from 'idb';

/** One stored plan: the document plus list metadata. */
export interface StoredPlan {
  id: string;
  plan: Plan;
  updatedAt: string;
}

interface PlansDb extends DBSchema {
  plans: { key: string; value: StoredPlan; indexes: { updatedAt: string } };
}

/** Plans live in their own database, apart from the dashboards' imported data sets. */
export const PLANS_DB = 'dsc-plans';

let dbPromise: Promise<IDBPDatabase<PlansDb>> | undefined;
const db = (): Promise<IDBPDatabase<PlansDb>> =>
  (dbPromise ??= openDB<PlansDb>(PLANS_DB, 1, {
    upgrade(d) {
      const store = d.createObjectStore('plans', { keyPath: 'id' });
      store.createIndex('updatedAt', 'updatedAt');
    },
  }));

export async function listPlans(): Promise<StoredPlan[]> {
  const all = await (await db()).getAll('plans');
  return all.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export async function getPlan(id: string): Promise<StoredPlan | undefined> {
  return (await db()).get('plans', id);
}

let persistAsked = false;
export async function putPlan(plan: Plan): Promise<StoredPlan> {
  const row: StoredPlan = { id: plan.id, plan, updatedAt: new Date().toISOString() };
  await (await db()).put('plans', row);
  if (!persistAsked && typeof navigator !== 'undefined' && navigator.storage?.persist) {
    persistAsked = true;
    void navigator.storage.persist().catch(() => false);
  }
  return row;
}

export async function deletePlan(id: string): Promise<void> {
  await (await db()).delete('plans', id);
}
