import type { IndexData, SpecIssue } from '../types.js';
import type { CompiledSpec } from './compiled.js';
import { issue } from './compiled.js';

/** Checks that the data carries every column the compiled spec needs; issues are located in the data object. */
export function checkData(c: CompiledSpec, data: IndexData): SpecIssue[] {
  const issues: SpecIssue[] = [];
  const n = data.units.length;
  if (n === 0) issues.push(issue(['units'], 'no_units', 'The data has no units'));
  const seen = new Set<string>();
  data.units.forEach((u, i) => {
    if (seen.has(u)) issues.push(issue(['units', i], 'duplicate_unit', `Unit "${u}" appears twice`));
    seen.add(u);
  });
  for (const ind of c.indicators) {
    const col = data.values[ind.code];
    if (!col)
      issues.push(
        issue(['values', ind.code], 'missing_column', `No data column for indicator "${ind.code}"`),
      );
    else if (col.length !== n)
      issues.push(
        issue(
          ['values', ind.code],
          'column_length',
          `Column "${ind.code}" has ${col.length} values for ${n} units`,
        ),
      );
    else
      col.forEach((v, i) => {
        if (v !== null && !Number.isFinite(v))
          issues.push(
            issue(
              ['values', ind.code, i],
              'not_finite',
              `Value of "${ind.code}" for "${data.units[i]}" is not a finite number`,
            ),
          );
      });
    const dn = ind.node.denominator;
    if (c.order.includes('denominate') && c.spec.steps.denominate?.method === 'byNode' && dn) {
      const d = data.denominators?.[dn];
      if (!d)
        issues.push(
          issue(
            ['denominators', dn],
            'missing_column',
            `No denominator column "${dn}" (needed by "${ind.code}")`,
          ),
        );
      else if (d.length !== n)
        issues.push(
          issue(
            ['denominators', dn],
            'column_length',
            `Denominator "${dn}" has ${d.length} values for ${n} units`,
          ),
        );
    }
    const imp = ind.impute;
    if (imp?.group && (imp.method === 'groupMean' || imp.method === 'groupMedian')) {
      const g = data.groups?.[imp.group];
      if (!g)
        issues.push(
          issue(
            ['groups', imp.group],
            'missing_column',
            `No group column "${imp.group}" (needed by ${imp.method})`,
          ),
        );
    }
    if (
      ind.normalise?.method === 'distToRef' &&
      ind.normalise.reference &&
      !seen.has(ind.normalise.reference)
    )
      issues.push(
        issue(
          ['units'],
          'unknown_reference',
          `Reference unit "${ind.normalise.reference}" is not in the data`,
        ),
      );
  }
  for (const f of c.spec.steps.screen?.force ?? []) {
    if (!seen.has(f.unit))
      issues.push(issue(['units'], 'unknown_unit', `Screening forces unknown unit "${f.unit}"`));
  }
  return issues;
}
