// Reads a saved `isnad analyze --format json` output for `isnad eval --result`. Only what scoring
// touches is checked, so an output that grew new fields (CLAIMS.md allows it) still scores, and a
// broken one fails with a message instead of a TypeError deep inside the scorer.

import { IsnadError } from '../errors.js';
import type { AnalysisResult } from '../types.js';

const MAX_PROBLEMS = 10;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function claimProblems(claim: unknown, path: string): string[] {
  if (!isObject(claim)) return [`${path}: expected an object`];
  const out: string[] = [];
  for (const key of ['id', 'document', 'text', 'category', 'stance'] as const) {
    if (typeof claim[key] !== 'string') out.push(`${path}.${key}: expected a string`);
  }
  for (const key of ['start', 'end'] as const) {
    if (typeof claim[key] !== 'number') out.push(`${path}.${key}: expected a number`);
  }
  const q = claim['quantity'];
  if (!isObject(q) || typeof q['qualifier'] !== 'string')
    out.push(`${path}.quantity: expected { low, high, point, qualifier }`);
  if (!isObject(claim['sentence'])) out.push(`${path}.sentence: expected a span`);
  if (!isObject(claim['subject'])) out.push(`${path}.subject: expected an object`);
  if (!Array.isArray(claim['attribution'])) out.push(`${path}.attribution: expected an array`);
  if (!Array.isArray(claim['rules'])) out.push(`${path}.rules: expected an array`);
  return out;
}

/** Validates the parts of an analysis result that scoring reads; missing sections become []. */
export function parseAnalysisResult(json: unknown): AnalysisResult {
  if (!isObject(json)) throw new IsnadError('result_invalid', 'analysis result: expected a JSON object');
  const problems: string[] = [];
  const list = (key: string, required: boolean): unknown[] => {
    const v = json[key];
    if (Array.isArray(v)) return v;
    if (v !== undefined || required) problems.push(`${key}: expected an array`);
    return [];
  };
  const claims = list('claims', true);
  const documents = list('documents', true);
  claims.forEach((c, i) => problems.push(...claimProblems(c, `claims[${i}]`)));
  documents.forEach((d, i) => {
    if (!isObject(d) || typeof d['id'] !== 'string')
      problems.push(`documents[${i}]: expected an object with an id`);
  });
  const result = {
    ...json,
    isnad: typeof json['isnad'] === 'string' ? json['isnad'] : 'unknown',
    documents: documents.map((d) => ({
      boilerplate: [],
      source: { name: null },
      published: null,
      ...(d as object),
    })),
    entities: list('entities', false),
    claims,
    incidents: list('incidents', false),
    conflicts: list('conflicts', false),
    timeline: list('timeline', false),
    diagnostics: list('diagnostics', false),
  };
  if (problems.length > 0) {
    const more = problems.length > MAX_PROBLEMS ? `\n  … and ${problems.length - MAX_PROBLEMS} more` : '';
    throw new IsnadError(
      'result_invalid',
      `invalid analysis result:\n  ${problems.slice(0, MAX_PROBLEMS).join('\n  ')}${more}`,
    );
  }
  // Checked above for every field the scorer reads; the rest is the producer's own design.
  return result as unknown as AnalysisResult;
}
