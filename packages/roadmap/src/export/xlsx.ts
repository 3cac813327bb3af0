import writeXlsxFile from 'write-excel-file/universal';
import type { TableSheet } from './tables.js';

/** All tables as one XLSX workbook (one sheet each, header row bold and frozen). Works in Node and the browser. */
export async function tablesToXlsx(tables: readonly TableSheet[]): Promise<Uint8Array> {
  const sheets = tables.map((t) => ({
    sheet: t.name,
    stickyRowsCount: 1,
    columns: t.columns.map((c) => ({ width: Math.min(Math.max(c.length + 2, 10), 50) })),
    data: [
      t.columns.map((c) => ({ value: c, fontWeight: 'bold' as const })),
      ...t.rows.map((r) => r.map((v) => (v === null ? null : typeof v === 'number' ? { value: v, type: Number } : typeof v === 'boolean' ? { value: v, type: Boolean } : { value: v, type: String }))),
    ],
  }));
  const blob = (await writeXlsxFile(sheets).toBlob()) as unknown as { arrayBuffer(): Promise<ArrayBuffer> };
  return new Uint8Array(await blob.arrayBuffer());
}
