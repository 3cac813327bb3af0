import { z } from 'zod';

/** Where a figure or fact comes from, with its licence and the credit the licence requires. */
export const SourceRef = z
  .object({
    id: z.string().min(1).describe('Stable id of the source in the licence register, e.g. "wb-wdi"'),
    title: z.string().min(1),
    publisher: z.string().min(1).optional(),
    url: z.url().optional(),
    licence: z.string().min(1).describe('SPDX id or licence name, e.g. "CC-BY-4.0"'),
    credit: z.string().min(1).optional().describe('Attribution text the licence requires'),
    accessed: z.string().optional(),
  })
  .strict();
export type SourceRef = z.infer<typeof SourceRef>;
