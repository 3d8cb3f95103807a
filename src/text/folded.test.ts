// The offset map of a folded text, tested with small language-free steps (the Arabic steps have
// their own tests in lang/ar/normalize): every folded span must map back into the original text.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  FoldBuilder,
  applyLookup,
  compileSteps,
  editUnits,
  composeTables,
  originalSlice,
  removeUnits,
  toOriginal,
  unfolded,
} from './folded.js';
import type { FoldStep, FoldedText } from './folded.js';
import { prng } from '../testing/prng.js';

/** Deletes `~`, expands `ß` to `ss`, then upper case to lower case: one composed table run. */
const stripTilde: FoldStep = { kind: 'table', id: 'test/tilde', table: new Map([['~', '']]) };
const expandSharpS: FoldStep = { kind: 'table', id: 'test/sharp-s', table: new Map([['ß', 'SS']]) };
const lower: FoldStep = {
  kind: 'table',
  id: 'test/lower',
  table: new Map(
    Array.from({ length: 26 }, (_, k): [string, string] => [
      String.fromCharCode(0x41 + k),
      String.fromCharCode(0x61 + k),
    ]),
  ),
};
/** A context pass: a `.` between two letters is dropped (`a.b` → `ab`), never at a word edge. */
const joinDots: FoldStep = {
  kind: 'pass',
  id: 'test/join-dots',
  run: (input) => {
    const remove = new Set<number>();
    for (const m of input.text.matchAll(/(?<=[a-z])\.(?=[a-z])/g)) remove.add(m.index);
    return removeUnits(input, remove);
  },
};
const testNormalize = compileSteps([stripTilde, expandSharpS, lower, joinDots]);

function mapped(folded: FoldedText, start: number, end: number): string {
  const span = toOriginal(folded, start, end);
  return folded.original.slice(span.start, span.end);
}

test('unfolded: the identity map, one unit per unit', () => {
  const f = unfolded('abc');
  assert.equal(f.text, 'abc');
  assert.equal(f.original, 'abc');
  assert.deepEqual([...f.starts], [0, 1, 2]);
  assert.deepEqual([...f.ends], [1, 2, 3]);
  assert.deepEqual(toOriginal(f, 1, 3), { start: 1, end: 3 });
});

test('toOriginal: empty text, empty spans and out-of-range offsets are clamped, never thrown', () => {
  assert.deepEqual(toOriginal(unfolded(''), 0, 5), { start: 0, end: 0 });
  const f = testNormalize('x~~y');
  assert.equal(f.text, 'xy');
  // An empty span sits before the next folded unit: after the deleted tildes.
  assert.deepEqual(toOriginal(f, 1, 1), { start: 3, end: 3 });
  assert.deepEqual(toOriginal(f, 2, 2), { start: 4, end: 4 });
  assert.deepEqual(toOriginal(f, 0, 0), { start: 0, end: 0 });
  assert.deepEqual(toOriginal(f, -3, 99), { start: 0, end: 4 });
  assert.deepEqual(toOriginal(f, 2, 1), { start: 4, end: 4 });
  assert.deepEqual(toOriginal(f, 7, 9), { start: 4, end: 4 });
});

test('FoldBuilder: every unit of a replacement points at the whole source span', () => {
  const b = new FoldBuilder();
  b.push('a', 0, 1);
  b.push('ss', 1, 2);
  b.push('', 2, 3);
  b.push('c', 3, 4);
  const f = b.finish('aßxc');
  assert.equal(f.text, 'assc');
  assert.deepEqual([...f.starts], [0, 1, 1, 3]);
  assert.deepEqual([...f.ends], [1, 2, 2, 4]);
  assert.equal(originalSlice(f, 1, 2), 'ß');
  assert.equal(originalSlice(f, 1, 4), 'ßxc');
});

test('composeTables: later tables read the output of earlier ones; unchanged units stay undefined', () => {
  const lookup = composeTables([new Map([['a', 'bb']]), new Map([['b', 'c']]), new Map([['d', '']])]);
  assert.equal(lookup['a'.charCodeAt(0)], 'cc');
  assert.equal(lookup['b'.charCodeAt(0)], 'c');
  assert.equal(lookup['d'.charCodeAt(0)], '');
  assert.equal(lookup['e'.charCodeAt(0)], undefined);
  // Order matters: the same tables the other way round do not chain.
  const reversed = composeTables([new Map([['b', 'c']]), new Map([['a', 'bb']])]);
  assert.equal(reversed['a'.charCodeAt(0)], 'bb');
});

test('applyLookup: untouched input is returned as is; deletions and expansions keep the map', () => {
  const lookup = composeTables([
    new Map([
      ['~', ''],
      ['ß', 'ss'],
    ]),
  ]);
  const plain = unfolded('plain');
  assert.equal(applyLookup(plain, lookup), plain);
  const f = applyLookup(unfolded('a~ß~b'), lookup);
  assert.equal(f.text, 'assb');
  assert.deepEqual([...f.starts], [0, 2, 2, 4]);
  assert.deepEqual([...f.ends], [1, 3, 3, 5]);
  assert.equal(mapped(f, 1, 3), 'ß');
  assert.equal(mapped(f, 0, 4), 'a~ß~b');
  assert.equal(mapped(f, 2, 4), 'ß~b');
});

