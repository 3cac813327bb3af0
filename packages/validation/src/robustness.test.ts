import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { validateBytes } from './files.js';
import { exitStatus } from './report.js';

/** Bad input must give findings or an "unreadable" result — never an exception. */
describe('robustness', () => {
  const names = ['x.csv', 'x.tsv', 'x.json', 'x.plan.json', 'x.xlsx', 'x.zip', 'x.txt'];
  it('arbitrary bytes under any name never throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.constantFrom(...names), async (bytes, name) => {
        const rs = await validateBytes(bytes, { file: name, referenceYear: 2026 });
        expect([0, 1, 3]).toContain(exitStatus(rs));
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary text with delimiters and quotes never throws', async () => {
    const text = fc.stringMatching(/^[a-zA-Z0-9,;\t|"'\r\n .\-=+@#<>%]{0,300}$/);
    await fc.assert(
      fc.asyncProperty(text, async (t) => {
        const rs = await validateBytes(strToU8('iso3,indicator,year,value\n' + t), { file: 'x.csv', referenceYear: 2026 });
        expect(rs).toHaveLength(1);
      }),
      { numRuns: 300 },
    );
  });

  it('damaged workbooks are unreadable, not crashes', async () => {
    const wb = zipSync({ 'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="a" r:id="rId9"/></sheets></workbook>') });
    expect(exitStatus(await validateBytes(wb, { file: 'b.xlsx' }))).toBe(3);
    expect(exitStatus(await validateBytes(zipSync({ 'a.txt': strToU8('x') }), { file: 'c.xlsx' }))).toBe(3);
  });
});
