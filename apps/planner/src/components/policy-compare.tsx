import type { AssessmentRubric, PolicyAssessment } from '@dsc/domain';
import { Fragment } from 'react';
import { useI18n } from '../i18n/i18n-context.js';
import { criterionRows, inIndex, pillarOf, POLICY_AREAS } from '../model/policy.js';
import { areaName, groupName, StatusMark } from './policy-assessment.js';

/**
 * The policy, regulatory and institutional levels of the chosen countries side by side (criteria × countries),
 * each with its review status, and the pillar score with its coverage below.
 */
export function PolicyCompareTable({
  rubric,
  assessments,
  countries,
  names,
}: {
  rubric: AssessmentRubric;
  assessments: readonly PolicyAssessment[];
  countries: readonly string[];
  names: Readonly<Record<string, string>>;
}) {
  const { t, text, fmt } = useI18n();
  const columns = countries.map((iso3) => {
    const a = assessments.find((x) => x.iso3 === iso3);
    return { iso3, rows: new Map(criterionRows(rubric, a).map((r) => [r.criterion.id, r])), pillar: pillarOf(rubric, a) };
  });
  const span = countries.length + 1;
  return (
    <section className="card" aria-labelledby="policy-compare-title" data-testid="policy-compare">
      <h2 id="policy-compare-title">{t('planner.compare.policy')}</h2>
      <p className="muted">{t('planner.compare.policyNote')}</p>
      <div className="table-wrap">
        <table className="policy-table">
          <caption className="visually-hidden">{t('planner.compare.policy')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('planner.policy.criterion')}</th>
              {columns.map((c) => (
                <th key={c.iso3} scope="col">
                  {names[c.iso3] ?? c.iso3}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {POLICY_AREAS.map((area) => {
              const criteria = rubric.criteria.filter((c) => c.area === area);
              if (criteria.length === 0) return null;
              return (
                <Fragment key={area}>
                  <tr className="group-row">
                    <th scope="colgroup" colSpan={span}>
                      {areaName(t, area)}
                    </th>
                  </tr>
                  {criteria.map((c, k) => (
                    <Fragment key={c.id}>
                      {c.group !== undefined && c.group !== criteria[k - 1]?.group && (
                        <tr className="group-row group-row--sub">
                          <th scope="colgroup" colSpan={span}>
                            {groupName(t, c.group)}
                          </th>
                        </tr>
                      )}
                      <tr data-criterion={c.id}>
                        <th scope="row">{text(c.name)}</th>
                        {columns.map((col) => {
                          const r = col.rows.get(c.id);
                          const status = r?.status ?? 'unscored';
                          return (
                            <td key={col.iso3} data-status={status}>
                              <span className="num">{r?.score ? `${r.score.level}/4` : '—'}</span> <StatusMark status={status} />
                            </td>
                          );
                        })}
                      </tr>
                    </Fragment>
                  ))}
                </Fragment>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('planner.policy.pillar')}</th>
              {columns.map((c) => (
                <td key={c.iso3} data-in-index={inIndex(c.pillar)}>
                  <strong>{c.pillar?.score == null ? '—' : fmt.number(c.pillar.score, 2)}</strong>
                  <div className="muted">
                    {c.pillar ? t('planner.policy.coverage', { scored: c.pillar.scored, total: c.pillar.total }) : t('planner.policy.noAssessment')}
                  </div>
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
