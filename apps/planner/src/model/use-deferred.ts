import { useEffect, useState } from 'react';

/**
 * Computes a value after the first paint (in a macrotask), so that a heavy analysis never delays the
 * first render. Returns undefined until it is ready; recomputes when `key` changes.
 */
export function useDeferred<T>(compute: () => T, key: unknown): T | undefined {
  const [state, setState] = useState<{ key: unknown; value: T } | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const id = setTimeout(() => {
      const value = compute();
      if (live) setState({ key, value });
    }, 30);
    return () => {
      live = false;
      clearTimeout(id);
    };
    // `compute` is a fresh closure on every render; `key` identifies its inputs.
  }, [key]);
  return state && state.key === key ? state.value : undefined;
}
