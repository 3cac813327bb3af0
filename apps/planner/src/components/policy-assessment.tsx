import type { AssessmentRubric, Evidence, PillarScore, PolicyArea, PolicyAssessment, PolicyInstrument } from '@dsc/domain';
import { Fragment } from 'react';
import type { I18n } from '../i18n/i18n-context.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { CriterionRow, CriterionStatus } from '../model/policy.js';
import { criterionRows, inIndex, pillarOf, POLICY_AREAS, POLICY_MIN_COVERAGE } from '../model/policy.js';

type Texts = Pick<I18n, 't' | 'text' | 'fmt'>;

const STATUS_CLASS: Record<CriterionStatus, string> = {
  verified: 'badge badge--ok',
  submitted: 'badge badge--warn',
  draft: 'badge badge--warn',
  disputed: 'badge badge--error',
  unscored: 'badge badge--muted',
};

/** The review status of a criterion as a badge, in the interface language. */
export function StatusMark({ status }: { status: CriterionStatus }) {
  const { t } = useI18n();
  return (
    <span className={STATUS_CLASS[status]} data-status={status}>
      {t(`planner.policy.status.${status}`)}
    </span>
  );
}

/** The name of a rubric area, in the interface language. */
export const areaName = (t: I18n['t'], area: PolicyArea): string => t(`planner.policy.area.${area}`);

/** A sub-group of an area (sector plans…): translated when the catalogue knows it, else its id. */
export const groupName = (t: I18n['t'], group: string): string =>
  group === 'strategy' ? t('planner.policy.group.strategy') : group === 'sector-plans' ? t('planner.policy.group.sectorPlans') : group;

/** An ISO calendar date in the interface language (local midnight, so no time zone moves the day); a partial date as recorded. */
const isoDate = (fmt: I18n['fmt'], d: string): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  return m ? fmt.date(new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : d;
};

/** Coverage and as-of date of a pillar score, and whether the index uses it (and why not). */
function pillarSummary({ t, fmt }: Texts, p: PillarScore | undefined): { coverage: string; asOf?: string; index: string } {
  const threshold = fmt.percent(POLICY_MIN_COVERAGE * 100, 0);
  if (p === undefined) return { coverage: t('planner.policy.noAssessment'), index: t('planner.policy.notInIndexNone', { threshold }) };
  const coverage = t('planner.policy.coverage', { scored: p.scored, total: p.total });
  const asOf = p.asOf === null ? undefined : t('planner.policy.asOf', { date: isoDate(fmt, p.asOf) });
  const index =
    p.score === null
      ? t('planner.policy.notInIndexNone', { threshold })
      : inIndex(p)
        ? t('planner.policy.inIndex', { threshold })
        : t('planner.policy.notInIndex', { coverage: fmt.percent(p.coverage * 100, 0), threshold });
  return { coverage, ...(asOf ? { asOf } : {}), index };
}

function EvidenceList({ evidence, instruments }: { evidence: readonly Evidence[]; instruments: ReadonlyMap<string, PolicyInstrument> }) {
  const { t, fmt, base, display } = useI18n();
  // The register has each title in English and, where seen, in the original: a reader in Russian or Kazakh gets the original.
  const title = (id: string) => {
    const n = instruments.get(id)?.name;
    return n === undefined ? id : base === 'en' ? n.en : display(n.original ?? n.en);
  };
  return (
    <ul className="evidence-list">
      {evidence.map((e, k) => {
        const titles = e.instruments.map(title);
        return (
          <li key={k}>
            {e.url ? (
              <a href={e.url} rel="noreferrer noopener" target="_blank">
                {titles.join('; ') || e.url}
                <span className="visually-hidden"> {t('planner.a11y.external')}</span>
              </a>
            ) : (
              titles.join('; ')
            )}
            {e.locator && <> · {e.locator}</>}
            {e.read && <span className="muted"> · {t('planner.policy.read', { date: isoDate(fmt, e.read) })}</span>}
            {e.excerpt && <blockquote className="evidence-excerpt">{e.excerpt}</blockquote>}
          </li>
        );
      })}
    </ul>
  );
}

function Review({ row }: { row: CriterionRow }) {
  const { t, fmt } = useI18n();
  const review = row.score?.review;
  return (
    <>
      <StatusMark status={row.status} />
      {review && 'reviewer' in review && (
        <div className="muted">{t('planner.policy.reviewedBy', { reviewer: review.reviewer, date: isoDate(fmt, review.date) })}</div>
      )}
      {row.score && <div className="muted">{t('planner.policy.assessedBy', { assessor: row.score.assessor, date: isoDate(fmt, row.score.date) })}</div>}
    </>
  );
}

