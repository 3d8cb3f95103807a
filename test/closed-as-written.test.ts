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
  {
    // `ما` before a verb of saying is what was said: the verb still names a voice, the group's.
    name: 'said-relative: ما before a verb of saying keeps it a cue',
    cls: 'said-relative',
    word: 'ما',
    text: 'ونفى المتحدث باسم الجيش ما أعلنته الجماعة عن مقتل 20 جنديا.',
    read: (text, lex) => analyzed(text, lex).claims.map((c) => c.stance),
    plain: ['asserted'],
    swapped: ['denied'],
  },
  {
    name: 'issuer-preposition: عن after an issuing verb opens the author',
    cls: 'issuer-preposition',
    word: 'عن',
    text: 'وبحسب حصيلة صدرت عن وزارة الصحة فقد قتل 12 شخصا في القصف.',
    read: (text, lex) => analyzed(text, lex).claims.flatMap((c) => c.attribution.map((h) => h.name)),
    plain: ['a', 'وزارة الصحة'],
    swapped: ['a', 'حصيلة صدرت'],
  },
  {
    // `قد` before a perfect is "had", no hedge; only before an imperfect is it "may".
    name: 'hedge-particle: قد of a hedge cue hedges only before an imperfect',
    cls: 'hedge-particle',
    word: 'قد',
    text: 'وقال المرصد إن 5 مدنيين قد قتلوا في القصف.',
    read: (text, lex) => analyzed(text, lex).claims.map((c) => c.stance),
    plain: ['asserted'],
    swapped: ['possible'],
  },
  {
    name: 'member-preposition: في before a named body stays in the speaker phrase',
    cls: 'member-preposition',
    word: 'في',
    text: 'وقال القيادي في قوات سوريا الديمقراطية إن 7 مقاتلين قتلوا في الهجوم.',
    read: (text, lex) => analyzed(text, lex).claims.flatMap((c) => c.attribution.map((h) => h.name)),
    plain: ['a', 'القيادي في قوات سوريا الديمقراطية'],
    swapped: ['a', 'القيادي'],
  },
  {
    // `وإضافة إلى` links a list: not the reporting verb `وأضاف` spelt alike.
    name: 'list-link-preposition: إلى after وإضافة keeps it a list link',
    cls: 'list-link-preposition',
    word: 'إلى',
    text: 'قال المرصد إن 3 مدنيين قتلوا، وإضافة إلى ذلك أصيب 10 آخرون بجروح.',
    read: (text, lex) => analyzed(text, lex).claims.map((c) => c.rules.includes('ar/attribution/carry-over')),
    plain: [false, false],
    swapped: [false, true],
  },
  {
    // The figure reader: `من` and a captivity word after those counted make them captives, so a
    // freeing word before the count tells of their escape.
    name: 'captivity-preposition: من before a captivity word makes those freed captives',
    cls: 'captivity-preposition',
    word: 'من',
    text: 'وأعلنت القوات تحرير 30 مدنيا من قبضة المسلحين في القرية.',
    read: (text, lex) => analyzed(text, lex).claims.map((c) => c.category),
    plain: ['escaped'],
    swapped: [],
  },
  {
    // `في قبضة` after a verb of holding: the side after it holds them; an armed one abducted them.
    name: 'grip-preposition: في before قبضة is a holding preposition of two words',
    cls: 'grip-preposition',
    word: 'في',
    text: 'وقال الجيش إن 12 جنديا لا يزالون محتجزين في قبضة المسلحين.',
    read: (text, lex) => analyzed(text, lex).claims.map((c) => c.category),
    plain: ['abducted'],
    swapped: ['held'],
  },
  {
    name: 'grip-noun: قبضة (and its pronoun forms) after في makes a holding preposition',
    cls: 'grip-noun',
    word: 'قبضة',
    written: ['قبضته', 'قبضتها', 'قبضتهم', 'قبضتهما', 'قبضتهن', 'قبضتنا', 'قبضتي', 'قبضتك', 'قبضتكم'],
    text: 'لا يزال 12 جنديا محتجزين في قبضة المسلحين.',
    read: (text, lex) => analyzed(text, lex).claims.map((c) => c.rules.includes('ar/category/armed-agent')),
    plain: [true],
    swapped: [false],
  },
  {
    // The present `يصيب` said of what afflicts: no casualties of violence.
    name: 'afflicts-verb: يصيب in the present afflicts, no wounding',
    cls: 'afflicts-verb',
    word: 'يصيب',
    text: 'وقال الطبيب إن هذا الأمر يصيب نحو 300 شخص كل عام.',
    read: (text, lex) => analyzed(text, lex).claims.map((c) => c.category),
    plain: ['other'],
    swapped: ['wounded'],
  },
  {
    // `بالإضافة إلى` two words before a count joins it to the list before it.
    name: 'addition-word: بالإضافة two words before a count joins a list',
    cls: 'addition-word',
    word: 'إضافة',
    text: 'وقتل في القصف 6 رجال بالإضافة إلى 4 أطفال.',
    read: (text, lex) => analyzed(text, lex).claims.map((c) => c.rules.includes('ar/category/list')),
    plain: [false, true],
    swapped: [false, false],
  },
  {
    // The figure reader's noun after a partitive `من` is counted: the rule says so.
    name: 'count-partitive: من before the noun a figure counts',
    cls: 'count-partitive',
    word: 'من',
    text: 'وأصيب 11 من المتطوعين في القصف.',
    read: (text, lex) => analyzed(text, lex).claims.map((c) => c.rules.includes('ar/noun/partitive')),
    plain: [true],
    swapped: [false],
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
