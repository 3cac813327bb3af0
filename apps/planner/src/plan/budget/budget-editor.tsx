import type { FundingStage, Plan } from '@dsc/domain';
import { FundingStage as FundingStages } from '@dsc/domain';
import type { FormEvent } from 'react';
import { useId, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.js';
import type { BudgetLineInput, FundingInput } from './budget-commands.js';
import {
  addBudgetLine,
  addFundingSource,
  budgetLineInput,
  fundingInput,
  removeBudgetLine,
  removeFundingSource,
  setFundingStage,
  updateBudgetLine,
  updateFundingSource,
} from './budget-commands.js';
import { useCheckedRun } from '../common/command-error.js';
import type { Run } from '../common/command.js';

const STAGES: readonly FundingStage[] = FundingStages.options;

/** Adds, edits and removes budget lines and funding sources, and moves sources along the pipeline; each change is one undo step. */
export function BudgetEditor({ plan, run }: { plan: Plan; run: Run }) {
  const { t, text, fmt } = useI18n();
  const { attempt, report, message } = useCheckedRun(plan, run);
  const classes = useId();
  const emptyLine = (): BudgetLineInput => ({
    budgetClass: '',
    description: '',
    activity: '',
    periodStart: plan.start,
    periodEnd: plan.start,
    amount: '',
    currency: plan.currency,
    valueDate: plan.start,
    fundingSource: '',
  });
  const emptyFunding = (): FundingInput => ({ name: '', stage: 'idea', amount: '', currency: plan.currency, valueDate: plan.start, probability: '', expectedDate: '' });
  const [line, setLine] = useState<BudgetLineInput>(emptyLine);
  const [funding, setFunding] = useState<FundingInput>(emptyFunding);
  // The id of the line or source loaded into its form for editing (undefined: the form adds a new one).
  const [editingLine, setEditingLine] = useState<string | undefined>();
  const [editingFunding, setEditingFunding] = useState<string | undefined>();
  const lineForm = useRef<HTMLFormElement>(null);
  const fundingForm = useRef<HTMLFormElement>(null);
  const focusForm = (form: HTMLFormElement | null) => requestAnimationFrame(() => form?.querySelector<HTMLElement>('input, select')?.focus());

  const submitLine = (e: FormEvent) => {
    e.preventDefault();
    const id = editingLine;
    const done =
      id === undefined
        ? attempt(t('plan.cmd.addBudgetLine'), (p) => addBudgetLine(p, line))
        : attempt(t('plan.cmd.editBudgetLine'), (p) => updateBudgetLine(p, id, line));
    if (done) {
      setLine(emptyLine());
      setEditingLine(undefined);
    }
  };
  const submitFunding = (e: FormEvent) => {
    e.preventDefault();
    const id = editingFunding;
    const done =
      id === undefined
        ? attempt(t('plan.cmd.addFunding'), (p) => addFundingSource(p, funding))
        : attempt(t('plan.cmd.editFunding'), (p) => updateFundingSource(p, id, funding));
    if (done) {
      setFunding(emptyFunding());
      setEditingFunding(undefined);
    }
  };
  const lineField = (key: keyof BudgetLineInput, label: string, type = 'text') => (
    <label className="field">
      <span>{label}</span>
      <input
        type={type}
        value={line[key]}
        onChange={(e) => setLine({ ...line, [key]: e.target.value })}
        {...(key === 'amount' ? { inputMode: 'decimal' as const } : {})}
        {...(key === 'budgetClass' ? { list: classes } : {})}
        size={key === 'description' ? 24 : 10}
      />
    </label>
  );
  const fundingField = (key: Exclude<keyof FundingInput, 'stage'>, label: string, type = 'text') => (
    <label className="field">
      <span>{label}</span>
      <input
        type={type}
        value={funding[key]}
        onChange={(e) => setFunding({ ...funding, [key]: e.target.value })}
        {...(key === 'amount' || key === 'probability' ? { inputMode: 'decimal' as const } : {})}
        size={key === 'name' ? 24 : 10}
      />
    </label>
  );
  return (
    <div className="card" data-testid="budget-editor">
      {message}
      <h3>{t('plan.budget.edit.lines')}</h3>
      <form ref={lineForm} className="toolbar" onSubmit={submitLine} aria-label={editingLine === undefined ? t('plan.cmd.addBudgetLine') : t('plan.cmd.editBudgetLine')}>
        {lineField('budgetClass', t('plan.budget.dim.class'))}
        <datalist id={classes}>
          {[...new Set(plan.budget.map((b) => b.budgetClass))].map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
        {lineField('description', t('plan.budget.description'))}
        <label className="field">
          <span>{t('plan.budget.edit.activity')}</span>
          <select value={line.activity} onChange={(e) => setLine({ ...line, activity: e.target.value })}>
            <option value="">{t('plan.budget.edit.none')}</option>
            {plan.activities.map((a) => (
              <option key={a.id} value={a.id}>
                {`${a.wbs ?? a.id} ${text(a.name)}`}
              </option>
            ))}
          </select>
        </label>
        {lineField('periodStart', t('plan.budget.edit.from'), 'date')}
        {lineField('periodEnd', t('plan.budget.edit.to'), 'date')}
        {lineField('amount', t('plan.budget.amount'))}
        {lineField('currency', t('plan.budget.currency'))}
        {lineField('valueDate', t('plan.budget.valueDate'), 'date')}
        <label className="field">
          <span>{t('plan.budget.dim.fundingSource')}</span>
          <select value={line.fundingSource} onChange={(e) => setLine({ ...line, fundingSource: e.target.value })}>
            <option value="">{t('plan.budget.edit.none')}</option>
            {plan.funding.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button button--small">
          {editingLine === undefined ? t('plan.cmd.addBudgetLine') : t('plan.budget.edit.save', { id: editingLine })}
        </button>
        {editingLine !== undefined && (
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              setLine(emptyLine());
              setEditingLine(undefined);
              report(undefined);
            }}
          >
            {t('plan.budget.edit.cancel')}
          </button>
        )}
      </form>
      <ul className="plain-list">
        {plan.budget.map((b) => (
          <li key={b.id}>
            {`${b.id} · ${b.budgetClass}${b.description ? ` ${b.description}` : ''} · ${fmt.integer(b.money.amount)} ${b.money.currency} `}
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                setLine(budgetLineInput(b));
                setEditingLine(b.id);
                focusForm(lineForm.current);
              }}
            >
              {t('plan.budget.edit.edit', { id: b.id })}
            </button>{' '}
            <button type="button" className="button button--small" onClick={() => attempt(t('plan.cmd.removeBudgetLine'), (p) => removeBudgetLine(p, b.id))}>
              {t('plan.budget.edit.remove', { id: b.id })}
            </button>
          </li>
        ))}
      </ul>
      <h3>{t('plan.budget.edit.funding')}</h3>
      <form ref={fundingForm} className="toolbar" onSubmit={submitFunding} aria-label={editingFunding === undefined ? t('plan.cmd.addFunding') : t('plan.cmd.editFunding')}>
        {fundingField('name', t('plan.budget.edit.name'))}
        <label className="field">
          <span>{t('plan.budget.stage')}</span>
          <select value={funding.stage} onChange={(e) => setFunding({ ...funding, stage: e.target.value as FundingStage })}>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {t(`plan.stage.${s}`)}
              </option>
            ))}
          </select>
        </label>
        {fundingField('amount', t('plan.budget.amount'))}
        {fundingField('currency', t('plan.budget.currency'))}
        {fundingField('valueDate', t('plan.budget.valueDate'), 'date')}
        {fundingField('probability', t('plan.budget.edit.probability'))}
        {fundingField('expectedDate', t('plan.budget.edit.expected'), 'date')}
        <button type="submit" className="button button--small">
          {editingFunding === undefined ? t('plan.cmd.addFunding') : t('plan.budget.edit.save', { id: editingFunding })}
        </button>
        {editingFunding !== undefined && (
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              setFunding(emptyFunding());
              setEditingFunding(undefined);
              report(undefined);
            }}
          >
            {t('plan.budget.edit.cancel')}
          </button>
        )}
      </form>
      <ul className="plain-list">
        {plan.funding.map((f) => (
          <li key={f.id}>
            {`${f.id} · ${f.name} · ${fmt.integer(f.amount.amount)} ${f.amount.currency} `}
            <select
              aria-label={t('plan.budget.edit.stageOf', { name: f.name })}
              value={f.stage}
              onChange={(e) => attempt(t('plan.cmd.fundingStage'), (p) => setFundingStage(p, f.id, e.target.value as FundingStage))}
            >
              {STAGES.map((s) => (
                <option key={s} value={s}>
                  {t(`plan.stage.${s}`)}
                </option>
              ))}
            </select>{' '}
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                setFunding(fundingInput(f));
                setEditingFunding(f.id);
                focusForm(fundingForm.current);
              }}
            >
              {t('plan.budget.edit.edit', { id: f.id })}
            </button>{' '}
            <button type="button" className="button button--small" onClick={() => attempt(t('plan.cmd.removeFunding'), (p) => removeFundingSource(p, f.id))}>
              {t('plan.budget.edit.remove', { id: f.id })}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
