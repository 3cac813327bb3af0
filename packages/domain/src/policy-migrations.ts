/** The shape of a migration step (`Migration` in migrations.ts, repeated here so that module stays the only importer). */
type Step = {
  readonly from: number;
  readonly description: string;
  readonly migrate: (doc: Record<string, unknown>) => Record<string, unknown>;
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/**
 * Rubric v1 scored criteria 0–2 from instrument titles (`matches`, `evidenceRule`); v2 scores them on observable
 * levels 0–4 judged by an assessor. Each v1 criterion keeps its own scale (its v1 meanings, at the same numbers:
 * v1 0 absent, 1 exists but not in force, 2 in force ⊇ adopted); the v1 matching rule is kept as a note.
 */
export const rubricV1toV2: Step = {
  from: 1,
  description:
    'Rubric v1 scored 0–2 from instrument titles; v2 is judged on levels 0–4 with a scale per criterion. ' +
    'Each v1 criterion keeps its guidance as its own scale and its evidence rule as a note.',
  migrate: (doc) => {
    const scales: Record<string, unknown> = {};
    const criteria = list(doc['criteria']).map((c) => {
      if (!isRecord(c)) return c;
      const { guidance, matches, evidenceRule, ...rest } = c;
      const id = String(rest['id']);
      scales[`v1-${id}`] = list(guidance)
        .filter(isRecord)
        .map((g) => ({ level: g['score'], descriptor: g['meaning'] }));
      const rule = [
        typeof evidenceRule === 'string' ? evidenceRule : undefined,
        Array.isArray(matches) ? `Instrument types: ${matches.join(', ')}` : undefined,
      ].filter((x): x is string => x !== undefined);
      return { ...rest, scale: `v1-${id}`, ...(rule.length > 0 ? { note: { en: rule.join('. ') } } : {}) };
    });
    return { ...doc, schemaVersion: 2, scales, criteria };
  },
};

/**
 * Assessment v1 held one machine-derived score per criterion (`score` 0–2 or null, `unverified`); v2 holds
 * assessors' judgements with evidence and review. v1 scores become drafts (never verified: nobody reviewed them),
 * null scores become gaps; the v1 `unverified` flag is kept under `migrated`.
 */
export const assessmentV1toV2: Step = {
  from: 1,
  description:
    'Assessment v1 scores were derived by the program; v2 scores are judgements with evidence and review. ' +
    'v1 scores become draft scores against rubric version 1, unscored criteria become gaps.',
  migrate: (doc) => {
    const { asOf, rubric, scores: v1, ...rest } = doc;
    const date = typeof asOf === 'string' ? asOf : undefined;
    const scores: unknown[] = [];
    const gaps: unknown[] = [];
    for (const s of list(v1)) {
      if (!isRecord(s)) continue;
      const evidence = list(s['evidence']);
      const note = typeof s['note'] === 'string' && s['note'] !== '' ? s['note'] : undefined;
      if (s['score'] === null || s['score'] === undefined || evidence.length === 0) {
        gaps.push({ criterion: s['criterion'], searched: note ?? 'Not scored in schema v1', date });
        continue;
      }
      scores.push({
        criterion: s['criterion'],
        level: s['score'],
        evidence: [{ instruments: evidence }],
        rationale: { en: note ?? 'Scored in schema v1' },
        assessor: 'schema v1 (no assessor recorded)',
        date,
        review: { status: 'draft' },
        migrated: { from: 1, unverified: s['unverified'] === true },
      });
    }
    return {
      ...rest,
      schemaVersion: 2,
      rubric: { id: rubric, version: '1' },
      scores,
      ...(gaps.length > 0 ? { gaps } : {}),
    };
  },
};
