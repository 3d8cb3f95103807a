// Function words the readers once compared with a token are closed classes (data/ar/closed-class.tsv),
// read as written (clitics `none`) or by stem (`any`) as the reader read them: a lexicon without the
// class's row no longer reads them, and the reading they gave goes with the row.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeMany, extract, loadLexicon } from '../src/index.js';
import type { Lexicon } from '../src/index.js';
import type { WordClass } from '../src/lang/ar/lexicon/closed-words.js';

type Analysis = ReturnType<typeof analyzeMany>;
type Extraction = ReturnType<typeof extract>;

/** The analysis of one report, with `lexicon` or the default. */
const analyzed = (text: string, lexicon: Lexicon | undefined): Analysis =>
  analyzeMany([{ id: 'a', text, published: '2018-05-01' }], lexicon ? { lexicon } : {});

/** What the reader extracts of one text, with `lexicon` or the default. */
const extracted = (text: string, lexicon: Lexicon | undefined): Extraction =>
  extract(text, { referenceDate: '2018-05-01', ...(lexicon ? { lexicon } : {}) });

/** A row taken out of a second lexicon: `text` reads `plain` with the full lexicon, `swapped` without it. */
const ROWS: readonly {
  readonly name: string;
  readonly cls: WordClass;
  readonly word: string;
  readonly written?: readonly string[];
  readonly text: string;
  readonly read: (text: string, lexicon: Lexicon | undefined) => unknown[];
  readonly plain: unknown[];
  readonly swapped: unknown[];
}[] = [
  {
    // `فقد` before a perfect verb is the particle: the verb after it tells the event, not "lost".
    name: 'particle-qad: فقد before a perfect verb is ف + قد, not the verb "lost"',
    cls: 'particle-qad',
    word: 'فقد',
    text: 'وفي حلب فقد أصيب 4 مدنيين بجروح.',
    read: (text, lex) => analyzed(text, lex).claims.map((c) => c.category),
    plain: ['wounded'],
    swapped: ['killed_or_wounded'],
  },
  {
    // A count of years and `على` in a headline look back: the figures under it are recalled.
    name: 'years-on: على after a count of years makes a headline a look back',
    cls: 'years-on',
    word: 'على',
    text: 'عام على الهجوم على السوق\nقال الدفاع المدني إن 12 شخصا قتلوا في الهجوم.',
    read: (text, lex) => analyzed(text, lex).documents.map((d) => d.event.status),
    plain: ['no_event'],
    swapped: ['event'],
  },
  {
    // After a numeral and `من`, the noun counted is the one after the preposition.
    name: 'count-partitive: من between a numeral and the noun it counts',
    cls: 'count-partitive',
    word: 'من',
    text: 'قتل 374 من عناصر التنظيم في المعارك.',
    read: (text, lex) => extracted(text, lex).quantities.map((q) => q.noun ?? null),
    plain: ['عناصر'],
    swapped: ['من'],
  },
  {
    // A toll since a war broke out is the war's background, kept out of the incident's comparisons.
    name: 'war-since: منذ before the onset of a war frames a background toll',
    cls: 'war-since',
    word: 'منذ',
    text: 'وقال المرصد إن أكثر من 500 ألف شخص قتلوا منذ اندلاع الحرب في البلاد.',
    read: (text, lex) => analyzed(text, lex).claims.map((c) => c.scope ?? null),
    plain: ['background'],
    swapped: [null],
  },
  {
    name: 'war-of: من between years and the war frames a background toll',
    cls: 'war-of',
    word: 'من',
    text: 'وقال المرصد إن أكثر من 500 ألف شخص قتلوا بعد سبع سنوات من الحرب.',
    read: (text, lex) => analyzed(text, lex).claims.map((c) => c.scope ?? null),
    plain: ['background'],
    swapped: [null],
  },
  {
    // `لـ"<outlet>" أن` after a verb of saying: the outlet was told, and is the report's source.
    name: 'told-complementizer: أن after a quoted outlet told',
    cls: 'told-complementizer',
    word: 'أن',
    written: ['بأن'],
    text: 'وأضاف المصدر لـ"شبكة الأخبار المحلية" أن 5 مدنيين قتلوا في القصف.',
    read: (text, lex) => analyzed(text, lex).documents.map((d) => d.source?.name ?? null),
    plain: ['شبكة الأخبار المحلية'],
    swapped: [null],
  },
];

for (const row of ROWS)
  test(`closed class read as written: ${row.name}`, () => {
    const without: Lexicon = loadLexicon();
    without.closed.remove(row.cls, row.word, row.written ?? []);
    const read = (lexicon?: Lexicon): unknown[] => row.read(row.text, lexicon);
    assert.deepEqual(read(), row.plain);
    assert.deepEqual(read(without), row.swapped);
    // The default lexicon keeps its row.
    assert.deepEqual(read(), row.plain);
  });
