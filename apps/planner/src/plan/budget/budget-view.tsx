import type { Plan } from '@dsc/domain';
import type { BudgetDimension, PlanSchedule } from '@dsc/roadmap';
import { budgetRollup, convertedLines, fundingGaps, fundingPipeline } from '@dsc/roadmap';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/i18n-context.js';
import { BudgetEditor } from './budget-editor.js';
import type { Run } from '../common/command.js';

export type BudgetBy = Extract<BudgetDimension, 'phase' | 'year' | 'class' | 'fundingSource'>;
const DIMENSIONS: readonly BudgetBy[] = ['phase', 'year', 'class', 'fundingSource'];

/** Budget by phase, year, class and source; the funding pipeline; the gap analysis; currencies with value dates. */
export function BudgetView({
  plan,
  schedule,
  by,
  onBy,
  run,
}: {
  plan: Plan;
  schedule: PlanSchedule | undefined;
  by: BudgetBy;
  onBy: (by: BudgetBy) => void;
  run: Run;
}) {
  const { t, text, fmt } = useI18n();
  const rollup = useMemo(() => budgetRollup(plan, by), [plan, by]);
  const pipe = useMemo(() => fundingPipeline(plan), [plan]);
  const gaps = useMemo(() => (schedule ? fundingGaps(plan, schedule) : undefined), [plan, schedule]);
  const lines = useMemo(() => convertedLines(plan), [plan]);
  const money = (n: number) => `${fmt.integer(n)} ${plan.currency}`;
  const firstError = [rollup, pipe, gaps, lines].find((r) => r && !r.ok);
  if (firstError && !firstError.ok) {
    const e = firstError.error;
    return (
      <div className="budget">
        <p className="notice notice--error" role="alert">
          {e.code === 'no_exchange_rate'
            ? t('plan.budget.noRate', { from: e.from, to: e.to, date: e.date })
            : t('plan.error.budget', { code: e.code })}
        </p>
        <BudgetEditor plan={plan} run={run} />
      </div>
    );
  }
  if (!rollup.ok || !pipe.ok || !lines.ok) return null;
  const keyName = (key: string): string => {
    if (by === 'phase') return text(plan.phases.find((p) => p.id === key)?.name) || key;
    if (by === 'fundingSource')
      return plan.funding.find((f) => f.id === key)?.name ?? (key || t('plan.budget.unassigned'));
    return key;
  };
  const max = Math.max(1, ...rollup.value.groups.map((g) => g.amount));
  const names = new Map(plan.activities.map((a) => [a.id, text(a.name)]));
  const p = pipe.value;
  return (
    <div className="budget">
      <div className="grid grid--3 stats">
        <div className="stat">
          <span className="stat__label">{t('plan.budget.total')}</span>
          <span className="stat__value" data-testid="budget-total">
            {money(p.budgetTotal)}
          </span>
        </div>
        <div className="stat">
          <span className="stat__label">{t('plan.budget.secured')}</span>
          <span className="stat__value">{money(p.secured)}</span>
        </div>
        <div className="stat">
          <span className="stat__label">{t('plan.budget.gap')}</span>
          <span className="stat__value" data-testid="funding-gap">
            {money(p.gap)}
          </span>
          <span className="stat__note">
            {t('plan.budget.gapAfterPledges', { amount: money(p.gapAfterPledges) })}
          </span>
        </div>
      </div>
      <div className="card">
        <div className="toolbar">
          <label className="field">
            <span>{t('plan.budget.by')}</span>
            <select value={by} onChange={(e) => onBy(e.target.value as BudgetBy)}>
              {DIMENSIONS.map((d) => (
                <option key={d} value={d}>
                  {t(`plan.budget.dim.${d}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div className="table-wrap" tabIndex={0}>
          <table>
            <caption>
              {t('plan.budget.rollupCaption', { by: t(`plan.budget.dim.${by}`), currency: plan.currency })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t(`plan.budget.dim.${by}`)}</th>
                <th scope="col" className="num">
                  {t('plan.budget.amount')}
                </th>
                <th scope="col" aria-hidden="true"></th>
              </tr>
            </thead>
            <tbody>
              {rollup.value.groups.map((g) => (
                <tr key={g.key}>
                  <th scope="row">{keyName(g.key)}</th>
                  <td className="num">{fmt.integer(g.amount)}</td>
                  <td aria-hidden="true" className="bar-cell">
                    <span className="bar-cell__bar" style={{ width: `${(g.amount / max) * 100}%` }} />
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('plan.budget.total')}</th>
                <td className="num">{fmt.integer(rollup.value.total)}</td>
                <td aria-hidden="true"></td>
              </tr>
            </tfoot>
          </table>
        </div>
      </div>
      <div className="grid grid--2">
        <div className="card table-wrap" tabIndex={0}>
          <table>
            <caption>{t('plan.budget.pipeline')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('plan.budget.stage')}</th>
                <th scope="col" className="num">
                  {t('plan.budget.sources')}
                </th>
                <th scope="col" className="num">
                  {t('plan.budget.amount')}
                </th>
                <th scope="col" className="num">
                  {t('plan.budget.weighted')}
                </th>
              </tr>
            </thead>
            <tbody>
              {p.stages.map((s) => (
                <tr key={s.stage}>
                  <th scope="row">{t(`plan.stage.${s.stage}`)}</th>
                  <td className="num">{s.count}</td>
                  <td className="num">{fmt.integer(s.amount)}</td>
                  <td className="num">{fmt.integer(s.weighted)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="card table-wrap" tabIndex={0}>
          <table>
            <caption>{t('plan.budget.gaps')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('plan.col.name')}</th>
                <th scope="col">{t('plan.col.start')}</th>
                <th scope="col" className="num">
                  {t('plan.budget.unfunded')}
                </th>
              </tr>
            </thead>
            <tbody>
              {gaps?.ok &&
                gaps.value.map((g) => (
                  <tr key={g.activity}>
                    <th scope="row">
                      {g.critical && (
                        <span className="crit-mark" title={t('plan.editor.critical')}>
                          ◆{' '}
                        </span>
                      )}
                      {names.get(g.activity) ?? g.activity}
                    </th>
                    <td>{g.start}</td>
                    <td className="num">{fmt.integer(g.unfunded)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      </div>
      <div className="card table-wrap" tabIndex={0}>
        <table>
          <caption>{t('plan.budget.lines')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plan.budget.dim.class')}</th>
              <th scope="col">{t('plan.budget.description')}</th>
              <th scope="col">{t('plan.budget.period')}</th>
              <th scope="col" className="num">
                {t('plan.budget.original')}
              </th>
              <th scope="col">{t('plan.budget.valueDate')}</th>
              <th scope="col" className="num">
                {t('plan.budget.converted', { currency: plan.currency })}
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.value.map(({ line, amount }) => (
              <tr key={line.id}>
                <td>{line.budgetClass}</td>
                <td>{line.description ?? (line.activity !== undefined ? names.get(line.activity) : '')}</td>
                <td>
                  {line.periodStart} – {line.periodEnd}
                </td>
                <td className="num">
                  {fmt.integer(line.money.amount)} {line.money.currency}
                </td>
                <td>{line.money.valueDate}</td>
                <td className="num">{fmt.integer(amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {(plan.exchangeRates ?? []).length > 0 && (
          <table>
            <caption>{t('plan.budget.rates', { currency: plan.currency })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('plan.budget.currency')}</th>
                <th scope="col">{t('plan.budget.valueDate')}</th>
                <th scope="col" className="num">
                  {t('plan.budget.rate')}
                </th>
                <th scope="col">{t('plan.budget.source')}</th>
              </tr>
            </thead>
            <tbody>
              {(plan.exchangeRates ?? []).map((r) => (
                <tr key={`${r.currency}-${r.date}`}>
                  <td>{r.currency}</td>
                  <td>{r.date}</td>
                  <td className="num">{fmt.number(r.rate, 6)}</td>
                  <td>{r.source ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <BudgetEditor plan={plan} run={run} />
    </div>
  );
}
