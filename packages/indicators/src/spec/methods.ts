import type {
  AggregateSpec,
  ImputeStep,
  MethodologyNode,
  MethodologySpec,
  NormaliseStep,
  PipelineStepName,
  TreatStep,
} from '@dsc/domain';
import type { SpecIssue } from '../types.js';
import type { CompiledAggregate, CompiledIndicator } from './compiled.js';
import { DEFAULT_ORDER, TREAT_DEFAULTS, issue } from './compiled.js';
import type { SpecTree } from './tree.js';

const PANEL_METHODS = new Set(['latest', 'nocb', 'constant', 'linear', 'linearConstant']);

/** Resolves the step order and checks it (no step twice; treat before normalise before aggregate). */
export function checkOrder(
  steps: MethodologySpec['steps'],
  issues: SpecIssue[],
): readonly PipelineStepName[] {
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
  return order;
}

const checkImpute = (s: ImputeStep, path: (string | number)[], issues: SpecIssue[]) => {
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

const checkNormalise = (
  s: NormaliseStep,
  node: MethodologyNode | undefined,
  path: (string | number)[],
  indexById: ReadonlyMap<string, number>,
  issues: SpecIssue[],
) => {
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

/** Resolves each indicator's methods (its own override, else the spec's step) and checks their parameters. */
export function compileIndicators(
  spec: MethodologySpec,
  tree: SpecTree,
  issues: SpecIssue[],
): CompiledIndicator[] {
  const steps = spec.steps;
  const { indexById, indicatorNodes } = tree;
  if (steps.impute) checkImpute(steps.impute, ['steps', 'impute'], issues);
  return indicatorNodes.map((node, index) => {
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
    if (m?.impute) checkImpute(m.impute, ['nodes', i, 'methods', 'impute'], issues);
    const treat: TreatStep | undefined =
      steps.treat || m?.treat ? ({ ...TREAT_DEFAULTS, ...steps.treat, ...m?.treat } as TreatStep) : undefined;
    const normalise = m?.normalise ?? steps.normalise;
    if (normalise)
      checkNormalise(
        normalise,
        node,
        m?.normalise ? ['nodes', i, 'methods', 'normalise'] : ['steps', 'normalise'],
        indexById,
        issues,
      );
    return { index, node, code: node.id, direction: node.direction ?? 1, impute, treat, normalise };
  });
}

/** Resolves each aggregate's method (node, then level override, then the spec's step), lower levels first. */
export function compileAggregates(
  spec: MethodologySpec,
  tree: SpecTree,
  issues: SpecIssue[],
): CompiledAggregate[] {
  const steps = spec.steps;
  const { indexById, childrenOf, aggregateNodes } = tree;
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
  return [...aggregateNodes]
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
}

/** Checks the cross-references of the steps: weight sets, denominators and bands. */
export function checkReferences(spec: MethodologySpec, tree: SpecTree, issues: SpecIssue[]): void {
  const steps = spec.steps;
  const { indexById, nodeById, indicatorNodes } = tree;
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
}
