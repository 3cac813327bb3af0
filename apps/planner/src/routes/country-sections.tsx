import type { PolicyInstrument } from '@dsc/domain';
import { Link } from '@tanstack/react-router';
import type { Column } from '../components/data-table.js';
import { DataTable } from '../components/data-table.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { AppData } from '../model/types.js';
import { formatIsoList } from './search.js';

/** Years and number of observations of every indicator for one country. */
export function coverageRows(data: AppData, iso3: string) {
  return data.indicators.map((ind) => {
    const years = data.observations
      .filter((o) => o.iso3 === iso3 && o.indicator === ind.code)
      .map((o) => o.year);
    return {
      ind,
      n: years.length,
      from: years.length ? Math.min(...years) : null,
      to: years.length ? Math.max(...years) : null,
    };
  });
}
type CovRow = ReturnType<typeof coverageRows>[number];

/** The data coverage table of a country profile. */
export function CoverageSection({
  rows,
  iso3,
  hasSources,
}: {
  rows: readonly CovRow[];
  iso3: string;
  hasSources: boolean;
}) {
  const { t, text } = useI18n();
  const indName = (i: { name: Parameters<typeof text>[0] }) => text(i.name);
  const columns: Column<CovRow>[] = [
    {
      key: 'ind',
      header: t('planner.col.indicator'),
      value: (r) => indName(r.ind),
      rowHeader: true,
      render: (r) => (
        <Link to="/indicators" search={{ ind: r.ind.code, countries: formatIsoList([iso3]) }}>
          {indName(r.ind)}
        </Link>
      ),
    },
    {
      key: 'years',
      header: t('planner.col.years'),
      value: (r) => (r.from === null ? '' : `${r.from}–${r.to}`),
      render: (r) =>
        r.from === null ? <span className="muted">{t('planner.state.noData')}</span> : `${r.from}–${r.to}`,
    },
    { key: 'n', header: t('planner.col.coverage'), numeric: true, value: (r) => r.n },
    { key: 'src', header: t('planner.col.source'), value: (r) => r.ind.source.title },
  ];
  return (
    <section className="card" aria-labelledby="coverage-title">
      <h2 id="coverage-title">{t('planner.country.coverage')}</h2>
      <DataTable
        caption={t('planner.country.coverage')}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.ind.code}
        captionHidden
      />
      <p className="source-line">{hasSources && t('planner.footer.sources')}</p>
    </section>
  );
}

/** The type of a register entry in the interface language; a type the catalogue does not know is shown as recorded. */
function instrumentType(t: ReturnType<typeof useI18n>['t'], type: string): string {
  switch (type) {
    case 'law':
      return t('planner.policy.type.law');
    case 'institution':
      return t('planner.policy.type.institution');
    case 'strategy':
      return t('planner.policy.type.strategy');
    case 'programme':
      return t('planner.policy.type.programme');
    case 'decree':
      return t('planner.policy.type.decree');
    case 'regulation':
      return t('planner.policy.type.regulation');
    case 'directive':
      return t('planner.policy.type.directive');
    case 'index_score':
      return t('planner.policy.type.indexScore');
    default:
      return type.replaceAll('_', ' ');
  }
}

/** The policy instruments recorded for a country. */
export function PolicyInstrumentsSection({ instruments }: { instruments: readonly PolicyInstrument[] }) {
  const { t, base, display } = useI18n();
  // The register has each title in English and, where seen, in the original: Russian and Kazakh readers get the original first.
  const titles = (p: PolicyInstrument) => {
    const original = p.name.original && p.name.original !== p.name.en ? display(p.name.original) : undefined;
    return base === 'en' || original === undefined ? { main: p.name.en, other: original } : { main: original, other: p.name.en };
  };
  return (
    <section className="card" aria-labelledby="policy-title">
      <h2 id="policy-title">{t('planner.country.policy')}</h2>
      {instruments.length === 0 ? (
        <p className="muted">{t('planner.country.policyNone')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t('planner.country.policy')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('planner.country.instrument')}</th>
                <th scope="col">{t('planner.country.instrumentType')}</th>
                <th scope="col">{t('planner.country.adopted')}</th>
                <th scope="col">{t('planner.col.source')}</th>
              </tr>
            </thead>
            <tbody>
              {instruments.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    {titles(p).main}
                    {titles(p).other && (
                      <div className="muted" style={{ fontWeight: 400 }}>
                        {titles(p).other}
                      </div>
                    )}
                    {p.verified !== 'yes' && (
                      <>
                        {' '}
                        <span className="badge badge--warn">{t('planner.country.unverified')}</span>
                      </>
                    )}
                  </th>
                  <td>{instrumentType(t, p.type)}</td>
                  <td>{p.adopted ?? '—'}</td>
                  <td>
                    <a href={p.source.url} rel="noreferrer noopener" target="_blank">
                      {p.source.title}
                      <span className="visually-hidden"> {t('planner.a11y.external')}</span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
