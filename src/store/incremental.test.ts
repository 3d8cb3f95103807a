// Incremental linking in the store: documents added one by one (each linked on top of the stored
// linker state) give the same case as the same documents added in one batch and linked whole —
// incidents, conflicts, estimates, timeline, entities and every stored claim. Run on the example
// reports, and on an ANT slice (several weeks of one outlet's news) when the corpus is extracted.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ANT_DIR } from '../testing/corpus.js';
import { Store } from './store.js';
import { caseSnapshot, testStoreLocation } from './test-backend.js';
import type { NewDocument } from './store.js';

const examples = fileURLToPath(new URL('../../examples/ghuwayran', import.meta.url));
const seeds: NewDocument[] = readdirSync(examples)
  .sort()
  .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(examples, f), 'utf8') }));

async function compareOrders(docs: readonly NewDocument[], minIncremental: number): Promise<void> {
  const batch = await Store.open(await testStoreLocation('', null));
  const b = await batch.createCase('batch');
  await batch.addDocuments(b.id, docs);
  await batch.relink(b.id);

  const feed = await Store.open(await testStoreLocation('', null));
  const f = await feed.createCase('batch');
  for (const d of docs) await feed.addDocuments(f.id, [d]);
  // The first addition links whole (no state yet), and so does one that names an entity the case
  // has not seen; the others resume the stored state.
  assert.equal(feed.linkings.full + feed.linkings.incremental, docs.length);
  assert.ok(feed.linkings.incremental >= minIncremental, `${feed.linkings.incremental} incremental`);

  const want = await caseSnapshot(batch, b.id);
  const got = await caseSnapshot(feed, f.id);
  assert.deepEqual(got, want);
  assert.ok((want as { incidents: unknown[] }).incidents.length > 0);
  await batch.close();
  await feed.close();
}

test('the example reports added one by one give the case of one batch', async () => {
  // Each report again with a line of its own: the case knows its entities by then.
  const again = seeds.map((d) => ({ id: `${d.id}-again`, text: `${d.text}\n\nتابعونا.` }));
  await compareOrders([...seeds, ...again], again.length);
  // Newest first: every addition is a backfill the linker replays from.
  await compareOrders([...seeds, ...again].reverse(), again.length);
});

test('an incident edit and a correction stay applied across incremental additions', async () => {
  const one = await Store.open(await testStoreLocation('', null));
  const c1 = await one.createCase('edited');
  await one.addDocuments(c1.id, seeds.slice(0, 3));
  const big = (await one.incidents(c1.id)).reduce((m, i) =>
    i.documents.length > m.documents.length ? i : m,
  );
  assert.ok(big.documents.length >= 2);
  await one.splitIncident(c1.id, big.id, [big.documents[0]!], 'rana');
  const claim = (await one.listClaims(c1.id)).items.find((c) => c.incident !== undefined)!;
  await one.review(c1.id, claim.id, { action: 'reject', author: 'rana' });
  const full = one.linkings.full;
  const more = [
    ...seeds.slice(3),
    ...seeds.map((x) => ({ id: `${x.id}-again`, text: `${x.text}\n\nتابعونا.` })),
  ];
  for (const d of more) await one.addDocuments(c1.id, [d]);
  // The split and the rejection were linked whole once each; the additions after them resume,
  // but for those that move a publication day the case lends an earlier report (linked whole).
  assert.ok(one.linkings.incremental >= 3, `${one.linkings.incremental} incremental`);
  assert.equal(one.linkings.full + one.linkings.incremental, full + more.length);
  const got = await caseSnapshot(one, c1.id);
  await one.relink(c1.id);
  assert.deepEqual(got, await caseSnapshot(one, c1.id));
  await one.close();
});

const OUTLETS: Record<string, string> = {
  AL: 'Alarabia',
  BB: 'BBC',
  CN: 'CNN',
  FR: 'France24',
  SK: 'SkyNews',
};

test(
  'an ANT slice added one by one gives the case of one batch',
  { skip: !existsSync(ANT_DIR) },
  async () => {
    const gold = JSON.parse(readFileSync('eval/stream/ant-incidents.json', 'utf8')) as {
      incidents: { documents: { id: string }[] }[];
      nonEvents: string[];
    };
    const ids = [
      ...new Set([...gold.incidents.flatMap((i) => i.documents.map((d) => d.id)), ...gold.nonEvents]),
    ]
      .filter((id) => id.slice(-8) >= '20180401' && id.slice(-8) <= '20180410')
      .sort();
    const docs: NewDocument[] = [];
    for (const id of ids) {
      const [outlet, section] = id.split('-') as [string, string];
      const path = join(ANT_DIR, OUTLETS[outlet] ?? outlet, section, `${id}.txt`);
      if (existsSync(path)) docs.push({ id, text: readFileSync(path, 'utf8') });
    }
    assert.ok(docs.length >= 30, `${docs.length} reports`);
    // In the order of their ids: outlets one after the other, so later ones backfill earlier days.
    await compareOrders(docs, docs.length / 3);
  },
);
