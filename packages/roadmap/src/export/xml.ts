import { XMLBuilder } from 'fast-xml-parser';

/** An element in fast-xml-parser's ordered form. */
export type XmlNode = Record<string, unknown>;

type Attrs = Record<string, string | number | boolean | undefined>;

/** Builds an element; attributes with `undefined` values are left out. */
export function el(name: string, attrs: Attrs = {}, children: readonly (XmlNode | string)[] = []): XmlNode {
  const a: Record<string, string> = {};
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) a[`@_${k}`] = String(v);
  const kids = children.map((c) => (typeof c === 'string' ? { '#text': c } : c));
  return Object.keys(a).length > 0 ? { [name]: kids, ':@': a } : { [name]: kids };
}

/** Serialises nodes as an XML document with a UTF-8 declaration. */
export function toXml(root: XmlNode, options: { readonly format?: boolean } = {}): string {
  const builder = new XMLBuilder({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    format: options.format ?? true,
    indentBy: '  ',
    suppressEmptyNode: true,
  });
  const decl = { '?xml': [{ '#text': '' }], ':@': { '@_version': '1.0', '@_encoding': 'UTF-8' } };
  return (builder.build([decl, root])).trimEnd() + '\n';
}
