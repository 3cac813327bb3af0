import type { Activity, Locale, Plan } from '@dsc/domain';
import type { DatedActivity } from '@dsc/roadmap';
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.js';
import type { CommandResult, Run } from '../common/command.js';
import { clearConstraint, moveActivity, renameActivity } from './commands.js';


const update = (p: Plan, id: string, f: (a: Activity) => Activity): CommandResult => ({
  ok: true,
  value: { ...p, activities: p.activities.map((a) => (a.id === id ? f(a) : a)) },
});

const without = <K extends keyof Activity>(a: Activity, key: K): Activity => {
  const copy = { ...a };
  delete copy[key];
  return copy;
};

/** A text field that commits one command when it loses focus or on Enter. */
function CommitField({
  label,
  value,
  onCommit,
  type = 'text',
  lang,
}: {
  label: string;
  value: string;
  onCommit: (v: string) => void;
  type?: string;
  lang?: string;
}) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  return (
    <label className="field">
      <span>{label}</span>
      <input
        type={type}
        value={draft}
        lang={lang}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
    </label>
  );
}

/** Details of the focused activity: names in the three languages, phase, output, dates, gate. Every change is one undo step. */
export function ActivityDetails({
  plan,
  activity,
  dated,
  run,
  step,
}: {
  plan: Plan;
  activity: Activity;
  dated: DatedActivity | undefined;
  run: Run;
  step: number;
}) {
  const { t, text, fmt } = useI18n();
  const id = activity.id;
  const langs: ReadonlyArray<{ lang: Locale; label: string }> = [
    { lang: 'en', label: t('plan.details.nameEn') },
    { lang: 'ru', label: t('plan.details.nameRu') },
    { lang: 'kk', label: t('plan.details.nameKk') },
  ];
  const outputs = plan.results.filter((r) => r.level === 'output');
  const lines = plan.budget.filter((b) => b.activity === id);
  const sources = new Map(plan.funding.map((f) => [f.id, f]));
  const orgs = new Map(plan.organisations.map((o) => [o.id, o]));
  const chain = new Set<string>();
  for (
    let r = activity.output;
    r !== undefined && !chain.has(r);
    r = plan.results.find((x) => x.id === r)?.parent
  )
    chain.add(r);
  const kpis = plan.kpis.filter((k) => k.result !== undefined && chain.has(k.result));
  const snet = activity.constraint?.type === 'SNET' ? (activity.constraint.date ?? '') : '';
  return (
    <section className="card activity-details" aria-labelledby="activity-details-h">
      <h2 id="activity-details-h">{t('plan.details.title', { name: text(activity.name) })}</h2>
      <div className="toolbar">
        {langs.map((l) => (
          <CommitField
            key={l.lang}
            label={l.label}
            lang={l.lang}
            value={activity.name[l.lang] ?? ''}
            onCommit={(v) =>
              run(t('plan.cmd.rename'), (p) =>
                v.trim() === '' && l.lang !== 'en'
                  ? update(p, id, (a) => {
                      const name = { ...a.name };
                      delete name[l.lang];
                      return { ...a, name };
                    })
                  : renameActivity(p, id, l.lang, v),
              )
            }
          />
        ))}
      </div>
      <div className="toolbar">
        <label className="field">
          <span>{t('plan.budget.dim.phase')}</span>
          <select
            value={activity.phase ?? ''}
            onChange={(e) => {
              const v = e.target.value;
              run(t('plan.cmd.edit'), (p) =>
                update(p, id, (a) => (v ? { ...a, phase: v } : without(a, 'phase'))),
              );
            }}
          >
            <option value="">{t('plan.details.none')}</option>
            {plan.phases.map((ph) => (
              <option key={ph.id} value={ph.id}>
                {text(ph.name)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('plan.logframe.level.output')}</span>
          <select
            value={activity.output ?? ''}
            onChange={(e) => {
              const v = e.target.value;
              run(t('plan.cmd.edit'), (p) =>
                update(p, id, (a) => (v ? { ...a, output: v } : without(a, 'output'))),
              );
            }}
          >
            <option value="">{t('plan.details.none')}</option>
            {outputs.map((o) => (
              <option key={o.id} value={o.id}>
                {o.code ? `${o.code} ` : ''}
                {text(o.title)}
              </option>
            ))}
          </select>
        </label>
        <CommitField
          label={t('plan.details.gate')}
          value={activity.gate ?? ''}
          onCommit={(v) =>
            run(t('plan.cmd.edit'), (p) =>
              update(p, id, (a) => (v.trim() ? { ...a, gate: v.trim() } : without(a, 'gate'))),
            )
          }
        />
      </div>
      <div className="toolbar">
        <CommitField
          type="date"
          label={t('plan.details.startNoEarlier')}
          value={snet}
          onCommit={(v) =>
            run(t('plan.cmd.move'), (p) =>
              v
                ? update(p, id, (a) => ({ ...a, constraint: { type: 'SNET', date: v } }))
                : clearConstraint(p, id),
            )
          }
        />
        {dated && (
          <>
            <button
              type="button"
              className="button button--small"
              onClick={() => run(t('plan.cmd.move'), (p) => moveActivity(p, id, dated.start, -step))}
            >
              {t('plan.details.earlier', { days: step })}
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => run(t('plan.cmd.move'), (p) => moveActivity(p, id, dated.start, step))}
            >
              {t('plan.details.later', { days: step })}
            </button>
          </>
        )}
        <CommitField
          type="date"
          label={t('plan.details.deadline')}
          value={activity.deadline ?? ''}
          onCommit={(v) =>
            run(t('plan.cmd.edit'), (p) =>
              update(p, id, (a) => (v ? { ...a, deadline: v } : without(a, 'deadline'))),
            )
          }
        />
        {dated?.drivingPredecessor !== undefined && (
          <p className="muted activity-details__driver">
            {t('plan.timeline.driver', {
              name: text(plan.activities.find((a) => a.id === dated.drivingPredecessor)?.name),
            })}
          </p>
        )}
      </div>
      {(lines.length > 0 || activity.assignments.length > 0 || kpis.length > 0) && (
        <dl className="activity-details__facts">
          {activity.assignments.length > 0 && (
            <>
              <dt>{t('plan.details.raci')}</dt>
              <dd>
                {activity.assignments
                  .map((as) => `${text(orgs.get(as.organisation)?.name) || as.organisation} (${as.role})`)
                  .join('; ')}
              </dd>
            </>
          )}
          {lines.length > 0 && (
            <>
              <dt>{t('plan.details.budget')}</dt>
              <dd>
                {lines
                  .map((b) => {
                    const src = b.fundingSource !== undefined ? sources.get(b.fundingSource) : undefined;
                    return `${b.budgetClass} ${b.description ?? ''}: ${fmt.integer(b.money.amount)} ${b.money.currency}${src ? ` — ${src.name} (${t(`plan.stage.${src.stage}`)})` : ''}`;
                  })
                  .join('; ')}
              </dd>
            </>
          )}
          {kpis.length > 0 && (
            <>
              <dt>{t('plan.details.kpis')}</dt>
              <dd>{kpis.map((k) => text(k.name)).join('; ')}</dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}
