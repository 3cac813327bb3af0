import type { MethodologySpec } from '@dsc/domain';
import { METHODOLOGY_SCHEMA_VERSION } from '@dsc/domain';

/**
 * The steps of COINr's reference build (`build_example_coin()` of COINr 1.1.14), without a tree: the tree comes
 * from the user's iMeta table. Combine with `specWithNodes(coinrExample, nodes)` of `@dsc/indicators`.
 */
export const coinrExample = {
  kind: 'methodology',
  schemaVersion: METHODOLOGY_SCHEMA_VERSION,
  id: 'coinr-example',
  version: '1.1.14',
  name: { en: 'COINr reference build', ru: 'Эталонная сборка COINr' },
  description: {
    en: 'Denominate by the iMeta Denominator column; impute the group mean over EurAsia_group; screen out units with less than 90 % of data; JRC outlier treatment with defaults; min-max to [0, 100]; weighted arithmetic mean with the iMeta weights.',
  },
  steps: {
    order: ['denominate', 'impute', 'screen', 'treat', 'normalise', 'aggregate'],
    denominate: { method: 'byNode' },
    impute: { method: 'groupMean', group: 'EurAsia_group' },
    screen: { method: 'byNA', datThresh: 0.9 },
    treat: {
      method: 'jrc',
      winmax: 5,
      forceWin: false,
      skewThresh: 2,
      kurtThresh: 3.5,
      fallback: 'logCT',
      combineTreat: false,
    },
    normalise: { method: 'minmax', outputRange: [0, 100] },
    weights: { method: 'nominal' },
    aggregate: { method: 'arithmetic' },
  },
  notes: [
    'Mirrors COINr build_example_coin(): Denominate(dset = "Raw"); Impute(f_i = "i_mean_grp", use_group = "EurAsia_group"); Screen(dat_thresh = 0.9, unit_screen = "byNA"); Treat(winmax = 5); Normalise(n_minmax, c(0, 100)); Aggregate(a_amean).',
    'COINr screens after imputation in this build, so screening only removes units whose group has no observation of an indicator.',
  ],
} as const satisfies Omit<MethodologySpec, 'nodes'>;
