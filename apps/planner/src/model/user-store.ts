import type { DBSchema, IDBPDatabase } from 'idb';
import { openDB } from 'idb';
import type { UserDataset } from './types.js';

interface PlannerDb extends DBSchema {
  datasets: { key: string; value: UserDataset };
}

const DB_NAME = 'dsc-planner';
let dbPromise: Promise<IDBPDatabase<PlannerDb>> | undefined;

const db = (): Promise<IDBPDatabase<PlannerDb>> => {
  dbPromise ??= openDB<PlannerDb>(DB_NAME, 1, {
    upgrade(database) {
      if (!database.objectStoreNames.contains('datasets')) database.createObjectStore('datasets', { keyPath: 'id' });
    },
  });
  return dbPromise;
};

const available = (): boolean => typeof indexedDB !== 'undefined';

export async function listUserDatasets(): Promise<UserDataset[]> {
  if (!available()) return [];
  const all = await (await db()).getAll('datasets');
  return all.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
}

export async function saveUserDataset(ds: UserDataset): Promise<void> {
  if (!available()) return;
  await (await db()).put('datasets', ds);
  // Ask the browser to keep the data under storage pressure (granted on engagement; harmless if refused).
  if (typeof navigator !== 'undefined' && 'storage' in navigator && typeof navigator.storage.persist === 'function')
    void navigator.storage.persist().catch(() => false);
}

export async function deleteUserDataset(id: string): Promise<void> {
  if (!available()) return;
  await (await db()).delete('datasets', id);
}
