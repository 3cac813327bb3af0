import type { RecommendationSet, Result } from '@dsc/domain';
import { RecommendationSet as SetSchema, err, ok, toPointer } from '@dsc/domain';
import { SCOPE_COUNTRIES } from '../catalogue/countries.js';
import { INDICATORS } from '../catalogue/indicators.js';
import { HEADER } from './emit.js';
import type { ImportError } from './errors.js';

/** The reviewed recommendations, relative to the package. */
export const RECOMMENDATIONS_FILE = 'data/recommendations.json';

/** What the recommendations refer to: the rubric's criteria and the ids of the initiatives register. */
export type RecommendationRefs = { readonly criteria: ReadonlySet<string>; readonly initiatives: ReadonlySet<string> };

/**
 * Reads and checks the recommendation set: the `recommendation-set` schema, and what a schema cannot know —
 * every gap is of a country in scope, an indicator of the catalogue or a criterion of the rubric, and every
 * related initiative is an entry of the initiatives register.
 */
export function readRecommendations(text: string | undefined, refs: RecommendationRefs): Result<RecommendationSet, ImportError[]> {
  if (text === undefined) return err([{ code: 'missing_file', file: RECOMMENDATIONS_FILE, hint: 'The reviewed recommendations are committed data' }]);
  const bad = (pointer: string, expected: string, hint: string): ImportError => ({ code: 'invalid_document', file: RECOMMENDATIONS_FILE, pointer, expected, hint });
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return err([bad('', 'JSON', e instanceof Error ? e.message : String(e))]);
  }
  const r = SetSchema.safeParse(doc);
  if (!r.success) return err(r.error.issues.map((i) => bad(toPointer(i.path), 'a valid recommendation set', i.message)));
  const codes = new Set(INDICATORS.map((i) => i.code));
  const errors: ImportError[] = [];
  r.data.recommendations.forEach((rec, n) => {
    const at = `/recommendations/${n}`;
    rec.gaps.forEach((g, k) => {
      if (!SCOPE_COUNTRIES.includes(g.country)) errors.push(bad(`${at}/gaps/${k}/country`, 'a country in scope', g.country));
      if (g.kind === 'indicator' && !codes.has(g.indicator)) errors.push(bad(`${at}/gaps/${k}/indicator`, 'an indicator of the catalogue', g.indicator));
      if (g.kind === 'policy' && !refs.criteria.has(g.criterion)) errors.push(bad(`${at}/gaps/${k}/criterion`, 'a criterion of the rubric', g.criterion));
    });
    rec.initiatives.forEach((id, k) => {
      if (!refs.initiatives.has(id)) errors.push(bad(`${at}/initiatives/${k}`, 'an id of data/initiatives.json', id));
    });
  });
  return errors.length > 0 ? err(errors) : ok(r.data);
}

/** The typed module of the recommendation set. */
export const recommendationsModule = (set: RecommendationSet): string =>
  HEADER(RECOMMENDATIONS_FILE) +
  `import type { RecommendationSet } from '@dsc/domain';\n\n` +
  `export const recommendationSet: RecommendationSet = ${JSON.stringify(set, null, 2)};\n`;
