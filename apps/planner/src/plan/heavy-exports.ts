// Loaded on demand: DOCX and XLSX writers are large and only needed when a user exports.
import type { Plan } from '@dsc/domain';
import type { ProposalDocument } from '@dsc/roadmap';
import { planTables, proposalToDocx, tablesToXlsx } from '@dsc/roadmap';

export async function docxBytes(doc: ProposalDocument): Promise<Uint8Array> {
  return proposalToDocx(doc);
}

export async function xlsxBytes(plan: Plan, scenario?: string): Promise<Uint8Array | { code: string }> {
  const tables = planTables(plan, scenario !== undefined ? { scenario } : {});
  if (!tables.ok) return { code: tables.error.code };
  return tablesToXlsx(tables.value);
}
