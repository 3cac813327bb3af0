import type { AssessmentRubric, PolicyAssessment, PolicyInstrument, Result } from '@dsc/domain';
import {
  AssessmentRubric as RubricSchema,
  PolicyAssessment as AssessmentSchema,
  PolicyInstrument as InstrumentSchema,
  err,
  ok,
  toPointer,
} from '@dsc/domain';
import type { ImportError } from './errors.js';

/**
 * The policy part of the data folder, beside `policy-instruments.json` (the register as compiled):
 *
 *   policy-register-review.json  corrections to compiled entries and new entries, each with where it was checked
 *   policy-rubric.json           the assessment rubric (an `assessment-rubric` document)
 *   policy-assessments.json      the assessors' scores per country (`policy-assessment` documents)
 *   evidence-hosts.json          the hosts whose pages may be the evidence of a verified score
 */
export const REVIEW_FILE = 'policy-register-review.json';
export const RUBRIC_FILE = 'policy-rubric.json';
export const ASSESSMENTS_FILE = 'policy-assessments.json';
export const HOSTS_FILE = 'evidence-hosts.json';
export const POLICY_FILES = [REVIEW_FILE, RUBRIC_FILE, ASSESSMENTS_FILE, HOSTS_FILE] as const;

/** A correction to a compiled register entry: fields set or removed, and why. */
export type RegisterCorrection = {
  readonly id: string;
  readonly set?: Readonly<Record<string, unknown>>;
  readonly unset?: readonly string[];
  readonly reason: string;
};
export type RegisterReview = {
  readonly reviewed: string;
  readonly corrections: readonly RegisterCorrection[];
  readonly additions: readonly unknown[];
};
export type HostEntry = { readonly host: string; readonly owner: string };
/** Official (government, legal portal) and international-organisation hosts; a subdomain of a listed host counts. */
export type EvidenceHosts = { readonly official: readonly HostEntry[]; readonly international: readonly HostEntry[] };

export type PolicyAssessmentData = {
  readonly instruments: readonly PolicyInstrument[];
  readonly rubric: AssessmentRubric;
  readonly assessments: readonly PolicyAssessment[];
  readonly hosts: EvidenceHosts;
};

/** True when the URL's host is a listed host or a subdomain of one. */
export function isAllowedEvidenceUrl(url: string, hosts: EvidenceHosts): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return [...hosts.official, ...hosts.international].some((h) => host === h.host || host.endsWith(`.${h.host}`));
}

const KEEP = new Set(['kind', 'schemaVersion', 'id', 'iso3', 'origin']);

/**
 * Reads and checks the policy files: applies the register review to the compiled instruments, parses the rubric and
 * the assessments against the domain schemas, and checks what a schema cannot: every score refers to the rubric's
 * criteria and to instruments of its own country, and every verified score rests on pages of allowed hosts.
 */
