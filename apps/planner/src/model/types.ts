import type { ObservationRow, SourceRef } from '@dsc/domain';
import type { EmbeddedData } from './embedded.js';

/** One observation as the dashboards use it, with where it came from. */
export type AppObservation = ObservationRow & { userData?: boolean; datasetId?: string };

/** A data set a user imported: validated rows, kept in IndexedDB. */
export interface UserDataset {
  id: string;
  name: string;
  importedAt: string;
  rows: number;
  observations: ObservationRow[];
  sources: SourceRef[];
}

/** Everything the dashboards show: the embedded data of @dsc/datasets plus the user's imports. */
export interface AppData extends Omit<EmbeddedData, 'observations'> {
  observations: readonly AppObservation[];
  userDatasets: readonly UserDataset[];
}

/** The eight countries the toolkit assesses (SPECA members and Mongolia). */
export const FOCUS_COUNTRIES = ['AFG', 'AZE', 'KAZ', 'KGZ', 'MNG', 'TJK', 'TKM', 'UZB'] as const;
export type FocusCountry = (typeof FOCUS_COUNTRIES)[number];
export const isFocusCountry = (c: string): c is FocusCountry => (FOCUS_COUNTRIES as readonly string[]).includes(c);
