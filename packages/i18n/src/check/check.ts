import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { transliterateKazakh } from '../transliterate.js';
import type { TransliterationOptions } from '../transliterate.js';

/** A glossary term the checker verifies: each message in `usedIn` must contain it (or match `match`). */
export type GlossaryRule = {
  readonly id: string;
  readonly usedIn?: readonly string[];
  readonly match?: Readonly<Record<string, string | undefined>>;
} & Readonly<Record<string, unknown>>;

/** One problem in the message catalogues. `code` is stable (snake_case), like a rule id. */
export type CatalogProblem =
  | { readonly code: 'missing_key'; readonly locale: string; readonly key: string }
  | { readonly code: 'extra_key'; readonly locale: string; readonly key: string }
  | { readonly code: 'bad_namespace'; readonly locale: string; readonly key: string; readonly namespace: string }
  | {
      readonly code: 'icu_syntax';
      readonly locale: string;
      readonly key: string;
      readonly detail: string;
      /** 1-based position inside the message. */
      readonly line: number;
      readonly column: number;
    }
  | {
      readonly code: 'missing_plural_category';
      readonly locale: string;
      readonly key: string;
      readonly argument: string;
      readonly categories: readonly string[];
    }
  | {
      readonly code: 'unknown_plural_category';
      readonly locale: string;
      readonly key: string;
      readonly argument: string;
      readonly categories: readonly string[];
    }
  | {
      readonly code: 'placeholder_mismatch';
      readonly locale: string;
      readonly key: string;
      readonly missing: readonly string[];
      readonly extra: readonly string[];
      /** Arguments used as a different kind (e.g. `select` in English, `plural` here). */
      readonly kinds: readonly string[];
    }
  | { readonly code: 'same_as_english'; readonly locale: string; readonly key: string }
  | { readonly code: 'unmapped_cyrillic'; readonly locale: string; readonly key: string; readonly letters: readonly string[] }
  | { readonly code: 'not_nfc'; readonly locale: string; readonly key: string }
  | { readonly code: 'glossary_term_missing'; readonly locale: string; readonly key: string; readonly term: string };

export type CatalogProblemCode = CatalogProblem['code'];

/** Every problem code, for exhaustive message maps. */
export const catalogProblemCodes = [
  'missing_key',
  'extra_key',
  'bad_namespace',
  'icu_syntax',
  'missing_plural_category',
  'unknown_plural_category',
  'placeholder_mismatch',
  'same_as_english',
  'unmapped_cyrillic',
  'not_nfc',
  'glossary_term_missing',
] as const satisfies readonly CatalogProblemCode[];

/**
 * Plural categories a message must have, per locale (cardinal `plural` and ordinal `selectordinal`).
 * Russian needs all four cardinal forms (fractions use `other`). Kazakh nouns do not inflect after
 * numerals, so `other` is enough there. Locales not listed need the categories `Intl.PluralRules` reports.
 */
export const requiredPluralCategories: Readonly<
  Record<string, { readonly cardinal: readonly string[]; readonly ordinal: readonly string[] }>
> = {
  en: { cardinal: ['one', 'other'], ordinal: ['one', 'two', 'few', 'other'] },
  ru: { cardinal: ['one', 'few', 'many', 'other'], ordinal: ['other'] },
  kk: { cardinal: ['other'], ordinal: ['other'] },
};

export type CheckCatalogsInput = {
  /** Flat catalogues by locale: key → ICU MessageFormat string. */
  readonly catalogs: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** The source locale (default `en`). */
  readonly source?: string;
  /** When given, every key must start with one of these followed by a dot. */
  readonly namespaces?: readonly string[];
  /** Keys whose text may equal English (product names, acronyms). */
  readonly allowSameAsEnglish?: readonly string[];
  /** The locale checked for Cyrillic left after transliteration (default `kk`; `null` to skip). */
  readonly latinLocale?: string | null;
  /** Transliteration policy for the kk-Latn check (default: keep loanword letters, so they are reported). */
  readonly transliteration?: TransliterationOptions;
  /** Glossary entries whose `usedIn` messages must use the term in every locale. */
  readonly glossary?: readonly GlossaryRule[];
};

