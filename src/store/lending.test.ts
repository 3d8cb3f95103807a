import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeMany } from '../index.js';
import type { AnalysisResult } from '../index.js';
import { readAlone } from './lending.js';
import { Store } from './store.js';
import type { NewDocument } from './store.js';

const examples = fileURLToPath(new URL('../../examples/ghuwayran', import.meta.url));
const reports: NewDocument[] = readdirSync(examples)
  .sort()
  .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(examples, f), 'utf8') }));
const batch = analyzeMany(reports.map((r) => ({ id: r.id!, text: r.text })));

/** What the store and a batch analysis must agree on: every date, and the claims read against them. */
function dates(r: AnalysisResult): unknown {
  return {
    published: Object.fromEntries(r.documents.map((d) => [d.id, d.published])),
    incidents: r.incidents.map((i) => [i.id, i.start ?? null, i.end ?? null, i.documents]),
    timeline: r.timeline,
    claims: [...r.claims]
      .sort((x, y) => (x.id < y.id ? -1 : 1))
      .map((c) => {
        const {
          review: _r,
          corrected: _c,
          machine: _m,
          republication: _p,
          ...own
        } = c as unknown as Record<string, unknown>;
        void [_r, _c, _m, _p];
        return own;
      }),
  };
}

test('the examples hold reports that state no publication day of their own', () => {
  const undated = reports.filter(
    (r) => readAlone(r.id!, { id: r.id!, text: r.text }).result?.document.published === null,
  );
  assert.ok(undated.length >= 2, `${undated.length} undated`);
  // The batch dates every one of them.
  for (const r of undated)
    assert.match(batch.documents.find((d) => d.id === r.id)!.published ?? '', /^2022-01-\d\d$/);
});

test('a case lends publication days as a batch analysis does, added all at once or one by one', async () => {
  const whole = await Store.open(':memory:');
  const a = await whole.createCase('all');
  await whole.addDocuments(a.id, reports);
  assert.deepEqual(dates(await whole.exportCase(a.id)), dates(batch), 'all at once');

  // One at a time, undated reports first, reading the case between additions.
  const one = await Store.open(':memory:');
  const b = await one.createCase('one by one');
  for (const k of [1, 2, 0, 4, 3]) {
    await one.addDocuments(b.id, [reports[k]!]);
    await one.timeline(b.id);
  }
  const byDocument = (r: AnalysisResult): unknown =>
    dates({ ...r, documents: [...r.documents].sort((x, y) => (x.id < y.id ? -1 : 1)) });
  assert.deepEqual(byDocument(await one.exportCase(b.id)), dates(batch), 'one by one');

  // A lent day is said to be inferred, and the listing shows it.
  const lentTo = batch.documents.find(
    (d) =>
      readAlone(d.id, { id: d.id, text: reports.find((r) => r.id === d.id)!.text }).result?.document
        .published === null,
  )!;
  const doc = await one.getDocument(b.id, lentTo.id);
  assert.equal(doc.published, lentTo.published);
  assert.ok((doc.diagnostics as { code: string }[]).some((x) => x.code === 'published_inferred'));

  // Read again by the engine, the lent days come back the same.
  await one.reanalyze(b.id, { all: true });
  assert.deepEqual(byDocument(await one.exportCase(b.id)), dates(batch), 'read again');
  await whole.close();
  await one.close();
});
