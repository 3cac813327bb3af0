import type { Locale, Plan } from '@dsc/domain';
import { createTranslator, getNumberFormatter, loadMessages } from '@dsc/i18n';
import type { MessageKey } from '@dsc/i18n';
import type { PlanSchedule, ProposalDocument, ProposalLabels } from '@dsc/roadmap';
import { PROPOSAL_LABEL_KEYS, buildProposal, toIatiXml, toMspdi } from '@dsc/roadmap';
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.js';
import { saveBlob, saveText, slug } from '../../lib/download.js';

const LANGS: ReadonlyArray<{ lang: Locale; label: string }> = [
  { lang: 'en', label: 'English' },
  { lang: 'ru', label: 'Русский' },
  { lang: 'kk', label: 'Қазақша' },
];

async function labelsFor(
  lang: Locale,
): Promise<{ labels: ProposalLabels; money: (n: number, c: string) => string }> {
  const messages = await loadMessages(lang);
  const tr = createTranslator(lang, messages);
  const t = tr.t as (key: MessageKey) => string;
  const labels = Object.fromEntries(
    PROPOSAL_LABEL_KEYS.map((k) => [k, t(`roadmap.proposal.${k}` as MessageKey)]),
  ) as ProposalLabels;
  const nf = getNumberFormatter(lang, { maximumFractionDigits: 0 });
  return { labels, money: (n, c) => `${nf.format(n)} ${c}` };
}

function Blocks({ doc }: { doc: ProposalDocument }) {
  return (
    <>
      {doc.blocks.map((b, i) => {
        switch (b.kind) {
          case 'heading':
            return b.level === 1 ? (
              <h2 key={i}>{b.text}</h2>
            ) : b.level === 2 ? (
              <h3 key={i}>{b.text}</h3>
            ) : (
              <h4 key={i}>{b.text}</h4>
            );
          case 'paragraph':
            return <p key={i}>{b.emphasis ? <strong>{b.text}</strong> : b.text}</p>;
          case 'list':
            return (
              <ul key={i}>
                {b.items.map((item, k) => (
                  <li key={k}>{item}</li>
                ))}
              </ul>
            );
          case 'table':
            return (
              <div key={i} className="table-wrap" tabIndex={0}>
                <table>
                  {!b.columns.every((c) => c === '') && (
                    <thead>
                      <tr>
                        {b.columns.map((c, k) => (
                          <th key={k} scope="col">
                            {c}
                          </th>
                        ))}
                      </tr>
                    </thead>
                  )}
                  <tbody>
                    {b.rows.map((r, k) => (
                      <tr key={k}>
                        {r.map((c, m) => (
                          <td key={m}>{c}</td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            );
        }
      })}
    </>
  );
}

/** The DA-format proposal previewed in the chosen language, with DOCX, PDF (print), IATI, MS Project and XLSX exports. */
export function ProposalView({
  plan,
  language,
  onLanguage,
}: {
  plan: Plan;
  schedule: PlanSchedule | undefined;
  language: Locale | undefined;
  onLanguage: (l: Locale) => void;
}) {
  const { t, base } = useI18n();
  const lang: Locale = language ?? base;
  const [doc, setDoc] = useState<ProposalDocument | undefined>(undefined);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let live = true;
    void labelsFor(lang).then(({ labels, money }) => {
      if (!live) return;
      const r = buildProposal(plan, { lang, labels, formatMoney: money });
      if (r.ok) {
        setDoc(r.value);
        setError('');
      } else {
        setDoc(undefined);
        setError(t('plan.error.schedule', { code: r.error.code }));
      }
    });
    return () => {
      live = false;
    };
  }, [plan, lang, t]);

  const name = slug(plan.id);
  const docx = async () => {
    if (!doc) return;
    setBusy(true);
    try {
      const { docxBytes } = await import('../io/heavy-exports.js');
      const bytes = await docxBytes(doc);
      saveBlob(
        new Blob([bytes as BlobPart], {
          type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        }),
        `${name}-proposal-${lang}.docx`,
      );
    } finally {
      setBusy(false);
    }
  };
  const xlsx = async () => {
    setBusy(true);
    try {
      const { xlsxBytes } = await import('../io/heavy-exports.js');
      const r = await xlsxBytes(plan);
      if (r instanceof Uint8Array)
        saveBlob(
          new Blob([r as BlobPart], {
            type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          }),
          `${name}.xlsx`,
        );
      else setError(t('plan.error.schedule', { code: r.code }));
    } finally {
      setBusy(false);
    }
  };
  const iati = () => {
    const r = toIatiXml(plan, { today: new Date().toISOString().slice(0, 10) });
    if (r.ok) {
      saveText(r.value.xml, `${name}.iati.xml`, 'application/xml');
      setError('');
    } else
      setError(
        r.error.code === 'iati_settings_missing'
          ? t('plan.export.iatiMissing')
          : t('plan.error.schedule', { code: r.error.code }),
      );
  };
  const mspdi = () => {
    const r = toMspdi(plan);
    if (r.ok) saveText(r.value.xml, `${name}.mspdi.xml`, 'application/xml');
    else setError(t('plan.error.schedule', { code: r.error.code }));
  };

  return (
    <div className="proposal-view">
      <div className="toolbar no-print">
        <label className="field">
          <span>{t('plan.proposal.language')}</span>
          <select
            value={lang}
            onChange={(e) => onLanguage(e.target.value as Locale)}
            data-testid="proposal-lang"
          >
            {LANGS.map((l) => (
              <option key={l.lang} value={l.lang} lang={l.lang}>
                {l.label}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button button--primary"
          onClick={() => void docx()}
          disabled={!doc || busy}
        >
          {t('plan.export.docx')}
        </button>
        <button type="button" className="button" onClick={() => window.print()} disabled={!doc}>
          {t('plan.export.pdf')}
        </button>
        <button type="button" className="button" onClick={iati}>
          {t('plan.export.iati')}
        </button>
        <button type="button" className="button" onClick={mspdi}>
          {t('plan.export.mspdi')}
        </button>
        <button type="button" className="button" onClick={() => void xlsx()} disabled={busy}>
          {t('plan.export.xlsx')}
        </button>
      </div>
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      {doc && doc.untranslated > 0 && (
        <p className="notice notice--warn no-print">
          {t('plan.proposal.untranslated', { count: doc.untranslated })}
        </p>
      )}
      {doc && (
        <article className="proposal card" lang={lang} data-testid="proposal">
          <Blocks doc={doc} />
        </article>
      )}
    </div>
  );
}
