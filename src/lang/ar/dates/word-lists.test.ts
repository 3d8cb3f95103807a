// The small word lists of the date extractors are the lexicon's (time-words.tsv): a reader handed a
// lexicon without one of their words reads as that lexicon says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArabic } from '../extract.js';
import { loadArabicLexicon } from '../lexicon/lexicon.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { normalize } from '../normalize/index.js';
import { parseDateExpressions } from './index.js';
import type { TimeWordType } from './lexicon.js';
import { elapsedOf } from './publication.js';

/** A lexicon whose time words of `type` lack `form`. */
function without(type: TimeWordType, form: string): Lexicon {
  const lex = loadArabicLexicon();
  const list = lex.dates.words.get(type)!;
  const at = list.findIndex((w) => w.form === form);
  assert.ok(at >= 0, `${type} ${form} is a row of the data`);
  list.splice(at, 1);
  lex.dates.byForm.get(type)!.delete(form);
  return lex;
}

const CASES: readonly {
  readonly name: string;
  readonly text: string;
  readonly type: TimeWordType;
  readonly form: string;
  readonly plain: readonly string[];
  readonly swapped: readonly string[];
}[] = [
  {
    name: 'a bare hour after its preposition (hour-preposition)',
    text: 'قصفت الطائرات القرية عند الرابعة فجرا.',
    type: 'hour-preposition',
    form: 'عند',
    plain: ['الرابعة فجرا null'],
    swapped: [],
  },
  {
    name: 'the rank of a weekday in its month (weekday-rank)',
    text: 'تنطلق المفاوضات الخميس الثاني من تشرين الأول 2019.',
    type: 'weekday-rank',
    form: 'ثاني',
    // Without the rank the weekday takes the ordinal as its day (2 October), as nth-weekday.ts says.
    plain: ['الخميس الثاني من تشرين الأول 2019 2019-10-10'],
    swapped: ['الخميس الثاني من تشرين الأول 2019 2019-10-02'],
  },
  {
    name: 'a demonstrative makes اليوم "that day" (demonstrative)',
    text: 'وقتل في ذلك اليوم ثلاثة مدنيين.',
    type: 'demonstrative',
    form: 'ذلك',
    plain: [],
    swapped: ['اليوم 2019-10-20'],
  },
  {
    name: 'a word after اليوم makes it the same day as one named before (same-word)',
    text: 'وقتل ثلاثة مدنيين اليوم نفسه.',
    type: 'same-word',
    form: 'نفسه',
    plain: [],
    swapped: ['اليوم 2019-10-20'],
  },
  {
    name: 'the teen word after an ordinal day (teen)',
    text: 'ولد في الحادي عشر من أيار 2019.',
    type: 'teen',
    form: 'عشر',
    // Without it `الحادي` is no day of its own before `عشر`: only the month is read.
    plain: ['الحادي عشر من أيار 2019 2019-05-11'],
    swapped: ['أيار 2019 2019-05-01'],
  },
  {
    name: 'the century after a decade (century)',
    text: 'انتشرت الظاهرة في عشرينيات القرن الحالي.',
    type: 'century',
    form: 'الحالي',
    // Without the row the decade is the 20th century's, as decade.ts says of a bare decade.
    plain: ['عشرينيات القرن الحالي 2020-01-01'],
    swapped: ['عشرينيات 1920-01-01'],
  },
  {
    name: 'the word that opens a night between two days (night-head)',
    text: 'وقعت الغارة ليلة الجمعة على السبت.',
    type: 'night-head',
    form: 'ليله',
    plain: ['ليلة الجمعة على السبت 2019-10-18'],
    swapped: ['ليلة الجمعة 2019-10-18', 'السبت 2019-10-19'],
  },
  {
    name: 'a word after عيد الميلاد that makes it a birthday (birthday-word)',
    text: 'احتفلت بعيد الميلاد السعيد مع أسرتها.',
    type: 'birthday-word',
    form: 'السعيد',
    plain: [],
    swapped: ['عيد الميلاد 2019-12-25'],
  },
  {
    name: 'the word that makes a bare hour a time (hour-exact)',
    text: 'بدأ القصف في تمام الخامسة.',
    type: 'hour-exact',
    form: 'تمام',
    plain: ['تمام الخامسة null'],
    swapped: [],
  },
];

for (const c of CASES)
  test(`date words: ${c.name}`, () => {
    const read = (lex: Lexicon): string[] =>
      extractArabic(c.text, { referenceDate: '2019-10-20' }, lex).dates.map((d) => `${d.text} ${d.date}`);
    assert.deepEqual(read(loadArabicLexicon()), c.plain);
    assert.deepEqual(read(without(c.type, c.form)), c.swapped);
  });

test('date words: the from-word after a count makes it a time since what it names (elapsedOf)', () => {
  const elapsed = (text: string, lex: Lexicon) => {
    const folded = normalize(text);
    return parseDateExpressions(folded, lex).map((e) => elapsedOf(lex.dates, folded.text, e));
  };
  const plain = loadArabicLexicon();
  const swapped = without('from-word', 'من');
  assert.deepEqual(elapsed('وسيطرت القوات على السجن بعد ستة أيام من المواجهات.', plain), [
    { days: 6, exact: false },
  ]);
  assert.deepEqual(elapsed('وسيطرت القوات على السجن بعد ستة أيام من المواجهات.', swapped), [null]);
  // No from-word after the count: a delay, not a time since the incident began.
  assert.deepEqual(elapsed('وسيطرت القوات على السجن بعد ستة أيام.', plain), [null]);
  assert.deepEqual(elapsed('وسيطرت القوات على السجن بعد ستة أيام على المواجهات.', plain), [null]);
});
