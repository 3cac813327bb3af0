import type { Initiative, Result } from '@dsc/domain';
import { InitiativeRegister, err, ok, toPointer } from '@dsc/domain';
import { SCOPE_COUNTRIES } from '../catalogue/countries.js';
import { PILLARS } from '../catalogue/pillars.js';
import { HEADER } from './emit.js';
import type { ImportError } from './errors.js';

/** The programmes and initiatives register, relative to the package. */
export const INITIATIVES_FILE = 'data/initiatives.json';

/**
 * Reads and checks the register: the `initiative-register` schema, and what a schema cannot know — every pillar
 * is a pillar of the index and every country is in scope.
 */
export function readInitiatives(text: string | undefined): Result<readonly Initiative[], ImportError[]> {
  if (text === undefined)
    return err([
      {
        code: 'missing_file',
        file: INITIATIVES_FILE,
        hint: 'The programmes and initiatives register is committed data',
      },
    ]);
  const bad = (pointer: string, expected: string, hint: string): ImportError => ({
    code: 'invalid_document',
    file: INITIATIVES_FILE,
    pointer,
    expected,
    hint,
  });
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return err([bad('', 'JSON', e instanceof Error ? e.message : String(e))]);
  }
  const r = InitiativeRegister.safeParse(doc);
  if (!r.success)
    return err(r.error.issues.map((i) => bad(toPointer(i.path), 'a valid initiative register', i.message)));
  const errors: ImportError[] = [];
  r.data.initiatives.forEach((i, n) => {
    i.pillars.forEach((p, k) => {
      if (!Object.prototype.hasOwnProperty.call(PILLARS, p))
        errors.push(bad(`/initiatives/${n}/pillars/${k}`, 'a pillar id of PILLARS', p));
    });
    i.countries.forEach((c, k) => {
      if (!SCOPE_COUNTRIES.includes(c))
        errors.push(bad(`/initiatives/${n}/countries/${k}`, 'a country in scope', c));
    });
  });
  return errors.length > 0 ? err(errors) : ok(r.data.initiatives);
}

/** The typed module of the register, sorted by id. */
export const initiativesModule = (initiatives: readonly Initiative[]): string =>
  HEADER(INITIATIVES_FILE) +
  `import type { Initiative } from '@dsc/domain';\n\n` +
  `export const initiatives: readonly Initiative[] = ${JSON.stringify(
    [...initiatives].sort((a, b) => (a.id < b.id ? -1 : 1)),
    null,
    2,
  )};\n`;
