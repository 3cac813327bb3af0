import type {
  AggregateSpec,
  ImputeStep,
  MethodologyNode,
  MethodologySpec,
  NormaliseStep,
  PipelineStepName,
  Result,
  TreatStep,
} from '@dsc/domain';
import { MethodologySpec as MethodologySpecSchema, err, ok, toDocumentIssues, toPointer } from '@dsc/domain';
import type { IndexData, IndicatorError, SpecIssue } from './types.js';

export const DEFAULT_ORDER: readonly PipelineStepName[] = [
  'denominate',
  'impute',
  'screen',
  'treat',
  'normalise',
  'aggregate',
];

/** Defaults of the JRC outlier rule (docs/methods.md#outlier-treatment). */
export const TREAT_DEFAULTS = {
  method: 'jrc',
  winmax: 5,
  forceWin: false,
  skewThresh: 2,
  kurtThresh: 3.5,
  fallback: 'logCT',
  combineTreat: false,
} as const satisfies TreatStep;

const PANEL_METHODS = new Set(['latest', 'nocb', 'constant', 'linear', 'linearConstant']);

/** An indicator of the compiled tree, with its per-step methods resolved. */
export type CompiledIndicator = {
  readonly index: number;
  readonly node: MethodologyNode;
  readonly code: string;
  readonly direction: 1 | -1;
  readonly impute: ImputeStep | undefined;
  readonly treat: TreatStep | undefined;
  readonly normalise: NormaliseStep | undefined;
};

export type CompiledAggregate = {
  readonly node: MethodologyNode;
  readonly code: string;
  readonly level: number;
  readonly children: readonly string[];
  readonly method: AggregateSpec;
};

/** A validated spec, resolved into the arrays the steps run on. */
export type CompiledSpec = {
  readonly spec: MethodologySpec;
  readonly order: readonly PipelineStepName[];
  readonly indicators: readonly CompiledIndicator[];
  /** Aggregates, lower levels first (a child is always computed before its parent). */
  readonly aggregates: readonly CompiledAggregate[];
  readonly nodeById: ReadonlyMap<string, MethodologyNode>;
  readonly childrenOf: ReadonlyMap<string, readonly string[]>;
  readonly root: string | undefined;
};

const issue = (path: readonly (string | number)[], code: string, message: string): SpecIssue => ({
  pointer: toPointer(path),
  code,
  message,
});

/**
 * Parses and checks a methodology spec: the schema, then the tree (unique ids, parents that exist and sit higher,
 * no cycles, one top node), then every cross-reference of the steps. Nothing runs on a spec with issues.
 * `trustedSchema` skips the schema parse for a spec built from parts that were each parsed before (the
 * uncertainty analysis validates every alternative once, then combines them); the tree checks always run.
 */
