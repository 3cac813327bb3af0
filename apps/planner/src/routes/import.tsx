import type { Finding } from '@dsc/validation';
import { renderHint, renderMessage, renderUnreadable } from '@dsc/validation';
import { useId, useState } from 'react';
import type { ChangeEvent, DragEvent } from 'react';
import type { Column } from '../components/data-table.js';
import { DataTable } from '../components/data-table.js';
import { DataGate } from '../components/data-gate.js';
import { useDataApi } from '../model/data-context.js';
import type { AppData } from '../model/types.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { ImportOutcome } from '../import/run-import.js';
import { MAX_IMPORT_MB, runImport } from '../import/run-import.js';
import { ruleTitleKey } from '../import/rule-title.js';

type Status =
  | { kind: 'idle' }
  | { kind: 'checking'; file: string }
  | { kind: 'done'; file: string; outcome: ImportOutcome }
  | { kind: 'failed'; file: string; message: string };

const newId = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `ds-${Date.now()}-${Math.random().toString(36).slice(2)}`;

function Findings({ findings }: { findings: readonly Finding[] }) {
  const { t } = useI18n();
  const severity = (s: Finding['severity']) =>
    s === 'error' ? t('planner.severity.error') : s === 'warning' ? t('planner.severity.warning') : t('planner.severity.info');
  // The rule's title in the interface language; the detail below it names the values found.
  const ruleTitle = (ruleId: string): string => (t as (key: string) => string)(ruleTitleKey(ruleId));
  // The finding's own text and hint, rendered from its code and params in the interface language.
  const message = (f: Finding): string => renderMessage(f, t);
  const hint = (f: Finding): string | null => (f.hint === null ? null : renderHint(f.hint, t));
  const columns: Column<Finding & { n: number }>[] = [
    {
      key: 'sev',
      header: t('planner.import.severity'),
      value: (f) => f.severity,
      render: (f) => <span className={`badge ${f.severity === 'error' ? 'badge--error' : f.severity === 'warning' ? 'badge--warn' : ''}`}>{severity(f.severity)}</span>,
    },
    { key: 'line', header: t('planner.import.line'), numeric: true, value: (f) => f.line },
    { key: 'col', header: t('planner.import.column'), numeric: true, value: (f) => f.column },
    { key: 'field', header: t('planner.import.field'), value: (f) => f.field },
    {
      key: 'msg',
      header: t('planner.import.message'),
      value: (f) => `${ruleTitle(f.ruleId)} ${message(f)}`,
      render: (f) => (
        <>
          <strong>{ruleTitle(f.ruleId)}</strong>
          <div>{message(f)}</div>
          {f.value !== null && f.value !== '' && (
            <div>
              <code>{f.value}</code>
            </div>
          )}
          <div className="muted">{f.ruleId}</div>
        </>
      ),
    },
    { key: 'hint', header: t('planner.import.hint'), value: hint },
  ];
  const rows = findings.map((f, n) => ({ ...f, n }));
  return <DataTable caption={t("planner.import.findings")} columns={columns} rows={rows} rowKey={(f) => String(f.n)} captionHidden />;
}

