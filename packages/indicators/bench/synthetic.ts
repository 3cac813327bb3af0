import type { MethodologyNode, MethodologySpec } from '@dsc/domain';
import { createRng } from '../src/random.js';
import type { IndexData } from '../src/types.js';

/**
 * A synthetic data set of a given shape: `units` × `indicators`, grouped into pillars of about six indicators,
 * two sub-indices and one index (4 levels). Values are log-normal with a common factor (so indicators correlate),
 * some indicators heavy-tailed (so the outlier rule has work), about 4 % missing, a two-level group column and a
 * population denominator for every fifth indicator. Seeded: the same arguments give the same data.
 */
export function syntheticCoin(
  units: number,
  indicators: number,
  seed = 1,
): { spec: MethodologySpec; data: IndexData } {
  const rng = createRng(seed);
  const normal = () => {
    const u = Math.max(rng.next(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
  };
  const pillars = Math.max(2, Math.round(indicators / 6));
  const nodes: MethodologyNode[] = [];
  for (let j = 0; j < indicators; j++) {
    nodes.push({
      id: `X${j + 1}`,
      parent: `P${(j % pillars) + 1}`,
      level: 1,
      type: 'indicator',
      direction: j % 7 === 3 ? -1 : 1,
      weight: 1,
      ...(j % 5 === 0 ? { denominator: 'Pop' } : {}),
    });
  }
  for (let p = 0; p < pillars; p++)
    nodes.push({
      id: `P${p + 1}`,
      parent: p < pillars / 2 ? 'S1' : 'S2',
      level: 2,
      type: 'aggregate',
      weight: 1,
    });
  nodes.push({ id: 'S1', parent: 'Index', level: 3, type: 'aggregate', weight: 1 });
  nodes.push({ id: 'S2', parent: 'Index', level: 3, type: 'aggregate', weight: 1 });
  nodes.push({ id: 'Index', level: 4, type: 'aggregate' });
  nodes.push({ id: 'Pop', level: 1, type: 'denominator' });
  const factor = Array.from({ length: units }, () => normal());
  const pop = Array.from({ length: units }, () => Math.exp(8 + 2 * normal()));
  const values: Record<string, (number | null)[]> = {};
  for (let j = 0; j < indicators; j++) {
    const tail = j % 8 === 0 ? 3 : j % 4 === 0 ? 1.5 : 0.4;
    values[`X${j + 1}`] = Array.from({ length: units }, (_, i) => {
      if (rng.next() < 0.04) return null;
      const v = Math.exp(tail * (0.6 * factor[i]! + 0.8 * normal()));
      return j % 5 === 0 ? v * pop[i]! : v;
    });
  }
  const data: IndexData = {
    units: Array.from({ length: units }, (_, i) => `U${String(i + 1).padStart(4, '0')}`),
    values,
    groups: { Region: Array.from({ length: units }, (_, i) => (i % 2 === 0 ? 'A' : 'B')) },
    denominators: { Pop: pop },
  };
  const spec: MethodologySpec = {
    kind: 'methodology',
    schemaVersion: 1,
    id: `synthetic-${units}x${indicators}`,
    version: '1',
    name: { en: 'Synthetic benchmark coin' },
    nodes,
    steps: {
      denominate: { method: 'byNode' },
      impute: { method: 'groupMean', group: 'Region' },
      screen: { method: 'byNA', datThresh: 0.9 },
      treat: { method: 'jrc' },
      normalise: { method: 'minmax', outputRange: [0, 100] },
      aggregate: { method: 'arithmetic' },
    },
  };
  return { spec, data };
}
