// A finished result as newline-delimited JSON: one record per line, each tagged with `record`
// (document, entity, claim, incident, conflict, timeline, diagnostic; not `type`, which entities
// already have) and in that order, so a reader can stream claims without holding the whole result.
// The first line is `{"record":"isnad","version":…}`.

import type { AnalysisResult } from '../types.js';

export const NDJSON_TYPES = [
  'document',
  'entity',
  'claim',
  'incident',
  'conflict',
  'timeline',
  'diagnostic',
] as const;

export function toNdjson(result: AnalysisResult): string {
  return (
    [JSON.stringify({ record: 'isnad', version: result.isnad }), ...ndjsonRecords(result)].join('\n') + '\n'
  );
}

/** The result's records after the `isnad` line, one JSON text each, in the order above. */
export function* ndjsonRecords(result: AnalysisResult): Generator<string> {
  const parts: [(typeof NDJSON_TYPES)[number], readonly object[]][] = [
    ['document', result.documents],
    ['entity', result.entities],
    ['claim', result.claims],
    ['incident', result.incidents],
    ['conflict', result.conflicts],
    ['timeline', result.timeline],
    ['diagnostic', result.diagnostics],
  ];
  for (const [record, records] of parts) for (const r of records) yield JSON.stringify({ record, ...r });
}
