import { createContext, use, useCallback, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { EmbeddedData } from './embedded.js';
import type { AppData, AppObservation, UserDataset } from './types.js';
import { deleteUserDataset, listUserDatasets, saveUserDataset } from './user-store.js';

export type DataState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; data: AppData };

interface DataApi {
  state: DataState;
  addUserDataset: (ds: UserDataset) => Promise<void>;
  removeUserDataset: (id: string) => Promise<void>;
}

const DataContext = createContext<DataApi>({
  state: { status: 'loading' },
  addUserDataset: () => Promise.resolve(),
  removeUserDataset: () => Promise.resolve(),
});

/** Merges the user's imports into the embedded data; a user figure for the same cell replaces the embedded one. */
export function mergeData(embedded: EmbeddedData, user: readonly UserDataset[]): AppData {
  const key = (o: { iso3: string; indicator: string; year: number }) => `${o.iso3}|${o.indicator}|${o.year}`;
  const userRows: AppObservation[] = user.flatMap((ds) =>
    ds.observations.map((o) => ({ ...o, userData: true, datasetId: ds.id })),
  );
  const replaced = new Set(userRows.map(key));
  const sources = new Map(embedded.sources.map((s) => [s.id, s]));
  for (const ds of user) for (const s of ds.sources) if (!sources.has(s.id)) sources.set(s.id, s);
  return {
    ...embedded,
    observations: [...embedded.observations.filter((o) => !replaced.has(key(o))), ...userRows],
    sources: [...sources.values()],
    userDatasets: user,
  };
}

let embeddedPromise: Promise<EmbeddedData | { error: string }> | undefined;

/**
 * Starts loading the embedded data set (once). Called before the first render so that the data chunks
 * download while React and the route code start.
 */
export function preloadEmbedded(): Promise<EmbeddedData | { error: string }> {
  embeddedPromise ??= import('./embedded.js').then((m) => m.loadEmbedded());
  return embeddedPromise;
}

export function DataProvider({ children }: { children: ReactNode }) {
  const [embedded, setEmbedded] = useState<EmbeddedData | 'loading' | { error: string }>('loading');
  const [user, setUser] = useState<readonly UserDataset[]>([]);

  useEffect(() => {
    let live = true;
    Promise.all([preloadEmbedded(), listUserDatasets().catch(() => [])])
      .then(([e, u]) => {
        if (!live) return;
        setEmbedded(e);
        setUser(u);
      })
      .catch((e: unknown) => {
        if (live) setEmbedded({ error: e instanceof Error ? e.message : String(e) });
      });
    return () => {
      live = false;
    };
  }, []);

  const addUserDataset = useCallback(async (ds: UserDataset) => {
    await saveUserDataset(ds);
    setUser((prev) => [...prev.filter((p) => p.id !== ds.id), ds]);
  }, []);
  const removeUserDataset = useCallback(async (id: string) => {
    await deleteUserDataset(id);
    setUser((prev) => prev.filter((p) => p.id !== id));
  }, []);

  const state = useMemo<DataState>(() => {
    if (embedded === 'loading') return { status: 'loading' };
    if ('error' in embedded) return { status: 'error', message: embedded.error };
    return { status: 'ready', data: mergeData(embedded, user) };
  }, [embedded, user]);

  const api = useMemo(() => ({ state, addUserDataset, removeUserDataset }), [state, addUserDataset, removeUserDataset]);
  return <DataContext value={api}>{children}</DataContext>;
}

export const useDataApi = (): DataApi => use(DataContext);
