import type { ValidateOptions } from './options.js';
import type { FileResult } from './result.js';
import { StreamValidator } from './validator/stream-validator.js';

export type { ValidateOptions } from './options.js';
export type { FileResult } from './result.js';
export { StreamValidator, sniffContainer } from './validator/stream-validator.js';

/**
 * A validator of one delimited text file pushed as byte chunks.
 *
 * @example
 * const v = createValidator({ file: 'data.csv' });
 * v.push(new TextEncoder().encode('iso3,indicator,year,value\nKAZ,EGDI,2024,0.86\n'));
 * const result = v.end();
 */
export function createValidator(options: ValidateOptions = {}): StreamValidator {
  return new StreamValidator(options);
}

/** Validates a whole byte array of delimited text. */
export function validateText(bytes: Uint8Array, options: ValidateOptions = {}): FileResult {
  const v = new StreamValidator(options);
  const step = 1 << 20;
  for (let i = 0; i < bytes.length; i += step) v.push(bytes.subarray(i, Math.min(bytes.length, i + step)));
  return v.end();
}

/** Validates a stream of byte chunks (a Node file stream, a web `ReadableStream` via an async iterator…). */
export async function validateStream(chunks: AsyncIterable<Uint8Array>, options: ValidateOptions = {}): Promise<FileResult> {
  const v = new StreamValidator(options);
  for await (const chunk of chunks) v.push(chunk);
  return v.end();
}
