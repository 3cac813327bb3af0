import type { Plan, ResultNode } from '@dsc/domain';
import type { QualityFinding, QualityReport } from '@dsc/roadmap';
import { checkLogframe, checkSchedule } from '@dsc/roadmap';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/i18n-context.js';
import type { I18n } from '../../i18n/i18n-context.js';
import type { Run } from '../common/command.js';
import { RiskRegister } from '../risks/risk-register.js';
import { TraceabilityView } from './traceability-view.js';

export function ruleText(t: I18n['t'], f: QualityFinding): string {
  const key = `plan.rule.${f.ruleId}` as 'plan.rule.logframe.activity_without_output';
  const text = t(key, { subject: f.subject ?? '', value: f.value ?? '', limit: f.limit ?? '' } as never);
  return text === key ? f.ruleId : text;
}

function Findings({ report, title, plan }: { report: QualityReport; title: string; plan: Plan }) {
  const { t, text } = useI18n();
  const names = new Map<string, string>([
    ...plan.activities.map((a) => [a.id, text(a.name)] as const),
    ...plan.results.map((r) => [r.id, text(r.title)] as const),
    ...plan.kpis.map((k) => [k.id, text(k.name)] as const),
  ]);
  return (
    <section className="card" aria-labelledby={`${title}-h`}>
      <h2 id={`${title}-h`}>{t(title === 'lf' ? 'plan.logframe.checks' : 'plan.logframe.scheduleChecks')}</h2>
      <p>{t('plan.logframe.summary', { errors: report.errors, warnings: report.warnings })}</p>
      {report.findings.length > 0 && (
        <ul className="findings">
          {report.findings.map((f, i) => (
            <li key={`${f.ruleId}-${f.pointer}-${i}`}>
              <span className={`badge ${f.severity === 'error' ? 'badge--error' : 'badge--warn'}`}>
                {t(`plan.severity.${f.severity === 'error' ? 'error' : 'warning'}`)}
              </span>{' '}
              {ruleText(t, {
                ...f,
                ...(f.subject !== undefined ? { subject: names.get(f.subject) ?? f.subject } : {}),
              })}{' '}
              <code className="muted">{f.pointer}</code>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The 4 × 4 logframe (goal, outcomes, outputs, activities × narrative, indicators, verification, assumptions). */
export function LogframeView({ plan, run }: { plan: Plan; run: Run }) {
  const { t, text, fmt } = useI18n();
  const lf = useMemo(() => checkLogframe(plan), [plan]);
  const sq = useMemo(() => checkSchedule(plan), [plan]);
  const order: ResultNode[] = [];
  const visit = (parent: string | undefined) => {
    for (const r of plan.results.filter(
      (x) =>
        x.parent === parent ||
        (parent === undefined && x.parent !== undefined && !plan.results.some((y) => y.id === x.parent)),
    )) {
      if (order.includes(r)) continue;
      order.push(r);
      visit(r.id);
    }
  };
  visit(undefined);
  for (const r of plan.results) if (!order.includes(r)) order.push(r);
  const levelName = (l: ResultNode['level']) => t(`plan.logframe.level.${l}`);
  return (
    <div className="logframe">
      <div className="table-wrap card" tabIndex={0}>
        <table className="logframe__table">
          <caption>{t('plan.logframe.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plan.logframe.level')}</th>
              <th scope="col">{t('plan.logframe.narrative')}</th>
              <th scope="col">{t('plan.logframe.indicators')}</th>
              <th scope="col">{t('plan.logframe.verification')}</th>
              <th scope="col">{t('plan.logframe.assumptions')}</th>
            </tr>
          </thead>
          <tbody>
            {order.map((r) => {
              const kpis = plan.kpis.filter((k) => k.result === r.id);
              const acts = plan.activities.filter((a) => a.output === r.id);
              return (
                <tr key={r.id} className={`logframe__row--${r.level}`}>
                  <th scope="row">
                    {levelName(r.level)} {r.code && <span className="muted">{r.code}</span>}
                  </th>
                  <td>
                    {text(r.title)}
                    {acts.length > 0 && (
                      <ul className="logframe__acts">
                        {acts.map((a) => (
                          <li key={a.id}>{text(a.name)}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>
                    <ul className="plain">
                      {kpis.map((k) => (
                        <li key={k.id}>
                          {text(k.name)}
                          {k.baseline && (
                            <span className="muted">
                              {' '}
                              ·{' '}
                              {t('plan.kpi.baselineShort', {
                                value: fmt.number(k.baseline.value, 2),
                                year: k.baseline.year,
                              })}
                            </span>
                          )}
                          {k.targets.length > 0 && (
                            <span className="muted">
                              {' '}
                              ·{' '}
                              {t('plan.kpi.targetShort', {
                                value: fmt.number(k.targets[k.targets.length - 1]?.value ?? 0, 2),
                                period: k.targets[k.targets.length - 1]?.period ?? '',
                              })}
                            </span>
                          )}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    {kpis
                      .map((k) => k.meansOfVerification)
                      .filter(Boolean)
                      .join('; ')}
                  </td>
                  <td>{r.assumptions.map((a) => text(a)).join('; ')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <TraceabilityView plan={plan} />
      <RiskRegister plan={plan} run={run} />
      <div className="grid grid--2">
        <Findings report={lf} title="lf" plan={plan} />
        <Findings report={sq} title="sq" plan={plan} />
      </div>
    </div>
  );
}
