// The sketch keeps the K smallest distinct shingle hashes as they come: the same as hashing every
// shingle, sorting and taking the smallest distinct ones.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plainLetters } from './sides.js';
import { hasShingle, resemblance, sketch } from './sketch.js';

function fnv1a(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/** The sketch the direct way: every hash sorted, then the 64 smallest distinct. */
function bySorting(text: string): number[] {
  const letters = plainLetters(text.slice(0, 4000));
  const hashes: number[] = [];
  for (let i = 0; i + 5 <= letters.length; i++) hashes.push(fnv1a(letters, i, i + 5));
  return [...new Set(hashes)].sort((a, b) => a - b).slice(0, 64);
}

test('sketch: the 64 smallest distinct shingle hashes, ascending, as sorting them all gives', () => {
  const sentence = 'قتل 12 شخصا وأصيب آخرون في غارة جوية على بلدة في ريف إدلب الجنوبي، بحسب المرصد. ';
  const texts = [
    '',
    'abcd',
    'abcde',
    'a'.repeat(500),
    'ab'.repeat(3000),
    sentence,
    sentence.repeat(60),
    Array.from({ length: 900 }, (_, k) => `كلمة${k} word${k * 7}`).join(' '),
  ];
  for (const text of texts) assert.deepEqual([...sketch(text)], bySorting(text), text.slice(0, 30));
  assert.equal(sketch(sentence.repeat(60)).length, 64);
  assert.equal(resemblance(sketch(sentence), sketch(sentence)), 1);
});

test('sketch: texts its one pass gives up on (a unit that composes or changes under NFKC) are sketched the two-step way, alike', () => {
  const texts = [
    'قال النبي ﷺ في الحديث إن 12 شخصا قتلوا',
    'İstanbul saldırısında 39 kişi öldü',
    'ﻻ إله إلا الله '.repeat(300),
    `${'ا'.repeat(3999)}\ud83d\ude00 tail`,
  ];
  for (const text of texts) assert.deepEqual([...sketch(text)], bySorting(text), text.slice(0, 30));
});

test('hasShingle: whether the sketch holds a hash, whatever path the letters take', () => {
  const texts = [
    '',
    '   ',
    'abcd',
    'ab cd',
    'abcde',
    'ab, c',
    '،،، ... !!',
    'قتل',
    'قتل 12',
    'قَتَلَ',
    'ﷺ',
    'İİ',
    `${' '.repeat(3998)}abcdef`,
    `${' '.repeat(4000)}abcdef`,
  ];
  for (const text of texts)
    assert.equal(hasShingle(text), sketch(text).length > 0, JSON.stringify(text.slice(-8)));
});
