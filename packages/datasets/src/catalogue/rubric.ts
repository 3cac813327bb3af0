import { policyRubric } from '../data/policy-rubric.js';

/**
 * The assessment rubric of the policy, regulatory and institutional pillar (data/policy-rubric.json). Scores are
 * assessors' judgements recorded in data/policy-assessments.json; nothing here derives a score from an instrument.
 */
export const RUBRIC = policyRubric;
