import { XMLBuilder } from 'fast-xml-parser';

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

/** Replaces forbidden characters in every text node and attribute value of a tree (in place, without recursion). */
function cleanTree(root: XmlNode, tally: { count: number }): void {
  const stack: XmlNode[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    for (const [key, value] of Object.entries(node)) {
      if (key === '#text' && typeof value === 'string') node[key] = xmlText(value, tally);
      else if (key === ':@' && value !== null && typeof value === 'object') {
        const attrs = value as Record<string, string>;
        for (const [k, v] of Object.entries(attrs)) attrs[k] = xmlText(v, tally);
      } else if (Array.isArray(value)) for (const kid of value as XmlNode[]) stack.push(kid);
    }
  }
}

/**
 * Serialises nodes as an XML document with a UTF-8 declaration. Characters XML 1.0 forbids are replaced first;
 * the returned warnings say how many.
 */
export function toXml(
  root: XmlNode,
  options: { readonly format?: boolean } = {},
): { readonly xml: string; readonly warnings: XmlWarning[] } {
  const tally = { count: 0 };
  cleanTree(root, tally);
  const builder = new XMLBuilder({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    format: options.format ?? true,
    indentBy: '  ',
    suppressEmptyNode: true,
  });
  const decl = { '?xml': [{ '#text': '' }], ':@': { '@_version': '1.0', '@_encoding': 'UTF-8' } };
  return { xml: builder.build([decl, root]).trimEnd() + '\n', warnings: xmlWarnings(tally) };
}
