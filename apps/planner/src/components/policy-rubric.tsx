import type { AssessmentRubric } from '@dsc/domain';
import { Fragment } from 'react';
import type { I18n } from '../i18n/i18n-context.js';
import { useI18n } from '../i18n/i18n-context.js';
import { POLICY_AREAS, POLICY_MIN_COVERAGE } from '../model/policy.js';
import { areaName, groupName } from './policy-assessment.js';

/** The name of a level scale in the interface language; a scale the catalogue does not know is shown by its key. */
const scaleName = (t: I18n['t'], scale: string): string =>
  scale === 'instrument'
    ? t('planner.methodology.scale.instrument')
    : scale === 'body'
      ? t('planner.methodology.scale.body')
      : scale === 'practice'
        ? t('planner.methodology.scale.practice')
        : scale;

/**
 * The rubric of the policy, regulatory and institutional pillar as the methodology view documents it: the criteria
 * by area with their level scale, each scale's five levels with the descriptor and the evidence required, the review
 * workflow and the coverage rule of the index.
 */
export function PolicyRubricSection({ rubric }: { rubric: AssessmentRubric }) {
  const { t, text, fmt } = useI18n();
  return (
    <section className="card" aria-labelledby="rubric-title" data-testid="policy-rubric">
      <h2 id="rubric-title">{t('planner.methodology.rubric')}</h2>
      <p>{t('planner.methodology.rubricIntro', { rubric: text(rubric.name), version: rubric.version, count: rubric.criteria.length })}</p>
      {rubric.description && <p className="muted">{text(rubric.description)}</p>}
      <div className="table-wrap">
        <table className="policy-table">
          <caption className="visually-hidden">{t('planner.methodology.rubric')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('planner.policy.criterion')}</th>
              <th scope="col">{t('planner.methodology.rubricScale')}</th>
            </tr>
          </thead>
          <tbody>
            {POLICY_AREAS.map((area) => {
              const criteria = rubric.criteria.filter((c) => c.area === area);
              if (criteria.length === 0) return null;
              return (
                <Fragment key={area}>
                  <tr className="group-row">
                    <th scope="colgroup" colSpan={2}>
                      {areaName(t, area)}
                    </th>
                  </tr>
                  {criteria.map((c, k) => (
                    <Fragment key={c.id}>
                      {c.group !== undefined && c.group !== criteria[k - 1]?.group && (
                        <tr className="group-row group-row--sub">
                          <th scope="colgroup" colSpan={2}>
                            {groupName(t, c.group)}
                          </th>
                        </tr>
                      )}
                      <tr data-criterion={c.id}>
                        <th scope="row">
                          {text(c.name)}
                          {c.description && (
                            <div className="muted" style={{ fontWeight: 400 }}>
                              {text(c.description)}
                            </div>
                          )}
                        </th>
                        <td>{scaleName(t, c.scale)}</td>
                      </tr>
                    </Fragment>
                  ))}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
      {Object.entries(rubric.scales).map(([key, levels]) => (
        <div className="table-wrap" key={key}>
          <table className="policy-table" data-scale={key}>
            <caption>{t('planner.methodology.levelsOf', { scale: scaleName(t, key) })}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('planner.policy.level')}
                </th>
                <th scope="col">{t('planner.methodology.descriptor')}</th>
                <th scope="col">{t('planner.methodology.requiredEvidence')}</th>
              </tr>
            </thead>
            <tbody>
              {levels.map((l) => (
                <tr key={l.level}>
                  <th scope="row" className="num">
                    {l.level}
                  </th>
                  <td>{text(l.descriptor)}</td>
                  <td>{l.evidence ? text(l.evidence) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      <h3>{t('planner.methodology.reviewTitle')}</h3>
      <p>{t('planner.methodology.reviewSteps')}</p>
      <p>{t('planner.methodology.unscoredRule')}</p>
      <p>{t('planner.methodology.coverageRule', { threshold: fmt.percent(POLICY_MIN_COVERAGE * 100, 0) })}</p>
    </section>
  );
}
