// The queue worker's reading threads: a long report is read off the event loop (timers, the
// queue's polling and the other slots go on meanwhile) and gives the reading the main thread
// would; a retried job whose document is already committed finds it before reading anything.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readOneAlone } from '../index.js';
import { Store } from '../store/store.js';
import { ReadPool } from './read-pool.js';
import { ingestOne } from './worker.js';

const examples = fileURLToPath(new URL('../../examples/ghuwayran', import.meta.url));
const seeds = readdirSync(examples)
  .sort()
  .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(examples, f), 'utf8') }));

test('a long report is read on a thread: the event loop goes on, the reading is the same', async () => {
  const pool = new ReadPool(1);
  try {
    // Warm the thread up (loading the engine), then read a long report.
    await pool.read(seeds[0]!.id, seeds[0]!);
    const long = {
      id: 'long',
      text: seeds
        .map((s) => s.text)
        .join('\n\n')
        .repeat(6),
    };
    const order: string[] = [];
    const ticks = setInterval(() => order.push('tick'), 5);
    const reading = pool.read(long.id, long).then((r) => {
      order.push('read');
      return r;
    });
    const got = await reading;
    clearInterval(ticks);
    assert.ok(order.indexOf('read') >= 3, `the timer ran while the report was read: ${order.join(' ')}`);
    assert.deepEqual(got, readOneAlone(long.id, long));
    assert.equal(pool.reads, 2);
  } finally {
    await pool.close();
  }
});

test('a retried job whose document is committed finds it without reading it again', async () => {
  const store = await Store.open(':memory:');
  const pool = new ReadPool(1);
  try {
    const c = await store.createCase('retried');
    const job = { caseId: c.id, caseName: c.name, document: seeds[1]! };
    const first = await ingestOne(store, job, pool);
    assert.equal(first.status, 'added');
    assert.equal(pool.reads, 1);
    // The worker died after its commit and before the queue heard of it: the job runs again.
    const again = await ingestOne(store, job, pool);
    assert.equal(again.status, 'duplicate');
    assert.equal(again.existing, first.document);
    assert.equal(pool.reads, 1, 'nothing read again');
    // The reading committed through the thread is the one the store makes itself.
    const direct = await Store.open(':memory:');
    const d = await direct.createCase('direct');
    await direct.addDocuments(d.id, [seeds[1]!]);
    const strip = (x: Record<string, unknown>): unknown => ({ ...x, added: undefined });
    assert.deepEqual(
      strip(await store.getDocument(c.id, first.document)),
      strip(await direct.getDocument(d.id, first.document)),
    );
    await direct.close();
  } finally {
    await pool.close();
    await store.close();
  }
});
