// A dual's claim covers the counted phrase as a number and its noun do (`ثلاثة مدنيين`): the number
// adjective after it included (`مدنيين اثنين`), the subject the noun alone. Sentences are isnad's own.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../index.js';

function claims(text: string): { text: string; subject: string }[] {
  return analyze(text, { id: 'd', published: '2023-11-12' }).claims.map((c) => ({
    text: c.text,
    subject: c.subject.text,
  }));
}

test('a dual and its number adjective are one counted phrase; the subject is the noun', () => {
  assert.deepEqual(claims('وأدى القصف إلى مقتل مدنيين اثنين في المدينة.'), [
    { text: 'مدنيين اثنين', subject: 'مدنيين' },
  ]);
  assert.deepEqual(claims('وقتل مدنيان اثنان في القصف.'), [{ text: 'مدنيان اثنان', subject: 'مدنيان' }]);
  assert.deepEqual(claims('وقتل ثلاثة مدنيين في القصف.'), [{ text: 'ثلاثة مدنيين', subject: 'مدنيين' }]);
});

test('not the dual: a bare dual, and Monday after it', () => {
  assert.deepEqual(claims('وأصيب شرطيان في الهجوم.'), [{ text: 'شرطيان', subject: 'شرطيان' }]);
  assert.deepEqual(claims('وقتل شرطيين الاثنين الماضي في الهجوم.'), [{ text: 'شرطيين', subject: 'شرطيين' }]);
});
