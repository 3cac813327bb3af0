import type { Framework, Plan } from '@dsc/domain';
import { alignmentCoverage } from '@dsc/roadmap';
import { useEffect, useMemo, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.js';

/** The four frameworks of the coverage heatmap, with the ids older plans used for them. */
const FRAMEWORKS: ReadonlyArray<{ id: string; aliases: readonly string[]; all: boolean }> = [
  { id: 'sg-roadmap', aliases: [], all: true },
  { id: 'apis-action-plan', aliases: ['apis-2022-2026', 'ap-is'], all: true },
  { id: 'speca-innovation', aliases: [], all: true },
  { id: 'sdg', aliases: [], all: false },
];

const shade = (v: number, max: number): string => {
  if (v <= 0 || max <= 0) return 'heat-0';
  const r = v / max;
  return r > 0.66 ? 'heat-3' : r > 0.33 ? 'heat-2' : 'heat-1';
};

/** Alignment coverage: which framework codes the plan's activities, budget and KPIs reach (gaps in white). */
export function AlignmentView({ plan }: { plan: Plan }) {
  const { t, text, fmt } = useI18n();
  const [taxonomy, setTaxonomy] = useState<readonly Framework[] | undefined>(undefined);
  useEffect(() => {
    void import('@dsc/datasets').then((d) => setTaxonomy(d.frameworks()));
  }, []);
  const spec = useMemo(
    () =>
      FRAMEWORKS.map((f) => {
        const used = plan.activities.flatMap((a) =>
          a.alignment.filter((x) => x.framework === f.id || f.aliases.includes(x.framework)),
        );
        const tax = taxonomy?.find((x) => x.id === f.id);
        const top = f.all && tax ? tax.items.filter((i) => i.parent === undefined).map((i) => i.code) : [];
        const codes = [...new Set([...top, ...used.map((u) => u.code)])];
        const fwId = used[0]?.framework ?? f.id;
        return { id: f.id, fwId, codes, tax };
      }),
    [plan, taxonomy],
  );
  const coverage = useMemo(
    () =>
      alignmentCoverage(
        plan,
        spec.map((s) => ({ framework: s.fwId, codes: s.codes })),
      ),
    [plan, spec],
  );
  if (!coverage.ok)
    return <p className="notice notice--error">{t('plan.error.budget', { code: coverage.error.code })}</p>;
  const rows = coverage.value.rows;
  const maxA = Math.max(0, ...rows.map((r) => r.activities.length));
  const maxB = Math.max(0, ...rows.map((r) => r.budget));
  const maxK = Math.max(0, ...rows.map((r) => r.kpis.length));
  return (
    <div className="alignment">
      <p className="lead">{t('plan.alignment.lead', { gaps: coverage.value.noAction.length })}</p>
      {spec.map((s) => {
        const fr = rows.filter((r) => r.framework === s.fwId);
        if (fr.length === 0) return null;
        return (
          <div key={s.id} className="card table-wrap" tabIndex={0}>
            <table className="heatmap">
              <caption>{s.tax ? text(s.tax.name) : s.id}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('plan.alignment.code')}</th>
                  <th scope="col" className="num">
                    {t('plan.alignment.activities')}
                  </th>
                  <th scope="col" className="num">
                    {t('plan.alignment.budget', { currency: plan.currency })}
                  </th>
                  <th scope="col" className="num">
                    {t('plan.alignment.kpis')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {fr.map((r) => {
                  const item = s.tax?.items.find((i) => i.code === r.code);
                  return (
                    <tr key={r.code}>
                      <th scope="row">
                        <span className="heatmap__code">{r.code}</span> {item ? text(item.name) : ''}
                        {r.activities.length === 0 && (
                          <span className="badge badge--warn">{t('plan.alignment.gap')}</span>
                        )}
                      </th>
                      <td className={`num ${shade(r.activities.length, maxA)}`}>
                        {fmt.integer(r.activities.length)}
                      </td>
                      <td className={`num ${shade(r.budget, maxB)}`}>{fmt.integer(r.budget)}</td>
                      <td className={`num ${shade(r.kpis.length, maxK)}`}>{fmt.integer(r.kpis.length)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        );
      })}
    </div>
  );
}
