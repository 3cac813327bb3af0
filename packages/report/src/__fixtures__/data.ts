import type { ReportData } from '../data.js';
import { loadReportData } from '../load.js';

let cached: Promise<ReportData> | undefined;

/** The report's data from the embedded datasets, loaded once per test file. */
export function reportData(): Promise<ReportData> {
  cached ??= loadReportData().then((r) => {
    if (!r.ok) throw new Error(r.error.code);
    return r.value;
  });
  return cached;
}
