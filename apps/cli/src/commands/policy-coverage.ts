import type { MethodologySpec } from '@dsc/domain';
import { POLICY_SCORE_CODE, policyPillarScores } from '@dsc/datasets';
import type { Translator } from '@dsc/i18n';

/**
 * Share of the rubric's criteria a country's verified scores must cover before `dsc index --dataset` uses its policy
 * score. Passed to `policyObservations` (whose default is the same half), so the rule printed is the rule applied.
 */
export const POLICY_MIN_COVERAGE = 0.5;

/**
 * The lines `dsc index --dataset` prints when the methodology reads the policy score: for each assessed country, the
 * criteria verified out of the rubric's, the coverage, the as-of date of the latest verification, the score, and
 * whether the index uses it. Empty when the methodology does not read the policy score.
 */
export function policyCoverageLines(spec: Pick<MethodologySpec, 'nodes'>, t: Translator['t']): string[] {
  if (!spec.nodes.some((n) => n.id === POLICY_SCORE_CODE && n.type === 'indicator')) return [];
  const threshold = POLICY_MIN_COVERAGE;
  return [
    t('cli.index.policy.heading', { threshold }),
    ...policyPillarScores().map((p) =>
      p.score === null || p.asOf === null
        ? t('cli.index.policy.none', { country: p.iso3, total: p.total })
        : t('cli.index.policy.country', {
            country: p.iso3,
            scored: p.scored,
            total: p.total,
            coverage: p.coverage,
            date: p.asOf,
            score: p.score,
            status: p.coverage >= threshold ? t('cli.index.policy.inIndex') : t('cli.index.policy.notInIndex', { threshold }),
          }),
    ),
  ];
}
