import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * The package's own source files that a browser bundle of `code` keeps (bytes in the output), relative to the
 * package folder, which `code` is resolved from.
 */
async function bundledFiles(code: string): Promise<string[]> {
  const testPath = expect.getState().testPath ?? '';
  const packageDir = testPath.slice(0, testPath.lastIndexOf('/src/'));
  const result = await build({
    stdin: { contents: code, resolveDir: packageDir, loader: 'js' },
    absWorkingDir: packageDir,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['@dsc/source'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const [output] = Object.values(result.metafile.outputs);
  return Object.entries(output?.inputs ?? {})
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([file]) => file);
}

const catalogues = (files: readonly string[]) => files.filter((f) => /src\/(locales|messages)\//.test(f));

describe('@dsc/i18n/format', () => {
  it('formats without bundling a message catalogue', async () => {
    const files = await bundledFiles("export { formatDate, formatNumber } from '@dsc/i18n/format';");
    expect(files).toContain('src/format/formatters.ts');
    expect(catalogues(files)).toEqual([]);
  });

  it('the catalogues are what getMessages brings (the check above can see them)', async () => {
    const files = await bundledFiles("export { getMessages } from '@dsc/i18n';");
    expect(catalogues(files)).toEqual(expect.arrayContaining(['src/locales/en.ts', 'src/locales/ru.ts', 'src/locales/kk.ts']));
  });
});
