import type { MessageKey } from '@dsc/i18n';
import type { Translate } from './render.js';
import { englishTranslate } from './render.js';

/**
 * Why an input could not be read at all, as data: a `code` with named `params`. The texts are in @dsc/i18n
 * (`validation.unreadable.<code>`, `validation.unreadableHint.<code>`) and are produced only when a report is
 * written, in the reader's language.
 */
export type UnreadableParams = {
  /** A binary format that is not validated (`expected: 'data'`), or a container named as delimited text (`'text'`). */
  readonly unsupported_format: { readonly format: string; readonly expected: 'data' | 'text' };
  /**
   * A zip archive or workbook that cannot be opened (`corrupt`), a zip without `xl/workbook.xml` (`not_workbook`), or a
   * workbook without the sheet asked for (`no_sheet`: `sheet`, and the `sheets` it has). `detail` is the unzip
   * library's own words, kept for tools and not rendered.
   */
  readonly corrupt_container: {
    readonly container: 'zip' | 'xlsx';
    readonly reason: 'corrupt' | 'not_workbook' | 'no_sheet';
    readonly sheet: string;
    readonly sheets: string;
    readonly detail: string;
  };
  /** An `--encoding` that cannot be decoded; `supported` lists the canonical names that can. */
  readonly unsupported_encoding: { readonly encoding: string; readonly kz1048: boolean; readonly supported: string };
  /** A file that cannot be opened or read to the end; `detail` is the system error code (ENOENT, EIO…). */
  readonly io_error: { readonly reason: 'not_found' | 'is_directory' | 'permission_denied' | 'read_failed' | 'other'; readonly detail: string };
};

export type UnreadableCode = keyof UnreadableParams;

/** Why an input could not be read: a union keyed by the literal `code`, with named params. */
export type Unreadable = { [C in UnreadableCode]: { readonly code: C; readonly params: UnreadableParams[C] } }[UnreadableCode];

/** The `io_error` of a failed open or read, by its system error code. */
export function ioError(e: unknown, reading = false): Unreadable {
  const code = (e as { code?: unknown } | null)?.code;
  const detail = typeof code === 'string' ? code : e instanceof Error ? e.message : String(e);
  const reason = reading
    ? 'read_failed'
    : code === 'ENOENT'
      ? 'not_found'
      : code === 'EISDIR'
        ? 'is_directory'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission_denied'
          : 'other';
  return { code: 'io_error', params: { reason, detail } };
}

type AnyTranslate = (key: MessageKey, values: Readonly<Record<string, unknown>>) => string;

/** Why an input is unreadable and how to fix it, in the translator's language (reports put the file name before it). */
export function renderUnreadable(u: Unreadable, t: Translate = englishTranslate()): { message: string; hint: string } {
  const say = t as AnyTranslate;
  return { message: say(`validation.unreadable.${u.code}`, u.params), hint: say(`validation.unreadableHint.${u.code}`, u.params) };
}
