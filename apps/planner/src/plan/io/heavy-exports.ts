// Loaded on demand: DOCX and XLSX writers and the XLSX reader are large and only needed when a user exports or imports.
import type { Plan, Result } from '@dsc/domain';
import type { ProposalDocument } from '@dsc/roadmap';
import { planTables } from '@dsc/roadmap';
import type { XlsxImportError } from '@dsc/roadmap/export';
import { planFromXlsx, planToXlsx, proposalToDocx, tablesToXlsx } from '@dsc/roadmap/export';

export async function docxBytes(doc: ProposalDocument): Promise<Uint8Array> {
  return proposalToDocx(doc);
}

/** The plan workbook; without a scenario it carries the Plan sheet, so it imports back into the same plan. */
export async function xlsxBytes(plan: Plan, scenario?: string): Promise<Uint8Array | { code: string }> {
  if (scenario === undefined) {
    const r = await planToXlsx(plan);
    return r.ok ? r.value : { code: r.error.code };
  }
  const tables = planTables(plan, scenario !== undefined ? { scenario } : {});
  if (!tables.ok) return { code: tables.error.code };
  return tablesToXlsx(tables.value);
}

/** Reads a plan workbook written by the XLSX export (its Plan sheet plus edits to its sheets). */
export async function planFromWorkbook(bytes: Uint8Array): Promise<Result<Plan, XlsxImportError>> {
  const r = await planFromXlsx(bytes);
  return r.ok ? { ok: true, value: r.value } : r;
}
