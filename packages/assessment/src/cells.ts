import readXlsxFile from 'read-excel-file/universal';

/** A cell as read back: text (trimmed, never empty), a number, a boolean, or null for an empty cell. */
export type Raw = string | number | boolean | null;

/** Normalises what read-excel-file gives for a cell; a date typed as a date becomes YYYY-MM-DD. */
export function normalise(v: unknown): Raw {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  return JSON.stringify(v);
}

/** The sheets of a workbook by name, each as rows of normalised cells; undefined when the bytes are not an XLSX workbook. */
export async function readSheets(bytes: Uint8Array | ArrayBuffer): Promise<ReadonlyMap<string, readonly (readonly Raw[])[]> | undefined> {
  try {
    const buffer = bytes instanceof Uint8Array ? bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) : bytes;
    const workbook = await readXlsxFile(buffer as ArrayBuffer, { trim: false });
    return new Map(workbook.map((s) => [s.sheet, s.data.map((r) => r.map(normalise))]));
  } catch {
    return undefined;
  }
}

/** The text of a cell (numbers as written), or undefined when it is empty. */
export const cellText = (v: Raw | undefined): string | undefined => (v === null || v === undefined ? undefined : String(v));
