import type { Translator } from '@dsc/i18n';
import type { InputKind } from '@dsc/validation';
import { detectKind, sniffContainer } from '@dsc/validation';
import { unknownValue } from '../flags.js';
import type { StdinSource } from '../input-stream.js';
import { isPipeInput, openPipe, pipeTimeout, readPipe } from '../input-stream.js';

// `dsc validate -`, a FIFO or `<(…)`: what the input is, told by --input-format, its name or its first bytes, and
// its content as a stream (delimited text, validated in constant memory) or as bytes (a workbook, a zip archive or a
// JSON document, read up to a bound).

type T = Translator['t'];

/** The values of `--input-format` and the kind of input each stands for. */
const INPUT_FORMATS = { csv: 'text', tsv: 'text', json: 'document', xlsx: 'xlsx', zip: 'zip' } as const satisfies Record<string, InputKind>;
export const INPUT_FORMAT_NAMES = Object.keys(INPUT_FORMATS) as readonly (keyof typeof INPUT_FORMATS)[];

/** A piped input: its name in reports, its kind, and its chunks (text) or its bytes (anything else). */
export type PipedSource =
  | { readonly name: string; readonly kind: 'text'; readonly chunks: AsyncIterable<Uint8Array> }
  | { readonly name: string; readonly kind: Exclude<InputKind, 'text'> | undefined; readonly bytes: Uint8Array };

/** The kind of an input read as `--input-format` says. */
export function inputKind(t: T, format: string | undefined): InputKind | undefined {
  if (format === undefined) return undefined;
  const kind = (INPUT_FORMATS as Record<string, InputKind>)[String(format).toLowerCase()];
  if (kind === undefined) throw unknownValue(t, '--input-format', String(format), INPUT_FORMAT_NAMES);
  return kind;
}

const KNOWN_EXTENSION = /\.(csv|tsv|tab|txt|psv|dat|json|xlsx|xlsm|zip)$/i;

/** What the first bytes of an input without a telling name are: a JSON document or text. */
function sniffKind(head: Uint8Array): 'document' | 'text' {
  const text = new TextDecoder().decode(head.subarray(0, 64)).replace(/^\uFEFF/, '').trimStart();
  return text.startsWith('{') || text.startsWith('[') ? 'document' : 'text';
}

/** Whether a zip archive is an XLSX workbook (it holds `xl/workbook.xml`). */
const isWorkbook = (bytes: Uint8Array): boolean => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('xl/workbook.xml');

/**
 * Opens `arg` when it is `-` or a pipe (undefined for a regular file): standard input refused when it is a
 * terminal, a FIFO without a writer refused after the wait (both exit 2).
 */
export async function pipedSource(
  arg: string,
  path: string,
  options: { readonly t: T; readonly kind: InputKind | undefined; readonly pipeTimeout: string | number | undefined; readonly stdin?: StdinSource | undefined },
): Promise<PipedSource | undefined> {
  const { t } = options;
  if (!(await isPipeInput(arg, path))) return undefined;
  const input = await openPipe(arg, path, { t, seconds: pipeTimeout(t, options.pipeTimeout), stdin: options.stdin });
  // the head: enough bytes to tell a zip container or a JSON document from text
  const it = input.chunks[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < 64) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    head.push(r.value);
    size += r.value.length;
  }
  const first = Buffer.concat(head);
  const rest: AsyncIterable<Uint8Array> = {
    async *[Symbol.asyncIterator]() {
      if (first.length) yield first;
      if (done) return;
      for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
    },
  };
  const named = KNOWN_EXTENSION.test(arg) || sniffContainer(first) !== undefined ? detectKind(arg, first) : undefined;
  // an unsupported binary format is left to the validator to name
  const kind = options.kind ?? (named === 'unsupported' ? undefined : (named ?? sniffKind(first)));
  if (kind === 'text') return { name: input.name, kind, chunks: rest };
  const bytes = await readPipe({ name: input.name, chunks: rest }, t);
  return { name: input.name, kind: kind === 'zip' && options.kind === undefined && isWorkbook(bytes) ? 'xlsx' : kind, bytes };
}
