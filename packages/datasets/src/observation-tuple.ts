import type { ObsStatus, ObservationProvenance } from '@dsc/domain';
import type { SourceId } from './catalogue/sources.js';

/**
 * Compact stored form of one observation: area, indicator, year, value, SDMX status, line of the raw file
 * (header = line 1), source id and, for a figure read from a publication by hand, where it was read
 * (publisher URL, edition, table or page, and the quoting page of a secondary figure). The loaders expand it
 * into an `Observation` document.
 */
export type ObservationTuple = readonly [
  iso3: string,
  indicator: string,
  year: number,
  value: number,
  status: ObsStatus,
  line: number,
  source: SourceId,
  provenance?: ObservationProvenance,
];
