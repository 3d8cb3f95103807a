// Function words the readers once compared with a token as written are closed classes read as written
// (data/ar/closed-class.tsv, clitics `none`): a lexicon without the class's row no longer reads them,
// and the reading they gave goes with the row.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeMany, loadLexicon } from '../src/index.js';
import type { Lexicon } from '../src/index.js';
import type { WordClass } from '../src/lang/ar/lexicon/closed-words.js';

type Analysis = ReturnType<typeof analyzeMany>;

/** A row taken out of a second lexicon: `text` reads `plain` with the full lexicon, `swapped` without it. */
const ROWS: readonly {
  readonly name: string;
  readonly cls: WordClass;
  readonly word: string;
  readonly written?: readonly string[];
  readonly text: string;
  readonly read: (a: Analysis) => unknown[];
  readonly plain: unknown[];
  readonly swapped: unknown[];
}[] = [
  {
    // `فقد` before a perfect verb is the particle: the verb after it tells the event, not "lost".
    name: 'particle-qad: فقد before a perfect verb is ف + قد, not the verb "lost"',
    cls: 'particle-qad',
    word: 'فقد',
    text: 'وفي حلب فقد أصيب 4 مدنيين بجروح.',
    read: (a) => a.claims.map((c) => c.category),
    plain: ['wounded'],
    swapped: ['killed_or_wounded'],
  },
  {
    // A count of years and `على` in a headline look back: the figures under it are recalled.
    name: 'years-on: على after a count of years makes a headline a look back',
    cls: 'years-on',
    word: 'على',
    text: 'عام على الهجوم على السوق\nقال الدفاع المدني إن 12 شخصا قتلوا في الهجوم.',
    read: (a) => a.documents.map((d) => d.event.status),
    plain: ['no_event'],
    swapped: ['event'],
  },
];

for (const row of ROWS)
  test(`closed class read as written: ${row.name}`, () => {
    const without: Lexicon = loadLexicon();
    without.closed.remove(row.cls, row.word, row.written ?? []);
    const read = (lexicon?: Lexicon): unknown[] =>
      row.read(
        analyzeMany([{ id: 'a', text: row.text, published: '2018-05-01' }], lexicon ? { lexicon } : {}),
      );
    assert.deepEqual(read(), row.plain);
    assert.deepEqual(read(without), row.swapped);
    // The default lexicon keeps its row.
    assert.deepEqual(read(), row.plain);
  });