test('removeUnits: removed units vanish from the text and the map; an empty set is a no-op', () => {
  const base = unfolded('a.b.c');
  assert.equal(removeUnits(base, new Set()), base);
  const f = removeUnits(base, new Set([3, 1]));
  assert.equal(f.text, 'abc');
  assert.deepEqual([...f.starts], [0, 2, 4]);
  assert.deepEqual([...f.ends], [1, 3, 5]);
  assert.equal(mapped(f, 1, 3), 'b.c');
});

test('compileSteps: tables and passes run in order and the map survives every stage', () => {
  const f = testNormalize('Gro~ß.Stra~ße x. y');
  assert.equal(f.text, 'grossstrasse x. y');
  assert.equal(f.original, 'Gro~ß.Stra~ße x. y');
  const at = f.text.indexOf('strasse');
  assert.equal(mapped(f, at, at + 'strasse'.length), 'Stra~ße');
  assert.equal(mapped(f, 0, 5), 'Gro~ß');
  // Only half of an expansion still maps to the whole source unit.
  assert.equal(mapped(f, 3, 4), 'ß');
  // The dot before a space is kept (the pass only joins between letters).
  assert.equal(mapped(f, f.text.indexOf('x.'), f.text.indexOf('x.') + 2), 'x.');
});

test('property: every folded span of a compiled normalizer maps in bounds, ordered and monotonic', () => {
  const alphabet = [...'abcXYZß~.. ', '😀'];
  const random = prng(0x15_4a_d0);
  for (let n = 0; n < 500; n++) {
    const length = Math.floor(random() * 24);
    let s = '';
    for (let k = 0; k < length; k++) s += alphabet[Math.floor(random() * alphabet.length)]!;
    const f = testNormalize(s);
    const size = f.text.length;
    assert.equal(f.starts.length, size, `starts length for ${JSON.stringify(s)}`);
    assert.equal(f.ends.length, size, `ends length for ${JSON.stringify(s)}`);
    for (let i = 0; i <= size; i++) {
      for (let j = i; j <= size; j++) {
        const span = toOriginal(f, i, j);
        const here = `[${i},${j}) of ${JSON.stringify(s)} (case ${n})`;
        assert.ok(span.start >= 0 && span.end <= s.length, `in bounds ${here}`);
        assert.ok(span.start <= span.end, `ordered ${here}`);
        if (j > i) assert.ok(span.end > span.start, `a non-empty span stays non-empty ${here}`);
        if (i > 0) assert.ok(toOriginal(f, i - 1, j).start <= span.start, `monotonic start ${here}`);
        if (j > i) assert.ok(toOriginal(f, i, j - 1).end <= span.end, `monotonic end ${here}`);
      }
    }
  }
});

test('editUnits: replacements, deletions and expansions keep every unit mapped to its source', () => {
  const base = unfolded('abcdef');
  const f = editUnits(base, [
    { start: 0, end: 2, text: 'X' },
    { start: 2, end: 3, text: '' },
    { start: 4, end: 5, text: 'YZ' },
  ]);
  assert.equal(f.text, 'XdYZf');
  assert.deepEqual([...f.starts], [0, 3, 4, 4, 5]);
  assert.deepEqual([...f.ends], [2, 4, 5, 5, 6]);
  // Overlapping, empty and out-of-range edits are ignored, never thrown on.
  const g = editUnits(base, [
    { start: 1, end: 3, text: '-' },
    { start: 2, end: 4, text: '?' },
    { start: 5, end: 5, text: '!' },
    { start: 5, end: 9, text: '!' },
  ]);
  assert.equal(g.text, 'a-def');
});

test('property: random edits over random texts keep the map ordered, in bounds and covering', () => {
  const random = prng(0xed_17);
  for (let n = 0; n < 1000; n++) {
    const length = Math.floor(random() * 30);
    let s = '';
    for (let k = 0; k < length; k++) s += 'abcdefghij'[Math.floor(random() * 10)]!;
    const base = random() < 0.5 ? unfolded(s) : testNormalize(s);
    const edits: { start: number; end: number; text: string }[] = [];
    let at = 0;
    while (at < base.text.length) {
      at += Math.floor(random() * 4);
      const end = at + 1 + Math.floor(random() * 3);
      if (end > base.text.length) break;
      edits.push({ start: at, end, text: ['', 'x', 'yz'][Math.floor(random() * 3)]! });
      at = end;
    }
    const f = editUnits(base, edits);
    let expected = '';
    let from = 0;
    for (const e of edits) {
      expected += base.text.slice(from, e.start) + e.text;
      from = e.end;
    }
    expected += base.text.slice(from);
    const where = `case ${n}: ${JSON.stringify(s)}`;
    assert.equal(f.text, expected, where);
    assert.equal(f.starts.length, f.text.length, where);
    for (let i = 0; i < f.text.length; i++) {
      assert.ok(f.starts[i]! < f.ends[i]! && f.ends[i]! <= s.length, `unit ${i} ${where}`);
      if (i > 0)
        assert.ok(f.starts[i - 1]! <= f.starts[i]! && f.ends[i - 1]! <= f.ends[i]!, `order ${i} ${where}`);
    }
  }
});
