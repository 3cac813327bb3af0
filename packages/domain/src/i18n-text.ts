import { z } from 'zod';

/** A text in the three working languages. English is required; Russian and Kazakh may be missing, never invented. */
export const I18nText = z
  .object({
    en: z.string().min(1),
    ru: z.string().min(1).optional(),
    kk: z.string().min(1).optional(),
  })
  .strict()
  .meta({ description: 'Text in English (required), Russian and Kazakh (Cyrillic)' });
export type I18nText = z.infer<typeof I18nText>;

export const Locale = z.enum(['en', 'ru', 'kk']);
export type Locale = z.infer<typeof Locale>;
