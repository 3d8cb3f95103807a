// Sentences and lines over a folded text.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lines, sentences } from './segment.js';
import type { Span } from '../types.js';

function cut(text: string, spans: readonly Span[]): string[] {
  return spans.map((s) => text.slice(s.start, s.end));
}

test('sentences: no split inside 6.1 or 1.300.000; split at . followed by space', () => {
  const text = 'بلغ العدد 6.1 مليون. ثم ارتفع الى 1.300.000 شخص';
  assert.deepEqual(cut(text, sentences(text)), ['بلغ العدد 6.1 مليون.', 'ثم ارتفع الى 1.300.000 شخص']);
});

test('sentences: split at ؟ ! ? ; ؛ followed by space, and at every newline', () => {
  const text = 'هل قتل احد؟ نعم! قتل 5؛ ثم 3; ثم ماذا? لا\nسطر ثان\r\nسطر ثالث';
  assert.deepEqual(cut(text, sentences(text)), [
    'هل قتل احد؟',
    'نعم!',
    'قتل 5؛',
    'ثم 3;',
    'ثم ماذا?',
    'لا',
    'سطر ثان',
    'سطر ثالث',
  ]);
});

test('sentences: a closing quote after the full stop belongs to the sentence', () => {
  const text = 'قال "قتل 5." ثم غادر';
  const spans = sentences(text);
  assert.deepEqual(cut(text, spans), ['قال "قتل 5."', 'ثم غادر']);
  assert.deepEqual(spans[0], { start: 0, end: 12 });
});

test('sentences: white space is trimmed and blank lines give no sentence', () => {
  const text = '  اولى.   \n\n\t ثانية  ';
  const spans = sentences(text);
  assert.deepEqual(cut(text, spans), ['اولى.', 'ثانية']);
  assert.deepEqual(spans, [
    { start: 2, end: 7 },
    { start: 14, end: 19 },
  ]);
  assert.deepEqual(sentences(''), []);
  assert.deepEqual(sentences(' \n \n '), []);
});

test('sentences: the last sentence needs no terminal; a dot at the very end closes it', () => {
  assert.deepEqual(cut('قتل 5', sentences('قتل 5')), ['قتل 5']);
  assert.deepEqual(cut('قتل 5.', sentences('قتل 5.')), ['قتل 5.']);
});

test('sentences: spans lying inside a skipped span (boilerplate) are dropped', () => {
  const text = 'خبر اول.\nاقرا المزيد\nخبر ثان.';
  const skip = [{ start: 9, end: 20 }];
  assert.deepEqual(cut(text, sentences(text, skip)), ['خبر اول.', 'خبر ثان.']);
});

test('sentences: no split after an abbreviated title followed by a space (د. محمد)', () => {
  const text = 'قال د. محمد ان 5 قتلوا. ثم غادر';
  assert.deepEqual(cut(text, sentences(text)), ['قال د. محمد ان 5 قتلوا.', 'ثم غادر']);
});

test('lines: every line as a span, newline excluded, empty lines kept', () => {
  const text = 'ا\n\nبب\n';
  assert.deepEqual(lines(text), [
    { start: 0, end: 1 },
    { start: 2, end: 2 },
    { start: 3, end: 5 },
    { start: 6, end: 6 },
  ]);
  assert.deepEqual(lines(''), [{ start: 0, end: 0 }]);
});
