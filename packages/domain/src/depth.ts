import { toPointer } from './errors.js';

/** The deepest nesting of arrays and objects a document may have. */
export const MAX_DOCUMENT_DEPTH = 256;

type Frame = { readonly value: object; readonly depth: number; readonly key: string; readonly parent: Frame | null };

const pointerOf = (f: Frame): string => {
  const path: string[] = [];
  for (let at: Frame | null = f; at?.parent; at = at.parent) path.push(at.key);
  return toPointer(path.reverse());
};

/**
 * The JSON pointer of the first array or object nested deeper than `max` (the document itself is depth 1), or
 * `undefined`. Walks with an explicit stack, so any depth is measured without a stack overflow; a value met twice
 * (shared or cyclic) is not walked again.
 */
export function tooDeepAt(input: unknown, max: number = MAX_DOCUMENT_DEPTH): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const seen = new WeakSet<object>();
  const stack: Frame[] = [{ value: input, depth: 1, key: '', parent: null }];
  for (let f = stack.pop(); f; f = stack.pop()) {
    if (seen.has(f.value)) continue;
    seen.add(f.value);
    if (f.depth > max) return pointerOf(f);
    const v = f.value as Record<string, unknown>;
    const keys = Array.isArray(v) ? v.keys() : Object.keys(v).values();
    for (const k of keys) {
      const child = v[k as keyof typeof v];
      if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: f.depth + 1, key: String(k), parent: f });
    }
  }
  return undefined;
}
