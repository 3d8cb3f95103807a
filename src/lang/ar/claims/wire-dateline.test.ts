// ar/attribution/wire-dateline on whole reports: an agency's dateline in another outlet's copy relays
// the body's claims; the agency's own page, an unlisted bracket and the headline stay as they are.
// Reports are isnad's own sentences.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../index.js';

const BODY = 'قتل 12 شخصا في قصف على سوق المدينة، وأصيب 20 آخرون بجروح.';

function chains(text: string, source: string): string[][] {
  const doc = analyze(text, { id: 'd', published: '2024-05-14', source });
  return doc.claims.map((c) => c.attribution.map((h) => h.name));
}

test("a listed agency's dateline relays the body's claims on another outlet's page", () => {
  const got = chains(`الخرطوم (أ ف ب) - ${BODY}`, 'صحيفة الأيام');
  assert.ok(got.length >= 2, `claims: ${JSON.stringify(got)}`);
  for (const chain of got) assert.deepEqual(chain.slice(0, 2), ['صحيفة الأيام', 'أ ف ب']);
});

test("the agency's own page, an unlisted bracket and the headline take no dateline hop", () => {
  for (const chain of chains(`الخرطوم (رويترز) - ${BODY}`, 'Reuters Arabic'))
    assert.ok(!chain.includes('رويترز'), JSON.stringify(chain));
  for (const chain of chains(`روما (إيطاليا) - ${BODY}`, 'صحيفة الأيام'))
    assert.deepEqual(chain, ['صحيفة الأيام']);
  const doc = analyze(`مقتل 5 أشخاص في قصف على سوق\n\nالخرطوم (أ ف ب) - ${BODY}`, {
    id: 'd',
    published: '2024-05-14',
    source: 'صحيفة الأيام',
  });
  const headline = doc.claims.find((c) => c.quantity.point === 5);
  assert.ok(headline, 'the headline figure is found');
  assert.deepEqual(
    headline.attribution.map((h) => h.name),
    ['صحيفة الأيام'],
  );
});
