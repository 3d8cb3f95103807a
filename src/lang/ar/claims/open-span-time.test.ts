// A span reaching back from the publication day without a count (`خلال الأيام الأخيرة`) dates no
// claim: it has no first day, so the claim's time stays unstated rather than the publication day or
// a day the span does not name. Sentences are isnad's own.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timesOn } from '../../../testing/claim-times.js';

/** Each claim's text and the day that dates it (null: none). */
function times(text: string): { text: string; time: string | null }[] {
  return timesOn('2023-11-12')(text).map((c) => ({ text: c.text, time: c.time?.date ?? null }));
}

test('an uncounted span up to the publication day leaves the claim undated', () => {
  assert.deepEqual(times('وقتل 12 شخصا خلال الأيام الأخيرة في قصف على المدينة.'), [
    { text: '12 شخصا', time: null },
  ]);
  assert.deepEqual(times('واعتقلت الشرطة 40 شخصا في الأسابيع الماضية.'), [{ text: '40 شخصا', time: null }]);
});

test('a day named beside it still dates the claim', () => {
  assert.deepEqual(times('وقتل 12 شخصا أمس في قصف على المدينة بعد تصعيد شهدته الأيام الأخيرة.'), [
    { text: '12 شخصا', time: '2023-11-11' },
  ]);
});
