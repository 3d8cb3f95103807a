// Background linking (Store.open(…, { linking: 'background' })): additions return at once with
// their documents linked on top of the case's linker state, lending and whole linkings run in a
// background thread, and once the rounds are done the case is the one a whole linking gives —
// incidents, conflicts, estimates, timeline, entities and every stored claim. A store closed (or
// killed) with a round pending links again on its next start.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readAlone } from './lending.js';
import { Store } from './store.js';
import { caseSnapshot, dropTestStores, testStoreLocation } from './test-backend.js';
import type { NewDocument } from './store.js';

const examples = fileURLToPath(new URL('../../examples/ghuwayran', import.meta.url));
const seeds: NewDocument[] = readdirSync(examples)
  .sort()
  .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(examples, f), 'utf8') }));
// Undated reports first: each dated one that follows lends them days (linked whole), and again
// each with a line of its own (linked on top of the state).
const undated = seeds.filter((r) => readAlone(r.id!, { id: r.id!, text: r.text }).alone?.dated === false);
const order = [
  ...undated,
  ...seeds.filter((r) => !undated.includes(r)),
  ...seeds.map((d) => ({ id: `${d.id}-again`, text: `${d.text}\n\nتابعونا.` })),
];

const scratch = mkdtempSync(join(tmpdir(), 'isnad-background-'));
test.after(async () => {
  rmSync(scratch, { recursive: true, force: true });
  await dropTestStores();
});

/** The case as one batch linked whole gives it (an inline store). */
async function wholeCase(docs: readonly NewDocument[]): Promise<unknown> {
  const batch = await Store.open(await testStoreLocation(scratch, `batch-${Math.random()}`));
  const b = await batch.createCase('case');
  await batch.addDocuments(b.id, docs);
  await batch.relink(b.id);
  const got = await caseSnapshot(batch, b.id);
  await batch.close();
  return got;
}

test('the seed reports include undated ones, which the case lends days to', () => {
  assert.ok(undated.length >= 2, `${undated.length} undated`);
});

test('a background store settles to the case one whole linking gives', async () => {
  const want = await wholeCase(order);
  const store = await Store.open(await testStoreLocation(scratch, 'feed'), { linking: 'background' });
  const c = await store.createCase('case');
  for (const d of order) {
    const [added] = await store.addDocuments(c.id, [d]);
    assert.ok(added?.status === 'added' || added?.status === 'duplicate', added?.status);
    // Reads never wait for a linking: they see the last committed one, and say it is pending.
    assert.equal((await store.getCase(c.id)).linking, 'pending');
    await store.incidents(c.id);
  }
  await store.settled();
  assert.equal((await store.getCase(c.id)).linking, 'fresh');
  assert.deepEqual(await caseSnapshot(store, c.id), want);
  await store.close();
});

test('an addition gives its own claims at once, and its round links it on top of the state', async () => {
  // A dated report, then itself again with a line of its own: no day moves, no entity is new.
  const first = seeds.find((r) => !undated.includes(r))!;
  const dated = [first, { id: `${first.id}-again`, text: `${first.text}\n\nتابعونا.` }];
  const store = await Store.open(await testStoreLocation(scratch, 'on-top'), { linking: 'background' });
  const c = await store.createCase('case');
  await store.addDocuments(c.id, dated.slice(0, 1));
  await store.settled();
  const { incremental, full } = store.linkings;
  const next = dated[1]!;
  const [added] = await store.addDocuments(c.id, [next]);
  const own = (await store.getDocument(c.id, next.id!)).claims as { incident?: string }[];
  assert.equal(own.length, added!.claims);
  assert.ok(own.length > 0 && own.every((x) => x.incident === undefined));
  await store.settled();
  assert.deepEqual(store.linkings, { incremental: incremental + 1, full }, 'linked on top');
  const claims = await store.listClaims(c.id, { document: next.id! });
  assert.equal(claims.total, own.length);
  assert.ok(claims.items.every((x) => x.incident !== undefined));
  assert.deepEqual(await caseSnapshot(store, c.id), await wholeCase(dated.slice(0, 2)));
  await store.close();
});

test('a case closed with its round pending is linked again on the next start', async () => {
  const want = await wholeCase(seeds);
  const location = await testStoreLocation(scratch, 'stopped');
  const first = await Store.open(location, { linking: 'background' });
  const c = await first.createCase('case');
  for (const d of seeds) await first.addDocuments(c.id, [d]);
  // Stopped before any round ran: the days are not lent yet.
  await first.close();
  const again = await Store.open(location, { linking: 'background' });
  assert.equal((await again.getCase(c.id)).linking, 'pending');
  await again.settled();
  assert.equal((await again.getCase(c.id)).linking, 'fresh');
  assert.deepEqual(await caseSnapshot(again, c.id), want);
  await again.close();

  // An inline store links such a case on its first read.
  const second = await Store.open(await testStoreLocation(scratch, 'stopped-inline'), {
    linking: 'background',
  });
  const d = await second.createCase('case');
  for (const x of seeds) await second.addDocuments(d.id, [x]);
  const where = second.location;
  await second.close();
  const inline = await Store.open(where);
  assert.equal((await inline.getCase(d.id)).linking, 'pending');
  assert.deepEqual(await caseSnapshot(inline, d.id), want);
  assert.equal((await inline.getCase(d.id)).linking, 'fresh');
  await inline.close();
});

test('a review and a reading again during background rounds end in the whole linking', async () => {
  const store = await Store.open(await testStoreLocation(scratch, 'reviewed'), { linking: 'background' });
  const c = await store.createCase('case');
  for (const d of order.slice(0, 6)) await store.addDocuments(c.id, [d]);
  await store.settled();
  const claim = (await store.listClaims(c.id)).items.find((x) => x.incident !== undefined)!;
  // Reviewed while more documents come in and their rounds run.
  const more = store.addDocuments(c.id, order.slice(6));
  await store.review(c.id, claim.id, { action: 'reject', author: 'rana' });
  await more;
  await store.reanalyze(c.id, { all: true });
  await store.settled();
  const got = await caseSnapshot(store, c.id);
  await store.relink(c.id);
  assert.deepEqual(got, await caseSnapshot(store, c.id));
  const reviewed = (await store.listClaims(c.id, { reviewed: 'rejected' })).items;
  assert.deepEqual(
    reviewed.map((x) => x.id),
    [claim.id],
  );
  await store.close();
});

test('an in-memory store cannot link in the background', async () => {
  await assert.rejects(Store.open(':memory:', { linking: 'background' }), /background linking needs/);
});