export function readPolicyData(
  read: (path: string) => string | undefined,
  compiled: readonly PolicyInstrument[],
): Result<PolicyAssessmentData, ImportError[]> {
  const errors: ImportError[] = [];
  const texts = Object.fromEntries(POLICY_FILES.map((f) => [f, read(f)]));
  for (const f of POLICY_FILES)
    if (texts[f] === undefined) errors.push({ code: 'missing_file', file: f, hint: 'The policy assessment is committed data' });
  if (errors.length > 0) return err(errors);
  const bad = (file: string, pointer: string, expected: string, hint: string): void =>
    void errors.push({ code: 'invalid_document', file, pointer, expected, hint });

  const review = JSON.parse(texts[REVIEW_FILE]!) as RegisterReview;
  const byId = new Map(compiled.map((i) => [i.id, i]));
  const instruments: PolicyInstrument[] = [];
  const corrected = new Map<string, unknown>();
  review.corrections.forEach((c, n) => {
    const base = byId.get(c.id);
    if (base === undefined) return bad(REVIEW_FILE, `/corrections/${n}/id`, 'the id of a compiled instrument', c.id);
    const next: Record<string, unknown> = { ...base, ...c.set };
    for (const k of c.unset ?? []) if (!KEEP.has(k)) delete next[k];
    for (const k of Object.keys(c.set ?? {})) if (KEEP.has(k)) bad(REVIEW_FILE, `/corrections/${n}/set/${k}`, 'a correctable field', 'Ids and origins never change');
    corrected.set(c.id, next);
  });
  const check = (doc: unknown, pointer: string): void => {
    const r = InstrumentSchema.safeParse(doc);
    if (r.success) instruments.push(r.data);
    else for (const i of r.error.issues) bad(REVIEW_FILE, `${pointer}${toPointer(i.path)}`, 'a valid policy instrument', i.message);
  };
  compiled.forEach((i) => (corrected.has(i.id) ? check(corrected.get(i.id), `/corrections/${review.corrections.findIndex((c) => c.id === i.id)}/set`) : instruments.push(i)));
  review.additions.forEach((a, n) => check(a, `/additions/${n}`));
  const ids = new Set<string>();
  instruments.forEach((i) => {
    if (ids.has(i.id)) bad(REVIEW_FILE, '/additions', 'unique instrument ids', `${i.id} is used twice`);
    ids.add(i.id);
  });

  const rubric = RubricSchema.safeParse(JSON.parse(texts[RUBRIC_FILE]!));
  if (!rubric.success)
    for (const i of rubric.error.issues) bad(RUBRIC_FILE, toPointer(i.path), 'a valid assessment rubric', i.message);
  const hosts = JSON.parse(texts[HOSTS_FILE]!) as EvidenceHosts;
  const raw = (JSON.parse(texts[ASSESSMENTS_FILE]!) as { assessments: unknown[] }).assessments;
  const assessments: PolicyAssessment[] = [];
  raw.forEach((doc, n) => {
    const r = AssessmentSchema.safeParse(doc);
    if (!r.success) {
      for (const i of r.error.issues) bad(ASSESSMENTS_FILE, `/assessments/${n}${toPointer(i.path)}`, 'a valid policy assessment', i.message);
      return;
    }
    assessments.push(r.data);
    if (!rubric.success) return;
    const a = r.data;
    const at = `/assessments/${n}`;
    if (a.rubric.id !== rubric.data.id || a.rubric.version !== rubric.data.version)
      bad(ASSESSMENTS_FILE, `${at}/rubric`, `${rubric.data.id} version ${rubric.data.version}`, 'Assess against the committed rubric');
    const criteria = new Set(rubric.data.criteria.map((c) => c.id));
    const own = new Map(instruments.filter((i) => i.iso3 === a.iso3).map((i) => [i.id, i]));
    a.scores.forEach((s, k) => {
      if (!criteria.has(s.criterion)) bad(ASSESSMENTS_FILE, `${at}/scores/${k}/criterion`, 'a criterion of the rubric', s.criterion);
      s.evidence.forEach((e, m) => {
        e.instruments.forEach((id, j) => {
          if (!own.has(id))
            bad(ASSESSMENTS_FILE, `${at}/scores/${k}/evidence/${m}/instruments/${j}`, `an instrument of ${a.iso3}`, id);
        });
        if (s.review.status === 'verified' && e.url !== undefined && !isAllowedEvidenceUrl(e.url, hosts))
          bad(ASSESSMENTS_FILE, `${at}/scores/${k}/evidence/${m}/url`, `a host of ${HOSTS_FILE}`, `${e.url}: a verified score rests on an official or international-organisation page`);
      });
    });
    (a.gaps ?? []).forEach((g, k) => {
      if (!criteria.has(g.criterion)) bad(ASSESSMENTS_FILE, `${at}/gaps/${k}/criterion`, 'a criterion of the rubric', g.criterion);
    });
  });
  const countries = assessments.map((a) => a.iso3);
  if (new Set(countries).size !== countries.length) bad(ASSESSMENTS_FILE, '/assessments', 'one assessment per country', countries.join(', '));
  if (errors.length > 0 || !rubric.success) return err(errors);
  return ok({ instruments, rubric: rubric.data, assessments: [...assessments].sort((a, b) => (a.iso3 < b.iso3 ? -1 : 1)), hosts });
}
