// Compiling a methodology spec: the compiled shapes and defaults (compiled.ts), the tree checks (tree.ts), the
// step methods and their cross-references (methods.ts), the entry point (compile.ts) and the data checks (data.ts).
export { TREAT_DEFAULTS } from './compiled.js';
export type { CompiledAggregate, CompiledSpec } from './compiled.js';
export { compileSpec } from './compile.js';
export { checkData } from './data.js';
