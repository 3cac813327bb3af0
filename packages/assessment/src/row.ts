import type { CriterionScore, Evidence } from '@dsc/domain';
import { IsoDate, RUBRIC_LEVELS } from '@dsc/domain';
import type { Raw } from './cells.js';
import { cellText } from './cells.js';
import type { QuestionnaireError } from './errors.js';
import type { ColumnId } from './layout.js';
import { FILL_IN, MAX_EXCERPT, SHEETS, columnIndex, columnLetter } from './layout.js';

/** One answered row of the criteria sheet: the score it proposes and the row it came from. */
export type Answer = { readonly row: number; readonly score: CriterionScore };

type Located<E> = E extends unknown ? Omit<E, 'sheet' | 'row' | 'column'> : never;

/** An http(s) address with a dotted host and no spaces, as copied from a browser. */
const isWebAddress = (s: string): boolean => /^https?:\/\/[^\s/?#:]+\.[^\s/?#:]+(?::\d+)?(?:[/?#]\S*)?$/i.test(s);

const drop = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/**
 * Reads one row of the criteria sheet: the criterion id must be one of the rubric's and appear once; when any fill-in
 * cell holds something, the row must propose a level with the evidence and fields it requires. Returns every problem
 * of the row, and the proposed score when there is none.
 */
export function readAnswer(
  cells: readonly Raw[],
  row: number,
  known: ReadonlySet<string>,
  seen: Map<string, number>,
): { readonly errors: readonly QuestionnaireError[]; readonly answer?: Answer } {
  const errors: QuestionnaireError[] = [];
  const at = (id: ColumnId): string | undefined => cellText(cells[columnIndex(id)]);
  const fail = (id: ColumnId, e: Located<QuestionnaireError>): void =>
    void errors.push({ ...e, sheet: SHEETS.criteria, row, column: columnLetter(columnIndex(id)) });
  const filled = FILL_IN.some((id) => at(id) !== undefined);
  const criterion = at('criterion');
  if (criterion === undefined) {
    if (filled) fail('criterion', { code: 'unknown_criterion', value: '' });
    return { errors };
  }
  if (!known.has(criterion)) fail('criterion', { code: 'unknown_criterion', value: criterion });
  const first = seen.get(criterion);
  if (first !== undefined) fail('criterion', { code: 'duplicate_criterion', value: criterion, first });
  else seen.set(criterion, row);
  if (!filled) return { errors };

  const levelText = at('proposedLevel');
  const level = levelText === undefined ? undefined : Number(levelText);
  const validLevel = level !== undefined && (RUBRIC_LEVELS as readonly number[]).includes(level);
  if (levelText === undefined) fail('proposedLevel', { code: 'missing_level' });
  else if (!validLevel) fail('proposedLevel', { code: 'level_out_of_range', value: levelText });

  const url = at('url');
  if (url !== undefined && !isWebAddress(url)) fail('url', { code: 'not_url', value: url });
  const locator = at('locator');
  const excerpt = at('excerpt');
  if (excerpt !== undefined && [...excerpt].length > MAX_EXCERPT) fail('excerpt', { code: 'excerpt_too_long', length: [...excerpt].length, max: MAX_EXCERPT });
  const en = at('rationaleEn');
  const focalPoint = at('focalPoint');
  const date = at('date');
  if (validLevel) {
    if (level >= 1 && url === undefined) fail('url', { code: 'missing_evidence', level, required: 'url' });
    if (level >= 2 && locator === undefined) fail('locator', { code: 'missing_evidence', level, required: 'locator' });
    if (level === 0 && en === undefined) fail('rationaleEn', { code: 'missing_evidence', level, required: 'rationale' });
  }
  if (en === undefined && !(validLevel && level === 0)) fail('rationaleEn', { code: 'missing_value', field: 'rationale_en' });
  if (focalPoint === undefined) fail('focalPoint', { code: 'missing_value', field: 'focal_point' });
  if (date === undefined) fail('date', { code: 'missing_value', field: 'date' });
  else if (!IsoDate.safeParse(date).success) fail('date', { code: 'bad_date', value: date });
  if (errors.length > 0 || !validLevel || en === undefined || focalPoint === undefined || date === undefined) return { errors };

  const evidence: Evidence = drop({ instruments: [], locator, url, excerpt, read: url === undefined ? undefined : date });
  const score: CriterionScore = {
    criterion,
    level,
    evidence: [evidence],
    rationale: drop({ en, ru: at('rationaleRu'), kk: at('rationaleKk') }),
    assessor: focalPoint,
    date,
    review: { status: 'submitted', date },
  };
  return { errors, answer: { row, score } };
}
