// Quantities read from tokens of the matching view: tokenize(normalize(s).text), as the pack does.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../../text/tokens.js';
import type { Token } from '../../../text/tokens.js';
import { normalize } from '../normalize/index.js';
import {
  APPROX_BAND,
  interval,
  qualifierAfter,
  qualifierBefore,
  readCardinal,
  readVague,
} from './numbers.js';
import { loadArabicLexicon } from '../lexicon/lexicon.js';

const LEXICON = loadArabicLexicon();

function toks(s: string): Token[] {
  return tokenize(normalize(s).text);
}

/** [input, value, tokens consumed] */
const cardinals: readonly [string, number, number][] = [
  ['أحد عشر', 11, 2],
  ['إحدى عشرة', 11, 2],
  ['اثنا عشر', 12, 2],
  ['اثني عشر', 12, 2],
  ['ثلاثة عشر', 13, 2],
  ['خمسة وعشرون', 25, 2],
  ['واحد وعشرون', 21, 2],
  ['تسعة وتسعون', 99, 2],
  ['ثلاث مئة', 300, 2],
  ['ثلاثمئة', 300, 1],
  ['ثلاثمائة', 300, 1],
  ['مئتان', 200, 1],
  ['مئتين وخمسين', 250, 2],
  ['مئة وعشرة', 110, 2],
  ['أربعة آلاف', 4000, 2],
  ['أربعة آلاف وخمسمئة', 4500, 3],
  ['ألف وخمسمئة', 1500, 2],
  ['ألفين', 2000, 1],
  ['عشرة آلاف', 10000, 2],
  ['خمسة عشر ألفاً', 15000, 3],
  ['مئة ألف', 100000, 2],
  ['ثلاثمئة ألف', 300000, 2],
  ['12 ألف', 12000, 2],
  ['150ألف', 150000, 2],
  ['45 ألفا', 45000, 2],
  ['مليون ونصف', 1500000, 2],
  ['مليونان ونصف', 2500000, 2],
  ['نصف مليون', 500000, 2],
  ['ربع مليون', 250000, 2],
  ['ثلاثة ملايين', 3000000, 2],
  ['3.5 مليون', 3500000, 2],
  ['٣٫٥ مليون', 3500000, 2],
  ['6.1 مليون', 6100000, 2],
  ['4,000', 4000, 1],
  ['٤٬٠٠٠', 4000, 1],
  ['1.300.000', 1300000, 1],
  ['374', 374, 1],
];

for (const [input, value, consumed] of cardinals) {
  test(`readCardinal: ${input} = ${value}`, () => {
    const t = toks(input);
    const c = readCardinal(LEXICON, t, 0);
    assert.ok(c, `no cardinal in ${input}`);
    assert.equal(c.value, value);
    assert.equal(c.end, consumed);
    assert.equal(c.vague, false);
    assert.ok(c.rules.length > 0 && c.rules.every((r) => r.startsWith('ar/number/')), c.rules.join(','));
  });
}

test('readCardinal: a figure stops before the next word and starts anywhere in the tokens', () => {
  const t = toks('فر 200سجين من السجن');
  assert.equal(readCardinal(LEXICON, t, 0), null);
  const c = readCardinal(LEXICON, t, 1);
  assert.equal(c?.value, 200);
  assert.equal(c?.end, 2);
  assert.deepEqual(c?.rules, ['ar/number/digits']);
  assert.equal(readCardinal(LEXICON, t, 99), null);
});

test('readCardinal: not numbers — ordinals, a lone fraction, vague plurals, أحد alone', () => {
  for (const s of ['الثاني', 'ثلث', 'عشرات', 'مئات', 'آلاف', 'نحو', 'أحد المهاجمين', '']) {
    assert.equal(readCardinal(LEXICON, toks(s), 0), null, s);
  }
});

test('readCardinal: two figures joined by و are two numbers', () => {
  const c = readCardinal(LEXICON, toks('200 و300'), 0);
  assert.equal(c?.value, 200);
  assert.equal(c?.end, 1);
});

test('readCardinal: a separate و token between atoms (خمسة و عشرون)', () => {
  const c = readCardinal(LEXICON, toks('خمسة و عشرون'), 0);
  assert.equal(c?.value, 25);
  assert.equal(c?.end, 3);
});

test('readCardinal: digits after a scale and و (مليون و200 ألف, مليون و 500 ألف)', () => {
  assert.equal(readCardinal(LEXICON, toks('مليون و200 ألف'), 0)?.value, 1200000);
  assert.equal(readCardinal(LEXICON, toks('مليون و 500 ألف'), 0)?.value, 1500000);
});

