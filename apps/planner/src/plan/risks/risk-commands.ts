import type { I18nText, Locale, Plan, Risk } from '@dsc/domain';
import { Risk as RiskSchema } from '@dsc/domain';
import type { CommandResult } from '../common/command.js';
import { nextId, setText } from '../common/command.js';

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

/** The likelihood and impact of a filled risk form, or the refused field: an empty description, a level outside 1–5, an unknown owner. */
function checkRiskInput(plan: Plan, input: RiskInput): { likelihood: number; impact: number } | { error: CommandResult } {
  if (input.description.trim() === '') return { error: bad('description', input.description) };
  const likelihood = scale(input.likelihood);
  if (likelihood === undefined) return { error: bad('likelihood', input.likelihood) };
  const impact = scale(input.impact);
  if (impact === undefined) return { error: bad('impact', input.impact) };
  if (input.owner && !plan.organisations.some((o) => o.id === input.owner)) return { error: bad('owner', input.owner) };
  return { likelihood, impact };
}

/** Adds a risk (likelihood and impact 1–5); its texts are stored in `locale`, and in English while that is empty. */
export function addRisk(plan: Plan, input: RiskInput, locale: Locale): CommandResult {
  const checked = checkRiskInput(plan, input);
  if ('error' in checked) return checked.error;
  const { likelihood, impact } = checked;
  const risk: Risk = {
    id: nextId('R', plan.risks),
    description: setText({ en: '' }, locale, input.description.trim()),
    likelihood,
    impact,
    ...(input.mitigation.trim() ? { mitigation: setText({ en: '' }, locale, input.mitigation.trim()) } : {}),
    ...(input.owner ? { owner: input.owner } : {}),
    ...(input.category.trim() ? { category: input.category.trim() } : {}),
  };
  const parsed = RiskSchema.safeParse(risk);
  if (!parsed.success) return bad(String(parsed.error.issues[0]?.path.at(-1) ?? ''), '');
  return { ok: true, value: { ...plan, risks: [...plan.risks, parsed.data] } };
}

export function removeRisk(plan: Plan, id: string): CommandResult {
  return { ok: true, value: { ...plan, risks: plan.risks.filter((r) => r.id !== id) } };
}

const shown = (t: I18nText, locale: Locale): string => t[locale] ?? t.en;
/** Keeps a text as it is when the form still shows it; otherwise stores the new text in `locale`. */
const edited = (t: I18nText, locale: Locale, value: string): I18nText => (value === shown(t, locale) ? t : setText(t, locale, value));

/** The form fields of an existing risk, its texts in `locale` (English where that is missing). */
export const riskInput = (r: Risk, locale: Locale): RiskInput => ({
  description: shown(r.description, locale),
  likelihood: String(r.likelihood),
  impact: String(r.impact),
  mitigation: r.mitigation ? shown(r.mitigation, locale) : '',
  owner: r.owner ?? '',
  category: r.category ?? '',
});

/** Replaces the form fields of risk `id`, checked like a new risk; texts in other languages are kept. */
export function updateRisk(plan: Plan, id: string, input: RiskInput, locale: Locale): CommandResult {
  const previous = plan.risks.find((r) => r.id === id);
  if (!previous) return bad('id', id);
  const checked = checkRiskInput(plan, input);
  if ('error' in checked) return checked.error;
  const { likelihood, impact } = checked;
  const { mitigation: _m, owner: _o, category: _c, ...kept } = previous;
  const mitigation = input.mitigation.trim();
  const risk: Risk = {
    ...kept,
    description: edited(previous.description, locale, input.description.trim()),
    likelihood,
    impact,
    ...(mitigation ? { mitigation: previous.mitigation ? edited(previous.mitigation, locale, mitigation) : setText({ en: '' }, locale, mitigation) } : {}),
    ...(input.owner ? { owner: input.owner } : {}),
    ...(input.category.trim() ? { category: input.category.trim() } : {}),
  };
  const parsed = RiskSchema.safeParse(risk);
  if (!parsed.success) return bad(String(parsed.error.issues[0]?.path.at(-1) ?? ''), '');
  return { ok: true, value: { ...plan, risks: plan.risks.map((r) => (r.id === id ? parsed.data : r)) } };
}
