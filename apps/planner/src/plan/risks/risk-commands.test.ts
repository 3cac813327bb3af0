import { samplePlan } from '@dsc/datasets';
import { parseDocument } from '@dsc/domain';
import { describe, expect, it } from 'vitest';
import { addRisk, removeRisk, riskInput, updateRisk } from './risk-commands.js';

const input = { description: 'Срыв сроков соглашения с принимающей страной', likelihood: '4', impact: '5', mitigation: '', owner: '', category: 'political' };

describe('risk commands', () => {
  it('adds a risk in the interface language, English filled while empty, and keeps the plan valid', async () => {
    const plan = await samplePlan();
    const r = addRisk(plan, input, 'ru');
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const risk = r.value.risks.at(-1)!;
    expect(risk).toMatchObject({ likelihood: 4, impact: 5, category: 'political' });
    expect(risk.description).toEqual({ en: input.description, ru: input.description });
    expect(plan.risks.some((x) => x.id === risk.id)).toBe(false);
    expect(parseDocument(r.value).ok).toBe(true);
    const back = removeRisk(r.value, risk.id);
    expect(back.ok && back.value.risks).toEqual(plan.risks);
  });

  it('refuses a likelihood outside 1–5 and an empty description, naming the field', async () => {
    const plan = await samplePlan();
    expect(addRisk(plan, { ...input, likelihood: '6' }, 'en')).toEqual({ ok: false, error: { code: 'bad_field', field: 'likelihood', value: '6' } });
    expect(addRisk(plan, { ...input, description: ' ' }, 'en')).toMatchObject({ ok: false, error: { field: 'description' } });
  });
  it('edits a risk in place: the text in the interface language changes, the other languages stay', async () => {
    const plan = await samplePlan();
    const target = plan.risks[0]!;
    expect(updateRisk(plan, target.id, riskInput(target, 'ru'), 'ru')).toEqual({ ok: true, value: plan });
    const r = updateRisk(plan, target.id, { ...riskInput(target, 'kk'), description: 'Жаңа сипаттама', impact: '2' }, 'kk');
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.risks[0]).toEqual({ ...target, impact: 2, description: { ...target.description, kk: 'Жаңа сипаттама' } });
    expect(updateRisk(plan, target.id, { ...riskInput(target, 'en'), likelihood: '0' }, 'en')).toMatchObject({ ok: false, error: { field: 'likelihood', value: '0' } });
  });
});
