import type { ConstraintType, RelationType } from '@dsc/domain';

/** Maps a time offset through an elapsed (calendar-day) lag; supplied by a {@link WorkCalendar}. */
export type ElapsedTime = {
  readonly shiftElapsed: (t: number, days: number) => number;
  readonly unshiftElapsed: (s: number, days: number) => number;
};

export type NetworkConstraint = {
  readonly type: ConstraintType;
  /** Offset of the constraint: a start offset for SNET/SNLT/MSO, a finish offset for FNET/FNLT/MFO. */
  readonly offset?: number;
};

export type NetworkActivity = {
  readonly id: string;
  /** Working periods; 0 for a milestone. */
  readonly duration: number;
  readonly constraint?: NetworkConstraint;
  /** Latest finish offset wanted; a deadline before the early finish produces negative float. */
  readonly deadline?: number;
  /** Summary activity this one rolls up to. A summary's own duration is ignored: its dates are rolled up. */
  readonly parent?: string;
  /**
   * How the activity's duration maps onto the time axis when it works on its own calendar: `finish(es, d)` is the
   * finish offset of `d` working periods of that calendar started at `es` (non-decreasing in `es`), and
   * `latestStart(lf, d)` the largest start whose finish is at most `lf`. Without it, `EF = ES + d`.
   */
  readonly span?: DurationSpan;
};

/** A duration measured on an activity's own calendar, mapped onto the schedule's time axis. */
export type DurationSpan = {
  readonly finish: (es: number, d: number) => number;
  readonly latestStart: (lf: number, d: number) => number;
};

export type NetworkRelation = {
  readonly from: string;
  readonly to: string;
  readonly type?: RelationType;
  /** Lag in periods: positive delay or negative lead. */
  readonly lag?: number;
  /** `working` (default): periods of the calendar; `elapsed`: calendar days (needs `Network.elapsed`). */
  readonly lagUnit?: 'working' | 'elapsed';
};

export type Network = {
  readonly activities: readonly NetworkActivity[];
  readonly relations: readonly NetworkRelation[];
  /** Calendar mapping for elapsed lags; without it an elapsed lag counts like a working one. */
  readonly elapsed?: ElapsedTime;
  /**
   * Offsets the time axis can hold (a calendar's range of dates); default ±(2³¹ − 1). Inputs and computed dates
   * outside it are refused with `value_out_of_range`.
   */
  readonly range?: OffsetRange;
};

/** Smallest and largest offset of a time axis. */
export type OffsetRange = { readonly min: number; readonly max: number };

/** Which number of a network is out of range: an input value or a date the passes computed. */
export type RangeField =
  | 'duration'
  | 'lag'
  | 'constraint'
  | 'deadline'
  | 'early_start'
  | 'early_finish'
  | 'late_start'
  | 'late_finish';

export type ScheduleError =
  | { readonly code: 'duplicate_activity'; readonly id: string; readonly index: number }
  | {
      readonly code: 'unknown_activity';
      readonly id: string;
      readonly relation: number;
      readonly side: 'from' | 'to';
    }
  | { readonly code: 'self_dependency'; readonly id: string; readonly relation: number }
  | { readonly code: 'invalid_duration'; readonly id: string; readonly duration: number }
  | { readonly code: 'invalid_lag'; readonly relation: number; readonly lag: number }
  | { readonly code: 'constraint_needs_date'; readonly id: string; readonly constraint: ConstraintType }
  | { readonly code: 'unknown_parent'; readonly id: string; readonly parent: string }
  | { readonly code: 'parent_cycle'; readonly path: readonly string[] }
  | { readonly code: 'dependency_cycle'; readonly path: readonly string[] }
  | {
      readonly code: 'value_out_of_range';
      /** The activity (for a lag: the successor of the link). */
      readonly activity: string;
      readonly field: RangeField;
      readonly value: number;
      readonly min: number;
      readonly max: number;
      /** Index of the relation, for a lag. */
      readonly relation?: number;
    };

export type ScheduleErrorCode = ScheduleError['code'];

/** Why an activity starts when it does. */
export type Driver = 'relation' | 'constraint' | 'project_start';

export type ScheduledActivity = {
  readonly id: string;
  readonly duration: number;
  readonly es: number;
  readonly ef: number;
  readonly ls: number;
  readonly lf: number;
  readonly totalFloat: number;
  readonly freeFloat: number;
  readonly critical: boolean;
  readonly summary: boolean;
  /** Predecessor whose link sets the early start (first in input order among ties); undefined otherwise. */
  readonly drivingPredecessor?: string;
  readonly drivenBy: Driver;
};

export type Schedule = {
  /** `T = max EF`. */
  readonly projectDuration: number;
  /** Critical activities (total float ≤ the threshold) in schedule order. */
  readonly criticalPath: readonly string[];
  /** Each chain of critical activities joined by driving links, from a chain start to a chain end. */
  readonly criticalPaths: readonly (readonly string[])[];
  /** One entry per input activity, in input order. */
  readonly activities: readonly ScheduledActivity[];
};

export type ScheduleOptions = {
  /** Total float at or below which an activity is critical. Default 0 (so negative float is critical). */
  readonly criticalThreshold?: number;
  /** Most critical chains listed in `criticalPaths`. Default 20. */
  readonly maxCriticalPaths?: number;
};

/** The largest value an `Int32Array` holds: the default range of the time axis, and "no deadline". */
export const NO_LIMIT = 2 ** 31 - 1;

/** A network compiled to typed arrays (leaf activities only; links to summaries expanded to their leaves). */
export type CompiledNetwork = {
  readonly n: number;
  /** Range of the time axis: every stored date stays within it. */
  readonly min: number;
  readonly max: number;
  readonly ids: readonly string[];
  /** Input index of each leaf. */
  readonly inputIndex: Int32Array;
  readonly dur: Int32Array;
  readonly cType: Uint8Array;
  readonly cVal: Int32Array;
  readonly deadline: Int32Array;
  readonly m: number;
  readonly rFrom: Int32Array;
  readonly rTo: Int32Array;
  readonly rType: Uint8Array;
  readonly rLag: Int32Array;
  readonly rElapsed: Uint8Array;
  readonly predStart: Int32Array;
  readonly predRel: Int32Array;
  readonly succStart: Int32Array;
  readonly succRel: Int32Array;
  readonly order: Int32Array;
  readonly pos: Int32Array;
  readonly elapsed: ElapsedTime | undefined;
  /** Duration mapping of each leaf on its own calendar (undefined entries use `EF = ES + d`). */
  readonly spans: readonly (DurationSpan | undefined)[] | undefined;
  /** Summary input indexes and the leaf indexes under each. */
  readonly summaries: readonly { readonly input: number; readonly leaves: readonly number[] }[];
  readonly leafOfInput: Int32Array;
  readonly inputIds: readonly string[];
  readonly inputDurations: readonly number[];
};

/** Mutable pass state over a compiled network. */
export type PassState = {
  readonly es: Int32Array;
  readonly ef: Int32Array;
  readonly ls: Int32Array;
  readonly lf: Int32Array;
  /** Driving relation index, −1 when a constraint (−2) or the project start (−1) drives. */
  readonly driving: Int32Array;
  T: number;
  /** The first computed date outside the range of the time axis (the stored value is clamped), if any. */
  outOfRange: { readonly node: number; readonly field: RangeField; readonly value: number } | undefined;
};
