import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RecordTable, spellingHash } from './record-table.js';

const made = (calls: string[]) => (spelling: string) => {
  calls.push(spelling);
  return { text: spelling };
};

test('record table: one record per spelling, found from any range that spells it', () => {
  const calls: string[] = [];
  const table = new RecordTable<{ text: string }>(1000);
  const text = 'قال الجيش إن الجيش قصف';
  const a = table.get(text, 4, 9, made(calls));
  const b = table.get(text, 13, 18, made(calls));
  const whole = table.get('الجيش', 0, 5, made(calls));
  assert.equal(a.text, 'الجيش');
  assert.equal(a, b);
  assert.equal(a, whole);
  assert.deepEqual(calls, ['الجيش']);
  // A prefix or a longer word with the same start is another spelling.
  assert.notEqual(table.get(text, 4, 8, made(calls)), a);
  assert.notEqual(table.get('الجيشان', 0, 7, made(calls)), a);
  assert.equal(table.size, 3);
});

test('record table: grows past its first slots and starts over when full', () => {
  const table = new RecordTable<{ text: string }>(20_000);
  const words = Array.from({ length: 10_000 }, (_, k) => `w${k}`);
  const first = words.map((w) => table.get(w, 0, w.length, (s) => ({ text: s })));
  words.forEach((w, k) =>
    assert.equal(
      table.get(`x ${w} y`, 2, 2 + w.length, () => ({ text: '!' })),
      first[k],
    ),
  );
  const small = new RecordTable<{ text: string }>(2);
  const one = small.get('a', 0, 1, (s) => ({ text: s }));
  small.get('b', 0, 1, (s) => ({ text: s }));
  small.get('c', 0, 1, (s) => ({ text: s }));
  assert.equal(small.size, 1);
  assert.notEqual(
    small.get('a', 0, 1, (s) => ({ text: s })),
    one,
  );
});

test('record table: spellings that collide on their hash stay apart', () => {
  // Two spellings forced into one hash slot sequence: the table compares the letters, not the hash.
  const table = new RecordTable<{ text: string }>(1000);
  const seen = new Map<number, string>();
  let pair: [string, string] | null = null;
  for (let k = 0; k < 200_000 && !pair; k++) {
    const w = `s${k}`;
    const h = spellingHash(w, 0, w.length) & 0xfff;
    const other = seen.get(h);
    if (other !== undefined) pair = [other, w];
    else seen.set(h, w);
  }
  assert.ok(pair);
  const [x, y] = pair;
  const rx = table.get(x, 0, x.length, (s) => ({ text: s }));
  const ry = table.get(y, 0, y.length, (s) => ({ text: s }));
  assert.notEqual(rx, ry);
  assert.equal(
    table.get(x, 0, x.length, () => ({ text: '!' })),
    rx,
  );
  assert.equal(
    table.get(y, 0, y.length, () => ({ text: '!' })),
    ry,
  );
});
