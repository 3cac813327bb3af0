import type { CompiledSpec } from '../spec/index.js';

/**
 * Nominal weights of every tree node: the node's `weight` (default 1), replaced by the named weight set when
 * `steps.weights.method` is `set`, or all 1 for `equal`. Weights are relative: they are normalised within each
 * parent at use.
 */
export function nominalWeights(
  c: CompiledSpec,
  override?: Readonly<Record<string, number>>,
): Record<string, number> {
  const w: Record<string, number> = {};
  const method = c.spec.steps.weights?.method ?? 'nominal';
  const set = method === 'set' ? (c.spec.weightSets?.[c.spec.steps.weights?.set ?? ''] ?? {}) : {};
  for (const n of c.spec.nodes) {
    if (n.type !== 'indicator' && n.type !== 'aggregate') continue;
    w[n.id] = method === 'equal' ? 1 : (set[n.id] ?? n.weight ?? 1);
  }
  if (override) Object.assign(w, override);
  return w;
}

/**
 * Effective weights: normalise within each parent, then multiply down the tree, so each node's share of the top
 * aggregate is explicit (importance is not the nominal weight).
 */
export function effectiveWeights(
  c: CompiledSpec,
  nominal: Readonly<Record<string, number>>,
): Record<string, number> {
  const eff: Record<string, number> = {};
  const visit = (id: string, share: number) => {
    eff[id] = share;
    const kids = c.childrenOf.get(id) ?? [];
    const total = kids.reduce((s, k) => s + (nominal[k] ?? 0), 0);
    for (const k of kids) visit(k, total === 0 ? 0 : (share * (nominal[k] ?? 0)) / total);
  };
  if (c.root) visit(c.root, 1);
  return eff;
}
