// The bundled example reports (examples/ghuwayran) analysed once per test process, with their texts,
// for the export tests.

import { fileURLToPath } from 'node:url';
import { analyzeMany } from '../index.js';
import { loadInputs } from '../ingest/index.js';
import type { AnalysisResult } from '../types.js';

export interface Analysed {
  readonly result: AnalysisResult;
  readonly texts: ReadonlyMap<string, string>;
}

let cached: Analysed | undefined;

export function examples(): Analysed {
  if (cached) return cached;
  const loaded = loadInputs([fileURLToPath(new URL('../../examples/ghuwayran', import.meta.url))]);
  cached = {
    result: analyzeMany(loaded.documents),
    texts: new Map(loaded.documents.map((d) => [d.id, d.text])),
  };
  return cached;
}

/** A minimal result around the given claims, incidents and conflicts, for rule tests. */
export function resultOf(parts: Partial<AnalysisResult>): AnalysisResult {
  return {
    isnad: 'test',
    documents: [],
    entities: [],
    claims: [],
    incidents: [],
    conflicts: [],
    timeline: [],
    diagnostics: [],
    ...parts,
  };
}
