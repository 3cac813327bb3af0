import type { MethodologySpec, Result } from '@dsc/domain';
import { MethodologySpec as MethodologySpecSchema, err, ok, toDocumentIssues } from '@dsc/domain';
import type { IndicatorError, SpecIssue } from '../types.js';
import type { CompiledSpec } from './compiled.js';
import { checkOrder, checkReferences, compileAggregates, compileIndicators } from './methods.js';
import { checkTree } from './tree.js';

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
  const tree = checkTree(spec, issues);
  const order = checkOrder(spec.steps, issues);
  const indicators = compileIndicators(spec, tree, issues);
  const aggregates = compileAggregates(spec, tree, issues);
  checkReferences(spec, tree, issues);

  if (issues.length > 0) return err({ code: 'invalid_spec', issues });
  const root = tree.aggRoots[0]?.id;
  const { nodeById, childrenOf } = tree;
  return ok({ spec, order, indicators, aggregates, nodeById, childrenOf, root });
}
