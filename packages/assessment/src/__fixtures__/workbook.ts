import type { Cell } from 'write-excel-file/universal';
import writeXlsxFile from 'write-excel-file/universal';
import type { Raw } from '../cells.js';
import { readSheets } from '../cells.js';

export type Sheets = Map<string, Raw[][]>;

/**
 * The workbook with `edit` applied to its cells, as a focal point editing it in a spreadsheet program would: the
 * sheets are read, changed and written again (`edit` may add, remove or rewrite rows and sheets).
 */
export async function editWorkbook(bytes: Uint8Array, edit: (sheets: Sheets) => void): Promise<Uint8Array> {
  const read = await readSheets(bytes);
  if (read === undefined) throw new Error('the questionnaire is not a readable workbook');
  const sheets: Sheets = new Map([...read].map(([name, rows]) => [name, rows.map((r) => [...r])]));
  edit(sheets);
  const out: Parameters<typeof writeXlsxFile>[0] = [...sheets].map(([sheet, rows]) => ({
    sheet,
    data: rows.map((r) => r.map((v): Cell => (v === null ? null : typeof v === 'number' ? { value: v, type: Number } : typeof v === 'boolean' ? { value: v, type: Boolean } : { value: v, type: String }))),
  }));
  const blob = (await writeXlsxFile(out).toBlob()) as unknown as { arrayBuffer(): Promise<ArrayBuffer> };
  return new Uint8Array(await blob.arrayBuffer());
}
