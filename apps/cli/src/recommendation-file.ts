import { resolve } from 'node:path';
import type { Plan, RecommendationSet } from '@dsc/domain';
import { parseDocumentOf } from '@dsc/domain';
import type { Translator } from '@dsc/i18n';
import type { QualityReport } from '@dsc/roadmap';
import { checkTraceability, referencesRecommendations } from '@dsc/roadmap';
import { CliError } from './cli-error.js';
import { readJson } from './io.js';

/** Reads and validates a `recommendation-set` document; problems become located errors (`file#/json/pointer`). */
async function loadRecommendations(arg: string, cwd: string, { t }: Translator): Promise<RecommendationSet> {
  const doc = await readJson(resolve(cwd, arg), t);
  const r = parseDocumentOf('recommendation-set', doc);
  if (r.ok) return r.value;
  const e = r.error;
  if (e.code === 'invalid_document') {
    const lines = e.issues
      .slice(0, 20)
      .map((i) => `${arg}#${i.pointer}: ${i.expected ? t('cli.plan.expected', { message: i.message, expected: i.expected }) : i.message}`);
    const more = e.issues.length > 20 ? `\n${t('cli.plan.more', { count: e.issues.length - 20 })}` : '';
    throw new CliError('findings', `${t('cli.recommendations.invalid')}\n${lines.join('\n')}${more}`, t('cli.plan.invalidHint'));
  }
  throw new CliError('findings', `${arg}#${'pointer' in e ? e.pointer : ''}: ${t('cli.recommendations.unreadable', { code: e.code })}`, t('cli.recommendations.unreadableHint'));
}

/**
 * The traceability check of `dsc schedule --quality`. With `--recommendations <file>`, against that set; without it,
 * when the plan names recommendations, against the set packaged with @dsc/datasets (the one the illustrative
 * roadmap refers to, loaded only then). `undefined` when there is nothing to trace.
 */
export async function traceabilityReport(plan: Plan, file: string | undefined, cwd: string, i18n: Translator): Promise<QualityReport | undefined> {
  if (file !== undefined) return checkTraceability(plan, await loadRecommendations(file, cwd, i18n));
  if (!referencesRecommendations(plan)) return undefined;
  const { recommendationSet } = await import('@dsc/datasets');
  return checkTraceability(plan, recommendationSet());
}
