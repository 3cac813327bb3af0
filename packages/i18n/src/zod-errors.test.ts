import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { configureZodLocale } from './zod-errors.js';

const schema = z
  .object({
    name: z.string().min(3),
    year: z.number().int().max(2100),
    status: z.enum(['A', 'E', 'P']),
    tags: z.array(z.string()).max(2),
    code: z.string().regex(/^[A-Z]{3}$/),
  })
  .strict();
const bad = { name: 'ab', year: '2024', status: 'X', tags: ['a', 'b', 'c'], code: 'kz', extra: 1 };
const messages = (): string[] => {
  const r = schema.safeParse(bad);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

afterEach(() => configureZodLocale('en'));

describe('zod error messages', () => {
  it('en and ru come from zod', () => {
    configureZodLocale('en');
    expect(messages()).toContain('Invalid input: expected number, received string');
    configureZodLocale('ru');
    expect(messages()).toContain('Неверный ввод: ожидалось число, получено string');
  });
  it('kk comes from our map, for every issue in the document', () => {
    configureZodLocale('kk');
    expect(messages()).toEqual([
      'Тым кіші: жол >=3 таңба болуы керек',
      'Жарамсыз мән: сан күтілді, жол алынды',
      'Жарамсыз нұсқа: мыналардың бірі күтілді: "A"|"E"|"P"',
      'Тым үлкен: массив <=2 элемент болуы керек',
      'Жарамсыз жол: /^[A-Z]{3}$/ үлгісіне сәйкес келуі керек',
      'Танылмаған кілт: extra',
    ]);
  });
  it('kk covers the other issue codes', () => {
    configureZodLocale('kk');
    const first = (schema: z.ZodType, input: unknown): string | undefined => schema.safeParse(input).error?.issues[0]?.message;
    expect(first(z.number().multipleOf(5), 7)).toBe('Жарамсыз сан: 5 санына еселі болуы керек');
    expect(first(z.number().max(100), 101)).toBe('Тым үлкен: сан <=100 болуы керек');
    expect(first(z.string().email(), 'x')).toBe('Жарамсыз электрондық пошта мекенжайы');
    expect(first(z.string().startsWith('KZ'), 'UZ1')).toBe('Жарамсыз жол: "KZ" деп басталуы керек');
    expect(first(z.union([z.string(), z.number()]), true)).toBe('Жарамсыз мән');
    expect(first(z.literal('plan'), 'x')).toBe('Жарамсыз мән: "plan" күтілді');
    expect(first(z.string().refine(() => false), 'x')).toBe('Жарамсыз мән');
  });
});