/** [input, low, high, tokens consumed] */
const vague: readonly [string, number, number | null, number][] = [
  ['عشرات', 10, 99, 1],
  ['العشرات', 10, 99, 1],
  ['بعشرات', 10, 99, 1],
  ['مئات', 100, 999, 1],
  ['آلاف', 1000, 9999, 1],
  ['الآلاف', 1000, 9999, 1],
  ['عشرات الآلاف', 10000, 99999, 2],
  ['مئات الآلاف', 100000, 999999, 2],
  ['ملايين', 1000000, 9999999, 1],
  ['بضعة', 3, 9, 1],
  ['عدد من', 3, null, 2],
];

test('readVague: العديد من (many) is not read as a count', () => {
  assert.equal(readVague(LEXICON, toks('العديد من'), 0), null);
});

for (const [input, low, high, consumed] of vague) {
  test(`readVague: ${input} → ${low}..${high ?? '∞'}`, () => {
    const c = readVague(LEXICON, toks(input), 0);
    assert.ok(c, `no vague amount in ${input}`);
    assert.equal(c.value, low);
    assert.equal(c.high, high);
    assert.equal(c.end, consumed);
    assert.equal(c.vague, true);
  });
}

test('readVague: figures and plain words are not vague', () => {
  for (const s of ['200', 'عشرة', 'مئة', 'عدد', 'قتلى', ''])
    assert.equal(readVague(LEXICON, toks(s), 0), null, s);
});

/** [input, qualifier, qualifier tokens [start, end)] — the figure is the number token. */
const before: readonly [string, string, number, number][] = [
  ['نحو 200', 'approx', 0, 1],
  ['حوالى 200', 'approx', 0, 1],
  ['حوالي 200', 'approx', 0, 1],
  ['قرابة 200', 'approx', 0, 1],
  ['زهاء 200', 'approx', 0, 1],
  ['أكثر من 200', 'more_than', 0, 2],
  ['بأكثر من 200', 'more_than', 0, 2],
  ['ما يزيد على 200', 'more_than', 0, 3],
  ['تجاوز عددهم 200', 'more_than', 0, 1],
  ['تجاوز الـ 4000', 'more_than', 0, 1],
  ['ما لا يقل عن 200', 'at_least', 0, 4],
  ['أقل من 200', 'less_than', 0, 2],
];

for (const [input, qualifier, start, end] of before) {
  test(`qualifierBefore: ${input} → ${qualifier}`, () => {
    const t = toks(input);
    const figure = t.findIndex((x) => x.kind === 'number');
    assert.deepEqual(qualifierBefore(LEXICON, t, figure), { qualifier, start, end });
  });
}

test('qualifierBefore: nothing before a bare figure or a verb', () => {
  assert.equal(qualifierBefore(LEXICON, toks('قتل 200'), 1), null);
  assert.equal(qualifierBefore(LEXICON, toks('200'), 0), null);
});

test('qualifierAfter: على الأقل, تقريبا, فقط', () => {
  assert.deepEqual(qualifierAfter(LEXICON, toks('200 على الأقل'), 1), {
    qualifier: 'at_least',
    start: 1,
    end: 3,
  });
  assert.deepEqual(qualifierAfter(LEXICON, toks('200 تقريباً'), 1), {
    qualifier: 'approx',
    start: 1,
    end: 2,
  });
  assert.deepEqual(qualifierAfter(LEXICON, toks('200 فقط'), 1), { qualifier: 'exact', start: 1, end: 2 });
  assert.equal(qualifierAfter(LEXICON, toks('200 قتيل'), 1), null);
});

test('interval: approx 200 → 180..220 (the documented ±10 % band)', () => {
  assert.equal(APPROX_BAND, 0.1);
  assert.deepEqual(interval(200, 'approx'), { low: 180, high: 220, point: 200, qualifier: 'approx' });
  assert.deepEqual(interval(5, 'approx'), { low: 4, high: 6, point: 5, qualifier: 'approx' });
});

test('interval: bounds from every qualifier', () => {
  assert.deepEqual(interval(200, 'more_than'), { low: 201, high: null, point: 200, qualifier: 'more_than' });
  assert.deepEqual(interval(200, 'at_least'), { low: 200, high: null, point: 200, qualifier: 'at_least' });
  assert.deepEqual(interval(200, 'less_than'), { low: null, high: 199, point: 200, qualifier: 'less_than' });
  assert.deepEqual(interval(200, 'at_most'), { low: null, high: 200, point: 200, qualifier: 'at_most' });
  assert.deepEqual(interval(200, 'exact'), { low: 200, high: 200, point: 200, qualifier: 'exact' });
});

test('the pipeline in small: نحو 12 ألف → approx 12000, 10800..13200', () => {
  const t = toks('فرّ نحو 12 ألف شخص');
  const c = readCardinal(LEXICON, t, 2);
  assert.equal(c?.value, 12000);
  const q = qualifierBefore(LEXICON, t, 2);
  assert.equal(q?.qualifier, 'approx');
  assert.deepEqual(interval(c!.value, q!.qualifier), {
    low: 10800,
    high: 13200,
    point: 12000,
    qualifier: 'approx',
  });
});
