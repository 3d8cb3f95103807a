import { test } from 'node:test';
import assert from 'node:assert/strict';
import { examples } from '../testing/examples.js';
import type { AnalysisResult } from '../types.js';
import type { NDJSON_TYPES } from './ndjson.js';
import { toNdjson } from './ndjson.js';

const KEYS: Record<(typeof NDJSON_TYPES)[number], keyof AnalysisResult> = {
  document: 'documents',
  entity: 'entities',
  claim: 'claims',
  incident: 'incidents',
  conflict: 'conflicts',
  timeline: 'timeline',
  diagnostic: 'diagnostics',
};

test('one JSON record per line, tagged by record kind; reassembled it is the result', () => {
  const { result } = examples();
  const text = toNdjson(result);
  assert.ok(text.endsWith('\n'));
  const lines = text
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.deepEqual(lines[0], { record: 'isnad', version: result.isnad });
  const rebuilt: Record<string, unknown[]> = {};
  for (const { record, ...rest } of lines.slice(1)) {
    const key = KEYS[record as (typeof NDJSON_TYPES)[number]];
    assert.ok(key, String(record));
    (rebuilt[key] ??= []).push(rest);
  }
  for (const key of Object.values(KEYS)) {
    assert.deepEqual(rebuilt[key] ?? [], JSON.parse(JSON.stringify(result[key])), key);
  }
});
