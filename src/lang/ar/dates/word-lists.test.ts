// The small word lists of the date extractors are the lexicon's (time-words.tsv): a reader handed a
// lexicon without one of their words reads as that lexicon says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArabic } from '../extract.js';
import { loadArabicLexicon } from '../lexicon/lexicon.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { TimeWordType } from './lexicon.js';

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
];

for (const c of CASES)
  test(`date words: ${c.name}`, () => {
    const read = (lex: Lexicon): string[] =>
      extractArabic(c.text, { referenceDate: '2019-10-20' }, lex).dates.map((d) => `${d.text} ${d.date}`);
    assert.deepEqual(read(loadArabicLexicon()), c.plain);
    assert.deepEqual(read(without(c.type, c.form)), c.swapped);
  });
