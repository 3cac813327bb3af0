import type { DocumentErrorCode, Finding as ReportFinding } from '@dsc/domain';
import type { MessageKey, Translator } from '@dsc/i18n';
import { createTranslator, documentIssueText } from '@dsc/i18n';
import { messages as englishMessages } from '@dsc/i18n/locales/en';
import type { Finding } from './collector.js';
import type { FindingHint, FindingMessage, MessageParams } from './finding.js';

/** The `t` of an @dsc/i18n translator: finding texts, severity labels and report lines are rendered with it. */
export type Translate = Translator['t'];

let english: Translate | undefined;

/** The English translator, the default of every report writer (created on first use). */
export const englishTranslate = (): Translate => (english ??= createTranslator('en', englishMessages).t);

type AnyTranslate = (key: MessageKey, values: Readonly<Record<string, unknown>>) => string;

/** A list param as text: items joined by commas, or by semicolons when an item holds a comma itself. */
const listText = (v: readonly unknown[]): string => v.join(v.some((x) => String(x).includes(',')) ? '; ' : ', ');

/**
 * Numbers as JavaScript writes them (no digit grouping: line 12345, year 2024); lists as comma-separated text;
 * absent values select `null`.
 */
function icuValues(params: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) out[k] = typeof v === 'number' ? String(v) : v === undefined ? null : Array.isArray(v) ? listText(v) : v;
  return out;
}

/** The values of a message, with the words it says in the reader's language: role names, a schema issue's text. */
function messageValues(m: FindingMessage, t: Translate): Record<string, unknown> {
  const values = icuValues(m.params);
  if (m.code === 'unknown_layout') values['missing'] = m.params.missing.map((r) => say(t, `validation.role.${r}`)).join(', ');
  else if (m.code === 'plan_schema') values['detail'] = schemaIssueText(m.params, t);
  return values;
}

/** The document errors a `plan_schema` finding can carry besides zod issues (`domain.error.<code>`). */
const DOCUMENT_ERRORS: ReadonlySet<string> = new Set([
  'not_an_object',
  'missing_kind',
  'unknown_kind',
  'missing_schema_version',
  'unsupported_schema_version',
  'migration_failed',
  'too_deep',
] satisfies readonly DocumentErrorCode[]);

/** A schema issue of a document in the reader's language: a document error, or a zod issue by its code and values. */
function schemaIssueText({ pointer, detail: { issue, params } }: MessageParams['plan_schema'], t: Translate): string {
  if (!DOCUMENT_ERRORS.has(issue)) return documentIssueText({ issue, message: issue, params }, t);
  const kind = params['kind'];
  const values = { ...params, pointer, ...(issue !== 'unknown_kind' && typeof kind === 'string' ? { kind: say(t, `domain.kind.${kind}` as MessageKey) } : {}) };
  return say(t, `domain.error.${issue}` as MessageKey, values);
}

/** The text of a finding's message in the translator's language. */
export const renderMessage = (m: FindingMessage, t: Translate = englishTranslate()): string =>
  (t as AnyTranslate)(`validation.finding.${m.code}`, messageValues(m, t));

/** The text of a fix hint in the translator's language. */
export const renderHint = (h: FindingHint, t: Translate = englishTranslate()): string =>
  (t as AnyTranslate)(`validation.hint.${h.code}`, icuValues(h.params));

/**
 * A finding as the JSON report writes it: its location, `message` and `hint` rendered in the translator's
 * language, and `code`/`params` (`hintCode`/`hintParams`) for tools that translate it themselves.
 */
export function renderFinding(f: Finding, t: Translate = englishTranslate()): ReportFinding {
  const { hint, code, params, ...rest } = f;
  return {
    ...rest,
    message: renderMessage(f, t),
    hint: hint === null ? null : renderHint(hint, t),
    code,
    params: { ...params },
    ...(hint === null ? {} : { hintCode: hint.code, hintParams: { ...hint.params } }),
  };
}

/** A label or report line of the `validation` namespace (`validation.report.*`, `validation.severity.*`). */
export const say = (t: Translate, key: MessageKey, values: Readonly<Record<string, unknown>> = {}): string => (t as AnyTranslate)(key, values);
