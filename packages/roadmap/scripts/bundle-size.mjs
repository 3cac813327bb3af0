/**
 * Bundle-size check: bundles `import { schedule } from '@dsc/roadmap'` for the browser, minified, and prints its
 * gzip size against the target. Exits 1 above the target, so the main entry stays free of the document writers
 * (DOCX, XLSX), which live on `@dsc/roadmap/export`.
 *
 * Run: pnpm --filter @dsc/roadmap size   (after the build; --verbose lists the largest inputs)
 */
/* global console, process, URL */
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const TARGET_KIB = 40;
const root = fileURLToPath(new URL('..', import.meta.url));

const result = await build({
  stdin: { contents: "export { schedule } from '@dsc/roadmap';", resolveDir: root, loader: 'js' },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  // the published files (dist/) by default; --source bundles the workspace sources instead (no build needed)
  conditions: process.argv.includes('--source') ? ['@dsc/source'] : [],
  write: false,
  metafile: true,
  logLevel: 'error',
});

const code = result.outputFiles[0].contents;
const kib = (n) => (n / 1024).toFixed(1);
const gzip = gzipSync(code, { level: 9 }).length;
const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs).filter(([, i]) => i.bytesInOutput > 0);
const packages = new Set(inputs.map(([file]) => /.*node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1]).filter((p) => p !== undefined));
console.log(`import { schedule } from '@dsc/roadmap' (browser, minified): ${kib(code.length)} KiB, gzip ${kib(gzip)} KiB (target ≤ ${TARGET_KIB} KiB)`);
console.log(`  packages bundled: ${[...packages].sort().join(', ') || 'none'}`);
if (process.argv.includes('--verbose')) {
  inputs.sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput);
  for (const [file, { bytesInOutput }] of inputs.slice(0, 15)) console.log(`  ${kib(bytesInOutput).padStart(7)} KiB  ${file}`);
}
if (gzip > TARGET_KIB * 1024) {
  console.error(`bundle-size: ${kib(gzip)} KiB gzip is above the ${TARGET_KIB} KiB target`);
  process.exit(1);
}
