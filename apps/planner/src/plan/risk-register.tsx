import type { Plan } from '@dsc/domain';
import { useI18n } from '../i18n/i18n-context.js';

/** Red zone of a 5 × 5 matrix, as in the scenario comparison (likelihood × impact ≥ 15). */
const HIGH = 15;

/** Risks with likelihood, impact, score and mitigation, highest score first; a 5 × 5 count matrix beside. */
export function RiskRegister({ plan }: { plan: Plan }) {
  const { t, text } = useI18n();
  if (plan.risks.length === 0) return null;
  const risks = [...plan.risks].sort((a, b) => b.likelihood * b.impact - a.likelihood * a.impact);
  const org = new Map(plan.organisations.map((o) => [o.id, text(o.name)]));
  const count = (l: number, i: number) =>
    plan.risks.filter((r) => r.likelihood === l && r.impact === i).length;
  return (
    <section className="card risk-register" aria-labelledby="risk-h">
      <h2 id="risk-h">{t('plan.risk.title')}</h2>
      <div className="risk-register__body">
        <div className="table-wrap" tabIndex={0}>
          <table>
            <caption className="visually-hidden">{t('plan.risk.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('plan.risk.risk')}</th>
                <th scope="col" className="num">
                  {t('plan.risk.likelihood')}
                </th>
                <th scope="col" className="num">
                  {t('plan.risk.impact')}
                </th>
                <th scope="col" className="num">
                  {t('plan.risk.score')}
                </th>
                <th scope="col">{t('plan.risk.mitigation')}</th>
                <th scope="col">{t('plan.risk.owner')}</th>
              </tr>
            </thead>
            <tbody>
              {risks.map((r) => {
                const score = r.likelihood * r.impact;
                return (
                  <tr key={r.id}>
                    <th scope="row">
                      {text(r.description)}
                      {r.category !== undefined && <span className="muted"> · {r.category}</span>}
                    </th>
                    <td className="num">{r.likelihood}</td>
                    <td className="num">{r.impact}</td>
                    <td
                      className={`num ${score >= HIGH ? 'risk--high' : score >= 8 ? 'risk--medium' : 'risk--low'}`}
                    >
                      {score}
                    </td>
                    <td>
                      {r.mitigation ? (
                        text(r.mitigation)
                      ) : (
                        <span className="badge badge--warn">{t('plan.risk.noMitigation')}</span>
                      )}
                    </td>
                    <td>{r.owner !== undefined ? (org.get(r.owner) ?? r.owner) : ''}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <table className="risk-matrix">
          <caption>{t('plan.risk.matrix')}</caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{t('plan.risk.likelihood')}</span>
              </th>
              {[1, 2, 3, 4, 5].map((i) => (
                <th key={i} scope="col">
                  {t('plan.risk.impactN', { n: i })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[5, 4, 3, 2, 1].map((l) => (
              <tr key={l}>
                <th scope="row">{t('plan.risk.likelihoodN', { n: l })}</th>
                {[1, 2, 3, 4, 5].map((i) => {
                  const n = count(l, i);
                  const zone = l * i >= HIGH ? 'risk--high' : l * i >= 8 ? 'risk--medium' : 'risk--low';
                  return (
                    <td key={i} className={`num ${zone}`}>
                      {n > 0 ? n : ''}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
