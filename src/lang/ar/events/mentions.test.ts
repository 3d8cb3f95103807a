// Event mentions (mentions.ts) over fixtures/ar/events/mentions.jsonl, through the public
// `analyzeMany`: each line is one report (headline, then body) of 2018-05-15.
//
//   { "id": "mentions-001", "input": "headline\nbody",
//     "expect"?: [ { "text": "مقتل", "kind": "killing", "where"?: "title", "aside"?: "question",
//                    "place"?: "غزة" } ],
//     "retrospective"?: "الذكرى", "event": true | false }
//
// `expect`: a mention with exactly this text, kind and (when given) where, aside (absent: none) and
// place. `retrospective`: the report looks back with this cue. `event`: the report's event status.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeMany } from '../../../index.js';

interface Expect {
  readonly text: string;
  readonly kind: string;
  readonly where?: string;
  readonly aside?: string;
  readonly place?: string;
}

interface MentionCase {
  readonly id: string;
  readonly input: string;
  readonly expect?: readonly Expect[];
  readonly retrospective?: string;
  readonly event: boolean;
}

const FILE = new URL('../../../../fixtures/ar/events/mentions.jsonl', import.meta.url);
const cases = readFileSync(FILE, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as MentionCase);

for (const c of cases) {
  test(`event mentions ${c.id}`, () => {
    const result = analyzeMany([{ id: c.id, text: c.input, published: '2018-05-15' }]);
    const doc = result.documents[0]!;
    const mentions = doc.eventMentions ?? [];
    for (const e of c.expect ?? []) {
      const m = mentions.find((x) => x.text === e.text && x.kind === e.kind);
      assert.ok(m, `${e.text} (${e.kind}) among ${JSON.stringify(mentions.map((x) => x.text))}`);
      assert.equal(c.input.slice(m.start, m.end), m.text, 'the span is the original text');
      if (e.where) assert.equal(m.where, e.where, `${e.text}: where`);
      assert.equal(m.aside, e.aside, `${e.text}: aside`);
      if (e.place) assert.equal(m.place?.name, e.place, `${e.text}: place`);
    }
    assert.equal(doc.retrospective?.text, c.retrospective, 'retrospective');
    assert.equal(doc.event?.status, c.event ? 'event' : 'no_event', doc.event?.reason);
  });
}

test('event mentions: diplomats who leave or are expelled are not displaced', () => {
  const text =
    'الحكومة تطرد 60 دبلوماسيا\nقررت الحكومة طرد 60 دبلوماسيا وإغلاق القنصلية، وغادر 45 دبلوماسيا البلاد الخميس.';
  const result = analyzeMany([{ id: 'expel', text, published: '2018-03-26' }]);
  assert.deepEqual(
    result.claims.filter((c) => c.category === 'displaced').map((c) => c.text),
    [],
  );
});
