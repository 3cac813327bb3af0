import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { AssessmentChange, QuestionnaireError } from '@dsc/assessment';
import { diffAssessment, readQuestionnaire, writeQuestionnaire } from '@dsc/assessment';
import { policyAssessments, policyRubric } from '@dsc/datasets';
import type { Translator } from '@dsc/i18n';
import { countryName } from '@dsc/i18n';
import { CliError } from '../cli-error.js';
import { isOneOf } from '../flags.js';
import type { CommandContext } from '../io.js';
import { readInput } from '../io.js';
import { refuseUnsafeOutputs, writeOutput } from '../output-file.js';
import { translateId } from '../translate-id.js';

/** The options of `dsc assess` (declared in cli.ts). */
export type AssessOptions = { country?: string; lang?: string; out?: string; force?: boolean; format?: string };

const ACTIONS = ['questionnaire', 'import'] as const;
const LANGS = ['en', 'ru', 'kk'] as const;
const FORMATS = ['text', 'json'] as const;

/** Refuses (exit 2) to replace an existing `--out` file unless `--force`. */
async function refuseExisting(out: string, shown: string, force: boolean | undefined, t: Translator['t']): Promise<void> {
  if (force === true) return;
  try {
    await readFile(out);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
  }
  throw new CliError('usage', t('assessment.cli.error.exists', { file: shown }), t('assessment.cli.error.existsHint'));
}

/** The text of a located questionnaire error and its hint, in the user's language. */
export function questionnaireErrorText(i18n: Translator, e: QuestionnaireError): { message: string; hint: string } {
  const { code, sheet, row, column, ...params } = e;
  const message = translateId(i18n, `assessment.error.${code}`, params) ?? code;
  const hint = translateId(i18n, `assessment.hint.${code}`, params) ?? '';
  return { message: sheet === '' ? message : i18n.t('assessment.cli.error.located', { sheet, column, row, message }), hint };
}

function changeText(i18n: Translator, c: AssessmentChange): string {
  const { t } = i18n;
  const state = (s: { level: number; status: string }): string => t('assessment.cli.levelStatus', { level: s.level, status: t('assessment.status', { status: s.status }) });
  const line = t('assessment.cli.change', { criterion: c.criterion, from: c.from === undefined ? t('assessment.cli.unscored') : state(c.from), to: state(c.to), assessor: c.assessor });
  return c.evidenceAdded.length === 0 ? line : `${line}\n  ${t('assessment.cli.evidenceAdded', { urls: c.evidenceAdded.join(', ') })}`;
}

async function questionnaire(options: AssessOptions, ctx: CommandContext): Promise<void> {
  const { t } = ctx.i18n;
  const lang = options.lang ?? 'en';
  if (!isOneOf(lang, LANGS)) throw new CliError('usage', t('cli.error.unknownValue', { option: '--lang', value: lang }), t('cli.error.oneOf', { choices: LANGS.join(', ') }));
  const assessments = policyAssessments();
  const iso3 = String(options.country ?? '').toUpperCase();
  const assessment = assessments.find((a) => a.iso3 === iso3);
  if (assessment === undefined)
    throw new CliError('usage', t('assessment.cli.error.country', { country: iso3 }), t('assessment.cli.error.countryHint', { countries: assessments.map((a) => a.iso3).join(', ') }));
  if (options.out === undefined) throw new CliError('usage', t('assessment.cli.error.needsOut'), t('assessment.cli.error.needsOutHint'));
  const out = resolve(ctx.io.cwd, String(options.out));
  await refuseUnsafeOutputs([out], [], t);
  await refuseExisting(out, String(options.out), options.force, t);
  const rubric = policyRubric();
  await writeOutput(out, await writeQuestionnaire({ rubric, assessment, locale: lang }), t);
  ctx.io.stderr(`${t('assessment.cli.wroteQuestionnaire', { country: countryName(ctx.i18n.locale, iso3) ?? iso3, criteria: rubric.criteria.length, file: String(options.out) })}\n`);
}

async function importQuestionnaire(file: string | undefined, options: AssessOptions, ctx: CommandContext): Promise<void> {
  const { t } = ctx.i18n;
  const format = options.format ?? 'text';
  if (!isOneOf(format, FORMATS)) throw new CliError('usage', t('cli.error.unknownValue', { option: '--format', value: format }), t('cli.error.oneOf', { choices: FORMATS.join(', ') }));
  if (file === undefined) throw new CliError('usage', t('assessment.cli.error.action', { action: 'import' }), t('assessment.cli.error.actionHint'));
  const input = resolve(ctx.io.cwd, file);
  const out = options.out === undefined ? undefined : resolve(ctx.io.cwd, String(options.out));
  if (out !== undefined) {
    await refuseUnsafeOutputs([out], [input], t);
    await refuseExisting(out, String(options.out), options.force, t);
  }
  const bytes = await readInput(input, t);
  const assessments = policyAssessments();
  const r = await readQuestionnaire(new Uint8Array(bytes), { rubric: policyRubric(), assessments, ...(options.country === undefined ? {} : { iso3: String(options.country).toUpperCase() }) });
  if (!r.ok) {
    for (const e of r.error) {
      const { message, hint } = questionnaireErrorText(ctx.i18n, e);
      ctx.io.stderr(`${file}: ${message}\n${hint === '' ? '' : `  ${t('cli.error.hint', { hint })}\n`}`);
    }
    throw new CliError(r.error[0]?.code === 'unreadable_workbook' ? 'unreadable' : 'findings', t('assessment.cli.error.invalid', { file, count: r.error.length }));
  }
  const current = assessments.find((a) => a.iso3 === r.value.iso3);
  const changes = current === undefined ? [] : diffAssessment(current, r.value.submission);
  if (format === 'json') ctx.io.stdout(`${JSON.stringify({ iso3: r.value.iso3, changes }, null, 2)}\n`);
  else ctx.io.stdout([t('assessment.cli.changes', { country: r.value.iso3, count: changes.length }), ...changes.map((c) => changeText(ctx.i18n, c))].join('\n') + '\n');
  if (out !== undefined) {
    await writeOutput(out, JSON.stringify(r.value.submission, null, 2) + '\n', t);
    ctx.io.stderr(`${t('assessment.cli.wroteSubmission', { file: String(options.out) })}\n`);
  }
}

/** `dsc assess questionnaire --country <ISO3> --lang en|ru|kk --out q.xlsx` and `dsc assess import q.xlsx --out <iso3>.assessment.json`. */
export async function run(action: string, file: string | undefined, options: AssessOptions, ctx: CommandContext): Promise<void> {
  const { t } = ctx.i18n;
  if (!isOneOf(action, ACTIONS)) throw new CliError('usage', t('assessment.cli.error.action', { action }), t('assessment.cli.error.actionHint'));
  if (action === 'questionnaire') await questionnaire(options, ctx);
  else await importQuestionnaire(file, options, ctx);
}

