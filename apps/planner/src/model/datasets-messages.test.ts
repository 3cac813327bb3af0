import type { ObservationQueryError } from '@dsc/datasets';
import { getMessages } from '@dsc/i18n';
import { describe, expect, it } from 'vitest';

// Every error code of the embedded data's queries (the type makes this list complete).
const CODES: Record<ObservationQueryError['code'], true> = { unknown_area: true, unknown_indicator: true, invalid_years: true };

describe('datasets messages', () => {
  it('every @dsc/datasets query error has a message in en, ru and kk', () => {
    for (const locale of ['en', 'ru', 'kk'] as const) {
      const messages = getMessages(locale) as Readonly<Record<string, string>>;
      for (const code of Object.keys(CODES)) expect(messages[`datasets.error.${code}`], `${locale} ${code}`).toMatch(/\{value\}/);
    }
  });
});
