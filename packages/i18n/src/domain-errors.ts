import type { DocumentError, DocumentIssue, DocumentKind } from '@dsc/domain';
import { match } from 'ts-pattern';
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

/** One located issue of an invalid document: `/activities/3/duration: <message>`. */
export const formatDocumentIssue = (issue: DocumentIssue, { t }: Translator): string =>
  t('domain.issue.at', { pointer: issue.pointer === '' ? t('domain.issue.root') : issue.pointer, message: issue.message });

/** The name of a display language in the translator's language ("Kazakh (Latin script, 2021 alphabet)"). */
export const displayLocaleName = (display: DisplayLocale, { t }: Translator): string =>
  display === 'kk-Latn' ? t('common.language.kkLatn') : t(`common.language.${display}`);
