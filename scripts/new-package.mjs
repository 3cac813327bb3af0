#!/usr/bin/env node
// Creates a new published package under packages/<name> with the workspace conventions
// (source export condition, tsup build, vitest project, shared lint and tsconfig).
// Usage: node scripts/new-package.mjs <name> "<one-line description>"
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [name, description = ''] = process.argv.slice(2);
if (!name || !/^[a-z][a-z0-9-]*$/.test(name)) {
  console.error('usage: node scripts/new-package.mjs <kebab-case-name> "<description>"');
  process.exit(2);
}
const dir = join('packages', name);
if (existsSync(dir)) {
  console.error(`${dir} already exists`);
  process.exit(2);
}
const pkg = {
  name: `@dsc/${name}`,
  version: '0.0.0',
  description,
  license: 'MIT',
  type: 'module',
  sideEffects: false,
  exports: {
    '.': { '@dsc/source': './src/index.ts', types: './dist/index.d.ts', default: './dist/index.js' },
    './package.json': './package.json',
  },
  files: ['dist'],
  engines: { node: '>=20.19' },
  publishConfig: { access: 'public' },
  repository: { type: 'git', url: 'git+https://github.com/dsc-toolkit/dsc-toolkit.git', directory: dir },
  scripts: {
    build: 'tsup',
    test: 'vitest run',
    typecheck: 'tsc --noEmit',
    lint: 'eslint .',
    'check:pkg': 'publint --strict && attw --pack . --profile esm-only',
  },
  dependencies: {},
  devDependencies: {
    '@arethetypeswrong/cli': 'catalog:',
    '@dsc/eslint-config': 'workspace:*',
    '@dsc/prettier-config': 'workspace:*',
    '@dsc/tsconfig': 'workspace:*',
    eslint: 'catalog:',
    publint: 'catalog:',
    tsup: 'catalog:',
    typescript: 'catalog:',
    vitest: 'catalog:',
  },
  prettier: '@dsc/prettier-config',
};
const files = {
  'package.json': JSON.stringify(pkg, null, 2) + '\n',
  'tsconfig.json': JSON.stringify({ extends: '@dsc/tsconfig/base.json', include: ['src'] }, null, 2) + '\n',
  'turbo.json': JSON.stringify({ extends: ['//'], tags: ['lib'] }, null, 2) + '\n',
  'eslint.config.js': "export { default } from '@dsc/eslint-config/base';\n",
  'tsup.config.ts': `import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: 'esm',
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
});
`,
  'vitest.config.ts': `import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: '${name}', restoreMocks: true },
  resolve: { conditions: ['@dsc/source'] },
  ssr: { resolve: { conditions: ['@dsc/source'] } },
});
`,
  'README.md': `# @dsc/${name}\n\n${description}\n\n## Install\n\n\`\`\`sh\npnpm add @dsc/${name}\n\`\`\`\n\n## Usage\n\n## License\n\nMIT\n`,
  'src/index.ts': 'export {};\n',
};
mkdirSync(join(dir, 'src'), { recursive: true });
for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
console.log(`created ${dir}; run pnpm install`);
