// A toll counted over an uncounted span of days up to the report (`خلال الأيام الماضية`) is no day's
// toll: its time is an open span that ends on the report's day (`end` alone). `حتى الآن` and a span
// ahead of the report date nothing. A running total since a protest movement began is background.
// Sentences are isnad's own (published Sunday 12 November 2023).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scopedTimesOn } from '../../../testing/claim-times.js';

const times = scopedTimesOn('2023-11-12');

test('a toll of the past days is an open span ending on the report’s day', () => {
  assert.deepEqual(times('وفي الأيام الأخيرة، قتل 17 شخصا في الغارات على البلدة.'), [
    { text: '17 شخصا', time: { end: '2023-11-12', text: 'الأيام الأخيرة' }, scope: null },
  ]);
  assert.deepEqual(times('وقتل 12 شخصا في المدينة خلال الأسابيع الماضية.'), [
    { text: '12 شخصا', time: { end: '2023-11-12', text: 'الأسابيع الماضية' }, scope: null },
  ]);
});

test('the toll so far, of the past hours, and a span ahead, date nothing', () => {
  assert.deepEqual(times('وقتل 16 عنصرا في المعارك خلال الساعات الماضية.'), [
    { text: '16 عنصرا', time: null, scope: null },
  ]);
  assert.deepEqual(times('وقتل 17 شخصا في الغارات على البلدة حتى الآن.'), [
    { text: '17 شخصا', time: null, scope: null },
  ]);
  assert.deepEqual(times('ويخشى أن يقتل 17 شخصا آخرون في الأيام المقبلة.'), [
    { text: '17 شخصا', time: null, scope: null },
  ]);
});

test('a total since the protests began is background, never a day’s toll', () => {
  assert.deepEqual(times('وقتل 40 شخصا منذ بدء المظاهرات في البلاد.'), [
    { text: '40 شخصا', time: null, scope: 'background' },
  ]);
});
