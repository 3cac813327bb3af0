import type { Result } from '@dsc/domain';
import { err, ok } from '@dsc/domain';
import type { DataFile } from './data-files.js';
import { readDataFiles } from './data-files.js';
import { HEADER, emit } from './emit.js';
import type { ImportError } from './errors.js';
import { INITIATIVES_FILE, initiativesModule, readInitiatives } from './initiatives.js';
import { readPolicyData } from './policy-data.js';
import { RECOMMENDATIONS_FILE, readRecommendations, recommendationsModule } from './recommendations.js';

/** The IATI code list file of the data folder, relative to the package. */
export const IATI_DATA_FILE = 'data/iati-codelists.json';
/** The illustrative roadmap (repository root) and the copy the package ships, relative to the package. */
export const EXAMPLE_PLAN = '../../examples/dsc-roadmap.plan.json';
export const PLAN_COPY = 'src/sample-plan/dsc-roadmap.plan.json';
/** Folders whose every file is generated (a file there that the generator does not write is stale). */
export const GENERATED_DIRS = ['src/data', 'src/data/observations'] as const;

type IatiData = { readonly codeLists: unknown; readonly dacPurposeCodes: unknown; readonly sdgGoals: unknown; readonly sdgTargets: unknown };

const pretty = (v: unknown): string => JSON.stringify(v, null, 2);

function iatiModule(text: string): string {
  const d = JSON.parse(text) as IatiData;
  return (
    HEADER(IATI_DATA_FILE) +
    `// Codes and English names of the IATI Standard 2.03 code lists that exports need (active codes only).\n` +
    `import type { I18nText } from '@dsc/domain';\n\n` +
    `export type CodeListItem = { readonly code: string; readonly name: I18nText; readonly description?: I18nText };\n` +
    `export type CodeList = { readonly id: string; readonly list: string; readonly name: string; readonly items: readonly CodeListItem[] };\n\n` +
    `export const IATI_CODE_LISTS: readonly CodeList[] = ${pretty(d.codeLists)};\n\n` +
    `/** OECD DAC CRS purpose codes for ICT (category 220) and related codes, from the IATI Sector list. */\n` +
    `export const DAC_PURPOSE_CODES: readonly (CodeListItem & { readonly category: string })[] = ${pretty(d.dacPurposeCodes)};\n\n` +
    `/** SDG goal and target names (en) from the IATI UNSDG-Goals / UNSDG-Targets lists, for the goals with ICT indicators. */\n` +
    `export const SDG_GOALS: Readonly<Record<string, string>> = ${pretty(d.sdgGoals)};\n` +
    `export const SDG_TARGETS: Readonly<Record<string, string>> = ${pretty(d.sdgTargets)};\n`
  );
}

/**
 * Everything the package generates from its committed data, in memory (paths relative to the package):
 * the observation, policy (register, rubric, assessments), initiatives, recommendations and IATI modules under `src/data/`, and the copy of the illustrative roadmap.
 * `read` returns a file's text by path relative to the package, or undefined when it is absent.
 */
export function generate(read: (path: string) => string | undefined): Result<DataFile[], ImportError[]> {
  const data = readDataFiles((p) => read(`data/${p}`));
  const iati = read(IATI_DATA_FILE);
  const plan = read(EXAMPLE_PLAN);
  const errors: ImportError[] = data.ok ? [] : data.error.map((e) => ({ ...e, file: `data/${e.file}` }));
  if (iati === undefined) errors.push({ code: 'missing_file', file: IATI_DATA_FILE, hint: 'The IATI code lists are committed data' });
  if (plan === undefined)
    errors.push({ code: 'missing_file', file: EXAMPLE_PLAN, hint: 'The illustrative roadmap lives in examples/ at the repository root' });
  const policy = data.ok ? readPolicyData((p) => read(`data/${p}`), data.value.policy.instruments) : undefined;
  if (policy !== undefined && !policy.ok) errors.push(...policy.error.map((e) => ({ ...e, file: `data/${e.file}` })));
  const initiatives = readInitiatives(read(INITIATIVES_FILE));
  if (!initiatives.ok) errors.push(...initiatives.error);
  const recommendations =
    policy !== undefined && policy.ok && initiatives.ok
      ? readRecommendations(read(RECOMMENDATIONS_FILE), {
          criteria: new Set(policy.value.rubric.criteria.map((c) => c.id)),
          initiatives: new Set(initiatives.value.map((i) => i.id)),
        })
      : undefined;
  if (recommendations !== undefined && !recommendations.ok) errors.push(...recommendations.error);
  if (!data.ok || policy === undefined || !policy.ok || !initiatives.ok || recommendations === undefined || !recommendations.ok || iati === undefined || plan === undefined)
    return err(errors);
  const modules = emit({ observations: data.value.observations, policy: policy.value });
  return ok([
    ...modules.map((f) => ({ path: `src/data/${f.path}`, text: f.text })),
    { path: 'src/data/iati-codelists.ts', text: iatiModule(iati) },
    { path: 'src/data/initiatives.ts', text: initiativesModule(initiatives.value) },
    { path: 'src/data/recommendations.ts', text: recommendationsModule(recommendations.value) },
    { path: PLAN_COPY, text: plan },
  ]);
}