export type CheckCatalogsReport = {
  readonly ok: boolean;
  readonly locales: readonly string[];
  /** Number of keys in the source catalogue. */
  readonly keys: number;
  readonly problems: readonly CatalogProblem[];
};

type ArgKind = 'simple' | 'number' | 'date' | 'time' | 'plural' | 'selectordinal' | 'select';

type Walked = { args: Map<string, Set<ArgKind>>; texts: string[]; plurals: { argument: string; ordinal: boolean; keys: string[] }[] };

const walk = (elements: readonly MessageFormatElement[], into: Walked): Walked => {
  const add = (name: string, kind: ArgKind): void => {
    const kinds = into.args.get(name) ?? new Set<ArgKind>();
    kinds.add(kind);
    into.args.set(name, kinds);
  };
  for (const el of elements) {
    switch (el.type) {
      case TYPE.literal:
        into.texts.push(el.value);
        break;
      case TYPE.argument:
        add(el.value, 'simple');
        break;
      case TYPE.number:
        add(el.value, 'number');
        break;
      case TYPE.date:
        add(el.value, 'date');
        break;
      case TYPE.time:
        add(el.value, 'time');
        break;
      case TYPE.select:
        add(el.value, 'select');
        for (const option of Object.values(el.options)) walk(option.value, into);
        break;
      case TYPE.plural: {
        const ordinal = el.pluralType === 'ordinal';
        add(el.value, ordinal ? 'selectordinal' : 'plural');
        into.plurals.push({ argument: el.value, ordinal, keys: Object.keys(el.options) });
        for (const option of Object.values(el.options)) walk(option.value, into);
        break;
      }
      case TYPE.tag:
        walk(el.children, into);
        break;
      case TYPE.pound:
        break;
    }
  }
  return into;
};

type Parsed = { ok: true; walked: Walked } | { ok: false; detail: string; line: number; column: number };

const parseMessage = (text: string): Parsed => {
  try {
    return { ok: true, walked: walk(parse(text, { ignoreTag: true, requiresOtherClause: true }), { args: new Map(), texts: [], plurals: [] }) };
  } catch (e) {
    const err = e as { message?: string; location?: { start?: { line?: number; column?: number } } };
    return {
      ok: false,
      detail: String(err.message ?? e),
      line: err.location?.start?.line ?? 1,
      column: err.location?.start?.column ?? 1,
    };
  }
};

const numericKinds: ReadonlySet<ArgKind> = new Set(['number', 'plural', 'selectordinal']);
const kindClass = (kinds: ReadonlySet<ArgKind>): 'number' | 'select' | 'date' | 'any' => {
  if ([...kinds].some((k) => numericKinds.has(k))) return 'number';
  if (kinds.has('select')) return 'select';
  if (kinds.has('date') || kinds.has('time')) return 'date';
  return 'any';
};

const requiredFor = (locale: string, ordinal: boolean): readonly string[] => {
  const known = requiredPluralCategories[locale];
  if (known) return ordinal ? known.ordinal : known.cardinal;
  return new Intl.PluralRules(locale, { type: ordinal ? 'ordinal' : 'cardinal' }).resolvedOptions().pluralCategories;
};

const allowedFor = (locale: string, ordinal: boolean): ReadonlySet<string> =>
  new Set<string>(new Intl.PluralRules(locale, { type: ordinal ? 'ordinal' : 'cardinal' }).resolvedOptions().pluralCategories);

const hasLetters = (text: string): boolean => /\p{L}/u.test(text);

/**
 * Checks message catalogues against the source (English) catalogue: missing and extra keys, ICU syntax,
 * plural categories, placeholders, untranslated texts and Cyrillic left in the Kazakh Latin output.
 * Returns data; nothing is printed.
 */
