import type { Initiative } from '@dsc/domain';
import { PILLARS, country, initiatives, scopeCountries } from '@dsc/datasets';
import { useMemo, useState } from 'react';
import { useI18n } from '../i18n/i18n-context.js';
import type { HeatCell } from '../model/initiatives.js';
import { cellInitiatives, heatTable } from '../model/initiatives.js';

const PILLAR_IDS = Object.keys(PILLARS) as (keyof typeof PILLARS)[];

function Sources({ i }: { i: Initiative }) {
  const { t } = useI18n();
  return (
    <ul className="initiative-sources">
      {i.sources.map((s) => (
        <li key={s.url}>
          <a href={s.url} rel="noreferrer" target="_blank">
            {s.publisher}
          </a>
          {s.date ? ` (${s.date})` : ''}
          {s.secondary ? ` — ${t('datasets.initiatives.secondary')}` : ''}
        </li>
      ))}
    </ul>
  );
}

function Register({ list }: { list: readonly Initiative[] }) {
  const { t, text, fmt } = useI18n();
  const period = (i: Initiative) =>
    i.start === undefined && i.end === undefined
      ? t('datasets.initiatives.missing')
      : `${i.start ?? '…'}–${i.end ?? '…'}`;
  return (
    <table>
      <thead>
        <tr>
          {(['name', 'type', 'countries', 'period', 'status', 'budget', 'sources'] as const).map((k) => (
            <th key={k} scope="col">
              {t(`datasets.initiatives.column.${k}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {list.map((i) => (
          <tr key={i.id} id={`initiative-${i.id}`}>
            <th scope="row">
              {text(i.name)}
              <br />
              <small>{i.lead}</small>
            </th>
            <td>{t(`datasets.initiatives.type.${i.type}`)}</td>
            <td>
              {i.regional
                ? `${t('datasets.initiatives.regional')}: ${i.countries.join(', ')}`
                : i.countries.join(', ')}
            </td>
            <td>{period(i)}</td>
            <td>{t(`datasets.initiatives.status.${i.status}`)}</td>
            <td>
              {i.budgets?.map((b) => `${fmt.integer(b.amount)} ${b.currency} (${b.funder})`).join('; ') ??
                t('datasets.initiatives.missing')}
            </td>
            <td>
              <Sources i={i} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The programmes and initiatives register and its countries × pillars heat table; a cell lists its initiatives. */
export function InitiativesPage() {
  const { t, text } = useI18n();
  const register = initiatives();
  const rows = useMemo(() => heatTable(register, scopeCountries, PILLAR_IDS), [register]);
  const [selected, setSelected] = useState<HeatCell | undefined>(undefined);
  const [filter, setFilter] = useState('');
  const countryName = (iso3: string) => text(country(iso3)?.name) || iso3;
  const pillarName = (id: string) => text(PILLARS[id as keyof typeof PILLARS]);
  const listed = filter === '' ? register : initiatives({ iso3: filter });
  return (
    <section>
      <div className="page-head">
        <h1>{t('datasets.initiatives.planner.title')}</h1>
        <p className="lead">{t('datasets.initiatives.planner.intro')}</p>
      </div>
      <h2>{t('datasets.initiatives.planner.matrixTitle')}</h2>
      <p>{t('datasets.initiatives.planner.matrixHint')}</p>
      <table className="heat-table">
        <thead>
          <tr>
            <th scope="col">{t('datasets.initiatives.column.country')}</th>
            {PILLAR_IDS.map((p) => (
              <th key={p} scope="col">
                {pillarName(p)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={scopeCountries[r]}>
              <th scope="row">{countryName(scopeCountries[r] ?? '')}</th>
              {row.map((c) => (
                <td key={c.pillar} className={`num heat-${c.shade}`}>
                  <button
                    type="button"
                    aria-pressed={selected?.country === c.country && selected.pillar === c.pillar}
                    aria-label={t('datasets.initiatives.planner.cellLabel', {
                      country: countryName(c.country),
                      pillar: pillarName(c.pillar),
                      count: c.count,
                    })}
                    onClick={() => setSelected(c)}
                  >
                    {c.gap ? `– ${t('datasets.initiatives.matrix.gap')}` : c.count}
                  </button>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {selected && (
        <div className="card" aria-live="polite">
          <h3>
            {t('datasets.initiatives.planner.selected', {
              country: countryName(selected.country),
              pillar: pillarName(selected.pillar),
            })}
          </h3>
          {selected.gap ? (
            <p>{t('datasets.initiatives.planner.noneInCell')}</p>
          ) : (
            <ul>
              {cellInitiatives(register, selected).map((i) => (
                <li key={i.id}>
                  <a href={`#initiative-${i.id}`}>{text(i.name)}</a> — {i.lead}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <h2>{t('datasets.initiatives.planner.registerTitle')}</h2>
      <label>
        {t('datasets.initiatives.planner.countryFilter')}{' '}
        <select value={filter} onChange={(e) => setFilter(e.target.value)}>
          <option value="">{t('datasets.initiatives.planner.allCountries')}</option>
          {scopeCountries.map((c) => (
            <option key={c} value={c}>
              {countryName(c)}
            </option>
          ))}
        </select>
      </label>
      <p>{t('datasets.initiatives.count', { count: listed.length })}</p>
      <Register list={listed} />
    </section>
  );
}
