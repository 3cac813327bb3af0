import type { MethodologySpec, Result } from '@dsc/domain';
import { err, fromPointer, ok } from '@dsc/domain';
import { createRng } from '../random.js';
import type { CompiledSpec } from '../spec/index.js';
import { compileSpec } from '../spec/index.js';
import { nominalWeights } from '../steps/weights.js';
import type { IndicatorError } from '../types.js';

/**
 * An uncertain choice of the methodology. `address` is a JSON pointer into the spec (e.g. `/steps/treat/winmax`,
 * `/steps/normalise`, `/steps/aggregate/method`); `weights` perturbs the nominal weights of one level as
 * `w·(1 + U(−1, 1)·noise)` from a seeded pool of `draws` weight sets.
 */
export type UncertainInput =
  | {
      readonly name?: string;
      readonly type: 'discrete';
      readonly address: string;
      readonly alternatives: readonly unknown[];
    }
  | {
      readonly name?: string;
      readonly type: 'continuous';
      readonly address: string;
      readonly range: readonly [number, number];
      readonly integer?: boolean;
    }
  | {
      readonly name?: string;
      readonly type: 'weights';
      readonly level: number;
      readonly noise: number;
      readonly draws?: number;
    };

export type Prepared = {
  readonly names: readonly string[];
  readonly apply: (
    u: ArrayLike<number>,
    offset: number,
  ) => {
    key: string;
    spec: MethodologySpec | undefined;
    weights: Record<string, number> | undefined;
    values: Record<string, unknown>;
  };
};

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

const setAt = (doc: unknown, pointer: string, value: unknown) => {
  const path = fromPointer(pointer);
  let cur = doc as Record<string, unknown>;
  for (let i = 0; i < path.length - 1; i++) cur = cur[path[i]!] as Record<string, unknown>;
  cur[path[path.length - 1]!] = value;
};

const existsAt = (doc: unknown, pointer: string): boolean => {
  const path = fromPointer(pointer);
  if (path.length === 0) return false;
  let cur: unknown = doc;
  for (let i = 0; i < path.length - 1; i++) {
    if (typeof cur !== 'object' || cur === null) return false;
    cur = (cur as Record<string, unknown>)[path[i]!];
  }
  return typeof cur === 'object' && cur !== null;
};

/** Maps u ∈ [0, 1) to a discrete alternative (equal-width bins). */
export const pickDiscrete = <T>(alts: readonly T[], u: number): T =>
  alts[Math.min(alts.length - 1, Math.floor(u * alts.length))]!;

/**
 * Validates the inputs against the base spec before any run: each address must point into a step the spec has,
 * and every discrete alternative must give a valid spec. Nothing is skipped silently.
 */
