// The one FNV-1a of the readers: its published values, ranges, and the signed form the record table keeps.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fnv1a } from './hash.js';

test('fnv1a gives the published FNV-1a values for ASCII text', () => {
  assert.equal(fnv1a('') >>> 0, 0x811c9dc5);
  assert.equal(fnv1a('a') >>> 0, 0xe40c292c);
  assert.equal(fnv1a('foobar') >>> 0, 0xbf9cf968);
});

test('fnv1a over a range is the hash of the same text cut out', () => {
  const text = 'قال المرصد السوري';
  assert.equal(fnv1a(text, 4, 10), fnv1a(text.slice(4, 10)));
  assert.notEqual(fnv1a(text, 4, 10), fnv1a(text.slice(4, 11)));
});

test('fnv1a is a signed 32-bit value, as an Int32Array keeps it', () => {
  const h = fnv1a('foobar');
  assert.equal(h, h | 0);
  assert.equal(new Int32Array([h])[0], h);
});
