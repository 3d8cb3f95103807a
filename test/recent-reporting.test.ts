// Recent reporting (eval/recent): 18 reports of four 2025 incidents, written for isnad in the style
// of outlets it was not built on, with what an analyst expects of them (expected.json, written
// before isnad was run on them): each incident whole, its undated reports dated from their own
// incident, its real conflicts found, no conflict and no estimate bound from a part or a background
// toll. Known gaps are listed in KNOWN with their reason, never dropped from the expectations.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { analyzeMany } from '../src/index.js';
import { loadInputs } from '../src/ingest/index.js';
import { checkIncident, incidentOf, readExpected } from '../src/testing/recent-sets.js';
import type { AnalysisResult } from '../src/types.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = join(root, 'eval', 'recent');

/** Expectations isnad does not meet yet, by `<incident>/<what>`, with the reason. */
const KNOWN: Readonly<Record<string, string>> = {};

const expected = readExpected(dir);
let result: AnalysisResult | undefined;
function run(): AnalysisResult {
  if (!result) {
    const loaded = loadInputs([], { manifest: join(dir, 'manifest.jsonl') });
    result = analyzeMany(loaded.documents);
  }
  return result;
}

function check(name: string, ok: boolean, message: string): void {
  if (KNOWN[name] !== undefined) return;
  assert.ok(ok, `${name}: ${message}`);
}

for (const inc of expected.incidents) {
  test(`${inc.id}: one incident, dated, with its real conflicts and no false ones`, () => {
    const r = run();
    const sys = incidentOf(r, inc);
    assert.deepEqual([...sys.documents].sort(), [...inc.documents].sort(), `${inc.id}: incident not whole`);
    checkIncident(r, inc, sys, check);
  });
}