export function prepare(
  base: CompiledSpec,
  inputs: readonly UncertainInput[],
  seed: number,
): Result<Prepared, IndicatorError> {
  const spec = base.spec;
  const names: string[] = [];
  for (const [k, inp] of inputs.entries()) {
    const where = `/inputs/${k}`;
    if (inp.type === 'weights') {
      if (!base.spec.nodes.some((n) => n.level === inp.level && n.parent !== undefined))
        return err({
          code: 'invalid_input',
          pointer: where,
          message: `No weighted nodes at level ${inp.level}`,
        });
      names.push(inp.name ?? `weights:level${inp.level}`);
      continue;
    }
    if (!existsAt(spec, inp.address))
      return err({
        code: 'invalid_input',
        pointer: where,
        message: `${inp.address} refers to a step or field the base spec does not have`,
      });
    names.push(inp.name ?? inp.address);
    const values = inp.type === 'discrete' ? inp.alternatives : [inp.range[0], inp.range[1]];
    if (inp.type === 'discrete' && values.length === 0)
      return err({ code: 'invalid_input', pointer: where, message: 'No alternatives' });
    for (const v of values) {
      const variant = clone(spec);
      setAt(variant, inp.address, v);
      const c = compileSpec(variant);
      if (!c.ok)
        return err({
          code: 'invalid_input',
          pointer: where,
          message: `alternative ${JSON.stringify(v)} gives an invalid spec: ${c.error.code === 'invalid_spec' ? c.error.issues.map((i) => `${i.pointer} ${i.message}`).join('; ') : c.error.code}`,
        });
    }
  }
  // weight pools, drawn once from the seed
  const rng = createRng(seed ^ 0x5eed);
  const nominal = nominalWeights(base);
  const pools = inputs.map((inp) => {
    if (inp.type !== 'weights') return undefined;
    const ids = spec.nodes.filter((n) => n.level === inp.level && n.parent !== undefined).map((n) => n.id);
    return Array.from({ length: inp.draws ?? 100 }, () =>
      Object.fromEntries(ids.map((id) => [id, nominal[id]! * (1 + (2 * rng.next() - 1) * inp.noise)])),
    );
  });
  const apply: Prepared['apply'] = (u, offset) => {
    let variant: MethodologySpec | undefined;
    let weights: Record<string, number> | undefined;
    const values: Record<string, unknown> = {};
    const keyParts: unknown[] = [];
    inputs.forEach((inp, j) => {
      const uj = u[offset + j]!;
      if (inp.type === 'weights') {
        const k = Math.min(pools[j]!.length - 1, Math.floor(uj * pools[j]!.length));
        weights = { ...(weights ?? {}), ...pools[j]![k]! };
        values[names[j]!] = `draw ${k}`;
        return;
      }
      let v: unknown;
      if (inp.type === 'discrete') v = pickDiscrete(inp.alternatives, uj);
      else {
        const [a, b] = inp.range;
        v = inp.integer ? Math.min(b, a + Math.floor(uj * (b - a + 1))) : a + uj * (b - a);
      }
      variant ??= clone(spec);
      setAt(variant, inp.address, v);
      values[names[j]!] = v;
      keyParts.push(v);
    });
    return { key: JSON.stringify(keyParts), spec: variant, weights, values };
  };
  return ok({ names, apply });
}

/**
 * Default uncertain inputs, in the style of COINr's example analysis: winsorisation limit 1–5 (when treated),
 * normalisation alternatives (when min-max), arithmetic vs geometric mean (geometric with a shift zero policy), and
 * ±25 % noise on the weights of each aggregation level.
 */
export function defaultInputs(spec: MethodologySpec): UncertainInput[] {
  const out: UncertainInput[] = [];
  if (spec.steps.treat && spec.steps.treat.method === 'jrc')
    out.push({ type: 'discrete', address: '/steps/treat/winmax', alternatives: [1, 2, 3, 4, 5] });
  if (spec.steps.normalise?.method === 'minmax')
    out.push({
      type: 'discrete',
      address: '/steps/normalise',
      alternatives: [spec.steps.normalise, { method: 'zscore', mean: 100, sd: 10 }, { method: 'rank' }],
    });
  if (spec.steps.aggregate) {
    const a = spec.steps.aggregate;
    const geo = { method: 'geometric', zeroPolicy: 'shift', epsilon: 1 } as const;
    // per-level overrides take precedence, so the alternative switches them too
    const levels = a.levels
      ? Object.fromEntries(Object.entries(a.levels).map(([k, l]) => [k, { ...l, ...geo }]))
      : undefined;
    out.push({
      type: 'discrete',
      address: '/steps/aggregate',
      alternatives: [a, { ...a, ...geo, ...(levels ? { levels } : {}) }],
    });
  }
  const levels = [...new Set(spec.nodes.filter((n) => n.parent !== undefined).map((n) => n.level))].sort();
  for (const l of levels.filter((l) => l >= 2)) out.push({ type: 'weights', level: l, noise: 0.25 });
  if (out.length === 0) out.push({ type: 'weights', level: 1, noise: 0.25 });
  return out;
}
