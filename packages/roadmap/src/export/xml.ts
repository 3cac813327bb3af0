/** An element in fast-xml-parser's ordered form. */
export type XmlNode = Record<string, unknown>;

type Attrs = Record<string, string | number | boolean | undefined>;

/** A note returned with an XML export: text held characters XML 1.0 forbids, replaced with U+FFFD. */
export type XmlWarning = { readonly code: 'xml_chars_replaced'; readonly count: number };

/**
 * Characters XML 1.0 does not allow (its `Char` production): C0 controls other than tab, LF and CR, U+FFFE,
 * U+FFFF, and UTF-16 surrogates that are not part of a pair.
 */
const FORBIDDEN_CLASS = '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF\\uD800-\\uDFFF]';
// With the `u` flag a surrogate pair is one code point, so the surrogate range only matches unpaired halves.
const FORBIDDEN = new RegExp(FORBIDDEN_CLASS, 'gu');
const FORBIDDEN_ANY = new RegExp(FORBIDDEN_CLASS, 'u');

/**
 * The one place text is made fit for XML: every forbidden character becomes U+FFFD and is counted in `tally`.
 * Markup escaping (`&`, `<`, `>`, quotes) is left to the builder.
 */
export function xmlText(s: string, tally: { count: number }): string {
  if (!FORBIDDEN_ANY.test(s)) return s;
  return s.replace(FORBIDDEN, () => {
    tally.count++;
    return '\uFFFD';
  });
}

/** The warnings of an export whose text needed `tally.count` replacements. */
export const xmlWarnings = (tally: { readonly count: number }): XmlWarning[] =>
  tally.count > 0 ? [{ code: 'xml_chars_replaced', count: tally.count }] : [];

/** Builds an element; attributes with `undefined` values are left out. */
export function el(name: string, attrs: Attrs = {}, children: readonly (XmlNode | string)[] = []): XmlNode {
  const a: Record<string, string> = {};
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) a[`@_${k}`] = String(v);
  const kids = children.map((c) => (typeof c === 'string' ? { '#text': c } : c));
  return Object.keys(a).length > 0 ? { [name]: kids, ':@': a } : { [name]: kids };
}

const ENTITY: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Any character that needs work before it goes into XML: markup or a character XML 1.0 forbids. */
const NEEDS_ESCAPE = new RegExp(`[&<>"']|${FORBIDDEN_CLASS}`, 'u');

/**
 * The one XML escaping function: forbidden characters are replaced (and counted), then markup is escaped. Text
 * that needs neither (almost all of it) is returned as it is after one precompiled character-class test.
 */
export const xmlEscape = (s: string, tally: { count: number }): string =>
  NEEDS_ESCAPE.test(s) ? xmlText(s, tally).replace(/[&<>"']/g, (ch) => ENTITY[ch] ?? ch) : s;

const nameOf = (node: XmlNode): string => {
  for (const key in node) if (key !== ':@') return key;
  return '';
};

/**
 * Writes one element (and its subtree) into `out`, one line per element when formatting. Trees are shallow
 * (a handful of levels), so the recursion depth is bounded by the document type, not by the data.
 */
function write(node: XmlNode, depth: number, indent: string, out: string[], tally: { count: number }): void {
  const name = nameOf(node);
  const pad = indent.repeat(depth);
  let attrs = '';
  const a = node[':@'] as Record<string, string> | undefined;
  if (a) for (const key in a) attrs += ` ${key.slice(2)}="${xmlEscape(a[key] ?? '', tally)}"`;
  const kids = (node[name] ?? []) as XmlNode[];
  const only = kids.length === 1 ? kids[0] : undefined;
  const onlyText = only && typeof only['#text'] === 'string' ? only['#text'] : undefined;
  if (kids.length === 0 || onlyText === '') out.push(`${pad}<${name}${attrs}/>`);
  else if (onlyText !== undefined) out.push(`${pad}<${name}${attrs}>${xmlEscape(onlyText, tally)}</${name}>`);
  else {
    out.push(`${pad}<${name}${attrs}>`);
    for (const kid of kids) {
      if (typeof kid['#raw'] === 'string') out.push(kid['#raw']);
      else if (typeof kid['#text'] === 'string') out.push(`${pad}${indent}${xmlEscape(kid['#text'], tally)}`);
      else write(kid, depth + 1, indent, out, tally);
    }
    out.push(`${pad}</${name}>`);
  }
}

/**
 * Serialises an element at nesting `depth` of a formatted document right away. A large export turns each record
 * into one string as it goes instead of keeping millions of small nodes alive until the end; the result is a
 * node `toXml` writes as it is. Count replacements in the same `tally` passed to `toXml`.
 */
export function xmlFragment(node: XmlNode, depth: number, tally: { count: number }): XmlNode {
  const out: string[] = [];
  write(node, depth, '  ', out, tally);
  return { '#raw': out.join('\n') };
}

/**
 * Serialises nodes as an XML document with a UTF-8 declaration (elements without content are self-closed, an
 * element holding only text stays on one line). Characters XML 1.0 forbids are replaced; the returned warnings
 * say how many. Linear in the size of the tree.
 */
export function toXml(
  root: XmlNode,
  options: { readonly format?: boolean; readonly tally?: { count: number } } = {},
): { readonly xml: string; readonly warnings: XmlWarning[] } {
  const tally = options.tally ?? { count: 0 };
  const format = options.format ?? true;
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  write(root, 0, format ? '  ' : '', out, tally);
  return { xml: out.join(format ? '\n' : '') + '\n', warnings: xmlWarnings(tally) };
}
