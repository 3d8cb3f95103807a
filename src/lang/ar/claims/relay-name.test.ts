// `وفقا لما نقلته وكالة …`، `حسب ما ذكرته الصحيفة`: the relative closes the cue and the verb's pronoun
// is the clause; the outlet's name starts after the verb. Names are compared whole: the fixtures'
// chains compare substrings, which a name carrying the verb still holds. Sentences are isnad's own.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../index.js';

function chains(text: string): string[][] {
  const doc = analyze(text, { id: 'd', published: '2018-04-14' });
  return doc.claims.map((c) => c.attribution.slice(1).map((h) => h.name));
}

test('an outlet after a relative that closes the cue is named without the verb', () => {
  assert.deepEqual(
    chains(
      'وقال وزير الدفاع سالم العتيبي، وفقا لما نقلته وكالة الأنباء الكويتية، إن 12 جنديا قتلوا في الهجوم.',
    ),
    [['وكالة الأنباء الكويتية', 'سالم العتيبي']],
  );
  assert.deepEqual(chains('واعتقلت الشرطة 30 شخصا في المدينة، حسب ما ذكرته صحيفة الأيام المحلية.'), [
    ['صحيفة الأيام المحلية'],
  ]);
});

test('a verb of relaying after the relative still passes on the source after عن', () => {
  assert.deepEqual(chains('وقتل 7 أشخاص في القصف، وفقا لما نقلته صحيفة الأيام المحلية عن شهود عيان.'), [
    ['صحيفة الأيام المحلية', 'شهود عيان'],
  ]);
});

test('a verb of relaying after a statement noun never makes the outlet the statement speaker', () => {
  const [chain] = chains(
    'وقال الوزير سالم العتيبي في تصريح نقلته وكالات الأنباء المحلية إن 12 جنديا قتلوا في الهجوم.',
  );
  assert.equal(chain?.at(-1), 'سالم العتيبي');
});