function Importer({ data }: { data: AppData }) {
  const { t, fmt } = useI18n();
  const { addUserDataset, removeUserDataset } = useDataApi();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [over, setOver] = useState(false);
  const inputId = useId();

  const handle = async (file: File) => {
    setStatus({ kind: 'checking', file: file.name });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const outcome = await runImport(file.name, bytes, data.indicators);
      if (outcome.kind === 'valid') {
        await addUserDataset({
          id: newId(),
          name: file.name,
          importedAt: new Date().toISOString(),
          rows: outcome.observations.length,
          observations: outcome.observations,
          sources: [outcome.source],
        });
      }
      setStatus({ kind: 'done', file: file.name, outcome });
    } catch (e) {
      // Reading the file or saving to IndexedDB failed (e.g. storage disabled): nothing was imported.
      setStatus({ kind: 'failed', file: file.name, message: e instanceof Error ? e.message : String(e) });
    }
  };
  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (file) void handle(file);
    e.target.value = '';
  };
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file) void handle(file);
  };

  let message: { cls: string; text: string } | undefined;
  if (status.kind === 'checking') message = { cls: 'notice', text: t('planner.import.checking', { file: status.file }) };
  if (status.kind === 'failed')
    message = { cls: 'notice notice--error', text: t('planner.import.failed', { file: status.file, message: status.message }) };
  if (status.kind === 'done') {
    const o = status.outcome;
    switch (o.kind) {
      case 'valid':
        message = {
          cls: 'notice notice--ok',
          text: `${t('planner.import.valid', { file: status.file, rows: o.observations.length })}${o.warnings ? ` ${t('planner.import.warnings', { warnings: o.warnings })}.` : ''}`,
        };
        break;
      case 'invalid':
        message = { cls: 'notice notice--error', text: t('planner.import.invalid', { file: status.file, errors: o.errors }) };
        break;
      case 'unreadable': {
        const why = o.unreadable ? renderUnreadable(o.unreadable, t) : undefined;
        message = { cls: 'notice notice--error', text: why ? `${o.file}: ${why.message} ${why.hint}` : o.file };
        break;
      }
      case 'layout':
        message = { cls: 'notice notice--error', text: t('planner.import.layout', { file: status.file, layout: o.layout ?? '?' }) };
        break;
      case 'rejected':
        message = {
          cls: 'notice notice--error',
          text: o.reason === 'too_large' ? t('planner.import.tooLarge', { size: MAX_IMPORT_MB }) : t('planner.import.unsupported'),
        };
        break;
    }
  }
  const findings = status.kind === 'done' && 'findings' in status.outcome ? status.outcome.findings : [];

  return (
    <>
      <div
        className={`dropzone${over ? ' dropzone--active' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <p style={{ marginTop: 0 }}>{t('planner.import.drop')}</p>
        <label htmlFor={inputId} className="button button--primary">
          {t('planner.import.choose')}
        </label>
        <input
          id={inputId}
          type="file"
          accept=".csv,.tsv,.tab,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={onChange}
          className="visually-hidden"
          data-testid="import-file"
        />
        <p className="muted" style={{ marginBottom: 0 }}>
          {t('planner.import.format')}
        </p>
      </div>
      <div role="status" aria-live="polite" style={{ marginTop: '1rem' }}>
        {message && <p className={message.cls}>{message.text}</p>}
      </div>
      {findings.length > 0 && (
        <section className="card" aria-labelledby="findings-title">
          <h2 id="findings-title">{t('planner.import.findings')}</h2>
          <Findings findings={findings} />
        </section>
      )}
      <section className="card" aria-labelledby="datasets-title">
        <h2 id="datasets-title">{t('planner.import.datasets')}</h2>
        {data.userDatasets.length === 0 ? (
          <p className="muted">{t('planner.import.none')}</p>
        ) : (
          <ul className="stage-list">
            {data.userDatasets.map((ds) => (
              <li key={ds.id}>
                <span className="badge badge--user">{t('planner.origin.user')}</span>
                <strong>{ds.name}</strong>
                <span className="muted">
                  {t('planner.import.rows', { rows: ds.rows })} · {t('planner.import.importedAt')} {fmt.date(new Date(ds.importedAt))}
                </span>
                <button type="button" className="button button--small" onClick={() => void removeUserDataset(ds.id)}>
                  {t('planner.import.remove', { name: ds.name })}
                </button>
              </li>
            ))}
          </ul>
        )}
        <p className="source-line">
          {t('planner.import.userShare', {
            user: fmt.integer(data.observations.filter((o) => o.userData).length),
            total: fmt.integer(data.observations.length),
          })}
        </p>
      </section>
    </>
  );
}

export function ImportPage() {
  const { t } = useI18n();
  return (
    <section>
      <div className="page-head">
        <h1>{t('planner.import.title')}</h1>
        <p className="lead">{t('planner.import.intro')}</p>
      </div>
      <DataGate>{(data) => <Importer data={data} />}</DataGate>
    </section>
  );
}
