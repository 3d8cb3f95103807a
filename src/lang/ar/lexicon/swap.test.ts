// The lexicon is built once and handed to the reader: a reader given another lexicon reads with it,
// never with a copy kept somewhere else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArabic } from '../extract.js';
import { createArabicPack } from '../pack.js';
import { loadArabicLexicon } from './lexicon.js';
import type { Lexicon } from './lexicon.js';
import type { ExtractResult } from '../../../types.js';

test('lexicon: a reader given another lexicon uses its closed-class words', () => {
  // No counted noun after the digits: after a label head a counted noun still counts (`القرار 15 عضوا`).
  const text = 'زار الموقع 40 أمس.';
  const plain = loadArabicLexicon();
  const swapped = loadArabicLexicon();
  // In the swapped lexicon, `الموقع` heads a label (as `القرار 2254` does): its digits count nothing.
  swapped.closed.add('label-head', 'موقع', 'any');
  const counted = extractArabic(text, { referenceDate: '2018-05-01' }, plain).quantities.map((q) => q.text);
  const labelled = extractArabic(text, { referenceDate: '2018-05-01' }, swapped).quantities.map(
    (q) => q.text,
  );
  assert.deepEqual(counted, ['40']);
  assert.deepEqual(labelled, []);
  // And the first lexicon is untouched by the second.
  assert.deepEqual(
    extractArabic(text, { referenceDate: '2018-05-01' }, plain).quantities.map((q) => q.text),
    ['40'],
  );
});

test("lexicon: what the sentence reader works out once is kept on the reader's lexicon", () => {
  const text = 'أعلن تنظيم الدولة مقتل 5 مدنيين في قصف. وقال التنظيم إن الضحايا جنود.';
  const used = loadArabicLexicon();
  const other = loadArabicLexicon();
  extractArabic(text, { referenceDate: '2018-05-01' }, used);
  assert.ok(used.anaphoricHeads.size > 0);
  assert.ok(used.nounEvents.size > 0);
  assert.equal(other.anaphoricHeads.size, 0);
  assert.equal(other.nounEvents.size, 0);
});

test("lexicon: the date reader's patterns are compiled once on the reader's lexicon", () => {
  const text = 'قتل 3 مدنيين في قصف أمس الخميس 12 أيار 2022.';
  const used = loadArabicLexicon();
  const other = loadArabicLexicon();
  extractArabic(text, { referenceDate: '2022-05-13' }, used);
  const kept = [...used.dates.compiled.values()];
  assert.ok(kept.length > 0);
  assert.equal(other.dates.compiled.size, 0);
  // Read again, the reader compiles nothing new: it takes what it kept.
  extractArabic(text, { referenceDate: '2022-05-13' }, used);
  assert.deepEqual([...used.dates.compiled.values()], kept);
});

test("lexicon: the page readers read the phrases of the reader's lexicon", () => {
  const text =
    'قصف على قرية في الريف\nموعد الإصدار 12 أيار 2022\n' +
    'قال مسؤول محلي إن ثلاثة مدنيين قتلوا في القصف الذي استهدف القرية صباح اليوم وأدى إلى دمار واسع في المنازل.';
  const swapped = loadArabicLexicon();
  // A label before the date makes it the publication date as labelled, not as a byline's.
  swapped.phrases.add('published-label', 'موعد الاصدار');
  const rule = (lex: Lexicon): string | undefined => extractArabic(text, {}, lex).reference.rule;
  assert.equal(rule(loadArabicLexicon()), 'ar/meta/byline-date');
  assert.equal(rule(swapped), 'ar/meta/published-label');
});

test('lexicon: a folded name kept on the lexicon is the fold of the name, asked again or not', () => {
  const lex = loadArabicLexicon();
  for (const name of ['المتحدث باسم الشرطة', 'أبو محمد الجولاني', 'حنّا', 'داعـ.ـش', '']) {
    assert.equal(lex.foldedName(name), lex.fold(name));
    assert.equal(lex.foldedName(name), lex.fold(name));
  }
});

test("lexicon: the splits of a word's clitics are kept on the reader's lexicon", () => {
  const text = 'وقال المتحدث باسم الجيش إن 3 جنود قتلوا بالقصف.';
  const used = loadArabicLexicon();
  const other = loadArabicLexicon();
  const before = other.readingCache.size;
  extractArabic(text, { referenceDate: '2018-05-01' }, used);
  assert.ok(used.readingCache.size > before);
  assert.deepEqual(
    used.readings('بالقصف').map((r) => r.stem),
    ['بالقصف', 'القصف', 'قصف'],
  );
  // The other lexicon was never asked about the text's words.
  assert.equal(other.readingCache.size, before);
});

/**
 * A part of the lexicon changed on a second lexicon: the reader given it reads `text` the changed way
 * (`swapped`), and the reader given a fresh one still reads it as before (`plain`).
 */
