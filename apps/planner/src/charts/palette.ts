/** Categorical colours (distinct for common colour-vision deficiencies, ≥ 3:1 against white). */
export const SERIES_COLOURS = ['#00689d', '#d55e00', '#00876c', '#a23b72', '#6b6b00', '#6a4c93', '#b8860b', '#3d4f5f'];
export const seriesColour = (i: number): string => SERIES_COLOURS[i % SERIES_COLOURS.length] ?? '#00689d';

/** Sequential blues for scores 0–100 (five classes), light to dark. */
export const SCORE_CLASSES = ['#d7ecf7', '#a6d2ea', '#5fa8d3', '#1f78b4', '#08457e'] as const;
export const NO_DATA_FILL = '#f0f0f0';
