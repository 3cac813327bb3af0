import type { Locale, Plan, Risk } from '@dsc/domain';
import { Risk as RiskSchema } from '@dsc/domain';
import type { CommandResult } from './commands.js';
import { setText } from './commands.js';

/** The fields of the risk form, as typed; texts are in the interface language. */
export interface RiskInput {
  description: string;
  likelihood: string;
  impact: string;
  mitigation: string;
  owner: string;
  category: string;
}

const bad = (field: string, value: string): CommandResult => ({ ok: false, error: { code: 'bad_field', field, value } });
const scale = (s: string): number | undefined => (/^[1-5]$/.test(s.trim()) ? Number(s.trim()) : undefined);

/** Adds a risk (likelihood and impact 1–5); its texts are stored in `locale`, and in English while that is empty. */
export function addRisk(plan: Plan, input: RiskInput, locale: Locale): CommandResult {
  if (input.description.trim() === '') return bad('description', input.description);
  const likelihood = scale(input.likelihood);
  if (likelihood === undefined) return bad('likelihood', input.likelihood);
  const impact = scale(input.impact);
  if (impact === undefined) return bad('impact', input.impact);
  if (input.owner && !plan.organisations.some((o) => o.id === input.owner)) return bad('owner', input.owner);
  const ids = new Set(plan.risks.map((r) => r.id));
  let n = plan.risks.length + 1;
  while (ids.has(`R${n}`)) n++;
  const risk: Risk = {
    id: `R${n}`,
    description: setText({ en: '' }, locale, input.description.trim()),
    likelihood,
    impact,
    ...(input.mitigation.trim() ? { mitigation: setText({ en: '' }, locale, input.mitigation.trim()) } : {}),
    ...(input.owner ? { owner: input.owner } : {}),
    ...(input.category.trim() ? { category: input.category.trim() } : {}),
  };
  const parsed = RiskSchema.safeParse(risk);
  if (!parsed.success) return bad(String(parsed.error.issues[0]?.path.at(-1) ?? ''), '');
  return { ok: true, plan: { ...plan, risks: [...plan.risks, parsed.data] } };
}

export function removeRisk(plan: Plan, id: string): CommandResult {
  return { ok: true, plan: { ...plan, risks: plan.risks.filter((r) => r.id !== id) } };
}
