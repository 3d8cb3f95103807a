// A day after `منذ` opens a span up to the report: the figure counts from that day on (`start`
// alone), never that day's toll. A day named alone dates the claim; so does `منذ` with the report's
// own day. Sentences are isnad's own (published Sunday 12 November 2023).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timesOn } from '../../../testing/claim-times.js';

const times = timesOn('2023-11-12');

test('a toll counted since a day is a span from that day, not that day', () => {
  assert.deepEqual(times('وأوقعت المواجهات في المدينة 25 قتيلا منذ الاثنين الماضي.'), [
    { text: '25 قتيلا', time: { start: '2023-11-06', text: 'الاثنين الماضي' } },
  ]);
  assert.deepEqual(times('وقتل 9 أشخاص في الاشتباكات منذ 7 تشرين الثاني.'), [
    { text: '9 أشخاص', time: { start: '2023-11-07', text: '7 تشرين الثاني' } },
  ]);
});

test('a day named alone, or since the report’s own day or the day before, dates the claim', () => {
  assert.deepEqual(times('وقتل 25 شخصا في قصف على المدينة السبت الماضي.'), [
    { text: '25 شخصا', time: { date: '2023-11-11', text: 'السبت الماضي' } },
  ]);
  assert.deepEqual(times('وقتل 25 شخصا في المدينة منذ مساء أمس.'), [
    { text: '25 شخصا', time: { date: '2023-11-11', text: 'مساء أمس' } },
  ]);
  assert.deepEqual(times('وقتل 25 شخصا في المدينة منذ صباح اليوم.'), [
    { text: '25 شخصا', time: { date: '2023-11-12', text: 'صباح اليوم' } },
  ]);
});
