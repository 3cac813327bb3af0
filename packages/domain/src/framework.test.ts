import { describe, expect, it } from 'vitest';
import { Framework } from './framework.js';

const fw = {
  kind: 'framework',
  schemaVersion: 1,
  id: 'apis-action-plan',
  version: '2022-2026',
  name: { en: 'AP-IS Action Plan 2022–2026' },
  description: { en: 'Three pillars' },
  source: { id: 'escap', title: 'ESCAP', licence: 'UN terms of use' },
  items: [
    { code: 'P1', level: 'pillar', name: { en: 'Connectivity for All' } },
    { code: 'P1.x', parent: 'P1', level: 'action', name: { en: 'An action' } },
  ],
};

describe('Framework', () => {
  it('accepts item levels and a framework description', () => {
    expect(Framework.safeParse(fw).success).toBe(true);
  });

  it('rejects an empty level and an unknown parent', () => {
    const r = Framework.safeParse({
      ...fw,
      items: [{ code: 'P1', level: '', name: { en: 'x' } }, { code: 'P2', parent: 'P9', name: { en: 'y' } }],
    });
    expect(r.error?.issues.map((i) => i.path.join('/'))).toEqual(['items/0/level', 'items/1/parent']);
  });
});