export function compileSpec(
  input: unknown,
  options: { readonly trustedSchema?: boolean } = {},
): Result<CompiledSpec, IndicatorError> {
  let spec: MethodologySpec;
  if (options.trustedSchema) spec = input as MethodologySpec;
  else {
    const parsed = MethodologySpecSchema.safeParse(input);
    if (!parsed.success) {
      return err({
        code: 'invalid_spec',
        issues: toDocumentIssues(parsed.error.issues).map((i) => ({
          pointer: i.pointer,
          code: i.issue,
          message: i.message,
        })),
      });
    }
    spec = parsed.data;
  }
  const issues: SpecIssue[] = [];
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

  const steps = spec.steps;
  const order = steps.order ?? DEFAULT_ORDER;
  if (new Set(order).size !== order.length)
    issues.push(issue(['steps', 'order'], 'duplicate_step', 'A step is listed twice in steps.order'));
  const pos = (s: PipelineStepName) => order.indexOf(s);
  if (pos('aggregate') >= 0 && pos('normalise') > pos('aggregate'))
    issues.push(issue(['steps', 'order'], 'step_order', 'normalise must come before aggregate'));
  if (pos('treat') >= 0 && pos('normalise') >= 0 && pos('treat') > pos('normalise'))
    issues.push(issue(['steps', 'order'], 'step_order', 'treat must come before normalise'));
  if (pos('denominate') > 0 && pos('impute') >= 0 && pos('denominate') > pos('impute'))
    issues.push(issue(['steps', 'order'], 'step_order', 'denominate must come before impute'));

  const checkImpute = (s: ImputeStep, path: (string | number)[]) => {
    if ((s.method === 'groupMean' || s.method === 'groupMedian') && !s.group)
      issues.push(
        issue([...path, 'group'], 'missing_parameter', `Imputation "${s.method}" needs a group column`),
      );
    if (PANEL_METHODS.has(s.method))
      issues.push(
        issue(
          [...path, 'method'],
          'panel_method',
          `"${s.method}" is a panel method: fill the series with imputePanel before the cross-section runs`,
        ),
      );
  };
  if (steps.impute) checkImpute(steps.impute, ['steps', 'impute']);
  const checkNormalise = (s: NormaliseStep, node: MethodologyNode | undefined, path: (string | number)[]) => {
    if (s.method === 'goalposts' && node && !node.goalposts)
      issues.push(
        issue(
          ['nodes', indexById.get(node.id)!, 'goalposts'],
          'missing_goalposts',
          `Indicator "${node.id}" needs goalposts`,
        ),
      );
    if (s.method === 'distToTarget' && node && node.target === undefined)
      issues.push(
        issue(
          ['nodes', indexById.get(node.id)!, 'target'],
          'missing_target',
          `Indicator "${node.id}" needs a target`,
        ),
      );
    if (s.method === 'distToRef' && !s.reference)
      issues.push(issue([...path, 'reference'], 'missing_parameter', 'distToRef needs a reference unit'));
    if (s.method === 'ampiRescale' && s.referenceValue === undefined)
      issues.push(
        issue([...path, 'referenceValue'], 'missing_parameter', 'ampiRescale needs a reference value'),
      );
  };

  const indicators: CompiledIndicator[] = indicatorNodes.map((node, index) => {
    const i = indexById.get(node.id)!;
    const m = node.methods;
    if (m?.aggregate)
      issues.push(
        issue(
          ['nodes', i, 'methods', 'aggregate'],
          'aggregate_on_indicator',
          'An indicator has no aggregation method',
        ),
      );
    const impute = m?.impute ?? steps.impute;
    if (m?.impute) checkImpute(m.impute, ['nodes', i, 'methods', 'impute']);
    const treat: TreatStep | undefined =
      steps.treat || m?.treat ? ({ ...TREAT_DEFAULTS, ...steps.treat, ...m?.treat } as TreatStep) : undefined;
    const normalise = m?.normalise ?? steps.normalise;
    if (normalise)
      checkNormalise(
        normalise,
        node,
        m?.normalise ? ['nodes', i, 'methods', 'normalise'] : ['steps', 'normalise'],
      );
    return { index, node, code: node.id, direction: node.direction ?? 1, impute, treat, normalise };
  });

  const levelOverrides = steps.aggregate?.levels ?? {};
  const aggLevels = new Set(aggregateNodes.map((a) => a.level));
  for (const key of Object.keys(levelOverrides)) {
    if (!aggLevels.has(Number(key)))
      issues.push(
        issue(['steps', 'aggregate', 'levels', key], 'unknown_level', `No aggregate sits at level ${key}`),
      );
  }
  const baseAgg: AggregateSpec = { method: 'arithmetic' };
  if (steps.aggregate) {
    const { levels: _l, ...rest } = steps.aggregate;
    Object.assign(baseAgg, rest);
  }
  const aggregates: CompiledAggregate[] = [...aggregateNodes]
    .sort((a, b) => a.level - b.level)
    .map((node) => {
      const method: AggregateSpec = node.methods?.aggregate ?? levelOverrides[String(node.level)] ?? baseAgg;
      const path = node.methods?.aggregate
        ? ['nodes', indexById.get(node.id)!, 'methods', 'aggregate']
        : levelOverrides[String(node.level)]
          ? ['steps', 'aggregate', 'levels', String(node.level)]
          : ['steps', 'aggregate'];
      if (method.method === 'generalised' && method.p === undefined)
        issues.push(issue([...path, 'p'], 'missing_parameter', 'The generalised mean needs a power p'));
      if (method.method === 'owa') {
        const n = childrenOf.get(node.id)?.length ?? 0;
        if (!method.positionWeights || method.positionWeights.length !== n)
          issues.push(
            issue(
              [...path, 'positionWeights'],
              'missing_parameter',
              `OWA over "${node.id}" needs ${n} position weights`,
            ),
          );
      }
      if (method.method === 'meanMin' && (method.alpha === undefined || method.beta === undefined))
        issues.push(issue([...path, 'alpha'], 'missing_parameter', 'mean-min needs alpha and beta'));
      return { node, code: node.id, level: node.level, children: childrenOf.get(node.id) ?? [], method };
    });

  if (steps.weights?.method === 'set') {
    if (!steps.weights.set)
      issues.push(
        issue(['steps', 'weights', 'set'], 'missing_parameter', 'Weights method "set" needs a set name'),
      );
    else if (!spec.weightSets?.[steps.weights.set])
      issues.push(
        issue(
          ['steps', 'weights', 'set'],
          'unknown_weight_set',
          `No weight set "${steps.weights.set}" in weightSets`,
        ),
      );
  }
  for (const [name, set] of Object.entries(spec.weightSets ?? {})) {
    for (const id of Object.keys(set)) {
      if (!nodeById.has(id))
        issues.push(
          issue(['weightSets', name, id], 'unknown_node', `Weight set "${name}" names unknown node "${id}"`),
        );
    }
  }
  if (steps.denominate?.method === 'byNode' && !indicatorNodes.some((n) => n.denominator))
    issues.push(issue(['steps', 'denominate'], 'nothing_to_denominate', 'No indicator names a denominator'));
  for (const n of indicatorNodes) {
    if (n.denominator && nodeById.has(n.denominator) && nodeById.get(n.denominator)!.type !== 'denominator')
      issues.push(
        issue(
          ['nodes', indexById.get(n.id)!, 'denominator'],
          'not_a_denominator',
          `"${n.denominator}" is not a node of type denominator`,
        ),
      );
  }
  (spec.bands ?? []).forEach((b, i) => {
    if (!(b.upper > b.lower))
      issues.push(issue(['bands', i, 'upper'], 'empty_band', `Band "${b.id}" has upper ≤ lower`));
  });

  if (issues.length > 0) return err({ code: 'invalid_spec', issues });
  const root = aggRoots[0]?.id;
  return ok({ spec, order, indicators, aggregates, nodeById, childrenOf, root });
}

