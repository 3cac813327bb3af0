/**
 * Whether this runtime has real Kazakh Intl data. Node (full ICU) has it; Chromium reports `kk` as
 * supported but formats it with root data ("1,234.5", "2027 M03", "Kazakhstan").
 */
export type KazakhIntlMode = 'auto' | 'native' | 'fallback';

let mode: KazakhIntlMode = 'auto';
let detected: boolean | undefined;

const detect = (): boolean => {
  try {
    const number = new Intl.NumberFormat('kk').format(1234.5);
    const month = new Intl.DateTimeFormat('kk', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 2, 15));
    return number === '1\u00a0234,5' && month === 'Наурыз';
  } catch {
    return false;
  }
};

/** `true` when `Intl` formats `kk` with Kazakh data; otherwise our formatters use their own tables. */
export const hasNativeKazakhIntl = (): boolean => {
  if (mode !== 'auto') return mode === 'native';
  detected ??= detect();
  return detected;
};

/**
 * Forces the Kazakh formatting path: `'fallback'` uses our tables (as in Chromium), `'native'` uses Intl,
 * `'auto'` (default) detects. For snapshot tests across runtimes.
 */
export const setKazakhIntlMode = (next: KazakhIntlMode): void => {
  mode = next;
};
