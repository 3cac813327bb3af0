import type { MethodologySpec } from '@dsc/domain';
import type { IndexData } from '../types.js';

/** A hand-checkable tree: 2 pillars of 2 indicators each, one index; I2 is lower-is-better. */
export const smallSpec: MethodologySpec = {
  kind: 'methodology',
  schemaVersion: 1,
  id: 'small',
  version: '1',
  name: { en: 'Small test index' },
  nodes: [
    { id: 'I1', parent: 'P1', level: 1, type: 'indicator', direction: 1, weight: 1 },
    { id: 'I2', parent: 'P1', level: 1, type: 'indicator', direction: -1, weight: 1 },
    { id: 'I3', parent: 'P2', level: 1, type: 'indicator', direction: 1, weight: 2, denominator: 'Pop' },
    { id: 'I4', parent: 'P2', level: 1, type: 'indicator', direction: 1, weight: 1 },
    { id: 'P1', parent: 'IDX', level: 2, type: 'aggregate', weight: 1 },
    { id: 'P2', parent: 'IDX', level: 2, type: 'aggregate', weight: 3 },
    { id: 'IDX', level: 3, type: 'aggregate' },
    { id: 'Pop', level: 1, type: 'denominator' },
  ],
  steps: {
    denominate: { method: 'byNode' },
    impute: { method: 'mean' },
    normalise: { method: 'minmax', outputRange: [0, 100] },
    aggregate: { method: 'arithmetic' },
  },
};

export const smallData: IndexData = {
  units: ['A', 'B', 'C', 'D'],
  values: {
    I1: [0, 5, 10, null],
    I2: [10, 20, 30, 40],
    I3: [100, 200, 300, 400],
    I4: [1, 2, 3, 4],
  },
  groups: { G: ['x', 'x', 'y', 'y'] },
  denominators: { Pop: [10, 10, 10, 20] },
};
