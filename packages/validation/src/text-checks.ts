/** Character-level checks: invisible characters, homoglyphs, formula triggers, and value escaping for reports. */

/* eslint-disable no-misleading-character-class, no-control-regex -- these classes list invisible and control characters on purpose */
/** Zero-width, bidi controls, soft hyphen, BOM, word joiner, Mongolian vowel separator… */
const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u3164\ufeff\uffa0]/;
const INVISIBLE_G = new RegExp(INVISIBLE.source, 'g');
const NON_PRINTABLE_ASCII = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const NON_ASCII = /[^\u0000-\u007f]/;
/* eslint-enable no-misleading-character-class, no-control-regex */

/** Index of the first invisible character, or -1. */
export const findInvisible = (s: string): number => {
  if (!NON_ASCII.test(s)) return -1;
  const m = INVISIBLE.exec(s);
  return m ? m.index : -1;
};

/** Latin look-alikes of Cyrillic and Greek capitals and small letters (homoglyphs). */
const HOMOGLYPHS: Record<string, string> = {
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y', І: 'I', Ј: 'J', Ѕ: 'S',
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', Ү: 'Y', Һ: 'h',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X', ο: 'o',
};

/**
 * A code (Latin letters expected) containing Cyrillic/Greek look-alikes: returns the Latin spelling and
 * the index of the first look-alike, or undefined.
 */
export function homoglyphs(s: string): { latin: string; at: number } | undefined {
  if (!NON_ASCII.test(s)) return undefined;
  let at = -1;
  let latin = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const l = HOMOGLYPHS[ch];
    if (l !== undefined) {
      if (at === -1) at = i;
      latin += l;
    } else latin += ch;
  }
  return at === -1 ? undefined : { latin, at };
}

/** OWASP CSV injection triggers (CWE-1236): = + - @ TAB CR and the full-width equals sign. */
export function formulaTrigger(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c === 61 || c === 64 || c === 9 || c === 13 || c === 0xff1d) return true;
  if (c === 43 || c === 45) return !/^[+-]\s*(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?\s*%?$/.test(s); // numbers are fine
  return false;
}

/** Escapes invisible and control characters as `<U+200B>` and truncates past `max` chars with an ellipsis. */
export function escapeValue(s: string, max = 200): string {
  let out = s.length > max ? s.slice(0, max) : s;
  out = out
    .replace(INVISIBLE_G, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`)
    .replace(NON_PRINTABLE_ASCII, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`)
    .replace(/\u00a0/g, '<U+00A0>');
  return s.length > max ? out + '…' : out;
}

/**
 * A copy of `s` that does not keep its parent alive. Substrings of the parser buffer are V8 "sliced
 * strings" that reference the whole chunk; anything stored beyond the row (caches, series, findings)
 * must be copied, or every chunk of a large file stays in memory.
 */
export const own = (s: string): string => (' ' + s).slice(1);
