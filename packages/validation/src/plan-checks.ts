import { toPointer } from '@dsc/domain';
import type { Node } from 'jsonc-parser';
import type { Collector } from './collector.js';
import type { PlanCollection } from './finding.js';
import type { LineIndex } from './json-location.js';

/**
 * The plan elements whose ids must be unique within their kind, by the name of the array that holds them: activities,
 * phases, outputs (`results`), KPIs, risks, budget lines, funding sources, scenarios, organisations, calendars.
 */
export const PLAN_COLLECTIONS = ['activities', 'phases', 'results', 'kpis', 'risks', 'budget', 'funding', 'scenarios', 'organisations', 'calendars'] as const satisfies readonly PlanCollection[];
const COLLECTIONS = new Set<string>(PLAN_COLLECTIONS);

// eslint-disable-next-line no-control-regex -- XML 1.0 forbids these characters
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const codepoint = (ch: string): string => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** What a JSON value is, for the `plan_not_object` message. */
export const jsonKind = (v: unknown): string => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);

/**
 * Checks a plan's tree: ids shared by two elements of the same kind (`plan/duplicate-id`, both places named) and
 * names or texts holding characters XML forbids (`plan/xml-char`).
 */
export function checkPlanTree(root: Node, lines: LineIndex, c: Collector, file: string): void {
  const seen = new Map<string, { pointer: string; node: Node }>();
  const walk = (node: Node, path: (string | number)[], collection: PlanCollection | undefined): void => {
    if (node.type === 'object') {
      for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (!k || !v) continue;
        const key = String(k.value);
        if (collection && key === 'id' && v.type === 'string') duplicate(String(v.value), collection, [...path, key], v);
        walk(v, [...path, key], undefined);
      }
    } else if (node.type === 'array') {
      const name = path[path.length - 1];
      const kind = typeof name === 'string' && COLLECTIONS.has(name) ? (name as PlanCollection) : undefined;
      (node.children ?? []).forEach((ch, i) => walk(ch, [...path, i], kind));
    } else if (node.type === 'string') {
      const bad = XML_FORBIDDEN.exec(String(node.value));
      if (bad) {
        const pointer = toPointer(path) || '/';
        c.add('plan/xml-char', () => ({ ...lines.at(node.offset), record: null, field: pointer, value: null, message: { code: 'plan_xml_char', params: { pointer, codepoint: codepoint(bad[0]) } }, hint: { code: 'plan_xml_char', params: {} } }));
      }
    }
  };
  const duplicate = (id: string, collection: PlanCollection, path: (string | number)[], node: Node): void => {
    const pointer = toPointer(path);
    const first = seen.get(`${collection}\u0000${id}`);
    if (!first) {
      seen.set(`${collection}\u0000${id}`, { pointer, node });
      return;
    }
    const at = lines.at(first.node.offset);
    c.add('plan/duplicate-id', () => ({
      ...lines.at(node.offset),
      record: null,
      field: pointer,
      value: id,
      message: { code: 'plan_duplicate_id', params: { id, collection, pointer, firstPointer: first.pointer, firstLine: at.line, firstColumn: at.column } },
      hint: { code: 'plan_duplicate_id', params: {} },
      related: [{ file, line: at.line, column: at.column }],
    }));
  };
  walk(root, [], undefined);
}