export const checkCatalogs = (input: CheckCatalogsInput): CheckCatalogsReport => {
  const source = input.source ?? 'en';
  const latinLocale = input.latinLocale === undefined ? 'kk' : input.latinLocale;
  const allow = new Set(input.allowSameAsEnglish ?? []);
  const problems: CatalogProblem[] = [];
  const sourceCatalog = input.catalogs[source] ?? {};
  const locales = Object.keys(input.catalogs);
  const parsedSource = new Map<string, Parsed>();
  for (const [key, text] of Object.entries(sourceCatalog)) parsedSource.set(key, parseMessage(text));

  for (const locale of [source, ...locales.filter((l) => l !== source)]) {
    const catalog = input.catalogs[locale] ?? {};
    if (locale !== source) {
      for (const key of Object.keys(sourceCatalog)) if (!Object.hasOwn(catalog, key)) problems.push({ code: 'missing_key', locale, key });
    }
    for (const [key, text] of Object.entries(catalog)) {
      if (locale !== source && !Object.hasOwn(sourceCatalog, key)) {
        problems.push({ code: 'extra_key', locale, key });
        continue;
      }
      if (input.namespaces && locale === source) {
        const namespace = key.split('.')[0] ?? '';
        if (!input.namespaces.includes(namespace) || !key.includes('.')) problems.push({ code: 'bad_namespace', locale, key, namespace });
      }
      if (text !== text.normalize('NFC')) problems.push({ code: 'not_nfc', locale, key });
      const parsed = locale === source ? (parsedSource.get(key) ?? parseMessage(text)) : parseMessage(text);
      if (!parsed.ok) {
        problems.push({ code: 'icu_syntax', locale, key, detail: parsed.detail, line: parsed.line, column: parsed.column });
        continue;
      }
      const { walked } = parsed;
      for (const plural of walked.plurals) {
        const keys = new Set(plural.keys);
        const missing = requiredFor(locale, plural.ordinal).filter((c) => !keys.has(c));
        if (missing.length > 0)
          problems.push({ code: 'missing_plural_category', locale, key, argument: plural.argument, categories: missing });
        const allowed = allowedFor(locale, plural.ordinal);
        const unknown = plural.keys.filter((k) => !k.startsWith('=') && !allowed.has(k));
        if (unknown.length > 0)
          problems.push({ code: 'unknown_plural_category', locale, key, argument: plural.argument, categories: unknown });
      }
      if (locale !== source) {
        const sourceParsed = parsedSource.get(key);
        if (sourceParsed?.ok) {
          const expected = sourceParsed.walked.args;
          const got = walked.args;
          const missing = [...expected.keys()].filter((n) => !got.has(n));
          const extra = [...got.keys()].filter((n) => !expected.has(n));
          const kinds = [...expected.entries()].flatMap(([name, kinds]) => {
            const other = got.get(name);
            if (!other) return [];
            const a = kindClass(kinds);
            const b = kindClass(other);
            return a !== b && a !== 'any' && b !== 'any' ? [`${name}: ${a} → ${b}`] : [];
          });
          if (missing.length + extra.length + kinds.length > 0)
            problems.push({ code: 'placeholder_mismatch', locale, key, missing, extra, kinds });
        }
        const sourceText = sourceCatalog[key];
        if (sourceText !== undefined && text === sourceText && !allow.has(key) && hasLetters(walked.texts.join('')))
          problems.push({ code: 'same_as_english', locale, key });
      }
      if (locale === latinLocale) {
        const letters = new Set<string>();
        for (const t of walked.texts) for (const l of transliterateKazakh(t, input.transliteration).unmapped) letters.add(l);
        if (letters.size > 0) problems.push({ code: 'unmapped_cyrillic', locale, key, letters: [...letters] });
      }
    }
  }
  for (const entry of input.glossary ?? []) {
    for (const key of entry.usedIn ?? []) {
      for (const locale of locales) {
        const text = input.catalogs[locale]?.[key];
        const term = entry[locale];
        if (text === undefined || typeof term !== 'string') continue;
        const pattern = entry.match?.[locale] ?? term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        if (!new RegExp(pattern, 'iu').test(text)) problems.push({ code: 'glossary_term_missing', locale, key, term });
      }
    }
  }
  return { ok: problems.length === 0, locales, keys: Object.keys(sourceCatalog).length, problems };
};
