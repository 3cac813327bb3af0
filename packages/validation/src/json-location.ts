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
  const root = parseTree(text);
  if (!root) return undefined;
  const { line, column } = new LineIndex(text).at(nodeAt(root, path).offset);
  return { line, column };
}