function CriterionTableRow({ row, instruments }: { row: CriterionRow; instruments: ReadonlyMap<string, PolicyInstrument> }) {
  const { t, text } = useI18n();
  const { score, gap } = row;
  return (
    <tr data-criterion={row.criterion.id} data-status={row.status}>
      <th scope="row">{text(row.criterion.name)}</th>
      <td className="num">{score ? `${score.level}/4` : '—'}</td>
      <td>
        {row.descriptor ? text(row.descriptor.descriptor) : score ? '' : t('planner.policy.unscored')}
        {score && <div className="muted">{text(score.rationale)}</div>}
      </td>
      <td>
        {score ? (
          <EvidenceList evidence={score.evidence} instruments={instruments} />
        ) : gap ? (
          <>
            <div>{t('planner.policy.searched', { searched: gap.searched })}</div>
            {gap.where && gap.where.length > 0 && <div className="muted">{t('planner.policy.searchedWhere', { where: gap.where.join('; ') })}</div>}
          </>
        ) : (
          <span className="muted">{t('planner.policy.noEvidence')}</span>
        )}
      </td>
      <td>
        <Review row={row} />
      </td>
    </tr>
  );
}

/**
 * The policy, regulatory and institutional assessment of one country: each criterion of the rubric, grouped by
 * area, with its level and what the level means, the evidence, and its review status; the pillar score with its
 * coverage and as-of date, and whether the index uses it.
 */
export function PolicyAssessmentSection({
  rubric,
  assessment,
  instruments,
}: {
  rubric: AssessmentRubric;
  assessment: PolicyAssessment | undefined;
  instruments: readonly PolicyInstrument[];
}) {
  const i18n = useI18n();
  const { t, text, fmt } = i18n;
  const rows = criterionRows(rubric, assessment);
  const pillar = pillarOf(rubric, assessment);
  const summary = pillarSummary(i18n, pillar);
  const byId = new Map(instruments.map((p) => [p.id, p]));
  return (
    <section className="card" aria-labelledby="assessment-title" data-testid="policy-assessment">
      <h2 id="assessment-title">{t('planner.policy.title')}</h2>
      <p className="muted">{t('planner.policy.intro', { rubric: text(rubric.name), version: rubric.version })}</p>
      <div className="grid grid--3" style={{ margin: '0 0 1rem' }}>
        <div className="stat" data-testid="policy-pillar">
          <span className="stat__label">{t('planner.policy.pillar')}</span>
          <span className="stat__value">{pillar?.score == null ? '—' : fmt.number(pillar.score, 2)}</span>
          <span className="stat__note">
            {summary.coverage}
            {summary.asOf && ` · ${summary.asOf}`}
          </span>
        </div>
      </div>
      <p className={pillar && inIndex(pillar) ? 'notice' : 'notice notice--warn'} data-testid="policy-index-note">
        {summary.index}
      </p>
      <div className="table-wrap">
        <table className="policy-table">
          <caption className="visually-hidden">{t('planner.policy.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('planner.policy.criterion')}</th>
              <th scope="col" className="num">
                {t('planner.policy.level')}
              </th>
              <th scope="col">{t('planner.policy.meaning')}</th>
              <th scope="col">{t('planner.policy.evidence')}</th>
              <th scope="col">{t('planner.policy.review')}</th>
            </tr>
          </thead>
          <tbody>
            {POLICY_AREAS.map((area) => {
              const inArea = rows.filter((r) => r.criterion.area === area);
              if (inArea.length === 0) return null;
              return (
                <Fragment key={area}>
                  <tr className="group-row">
                    <th scope="colgroup" colSpan={5}>
                      {areaName(t, area)}
                    </th>
                  </tr>
                  {inArea.map((r, k) => {
                    const group = r.criterion.group;
                    const head = group !== undefined && group !== inArea[k - 1]?.criterion.group;
                    return (
                      <Fragment key={r.criterion.id}>
                        {head && (
                          <tr className="group-row group-row--sub">
                            <th scope="colgroup" colSpan={5}>
                              {groupName(t, group)}
                            </th>
                          </tr>
                        )}
                        <CriterionTableRow row={r} instruments={byId} />
                      </Fragment>
                    );
                  })}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
