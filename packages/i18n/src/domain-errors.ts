import type { CustomIssueCode, DocumentError, DocumentIssue, DocumentKind } from '@dsc/domain';
import { match } from 'ts-pattern';
import type { MessageKey } from './types.js';
import type { Translator } from './translator.js';
import type { DisplayLocale } from './types.js';

/** The name of a document kind in the translator's language ("plan", "план", "жоспар"). */
export const documentKindName = (kind: DocumentKind, { t }: Translator): string => t(`domain.kind.${kind}`);

/**
 * The message of a `@dsc/domain` `DocumentError`, matched exhaustively on its `code`: a new code in the
 * domain breaks compilation here until every locale has a message for it.
 */
export const formatDocumentError = (error: DocumentError, translator: Translator): string => {
  const { t } = translator;
  const kind = (k: DocumentKind): string => documentKindName(k, translator);
  return match(error)
    .with({ code: 'not_an_object' }, () => t('domain.error.not_an_object'))
    .with({ code: 'missing_kind' }, () => t('domain.error.missing_kind'))
    .with({ code: 'unknown_kind' }, (e) => t('domain.error.unknown_kind', { kind: e.kind, known: e.known.join(', ') }))
    .with({ code: 'missing_schema_version' }, (e) => t('domain.error.missing_schema_version', { kind: kind(e.kind) }))
    .with({ code: 'unsupported_schema_version' }, (e) =>
      t('domain.error.unsupported_schema_version', { kind: kind(e.kind), version: JSON.stringify(e.version) ?? 'undefined', current: e.current }),
    )
    .with({ code: 'migration_failed' }, (e) =>
      t('domain.error.migration_failed', { kind: kind(e.kind), from: e.from, to: e.to, message: e.message }),
    )
    .with({ code: 'invalid_document' }, (e) => t('domain.error.invalid_document', { kind: kind(e.kind), count: e.issues.length }))
    .with({ code: 'too_deep' }, (e) => t('domain.error.too_deep', { max: e.max, pointer: e.pointer === '' ? '/' : e.pointer }))
    .exhaustive();
};

/** The zod issue codes (a finite set in zod 4), each with a message `domain.issue.<code>`. */
const zodIssueCodes = new Set([
  'invalid_type',
  'too_big',
  'too_small',
  'invalid_format',
  'not_multiple_of',
  'unrecognized_keys',
  'invalid_value',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'custom',
]);
/** The message of each check of the domain schemas: a new code in the domain breaks compilation here. */
const customKeys: { readonly [C in CustomIssueCode]: `domain.custom.${C}` } = {
  iso_alpha2: 'domain.custom.iso_alpha2',
  iso_alpha3: 'domain.custom.iso_alpha3',
  area_code: 'domain.custom.area_code',
  m49_code: 'domain.custom.m49_code',
  currency_code: 'domain.custom.currency_code',
  iso_date: 'domain.custom.iso_date',
  partial_date: 'domain.custom.partial_date',
  country_iso2: 'domain.custom.country_iso2',
  duplicate_id: 'domain.custom.duplicate_id',
  unknown_parent: 'domain.custom.unknown_parent',
  goalpost_order: 'domain.custom.goalpost_order',
  range_order: 'domain.custom.range_order',
  secondary_url: 'domain.custom.secondary_url',
  finite_number: 'domain.custom.finite_number',
  unknown_source: 'domain.custom.unknown_source',
  constraint_date: 'domain.custom.constraint_date',
  unknown_activity: 'domain.custom.unknown_activity',
  self_dependency: 'domain.custom.self_dependency',
  period_order: 'domain.custom.period_order',
  verified_url: 'domain.custom.verified_url',
  level_order: 'domain.custom.level_order',
  unknown_scale: 'domain.custom.unknown_scale',
  unknown_reference: 'domain.custom.unknown_reference',
};

type AnyT = (key: MessageKey, values?: Readonly<Record<string, unknown>>) => string;

/**
 * What an issue of a document says, without its place, in the translator's language: a domain check by its
 * `params.code` (`domain.custom.<code>`), a zod issue by its code (`domain.issue.<code>`) and named values. An
 * issue built without params (not by `parseDocument`) keeps its own message.
 */
export const documentIssueText = (issue: Pick<DocumentIssue, 'issue' | 'message' | 'params'>, t: Translator['t']): string => {
  const p = issue.params;
  if (p === undefined) return issue.message;
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- without it, type checks of dependent packages hit TS2589 on the generic translator
  const say = t as unknown as AnyT;
  const code = p['code'];
  if (issue.issue === 'custom' && typeof code === 'string' && Object.hasOwn(customKeys, code)) return say(customKeys[code as CustomIssueCode], p);
  return zodIssueCodes.has(issue.issue) ? say(`domain.issue.${issue.issue}` as MessageKey, p) : issue.message;
};

/** One located issue of an invalid document: `/activities/3/duration: <message>`. */
export const formatDocumentIssue = (issue: DocumentIssue, { t }: Translator): string =>
  t('domain.issue.at', { pointer: issue.pointer === '' ? t('domain.issue.root') : issue.pointer, message: documentIssueText(issue, t) });

/** The name of a display language in the translator's language ("Kazakh (Latin script, 2021 alphabet)"). */
export const displayLocaleName = (display: DisplayLocale, { t }: Translator): string =>
  display === 'kk-Latn' ? t('common.language.kkLatn') : t(`common.language.${display}`);
