// The data model moved to ../model/; this path is kept for existing imports.
export * from '../model/types.js';
