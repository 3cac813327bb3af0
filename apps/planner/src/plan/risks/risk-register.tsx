import type { Plan } from '@dsc/domain';
import type { FormEvent } from 'react';
import { useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.js';
import { useCheckedRun } from '../common/command-error.js';
import type { Run } from '../common/command.js';
import type { RiskInput } from './risk-commands.js';
import { addRisk, removeRisk, riskInput, updateRisk } from './risk-commands.js';

const EMPTY: RiskInput = { description: '', likelihood: '3', impact: '3', mitigation: '', owner: '', category: '' };

/** Red zone of a 5 × 5 matrix, as in the scenario comparison (likelihood × impact ≥ 15). */
const HIGH = 15;

/** Risks with likelihood, impact, score and mitigation, highest score first; a 5 × 5 count matrix beside. */
export function RiskRegister({ plan, run }: { plan: Plan; run: Run }) {
  const { t, text, base } = useI18n();
  const { attempt, report, message } = useCheckedRun(plan, run);
  const [input, setInput] = useState<RiskInput>(EMPTY);
  // The id of the risk loaded into the form for editing (undefined: the form adds a new risk).
  const [editing, setEditing] = useState<string | undefined>();
  const formRef = useRef<HTMLFormElement>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const id = editing;
    const done = id === undefined ? attempt(t('plan.cmd.addRisk'), (p) => addRisk(p, input, base)) : attempt(t('plan.cmd.editRisk'), (p) => updateRisk(p, id, input, base));
    if (done) {
      setInput(EMPTY);
      setEditing(undefined);
    }
  };
  const field = (key: 'description' | 'mitigation' | 'category', label: string) => (
    <label className="field">
      <span>{label}</span>
      <input value={input[key]} onChange={(e) => setInput({ ...input, [key]: e.target.value })} size={key === 'category' ? 12 : 28} />
    </label>
  );
  const level = (key: 'likelihood' | 'impact', label: string) => (
    <label className="field">
      <span>{label}</span>
      <select value={input[key]} onChange={(e) => setInput({ ...input, [key]: e.target.value })}>
        {['1', '2', '3', '4', '5'].map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    </label>
  );
  const form = (
    <form ref={formRef} className="toolbar" onSubmit={submit} aria-label={editing === undefined ? t('plan.cmd.addRisk') : t('plan.cmd.editRisk')}>
      {field('description', t('plan.risk.risk'))}
      {level('likelihood', t('plan.risk.likelihood'))}
      {level('impact', t('plan.risk.impact'))}
      {field('mitigation', t('plan.risk.mitigation'))}
      <label className="field">
        <span>{t('plan.risk.owner')}</span>
        <select value={input.owner} onChange={(e) => setInput({ ...input, owner: e.target.value })}>
          <option value="">{t('plan.budget.edit.none')}</option>
          {plan.organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {text(o.name)}
            </option>
          ))}
        </select>
      </label>
      {field('category', t('plan.risk.category'))}
      <button type="submit" className="button button--small">
        {editing === undefined ? t('plan.cmd.addRisk') : t('plan.budget.edit.save', { id: editing })}
      </button>
      {editing !== undefined && (
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            setInput(EMPTY);
            setEditing(undefined);
            report(undefined);
          }}
        >
          {t('plan.budget.edit.cancel')}
        </button>
      )}
    </form>
  );
  if (plan.risks.length === 0)
    return (
      <section className="card risk-register" aria-labelledby="risk-h">
        <h2 id="risk-h">{t('plan.risk.title')}</h2>
        {message}
        {form}
      </section>
    );
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
                <th scope="col">
                  <span className="visually-hidden">{t('plan.risk.actions')}</span>
                </th>
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
                    <td>
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => {
                          setInput(riskInput(r, base));
                          setEditing(r.id);
                          requestAnimationFrame(() => formRef.current?.querySelector('input')?.focus());
                        }}
                      >
                        {t('plan.budget.edit.edit', { id: r.id })}
                      </button>{' '}
                      <button type="button" className="button button--small" onClick={() => attempt(t('plan.cmd.removeRisk'), (p) => removeRisk(p, r.id))}>
                        {t('plan.budget.edit.remove', { id: r.id })}
                      </button>
                    </td>
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
      {message}
      {form}
    </section>
  );
}
