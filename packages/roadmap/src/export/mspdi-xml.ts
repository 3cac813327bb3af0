import type { Result } from '@dsc/domain';
import { err, ok } from '@dsc/domain';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** Reading MS Project XML: the checked parse and small accessors over fast-xml-parser's plain objects. */

export type MspdiXmlError =
  | { readonly code: 'mspdi_not_xml'; readonly message: string; readonly line?: number; readonly column?: number }
  | { readonly code: 'mspdi_not_a_project' };

export type Node = Record<string, unknown>;
export const list = (v: unknown): Node[] =>
  Array.isArray(v) ? (v as Node[]) : v === undefined || v === null || v === '' ? [] : [v as Node];
export const text = (n: Node | undefined, k: string): string | undefined => {
  const v = n?.[k];
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
};
/** The day of an MSPDI date-time (`2027-01-04T08:00:00` → `2027-01-04`). */
export const dateOf = (v: string | undefined): string | undefined =>
  v !== undefined && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : undefined;
/** Minutes since midnight of an MSPDI date-time or time (`…T13:30:00` or `13:30:00`). */
export const minuteOf = (v: string | undefined): number | undefined => {
  const m = v === undefined ? null : /(?:^|T)(\d{2}):(\d{2})(?::\d{2})?$/.exec(v);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
};

/** Parses an ISO 8601 duration such as `PT320H0M0S` or `P3DT4H` into minutes. */
export function durationMinutes(iso: string): number | undefined {
  const m = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(iso.trim());
  if (!m) return undefined;
  return Number(m[1] ?? 0) * 24 * 60 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0) + Number(m[4] ?? 0) / 60;
}

/**
 * Checks and parses the XML. The parser is third-party code: should it throw on input its validator let through,
 * that is reported as unreadable XML rather than thrown at the caller.
 */
export function parseXml(xml: string): Result<Node, MspdiXmlError> {
  try {
    const valid = XMLValidator.validate(xml);
    if (valid !== true) return err({ code: 'mspdi_not_xml', message: valid.err.msg, line: valid.err.line, column: valid.err.col });
    const doc: unknown = new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: true }).parse(xml);
    return doc !== null && typeof doc === 'object' ? ok(doc as Node) : err({ code: 'mspdi_not_a_project' });
  } catch (e) {
    return err({ code: 'mspdi_not_xml', message: e instanceof Error ? e.message : String(e) });
  }
}

/** The `Project` element of a file, or nothing when the file is not readable MSPDI. */
export function projectOf(xml: string): Node | undefined {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) return undefined;
  const read = parseXml(xml);
  if (!read.ok) return undefined;
  const p = read.value['Project'];
  return p !== null && typeof p === 'object' ? (p as Node) : undefined;
}
