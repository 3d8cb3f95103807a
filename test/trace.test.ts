// `--trace`: per claim, every rule in the claim's `rules` is traced with the text it read, in the
// claim's own report; tracing changes nothing in the result.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { analyzeMany, collectingTrace } from '../src/index.js';
import { loadInputs } from '../src/ingest/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));

test('the trace names every rule of every claim, with a span of its report', () => {
  const { documents } = loadInputs([join(root, 'examples/ghuwayran')]);
  const trace = collectingTrace();
  const traced = analyzeMany(documents, { trace });
  assert.equal(JSON.stringify(traced), JSON.stringify(analyzeMany(documents)));
  const texts = new Map(documents.map((d) => [d.id, d.text]));
  assert.ok(traced.claims.length > 10);
  for (const claim of traced.claims) {
    const events = trace.events.filter((e) => e.subject === claim.id);
    assert.deepEqual(
      [...new Set(events.map((e) => e.rule))].sort(),
      [...new Set(claim.rules)].sort(),
      claim.id,
    );
    const text = texts.get(claim.document)!;
    for (const e of events)
      assert.ok(0 <= e.start && e.start < e.end && e.end <= text.length, `${claim.id} ${e.rule}`);
  }
  // A refiner says which claim lent the side: its span is another claim's, not the changed one's.
  const lent = trace.events.filter(
    (e) => e.rule === 'ar/subject/group-continuity' || e.rule.endsWith('from-parts'),
  );
  for (const e of lent) {
    const claim = traced.claims.find((c) => c.id === e.subject)!;
    assert.ok(e.start !== claim.start, `${e.subject} ${e.rule} read its own text`);
  }
});

test('isnad analyze --trace prints the trace to standard error and the same result to standard output', () => {
  const cli = join(root, 'dist/cli/main.js');
  const args = [cli, 'analyze', join(root, 'examples/ghuwayran'), '--format', 'json'];
  const plain = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const traced = spawnSync(process.execPath, [...args, '--trace'], { encoding: 'utf8' });
  assert.equal(traced.status, 0, traced.stderr);
  assert.equal(traced.stdout, plain.stdout);
  assert.equal(plain.stderr, '');
  assert.match(traced.stderr, /^\S+#1\n {2}ar\/\S+ +\d+-\d+ «[^»]+»$/m);
});
