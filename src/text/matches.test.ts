import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchesOf } from './matches.js';

const seen = (it: Iterable<RegExpExecArray>): [number, string][] => [...it].map((m) => [m.index, m[0]]);

test('matchesOf gives what matchAll gives, empty matches and astral code points included', () => {
  const cases: [RegExp, string][] = [
    [/\d+/g, 'a1 22 333'],
    [/x*/g, 'axxb'],
    [/(?:)/gu, 'a😀b'],
    [/[\p{L}]+/gu, 'قتل 😀 الجنود'],
    [/ال/g, 'الالال'],
  ];
  for (const [re, text] of cases)
    assert.deepEqual(seen(matchesOf(text, re)), seen(text.matchAll(re)), `${re}`);
});

test('matchesOf starts over on every call, whatever a broken-off walk left behind', () => {
  const re = /\d/g;
  for (const m of matchesOf('1 2 3', re)) if (m[0] === '2') break;
  assert.deepEqual(seen(matchesOf('4 5', re)), [
    [0, '4'],
    [2, '5'],
  ]);
});
