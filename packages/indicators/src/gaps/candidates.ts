import type {
  IndicatorGap,
  PolicyGap,
  RecommendationGap,
  RecommendationLevel,
  RecommendationPriority,
  RecommendationTemplate,
  TimeHorizon,
} from '@dsc/domain';
import type { GapAnalysis } from './analysis.js';

/** A recommendation proposed by the gap analysis, for a reviewer to accept, edit or reject. Its text is a template. */
export type CandidateRecommendation = {
  readonly id: string;
  readonly level: RecommendationLevel;
  readonly gaps: readonly RecommendationGap[];
  readonly priority: RecommendationPriority;
  readonly horizon: TimeHorizon;
  readonly template: RecommendationTemplate;
};

export type CandidateOptions = {
  /** First year of every horizon (e.g. the year after the analysis). */
  readonly from: number;
};

const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Short (2 years) for one level to gain, medium (5 years) for more and for indicator gaps. */
const horizon = (term: 'short' | 'medium', from: number): TimeHorizon => ({ term, from, to: from + (term === 'short' ? 1 : 4) });

/** Shortfall relative to the reference: |reference − value| / |reference| (1 when the reference is 0). */
const relativeShortfall = (g: Pick<IndicatorGap, 'value' | 'referenceValue'>): number =>
  g.referenceValue === 0 ? 1 : Math.abs(g.referenceValue - g.value) / Math.abs(g.referenceValue);

/** High below a target or at least 50 % short of the peers' median, medium from 20 %, low below that. */
function indicatorPriority(target: IndicatorGap | undefined, peers: IndicatorGap | undefined): RecommendationPriority {
  if (target !== undefined) return 'high';
  const s = peers === undefined ? 0 : relativeShortfall(peers);
  return s >= 0.5 ? 'high' : s >= 0.2 ? 'medium' : 'low';
}

function nationalIndicator(gaps: readonly IndicatorGap[], from: number): CandidateRecommendation | undefined {
  const target = gaps.find((g) => g.reference === 'target');
  const peers = gaps.find((g) => g.reference === 'peers');
  const lead = target ?? peers;
  if (lead === undefined) return undefined; // behind the frontier only: listed in the analysis, not a candidate
  return {
    id: `cand-${slug(lead.country)}-${slug(lead.indicator)}`,
    level: { scope: 'national', country: lead.country },
    gaps,
    priority: indicatorPriority(target, peers),
    horizon: horizon('medium', from),
    template: {
      code: 'indicator_gap',
      params: { country: lead.country, indicator: lead.indicator, value: lead.value, year: lead.year, reference: lead.reference, referenceValue: lead.referenceValue },
    },
  };
}

const nationalPolicy = (g: PolicyGap, from: number): CandidateRecommendation => ({
  id: `cand-${slug(g.country)}-${slug(g.criterion)}`,
  level: { scope: 'national', country: g.country },
  gaps: [g],
  priority: g.required - g.level >= 2 ? 'high' : 'medium',
  horizon: horizon(g.required - g.level >= 2 ? 'medium' : 'short', from),
  template: { code: 'policy_gap', params: { country: g.country, criterion: g.criterion, level: g.level, required: g.required } },
});

/**
 * Candidate recommendations from a gap analysis of `units` countries:
 * - national, one per country and indicator below its target or the peers' median (with all that cell's gaps);
 * - national, one per policy criterion below the required level;
 * - regional, one per policy criterion below the required level in at least half of the countries.
 * Priority: high below a target, 50 % or more short of the peers, or two levels or more short; medium from 20 %
 * short or one level short; low otherwise (regional: high when three quarters of the countries are short).
 */
export function proposeCandidates(analysis: GapAnalysis, units: readonly string[], options: CandidateOptions): CandidateRecommendation[] {
  const out: CandidateRecommendation[] = [];
  const cells = new Map<string, IndicatorGap[]>();
  for (const g of analysis.indicator) {
    const key = `${g.country}|${g.indicator}`;
    cells.set(key, [...(cells.get(key) ?? []), g]);
  }
  for (const country of units) {
    for (const gaps of cells.values()) {
      if (gaps[0]!.country !== country) continue;
      const c = nationalIndicator(gaps, options.from);
      if (c) out.push(c);
    }
    for (const g of analysis.policy) if (g.country === country) out.push(nationalPolicy(g, options.from));
  }
  const byCriterion = new Map<string, PolicyGap[]>();
  for (const g of analysis.policy) byCriterion.set(g.criterion, [...(byCriterion.get(g.criterion) ?? []), g]);
  for (const [criterion, gaps] of [...byCriterion].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (gaps.length * 2 < units.length) continue;
    out.push({
      id: `cand-regional-${slug(criterion)}`,
      level: { scope: 'regional' },
      gaps,
      priority: gaps.length * 4 >= units.length * 3 ? 'high' : 'medium',
      horizon: horizon('medium', options.from),
      template: { code: 'regional_policy_gap', params: { criterion, countries: gaps.length, required: analysis.requiredLevel } },
    });
  }
  return out;
}
