/** The critical path method engine; its parts live in `./cpm/`. */
export * from './cpm/index.js';
