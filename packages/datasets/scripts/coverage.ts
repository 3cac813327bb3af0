/**
 * Prints the coverage report (area × indicator → year range, gaps) of the embedded observations.
 *
 *   pnpm --filter @dsc/datasets coverage            print Markdown
 *   pnpm --filter @dsc/datasets coverage -- --write also replace the section in README.md
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { coverage, coverageMarkdown } from '../src/coverage.js';
import { countries, indicators, observations, policyAssessments, policyPillarScores, policyRubric } from '../src/index.js';

const START = '<!-- coverage:start -->';
const END = '<!-- coverage:end -->';

async function main(): Promise<number> {
  const r = await observations();
  if (!r.ok) {
    console.error(`coverage: ${r.error.code}`);
    return 1;
  }
  const cells = coverage(r.value);
  const codes = indicators()
    .filter((i) => !(i.tags ?? []).includes('derived'))
    .map((i) => i.code);
  const survey = new Set(indicators().filter((i) => i.source.id.startsWith('un-desa-egov') || (i.tags ?? []).includes('edition')).map((i) => i.code));
  const inScope = countries({ aggregate: false }).map((c) => c.iso3);
  const aggregates = countries({ aggregate: true }).map((c) => c.iso3);
  let md =
    `${r.value.length} observations, ${codes.length} indicators. Cells: first–last year; * = years missing inside the range; — = no data. ` +
    `Survey and index series (${[...survey].join(', ')}) have edition years only (e-gov 2010–2018 biennial, 2022, 2024, no 2020 edition; GCI, IDI, G5 and GTMI editions as listed in the curated files).\n\n` +
    `### Countries\n\n${coverageMarkdown(cells, inScope, codes, survey)}\n### Aggregates\n\n${coverageMarkdown(cells, aggregates, codes, survey)}`;
  const assessments = policyAssessments();
  const pillars = policyPillarScores();
  const criteria = policyRubric().criteria;
  const head = `| criterion | ${assessments.map((a) => a.iso3).join(' | ')} |\n|---|${assessments.map(() => '---').join('|')}|`;
  const rows = criteria.map((c) => {
    const cells = assessments.map((a, n) => {
      const verified = pillars[n]?.levels[c.id];
      if (verified !== undefined) return String(verified);
      const other = a.scores.filter((x) => x.criterion === c.id).at(-1);
      return other === undefined ? '—' : `${other.level} (${other.review.status})`;
    });
    return `| ${c.id} | ${cells.join(' | ')} |`;
  });
  const pct = (x: number): string => `${Math.round(x * 100)} %`;
  const totals = `| **coverage** | ${pillars.map((p) => pct(p.coverage)).join(' | ')} |`;
  const policyMd =
    `\n### Policy assessments (rubric ${policyRubric().id} v${policyRubric().version})\n\n` +
    `Levels 0–4. A bare number is a verified level (it counts); "(draft)", "(submitted)", "(disputed)" do not count; ` +
    `— = not scored. Coverage = criteria with a verified level / all criteria.\n\n` +
    [head, ...rows, totals].join('\n') +
    '\n';
  md += policyMd;
  console.log(md);
  if (process.argv.includes('--write')) {
    const readme = resolve(dirname(fileURLToPath(import.meta.url)), '../README.md');
    const text = readFileSync(readme, 'utf8');
    const a = text.indexOf(START);
    const b = text.indexOf(END);
    if (a < 0 || b < a) {
      console.error(`README.md: markers ${START} … ${END} not found (hint: add them where the report goes)`);
      return 1;
    }
    writeFileSync(readme, `${text.slice(0, a + START.length)}\n\n${md}\n${text.slice(b)}`);
  }
  return 0;
}

process.exitCode = await main();
