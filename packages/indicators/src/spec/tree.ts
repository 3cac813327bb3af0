import type { MethodologyNode, MethodologySpec } from '@dsc/domain';
import type { SpecIssue } from '../types.js';
import { issue } from './compiled.js';

/** The node tree of a spec, indexed; built by {@link checkTree}. */
export type SpecTree = {
  readonly nodeById: Map<string, MethodologyNode>;
  readonly indexById: Map<string, number>;
  readonly childrenOf: Map<string, string[]>;
  readonly indicatorNodes: readonly MethodologyNode[];
  readonly aggregateNodes: readonly MethodologyNode[];
  /** Top nodes that are aggregates (a valid tree has one). */
  readonly aggRoots: readonly MethodologyNode[];
};

/**
 * Checks the tree of a spec: unique ids, parents that exist and sit higher, no cycles, one top node. Issues are
 * appended to `issues` in the order they are found.
 */
export function checkTree(spec: MethodologySpec, issues: SpecIssue[]): SpecTree {
  const nodeById = new Map<string, MethodologyNode>();
  const indexById = new Map<string, number>();
  spec.nodes.forEach((n, i) => {
    if (nodeById.has(n.id))
      issues.push(issue(['nodes', i, 'id'], 'duplicate_id', `Node id "${n.id}" is used twice`));
    else {
      nodeById.set(n.id, n);
      indexById.set(n.id, i);
    }
  });
  const childrenOf = new Map<string, string[]>();
  spec.nodes.forEach((n, i) => {
    if (n.type === 'indicator' && n.level !== 1)
      issues.push(
        issue(
          ['nodes', i, 'level'],
          'indicator_level',
          `Indicator "${n.id}" must be at level 1 (found ${n.level})`,
        ),
      );
    if (n.type === 'aggregate' && n.level < 2)
      issues.push(
        issue(['nodes', i, 'level'], 'aggregate_level', `Aggregate "${n.id}" must be at level 2 or above`),
      );
    if (n.parent === undefined) return;
    if (n.type !== 'indicator' && n.type !== 'aggregate') {
      issues.push(
        issue(
          ['nodes', i, 'parent'],
          'parent_on_non_tree_node',
          `Node "${n.id}" of type ${n.type} cannot have a parent`,
        ),
      );
      return;
    }
    const p = nodeById.get(n.parent);
    if (!p) {
      issues.push(
        issue(
          ['nodes', i, 'parent'],
          'unknown_parent',
          `Parent "${n.parent}" of "${n.id}" is not a node of the spec`,
        ),
      );
      return;
    }
    if (p.type !== 'aggregate')
      issues.push(
        issue(
          ['nodes', i, 'parent'],
          'parent_not_aggregate',
          `Parent "${n.parent}" of "${n.id}" is not an aggregate`,
        ),
      );
    if (p.level <= n.level)
      issues.push(
        issue(
          ['nodes', i, 'parent'],
          'parent_level',
          `Parent "${n.parent}" (level ${p.level}) must sit above "${n.id}" (level ${n.level})`,
        ),
      );
    const list = childrenOf.get(n.parent) ?? [];
    list.push(n.id);
    childrenOf.set(n.parent, list);
  });
  const indicatorNodes = spec.nodes.filter((n) => n.type === 'indicator');
  const aggregateNodes = spec.nodes.filter((n) => n.type === 'aggregate');
  if (indicatorNodes.length === 0)
    issues.push(issue(['nodes'], 'no_indicators', 'The spec has no indicator node'));
  for (const a of aggregateNodes) {
    if (!childrenOf.has(a.id))
      issues.push(
        issue(
          ['nodes', indexById.get(a.id)!, 'id'],
          'empty_aggregate',
          `Aggregate "${a.id}" has no children`,
        ),
      );
  }
  const roots = [...indicatorNodes, ...aggregateNodes].filter((n) => n.parent === undefined);
  const aggRoots = roots.filter((n) => n.type === 'aggregate');
  if (aggregateNodes.length > 0 && aggRoots.length !== 1)
    issues.push(
      issue(
        ['nodes'],
        'root_count',
        `The tree needs exactly one top aggregate (found ${aggRoots.length}: ${aggRoots.map((r) => r.id).join(', ')})`,
      ),
    );
  for (const r of roots) {
    if (r.type === 'indicator' && aggregateNodes.length > 0)
      issues.push(
        issue(
          ['nodes', indexById.get(r.id)!, 'parent'],
          'orphan_indicator',
          `Indicator "${r.id}" has no parent`,
        ),
      );
  }
  // cycles: follow parents; the level rule already forbids them, but a clear message helps if levels are wrong
  for (const n of spec.nodes) {
    const seen = new Set<string>([n.id]);
    let cur = n.parent;
    while (cur !== undefined) {
      if (seen.has(cur)) {
        issues.push(
          issue(
            ['nodes', indexById.get(n.id)!, 'parent'],
            'dependency_cycle',
            `Cycle through ${[...seen, cur].join(' → ')}`,
          ),
        );
        break;
      }
      seen.add(cur);
      cur = nodeById.get(cur)?.parent;
    }
  }

  return { nodeById, indexById, childrenOf, indicatorNodes, aggregateNodes, aggRoots };
}
