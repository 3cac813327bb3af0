/**
 * Kazakh Cyrillic → Latin, per the alphabet approved on 28 January 2021 (31 letters: A Ä B D E F G Ğ H I İ
 * J K L M N Ñ O Ö P Q R S Ş T U Ū Ü V Y Z). Only this direction is offered: И/Й → i and Х/Һ → h are
 * many-to-one, so Latin → Cyrillic is not deterministic.
 */

/** The 33 Cyrillic letters the 2021 alphabet maps (lower case; upper case is derived below). */
const lower: Readonly<Record<string, string>> = {
  а: 'a',
  ә: 'ä',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'ğ',
  д: 'd',
  е: 'e',
  ж: 'j',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  қ: 'q',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'ñ',
  о: 'o',
  ө: 'ö',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'ū',
  ү: 'ü',
  ф: 'f',
  х: 'h',
  һ: 'h',
  ш: 'ş',
  ы: 'y',
  і: 'ı',
};

/** Upper case is Turkish-style: и → i ↔ İ, і → ı ↔ I. */
const upperOf = (latin: string): string => latin.toLocaleUpperCase('tr');

const table = new Map<string, string>();
for (const [cyr, lat] of Object.entries(lower)) {
  table.set(cyr, lat);
  table.set(cyr.toLocaleUpperCase('kk'), upperOf(lat));
}

/** The nine letters of Russian loanwords the 2021 alphabet does not cover. */
export const unmappedKazakhLetters = ['ё', 'ц', 'ч', 'щ', 'ъ', 'ь', 'э', 'ю', 'я'] as const;
export type UnmappedKazakhLetter = (typeof unmappedKazakhLetters)[number];

/**
 * What to do with the nine loanword letters: `'keep'` leaves them in Cyrillic (and reports them);
 * a record maps each lower-case letter to Latin text (upper case derived with Turkish casing; a letter
 * missing from the record is kept and reported).
 */
export type LoanLetterPolicy = 'keep' | Readonly<Partial<Record<UnmappedKazakhLetter, string>>>;

export type TransliterationOptions = {
  /** Default `'keep'`: no official rule exists for these letters. */
  readonly loanLetters?: LoanLetterPolicy;
};

/**
 * The project's documented convention for the loanword letters, built only from letters of the 2021
 * alphabet by their sounds: ц ts, ч tş, щ şş, ю iu, я ia, ё io, э e; ъ and ь are dropped. It is a
 * convention of this toolkit, not a state rule; pass `{ loanLetters: 'keep' }` to leave them in Cyrillic.
 */
export const projectLoanLetters = {
  ё: 'io',
  ц: 'ts',
  ч: 'tş',
  щ: 'şş',
  ъ: '',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
} as const satisfies Record<UnmappedKazakhLetter, string>;

export type TransliterationResult = {
  /** NFC-normalised Latin text. */
  readonly text: string;
  /** Cyrillic letters left in the text (distinct, in order of appearance). */
  readonly unmapped: readonly string[];
};

const cyrillic = /\p{Script=Cyrillic}/u;

const isUpper = (ch: string): boolean => ch !== ch.toLocaleLowerCase('kk');

/** Transliterates Kazakh Cyrillic text to the 2021 Latin alphabet (see `TransliterationOptions`). */
export const transliterateKazakh = (input: string, options: TransliterationOptions = {}): TransliterationResult => {
  const policy = options.loanLetters ?? 'keep';
  const unmapped: string[] = [];
  let out = '';
  const chars = Array.from(input.normalize('NFC'));
  chars.forEach((ch, i) => {
    const mapped = table.get(ch);
    if (mapped !== undefined) {
      out += mapped;
      return;
    }
    if (!cyrillic.test(ch)) {
      out += ch;
      return;
    }
    const low = ch.toLocaleLowerCase('kk');
    const replacement = policy === 'keep' ? undefined : (policy as Record<string, string | undefined>)[low];
    if (replacement === undefined) {
      if (!unmapped.includes(ch)) unmapped.push(ch);
      out += ch;
      return;
    }
    if (!isUpper(ch)) {
      out += replacement;
      return;
    }
    // An upper-case digraph is all caps inside an all-caps word ("ЦЕХ" → "TSEH"), else title case ("Цех" → "Tseh").
    const next = chars[i + 1];
    const allCaps = next !== undefined && cyrillic.test(next) && isUpper(next);
    out += allCaps ? replacement.toLocaleUpperCase('tr') : replacement.charAt(0).toLocaleUpperCase('tr') + replacement.slice(1);
  });
  return { text: out.normalize('NFC'), unmapped };
};

/** Transliterated text only (see `transliterateKazakh`). */
export const toKazakhLatin = (input: string, options?: TransliterationOptions): string => transliterateKazakh(input, options).text;

/** Upper case for Kazakh Latin text (Turkish-style: i → İ, ı → I), NFC. */
export const kazakhLatinUpperCase = (text: string): string => text.toLocaleUpperCase('tr').normalize('NFC');
/** Lower case for Kazakh Latin text (Turkish-style: İ → i, I → ı), NFC. */
export const kazakhLatinLowerCase = (text: string): string => text.toLocaleLowerCase('tr').normalize('NFC');
