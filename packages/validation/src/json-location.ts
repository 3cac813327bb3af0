import { MAX_DOCUMENT_DEPTH } from '@dsc/domain';
import type { Node } from 'jsonc-parser';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';

/** Line starts of a text, to turn character offsets into 1-based line and column (in code points). */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  at(offset: number): { line: number; column: number; byteOffset: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const ls = this.starts[lo]!;
    const column = [...this.text.slice(ls, offset)].length + 1;
    return { line: lo + 1, column, byteOffset: new TextEncoder().encode(this.text.slice(0, offset)).length };
  }
}

/** The node at a path, or its nearest existing ancestor (a missing property is reported at its parent). */
export function nodeAt(root: Node, path: readonly (string | number)[]): Node {
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(root, path.slice(0, n));
    if (node) return node;
  }
  return root;
}

/**
 * Where the value at `path` is in a JSON text (or its nearest existing ancestor, for a missing property): 1-based
 * line and column, for locating the errors of a descriptor such as a Table Schema. Undefined when the text is
 * not JSON.
 *
 * @example
 * jsonLocation('{\n  "fields": 5\n}', ['fields']) // { line: 2, column: 13 }
 */
export function jsonLocation(text: string, path: readonly (string | number)[]): { line: number; column: number } | undefined {
  // The tree parser recurses: text nested deeper than any descriptor is not located.
  if (tooDeepOffset(text, MAX_DOCUMENT_DEPTH) !== undefined) return undefined;
  const root = parseTree(text);
  if (!root) return undefined;
  const { line, column } = new LineIndex(text).at(nodeAt(root, path).offset);
  return { line, column };
}

/**
 * The offset of the first `[` or `{` nested deeper than `max` in JSON text (outside strings), or `undefined`.
 * One forward pass, no recursion.
 */
export function tooDeepOffset(text: string, max: number): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22) {
      // Skip a string, with its escapes.
      for (i++; i < text.length; i++) {
        const s = text.charCodeAt(i);
        if (s === 0x5c) i++;
        else if (s === 0x22) break;
      }
    } else if (ch === 0x5b || ch === 0x7b) {
      if (++depth > max) return i;
    } else if (ch === 0x5d || ch === 0x7d) depth--;
  }
  return undefined;
}
