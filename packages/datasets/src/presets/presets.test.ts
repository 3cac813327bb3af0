import { MethodologySpec } from '@dsc/domain';
import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../catalogue/indicators.js';
import { coinrExample, methodologyPresets, methodologyTemplates } from './index.js';

describe('methodology presets', () => {
  for (const [id, spec] of Object.entries(methodologyPresets)) {
    it(`${id} is a valid MethodologySpec with a sound tree and documented choices`, () => {
      const parsed = MethodologySpec.safeParse(spec);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      expect(spec.id).toBe(id);
      const ids = spec.nodes.map((n) => n.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const n of spec.nodes) if (n.parent) expect(ids).toContain(n.parent);
      for (const a of spec.nodes.filter((n) => n.type === 'aggregate'))
        expect(spec.nodes.some((n) => n.parent === a.id)).toBe(true);
      expect(spec.nodes.filter((n) => n.type === 'aggregate' && !n.parent)).toHaveLength(1);
      expect(spec.notes?.length ?? 0).toBeGreaterThan(2);
      if (spec.steps.normalise?.method === 'goalposts')
        for (const n of spec.nodes.filter((x) => x.type === 'indicator'))
          expect(n.goalposts, n.id).toBeDefined();
    });
  }
  it('the dashboard presets name themselves, every node (indicators by their own name or from the catalogue) and their bands in en, ru and kk', () => {
    for (const spec of [methodologyPresets['dsc-dmi'], methodologyPresets.egdi, methodologyPresets.ddc]) {
      const texts = [
        ['name', spec.name],
        ...('description' in spec ? [['description', spec.description] as const] : []),
        ...spec.nodes.map((n) => [n.id, n.name ?? INDICATORS.find((i) => i.code === n.id)?.name] as const),
        ...(spec.bands ?? []).map((b) => [b.id, b.name] as const),
      ] as const;
      for (const [what, t] of texts)
        expect([spec.id, what, Boolean(t?.ru), Boolean(t?.kk)]).toEqual([spec.id, what, true, true]);
    }
  });
  it('the EGDI replicator is the equal-weight mean of OSI, TII and HCI', () => {
    const e = methodologyPresets.egdi;
    expect(e.nodes.filter((n) => n.parent === 'EGDI').map((n) => n.id)).toEqual(['OSI', 'TII', 'HCI']);
    expect(e.steps.aggregate?.method).toBe('arithmetic');
    expect(e.steps.weights?.method).toBe('equal');
  });
  it('the COINr template parses once given a tree', () => {
    const spec = {
      ...methodologyTemplates['coinr-example'],
      nodes: [
        { id: 'X', parent: 'I', level: 1, type: 'indicator' },
        { id: 'I', level: 2, type: 'aggregate' },
      ],
    };
    expect(MethodologySpec.safeParse(spec).success).toBe(true);
    expect(coinrExample.steps.screen).toEqual({ method: 'byNA', datThresh: 0.9 });
  });
});
