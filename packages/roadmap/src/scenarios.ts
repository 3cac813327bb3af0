import type { DocumentIssue, Plan, Result } from '@dsc/domain';
import { Plan as PlanSchema, err, ok, toDocumentIssues } from '@dsc/domain';
import type { Operation } from 'fast-json-patch';
import jsonpatch from 'fast-json-patch';

export type ScenarioError =
  | { readonly code: 'unknown_scenario'; readonly scenario: string; readonly known: readonly string[] }
  | { readonly code: 'patch_failed'; readonly scenario: string; readonly op: number; readonly path: string; readonly message: string }
  | { readonly code: 'invalid_scenario_result'; readonly scenario: string; readonly issues: readonly DocumentIssue[] };

/**
 * Applies a scenario (a JSON Patch overlay, RFC 6902) to the base plan and validates the result as a plan.
 * The base plan is not modified. The result keeps the base plan's scenario list.
 */
export function applyScenario(plan: Plan, scenarioId: string): Result<Plan, ScenarioError> {
  const scenario = plan.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) return err({ code: 'unknown_scenario', scenario: scenarioId, known: plan.scenarios.map((s) => s.id) });
  const doc = JSON.parse(JSON.stringify(plan)) as Record<string, unknown>;
  for (let i = 0; i < scenario.patch.length; i++) {
    const op = scenario.patch[i];
    if (!op) continue;
    if (op.path.startsWith('/scenarios'))
      return err({ code: 'patch_failed', scenario: scenarioId, op: i, path: op.path, message: 'a scenario cannot change the scenario list' });
    try {
      jsonpatch.applyOperation(doc, op as Operation, true, true, true, i);
    } catch (e) {
      return err({ code: 'patch_failed', scenario: scenarioId, op: i, path: op.path, message: e instanceof Error ? e.message.split('\n')[0] ?? '' : String(e) });
    }
  }
  const parsed = PlanSchema.safeParse(doc);
  if (!parsed.success) return err({ code: 'invalid_scenario_result', scenario: scenarioId, issues: toDocumentIssues(parsed.error.issues) });
  return ok(parsed.data);
}

/** The plan itself, or the plan with a scenario applied when one is named. */
export function resolveScenario(plan: Plan, scenarioId: string | undefined): Result<Plan, ScenarioError> {
  return scenarioId === undefined ? ok(plan) : applyScenario(plan, scenarioId);
}
