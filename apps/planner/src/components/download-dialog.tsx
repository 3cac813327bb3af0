import { useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { useI18n } from '../i18n/i18n-context.js';
import type { CsvCell } from '../lib/csv.js';
import { toCsv } from '../lib/csv.js';
import { saveBlob, saveText, slug } from '../lib/download.js';
import type { ExportText } from '../lib/svg-export.js';
import { composeSvg, svgToPng } from '../lib/svg-export.js';

export interface CsvData {
  header: readonly string[];
  rows: readonly (readonly CsvCell[])[];
}

/** The download dialog: chart as SVG/PNG (title, source and disclaimer burned in) and data as CSV (shown / full). */
export function DownloadDialog({
  open,
  onClose,
  chartRef,
  text,
  shown,
  full,
  metadata,
}: {
  open: boolean;
  onClose: () => void;
  chartRef: RefObject<HTMLElement | null>;
  text: ExportText;
  shown: CsvData;
  full?: CsvData | undefined;
  /** Definitions, sources, licences and processing of the data, written as metadata.json. */
  metadata?: unknown;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  const svgEl = () => chartRef.current?.querySelector<SVGSVGElement>('svg.chart') ?? null;
  const name = slug(text.title);
  /** An iframe of the current view (without the dialog overlay): lazy, full width, fixed height, no border. */
  const embedCode = () => {
    if (typeof window === 'undefined') return '';
    const url = new URL(window.location.href);
    url.searchParams.delete('overlay');
    return `<iframe src="${url.href}" loading="lazy" style="width: 100%; height: 640px; border: 0" title="${text.title.replaceAll('"', '&quot;')}"></iframe>`;
  };
  const downloadSvg = () => {
    const el = svgEl();
    if (el) saveText(composeSvg(el, text), `${name}.svg`, 'image/svg+xml');
  };
  const downloadPng = async () => {
    const el = svgEl();
    if (el) saveBlob(await svgToPng(composeSvg(el, text)), `${name}.png`);
  };
  // The chart is in the DOM only after the figure has rendered: look for it once the dialog is open.
  const [hasChart, setHasChart] = useState(false);
  useEffect(() => {
    setHasChart(open && chartRef.current?.querySelector('svg.chart') != null);
  }, [open, chartRef]);
  return (
    <dialog ref={ref} onClose={onClose} aria-labelledby="download-title">
      <h2 id="download-title">{t('planner.download.title')}</h2>
      <p className="muted">{text.title}</p>
      <h3>{t('planner.download.chart')}</h3>
      {hasChart ? (
        <div className="dialog-actions">
          <button type="button" className="button" onClick={downloadSvg}>
            {t('planner.download.svg')}
          </button>
          <button type="button" className="button" onClick={() => void downloadPng()}>
            {t('planner.download.png')}
          </button>
        </div>
      ) : (
        <p className="muted">{t('planner.download.noChart')}</p>
      )}
      <h3 style={{ marginTop: '1rem' }}>{t('planner.download.data')}</h3>
      <div className="dialog-actions">
        <button
          type="button"
          className="button"
          onClick={() => saveText(toCsv(shown.header, shown.rows), `${name}.csv`, 'text/csv;charset=utf-8')}
        >
          {t('planner.download.csvShown', { rows: shown.rows.length })}
        </button>
        {full && (
          <button
            type="button"
            className="button"
            onClick={() => saveText(toCsv(full.header, full.rows), `${name}-full.csv`, 'text/csv;charset=utf-8')}
          >
            {t('planner.download.csvFull', { rows: full.rows.length })}
          </button>
        )}
        {metadata !== undefined && (
          <button
            type="button"
            className="button"
            onClick={() => saveText(JSON.stringify(metadata, null, 2), `${name}-metadata.json`, 'application/json')}
          >
            {t('planner.download.metadata')}
          </button>
        )}
      </div>
      <h3 style={{ marginTop: '1rem' }}>{t('planner.download.embed')}</h3>
      <label className="field">
        {t('planner.download.embedNote')}
        <textarea
          readOnly
          rows={3}
          style={{ width: '100%', fontFamily: 'monospace', fontSize: '0.8rem' }}
          value={embedCode()}
          onFocus={(e) => e.currentTarget.select()}
        />
      </label>
      <form method="dialog" style={{ marginTop: '1.25rem' }}>
        <button type="submit" className="button button--primary">
          {t('planner.download.close')}
        </button>
      </form>
    </dialog>
  );
}