/** Checks that the data carries every column the compiled spec needs; issues are located in the data object. */
export function checkData(c: CompiledSpec, data: IndexData): SpecIssue[] {
  const issues: SpecIssue[] = [];
  const n = data.units.length;
  if (n === 0) issues.push(issue(['units'], 'no_units', 'The data has no units'));
  const seen = new Set<string>();
  data.units.forEach((u, i) => {
    if (seen.has(u)) issues.push(issue(['units', i], 'duplicate_unit', `Unit "${u}" appears twice`));
    seen.add(u);
  });
  for (const ind of c.indicators) {
    const col = data.values[ind.code];
    if (!col)
      issues.push(
        issue(['values', ind.code], 'missing_column', `No data column for indicator "${ind.code}"`),
      );
    else if (col.length !== n)
      issues.push(
        issue(
          ['values', ind.code],
          'column_length',
          `Column "${ind.code}" has ${col.length} values for ${n} units`,
        ),
      );
    else
      col.forEach((v, i) => {
        if (v !== null && !Number.isFinite(v))
          issues.push(
            issue(
              ['values', ind.code, i],
              'not_finite',
              `Value of "${ind.code}" for "${data.units[i]}" is not a finite number`,
            ),
          );
      });
    const dn = ind.node.denominator;
    if (c.order.includes('denominate') && c.spec.steps.denominate?.method === 'byNode' && dn) {
      const d = data.denominators?.[dn];
      if (!d)
        issues.push(
          issue(
            ['denominators', dn],
            'missing_column',
            `No denominator column "${dn}" (needed by "${ind.code}")`,
          ),
        );
      else if (d.length !== n)
        issues.push(
          issue(
            ['denominators', dn],
            'column_length',
            `Denominator "${dn}" has ${d.length} values for ${n} units`,
          ),
        );
    }
    const imp = ind.impute;
    if (imp?.group && (imp.method === 'groupMean' || imp.method === 'groupMedian')) {
      const g = data.groups?.[imp.group];
      if (!g)
        issues.push(
          issue(
            ['groups', imp.group],
            'missing_column',
            `No group column "${imp.group}" (needed by ${imp.method})`,
          ),
        );
    }
    if (
      ind.normalise?.method === 'distToRef' &&
      ind.normalise.reference &&
      !seen.has(ind.normalise.reference)
    )
      issues.push(
        issue(
          ['units'],
          'unknown_reference',
          `Reference unit "${ind.normalise.reference}" is not in the data`,
        ),
      );
  }
  for (const f of c.spec.steps.screen?.force ?? []) {
    if (!seen.has(f.unit))
      issues.push(issue(['units'], 'unknown_unit', `Screening forces unknown unit "${f.unit}"`));
  }
  return issues;
}
