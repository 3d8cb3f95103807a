// A day named right after a plan word (`المقرر`، `المزمع`) is the day something is to start: it
// dates no figure of the sentence. Sentences are isnad's own.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timesOn } from '../../../testing/claim-times.js';

const times = timesOn('2018-04-14');

test('a day just after a plan word dates no figure', () => {
  assert.deepEqual(
    times('ومن المقرر أن تبدأ اللجنة عملها اليوم السبت للتحقيق في هجوم على البلدة أسفر عن مقتل 25 شخصا.'),
    [{ text: '25 شخصا', time: null }],
  );
});

test('a day far from a plan word, or with none, still dates the figure', () => {
  assert.deepEqual(times('وقتل 25 شخصا اليوم السبت في هجوم على البلدة.'), [
    { text: '25 شخصا', time: { date: '2018-04-14', text: 'اليوم السبت' } },
  ]);
  assert.deepEqual(
    times('ومن المقرر أن تبدأ اللجنة عملها في البلدة الأسبوع المقبل، بعد هجوم أسفر أمس عن مقتل 25 شخصا.'),
    [{ text: '25 شخصا', time: { date: '2018-04-13', text: 'أمس' } }],
  );
});
