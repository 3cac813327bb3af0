import type { Plan } from '@dsc/domain';
import { Plan as PlanSchema } from '@dsc/domain';
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { xmlText } from './xml.js';

/**
 * The plan payload of an MSPDI export: what MS Project has no field for (results, budget, funding, KPIs, risks,
 * scenarios, baselines, translations, alignment, organisations, recommendations …) travels as the whole plan in
 * JSON, deflated and base64-encoded, in the Notes of the project summary task (UID 0; MS Project shows it as the
 * project's Comments and writes it back when it saves the file). Custom text fields hold at most 255 characters
 * in MS Project, so they carry only each task's plan id (Text1) and the kind of a grouping task (Text2).
 *
 * The Notes text is `dsc-plan-payload/1` on the first line, then base64 lines of 76 characters; whitespace
 * between them is ignored on reading, since MS Project may rewrite line ends.
 */

// Globals of both Node 20 and browsers; declared here because the published types are built without DOM or Node types.
declare function btoa(data: string): string;
declare function atob(data: string): string;

export const PAYLOAD_MARK = 'dsc-plan-payload/1';
/** In JSON text: the escapes of C0 controls other than tab, LF and CR (\b and \f included), of surrogates, and U+FFFE or U+FFFF. */
const NEEDS_CLEANING = /\\u00(?:0[0-8bcef]|1[0-9a-f])|\\[bf]|\\ud[89a-f]|[\uFFFE\uFFFF]/i;

/** What the export wrote beside the plan, so that the import can tell what MS Project changed. */
export type MspdiPayload = {
  readonly plan: Plan;
  /** The project start written as StartDate (the first working day on or after the plan start). */
  readonly startDate: string;
  /** Plan calendar id of each MSPDI calendar UID written ('' for a default calendar the plan does not have). */
  readonly calendars: Readonly<Record<string, string>>;
};

/** Base64 of bytes in lines of 76 characters (57 bytes each), encoding 57 × 1,024 bytes per `btoa` call. */
function base64Lines(bytes: Uint8Array): string {
  const lines: string[] = [];
  const block = 57 * 1024;
  for (let i = 0; i < bytes.length; i += block) {
    const b64 = btoa(String.fromCharCode.apply(null, bytes.subarray(i, i + block) as unknown as number[]));
    for (let k = 0; k < b64.length; k += 76) lines.push(b64.slice(k, k + 76));
  }
  return lines.join('\n');
}

/**
 * The Notes text of the project summary task. Strings are made fit for XML as the rest of the file is (characters
 * XML 1.0 forbids become U+FFFD; the file's own text already reports them), so the payload and the task fields
 * agree.
 */
export function encodePayload(payload: MspdiPayload): string {
  const scratch = { count: 0 };
  const data = { v: 1, ...payload };
  let json = JSON.stringify(data);
  // JSON escapes C0 controls and lone surrogates; U+FFFE and U+FFFF, and the escapes, show whether any string needs it.
  if (NEEDS_CLEANING.test(json)) json = JSON.stringify(data, (_k, v: unknown) => (typeof v === 'string' ? xmlText(v, scratch) : v));
  // Level 1: a tenth larger than the default level, at half its time.
  return `${PAYLOAD_MARK}\n${base64Lines(deflateSync(strToU8(json), { level: 1 }))}`;
}

/**
 * Reads the payload from the project summary task's Notes: `undefined` when there is none, `'unreadable'` when the
 * mark is there but the rest does not decode to a valid plan (cut, edited or corrupted).
 */
export function decodePayload(notes: string | undefined): MspdiPayload | 'unreadable' | undefined {
  if (notes === undefined) return undefined;
  const at = notes.indexOf(PAYLOAD_MARK);
  if (at < 0) return undefined;
  try {
    const b64 = notes.slice(at + PAYLOAD_MARK.length).replace(/\s+/g, '');
    const bin = atob(b64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    const raw = JSON.parse(strFromU8(inflateSync(bytes))) as { v?: unknown; plan?: unknown; startDate?: unknown; calendars?: unknown };
    if (raw.v !== 1 || typeof raw.startDate !== 'string' || raw.calendars === null || typeof raw.calendars !== 'object') return 'unreadable';
    const plan = PlanSchema.safeParse(raw.plan);
    if (!plan.success) return 'unreadable';
    const calendars: Record<string, string> = {};
    for (const [k, v] of Object.entries(raw.calendars)) if (typeof v === 'string') calendars[k] = v;
    return { plan: plan.data, startDate: raw.startDate, calendars };
  } catch {
    return 'unreadable';
  }
}
