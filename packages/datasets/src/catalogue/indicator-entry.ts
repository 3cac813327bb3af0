import type { Indicator } from '@dsc/domain';
import type { PillarId } from './pillars.js';
import type { SourceId } from './sources.js';

/** A catalogue entry as written in the catalogue modules: source and pillar by id. */
export type Entry = Omit<Indicator, 'kind' | 'schemaVersion' | 'source' | 'pillar'> & {
  readonly source: SourceId;
  readonly pillar?: PillarId;
  /** Raw file the series is imported from (the import script refuses a series without a catalogue entry); absent for derived scores. */
  readonly file?: string;
};