const SWAPS: readonly {
  readonly name: string;
  readonly text: string;
  readonly swap: (lex: Lexicon) => void;
  readonly read: (result: ExtractResult) => unknown[];
  readonly plain: unknown[];
  readonly swapped: unknown[];
}[] = [
  {
    name: "currencies are the lexicon's, not a table of the quantity reader",
    text: 'دفع 500 قرش.',
    swap: (lex) => lex.currencies.add('قرش'),
    read: (r) => r.quantities.map((q) => q.unit ?? null),
    plain: [null],
    swapped: ['money'],
  },
  {
    // `عنـ اصر`: a stretched half before one space is joined only into a listed word.
    name: "the matching view joins the censored words of the reader's lexicon",
    text: 'قتل 12 عنـ اصر من الشرطة.',
    swap: (lex) => lex.listed.censored.add('عناصر'),
    read: (r) => r.quantities.map((q) => q.noun ?? null),
    plain: [null],
    swapped: ['عنـ اصر'],
  },
  {
    // `بي.بي.سي` is B.B.C read apart (`بي بي سي`, the gazetteer's spelling) only while بي is a letter name.
    name: "the matching view reads the letter names of the reader's lexicon",
    text: 'نقلت قناة بي.بي.سي الخبر.',
    swap: (lex) => lex.listed.letterNames.delete('بي'),
    read: (r) => r.entities.map((e) => e.text),
    plain: ['بي.بي.سي'],
    swapped: [],
  },
  {
    // The month names of a calendar the data leaves out (Libya's, in its archives: هانيبال is August).
    name: "the date reader reads the month names of the reader's lexicon",
    text: 'وقعت الاشتباكات في 12 هانيبال 2009.',
    swap: (lex) => {
      const month = {
        month: 8,
        name: 'هانيبال',
        calendar: 'gregorian',
        regions: [],
        standalone: false,
        strict: false,
      } as const;
      lex.dates.months.push(month);
      lex.dates.monthByName.set(month.name, month);
    },
    read: (r) => r.dates.map((d) => [d.text, d.date]),
    plain: [],
    swapped: [['12 هانيبال 2009', '2009-08-12']],
  },
  {
    name: "the date reader reads the weekdays of the reader's lexicon",
    text: 'اجتمع المجلس الخميس في جنيف.',
    swap: (lex) => lex.dates.weekdayByStem.delete('خميس'),
    read: (r) => r.dates.map((d) => d.text),
    plain: ['الخميس'],
    swapped: [],
  },
  {
    // A part of the day the data leaves out (`غسق`, dusk) joins the day after it once listed.
    name: "the date reader reads the time words of the reader's lexicon",
    text: 'وصل الوفد غسق الخميس.',
    swap: (lex) => {
      const word = { form: 'غسق', type: 'part-of-day', value: 'evening', detail: [] } as const;
      lex.dates.words.get('part-of-day')!.push(word);
      lex.dates.byForm.get('part-of-day')!.set(word.form, word);
    },
    read: (r) => r.dates.map((d) => d.text),
    plain: ['الخميس'],
    swapped: ['غسق الخميس'],
  },
  {
    // The hundreds of a year in words are numbers.tsv's, shared with the quantity reader.
    name: "the date reader reads the thousands and hundreds of a year in words from the reader's number words",
    text: 'ولد في الخامس من أيار ألف وتسعمئة وتسعين.',
    swap: (lex) => lex.numberWords.delete('تسعمئه'),
    read: (r) => r.dates.map((d) => [d.text, d.date]),
    plain: [['الخامس من أيار ألف وتسعمئة وتسعين', '1990-05-05']],
    swapped: [['الخامس من أيار', '2018-05-05']],
  },
];

for (const c of SWAPS)
  test(`lexicon: ${c.name}`, () => {
    const swapped = loadArabicLexicon();
    c.swap(swapped);
    const read = (lex: Lexicon): unknown[] =>
      c.read(extractArabic(c.text, { referenceDate: '2018-05-01' }, lex));
    assert.deepEqual(read(loadArabicLexicon()), c.plain);
    assert.deepEqual(read(swapped), c.swapped);
  });

test('lexicon: a strike noun listed with no category of its own counts strikes (ar/category/strike-default)', () => {
  // Every strike noun of nouns.tsv names its category; the fallback is for a lexicon whose rows do not.
  const text = 'نفذ الطيران الحربي 40 رشقة على مواقع المسلحين أمس.';
  const swapped = loadArabicLexicon();
  swapped.addNoun({ lemma: 'رشقه', kind: 'other', unit: 'strike', category: null, armed: false }, 'رشقه', [
    'رشقات',
  ]);
  const read = (lex: Lexicon): (readonly [string, boolean])[] =>
    createArabicPack(lex)
      .analyzeBatch([{ id: 't', text, source: null, published: '2018-05-15' }])[0]!
      .claims.map((c) => [c.category, c.rules.includes('ar/category/strike-default')] as const);
  assert.deepEqual(read(loadArabicLexicon()), []);
  assert.deepEqual(read(swapped), [['strikes', true]]);
});
