import type { CrossSectionRule } from '@dsc/domain';
import type { LookBack } from '../observations.js';

/** An observation as index preparation reads it; `userData` marks a figure a user imported. */
export type SourcedObservation = {
  readonly iso3: string;
  readonly indicator: string;
  readonly year: number;
  readonly value: number;
  /** SDMX observation status (A normal, E estimated, …). */
  readonly status: string;
  /** Id of the source. */
  readonly source: string;
  readonly userData?: boolean;
};

/** The observation a cell of a cross-section was taken from (its year can be before the reference year). */
export type CellSource = {
  readonly value: number;
  readonly year: number;
  readonly status: string;
  readonly source: string;
  readonly userData: boolean;
};

/** One time point of data for the engine, with where every cell came from. */
export type CrossSection = {
  readonly year: number;
  /** Oldest year a reference-year value may come from (`year − lookBack`). */
  readonly from: number;
  readonly lookBack: number;
  readonly units: readonly string[];
  readonly indicators: readonly string[];
  readonly values: Readonly<Record<string, (number | null)[]>>;
  /** Source of every filled cell, keyed `unit|indicator`. */
  readonly cells: ReadonlyMap<string, CellSource>;
  /** Reference-year cells filled from an earlier year within the look-back. */
  readonly lookedBack: readonly LookBack[];
};

/** The cross-section rule of each indicator code that does not use the default (`reference-year`). */
export type CrossSectionRules = ReadonlyMap<string, CrossSectionRule>;

/** Why a cross-section could not be prepared. */
export type PrepareError =
  | { readonly code: 'invalid_year'; readonly value: number }
  | { readonly code: 'invalid_look_back'; readonly value: number }
  | {
      readonly code: 'no_observations';
      /** The reference year asked for, or null when no year has an observation. */
      readonly year: number | null;
      readonly lookBack: number;
      /** Years with an observation of the indicators, ascending. */
      readonly years: readonly number[];
    };
