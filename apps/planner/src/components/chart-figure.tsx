import { useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context.js';
import type { CsvData } from './download-dialog.js';
import { DownloadDialog } from './download-dialog.js';

/**
 * A chart with its title, source line, optional map disclaimer, its data table (always present: the
 * accessible fallback) and a download dialog.
 */
export function ChartFigure({
  id,
  title,
  subtitle,
  source,
  disclaimer,
  chart,
  table,
  shown,
  full,
  overlayOpen,
  onOverlayChange,
  metadata,
}: {
  id: string;
  title: string;
  subtitle?: string | undefined;
  source?: string | undefined;
  disclaimer?: string | undefined;
  /** The chart; omitted in table view. */
  chart?: ReactNode;
  table: ReactNode;
  shown: CsvData;
  full?: CsvData | undefined;
  overlayOpen?: boolean;
  onOverlayChange?: (open: boolean) => void;
  metadata?: unknown;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLElement>(null);
  const [localOpen, setLocalOpen] = useState(false);
  const open = overlayOpen ?? localOpen;
  const setOpen = onOverlayChange ?? setLocalOpen;
  return (
    <figure ref={ref} className="card" aria-labelledby={`${id}-title`}>
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: '1rem', alignItems: 'flex-start' }}>
        <div>
          <h2 id={`${id}-title`} style={{ marginBottom: '0.25rem' }}>
            {title}
          </h2>
          {subtitle && <p className="muted" style={{ margin: 0 }}>{subtitle}</p>}
        </div>
        <button type="button" className="button button--small no-print" onClick={() => setOpen(true)}>
          {t('planner.download.open')}
        </button>
      </div>
      <div style={{ marginTop: '0.75rem' }}>{chart ?? table}</div>
      {chart && (
        <details className="data-table">
          <summary>{t('planner.a11y.chartTable')}</summary>
          {table}
        </details>
      )}
      {source && <p className="source-line">{source}</p>}
      {disclaimer && <p className="disclaimer">{disclaimer}</p>}
      <DownloadDialog
        open={open}
        onClose={() => setOpen(false)}
        chartRef={ref}
        text={{ title, subtitle, source, disclaimer }}
        shown={shown}
        full={full}
        metadata={metadata}
      />
    </figure>
  );
}
