import type { Constraint, ConstraintType, RelationType } from '@dsc/domain';

/**
 * Microsoft Project XML (MSPDI) codes shared by the export and the import. Durations are working days of 8 hours
 * (480 minutes); link lags are written in tenths of minutes with format 7 (days) or 8 (elapsed days). The plan's
 * activity ids travel in the Text1 custom field ("DSC id") so that a round trip keeps them.
 */

export const NS = 'http://schemas.microsoft.com/project';
export const MINUTES_PER_DAY = 480;
export const TEXT1 = '188743731';
/** Text2 ("DSC kind"): `phase` or `output` on the summary tasks that group activities. */
export const TEXT2 = '188743734';
/** A duration of whole working days as written: `PT16H0M0S` for 2 days. */
export const hours = (days: number): string => `PT${days * (MINUTES_PER_DAY / 60)}H0M0S`;
/** A constraint's date as written: finish constraints at the end of the working day, the others at its start. */
export const constraintDateText = (c: Constraint): string =>
  `${c.date ?? ''}T${c.type.startsWith('F') || c.type === 'MFO' ? '17:00:00' : '08:00:00'}`;
/** MSPDI link types: 0 FF, 1 FS, 2 SF, 3 SS. */
export const LINK_TYPE: Record<RelationType, string> = { FF: '0', FS: '1', SF: '2', SS: '3' };
export const LINK_FROM_CODE: Record<string, RelationType> = { '0': 'FF', '1': 'FS', '2': 'SF', '3': 'SS' };
/** MSPDI constraint types: 0 ASAP, 1 ALAP, 2 MSO, 3 MFO, 4 SNET, 5 SNLT, 6 FNET, 7 FNLT. */
export const CONSTRAINT_CODE: Record<ConstraintType, string> = {
  ASAP: '0',
  ALAP: '1',
  MSO: '2',
  MFO: '3',
  SNET: '4',
  SNLT: '5',
  FNET: '6',
  FNLT: '7',
};
export const CONSTRAINT_FROM_CODE: Record<string, ConstraintType> = Object.fromEntries(
  Object.entries(CONSTRAINT_CODE).map(([k, v]) => [v, k as ConstraintType]),
);
