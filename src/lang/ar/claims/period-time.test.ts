// A claim no day dates takes the month or year its sentence names with the year stated, as its first
// and last day: a figure of another year is recalled, not news of the report's days. Sentences are
// isnad's own.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../index.js';
import { timesOn } from '../../../testing/claim-times.js';
import { claimRole } from '../../../engine/link/events.js';

const PUBLISHED = '2018-03-23';
const times = timesOn(PUBLISHED);

test('a year or a month stated with its year dates a claim no day dates', () => {
  assert.deepEqual(
    times('وطالب بالإفراج عن منفذ هجمات نفذها التنظيم في المدينة عام 2015 وأسفرت عن مقتل 130 شخصا.'),
    [{ text: '130 شخصا', time: { start: '2015-01-01', end: '2015-12-31', text: 'عام 2015' } }],
  );
  assert.deepEqual(times('وفي تشرين الثاني 2016 قتل 45 شخصا في تفجير سوق المدينة.'), [
    { text: '45 شخصا', time: { start: '2016-11-01', end: '2016-11-30', text: 'تشرين الثاني 2016' } },
  ]);
});

test('a day beats a month; a span since a year, or a month without its year, dates nothing', () => {
  assert.deepEqual(times('وقتل 12 شخصا أمس في أعنف هجوم تشهده المدينة منذ عام 2015.'), [
    { text: '12 شخصا', time: { date: '2018-03-22', text: 'أمس' } },
  ]);
  assert.deepEqual(
    times('وقتل أكثر من 350 ألف شخص منذ عام 2011.').map((c) => c.time),
    [null],
  );
  assert.deepEqual(
    times('ومنذ آذار 2011 قتل أكثر من 350 ألف شخص.').map((c) => c.time),
    [null],
  );
  assert.deepEqual(
    times('وقتل 30 شخصا خلال الشهر الماضي في المحافظة.').map((c) => c.time),
    [null],
  );
});

test('a figure of an earlier year is recalled: it opens no incident', () => {
  const doc = analyze('وأسفرت هجمات نفذها التنظيم في المدينة عام 2015 عن مقتل 130 شخصا.', {
    id: 'd',
    published: PUBLISHED,
  });
  assert.equal(claimRole(doc.claims[0]!, PUBLISHED), 'recalled');
  // Must not: a figure of the report's own year, with no day, stays an event of its days.
  const own = analyze('وقتل 40 شخصا في هجمات على المدينة في آذار 2018.', { id: 'd', published: PUBLISHED });
  assert.equal(claimRole(own.claims[0]!, PUBLISHED), 'event');
});
