import { test } from 'node:test';
import assert from 'node:assert/strict';
import { containsTokens, foldName, foldTokens, namesEqual, namesOverlap } from './fold.js';
import { locateQuote } from './locate.js';
import { describeQuantity, figureAgrees, magnitude } from './figure.js';

test('foldName: alef, ya, ta marbuta, diacritics, tatweel, article, quotes, digits', () => {
  assert.equal(foldName('إدارةُ السّجـــن'), 'اداره سجن');
  assert.equal(foldName('مستشفى'), 'مستشفي');
  assert.equal(foldName('لـ"الحل نت"'), 'حل نت');
  assert.equal(foldName('لـ«قسد»'), 'قسد');
  assert.equal(foldName('  فرانس   ٢٤ '), 'فرانس 24');
  assert.equal(foldName('Sky News, Arabia'), 'sky news arabia');
  // A short word that merely starts with ال keeps it.
  assert.deepEqual(foldTokens('الى الآن'), ['الي', 'ان']);
});

test('foldName keeps a plain ل that is part of the word', () => {
  assert.equal(foldName('لبنان'), 'لبنان');
  assert.equal(foldName('للمدنيين'), 'للمدنيين');
});

test('containsTokens matches whole contiguous tokens only', () => {
  assert.equal(containsTokens(['مسؤول', 'اميركي', 'كبير'], ['مسؤول', 'اميركي']), true);
  assert.equal(containsTokens(['مسؤول', 'اميركي', 'كبير'], ['مسؤول', 'كبير']), false);
  assert.equal(containsTokens(['مسؤولين'], ['مسؤول']), false);
  assert.equal(containsTokens(['a'], []), false);
});

test('namesEqual and namesOverlap fold both sides', () => {
  assert.equal(namesEqual('أورينت نيوز', 'اورينت نيوز'), true);
  assert.equal(namesEqual('', ''), false);
  assert.equal(namesOverlap('مسؤول أميركي', 'المسؤول الأميركي الكبير'), true);
  assert.equal(namesOverlap('موقع تطورات العالم الإسلامي', 'الموقع'), true);
  assert.equal(namesOverlap('مسؤول أميركي', 'مسؤول كردي'), false);
});

test('locateQuote: n-th exact occurrence', () => {
  const text = 'قتل 5 أشخاص ثم قتل 5 أشخاص';
  const first = locateQuote(text, 'قتل 5', 1);
  const second = locateQuote(text, 'قتل 5', 2);
  assert.deepEqual(first, { kind: 'found', span: { start: 0, end: 5, folded: false } });
  assert.deepEqual(second, { kind: 'found', span: { start: 15, end: 20, folded: false } });
  assert.deepEqual(locateQuote(text, 'قتل 5', 3), { kind: 'not_found', found: 2 });
});

test('locateQuote: falls back to the mark-free view and maps back to the original', () => {
  const text = 'أعلنت قســدُ مقتلَ ثمانيةٍ عناصر';
  const found = locateQuote(text, 'مقتل ثمانية', 1);
  assert.equal(found.kind, 'found');
  if (found.kind !== 'found') return;
  assert.equal(found.span.folded, true);
  // The trailing tanwin belongs to the quote.
  assert.equal(text.slice(found.span.start, found.span.end), 'مقتلَ ثمانيةٍ');
});

test('magnitude is floor(log10) on integers, exact at powers of ten', () => {
  assert.equal(magnitude(9), 0);
  assert.equal(magnitude(10), 1);
  assert.equal(magnitude(99), 1);
  assert.equal(magnitude(1000), 3);
  assert.equal(magnitude(200000), 5);
  assert.equal(magnitude(0), null);
  assert.equal(magnitude(null), null);
});

test('figureAgrees by qualifier mode', () => {
  const q = (
    low: number | null,
    high: number | null,
    point: number | null,
    qualifier = 'exact' as const,
  ) => ({
    low,
    high,
    point,
    qualifier,
  });
  // Bounds compare the stated point, not the implied band.
  const approx = { low: 180, high: 220, point: 200, qualifier: ['approx' as const] };
  assert.equal(figureAgrees(approx, { low: 190, high: 210, point: 200, qualifier: 'approx' }), true);
  assert.equal(figureAgrees(approx, { low: 180, high: 220, point: 201, qualifier: 'approx' }), false);
  // Range compares low and high.
  const range = { low: 60, high: 90, point: null, qualifier: ['range' as const] };
  assert.equal(figureAgrees(range, { low: 60, high: 90, point: null, qualifier: 'range' }), true);
  assert.equal(figureAgrees(range, { low: 60, high: 80, point: null, qualifier: 'range' }), false);
  // Vague compares magnitude: gold العشرات 20..99 vs ACLED's tens = 10.
  const tens = { low: 20, high: 99, point: null, qualifier: ['vague' as const] };
  assert.equal(figureAgrees(tens, q(10, null, null)), true);
  assert.equal(figureAgrees(tens, q(100, null, null)), false);
  // Any acceptable qualifier may agree.
  const either = { low: 2, high: null, point: 2, qualifier: ['at_least' as const, 'exact' as const] };
  assert.equal(figureAgrees(either, q(2, 2, 2)), true);
  // A gold claim without any figure has nothing to disagree with.
  assert.equal(figureAgrees({ low: null, high: null, point: null, qualifier: ['approx'] }, q(2, 2, 2)), true);
  assert.equal(
    describeQuantity({ low: 201, high: null, point: 200, qualifier: 'more_than' }),
    'more_than 200 [201..∅]',
  );
});
