// The quantity reader's function words are closed classes (data/ar/closed-class.tsv): a lexicon
// without a class's row no longer reads them, and the reading they gave goes with the row. The
// sentences are written for these tests.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract, loadLexicon } from '../src/index.js';
import type { Lexicon } from '../src/index.js';
import type { WordClass } from '../src/lang/ar/lexicon/closed-words.js';

/** Each quantity of `text` as its text and rules, with `lexicon` or the default. */
const read = (text: string, lexicon?: Lexicon): string[] =>
  extract(text, { referenceDate: '2018-05-01', ...(lexicon ? { lexicon } : {}) }).quantities.map(
    (q) => `${q.text} ${q.rules.join(',')}`,
  );

const ROWS: readonly {
  readonly cls: WordClass;
  readonly word: string;
  readonly text: string;
  readonly plain: string[];
  readonly swapped: string[];
}[] = [
  {
    cls: 'several-word',
    word: 'عدة',
    text: 'دمرت عدة منازل',
    plain: ['عدة ar/number/vague-several'],
    swapped: ['عدة ar/number/vague'],
  },
  {
    cls: 'number-of',
    word: 'عدد',
    text: 'قتل عدد من المدنيين',
    plain: ['عدد من ar/number/vague-some'],
    swapped: [],
  },
  {
    cls: 'range-between',
    word: 'بين',
    text: 'قتل بين 60 و90 شخصا',
    plain: ['بين 60 و90 ar/quantity/range-between,ar/number/digits'],
    swapped: ['60 ar/number/digits', '90 ar/number/digits'],
  },
  {
    cls: 'among-lead',
    word: 'من',
    text: 'من بين 20 و30 مصابا',
    plain: ['20 ar/number/digits', '30 ar/number/digits'],
    swapped: ['بين 20 و30 ar/quantity/range-between,ar/number/digits'],
  },
  {
    cls: 'range-lead',
    word: 'ما',
    text: 'قتل ما بين 20 و30',
    plain: ['ما بين 20 و30 ar/quantity/range-between,ar/number/digits'],
    swapped: ['بين 20 و30 ar/quantity/range-between,ar/number/digits'],
  },
  {
    cls: 'range-from',
    word: 'من',
    text: 'قتل من 20 إلى 30',
    plain: ['من 20 إلى 30 ar/quantity/range-from-to,ar/number/digits'],
    swapped: ['20 إلى 30 ar/number/digits,ar/quantity/range-to'],
  },
  {
    cls: 'percent-preposition',
    word: 'في',
    text: 'ارتفع 50 في المئة',
    plain: ['50 في المئة ar/number/digits,ar/quantity/percent'],
    swapped: ['50 ar/number/digits'],
  },
  {
    cls: 'spoken-hundred',
    word: 'مية',
    text: 'ارتفع 20 بالمية',
    plain: ['20 بالمية ar/number/digits,ar/quantity/percent'],
    swapped: ['20 ar/number/digits'],
  },
  {
    cls: 'score-zero',
    word: 'صفر',
    text: 'فاز 1-صفر',
    plain: [],
    swapped: ['1 ar/number/digits'],
  },
  {
    cls: 'exception-particle',
    word: 'إلا',
    text: 'على ألا تتجاوز 14 بالمئة',
    plain: ['ألا تتجاوز 14 بالمئة ar/number/digits,ar/qualifier/at_most,ar/quantity/percent'],
    swapped: ['تتجاوز 14 بالمئة ar/number/digits,ar/qualifier/more_than,ar/quantity/percent'],
  },
  {
    cls: 'percent-hundred',
    word: 'مئة',
    text: 'ارتفع 50 بالمئة',
    plain: ['50 بالمئة ar/number/digits,ar/quantity/percent'],
    swapped: ['50 ar/number/digits'],
  },
  {
    cls: 'era-letter',
    word: 'ه',
    text: 'قتل 1441 ه',
    plain: [],
    swapped: ['1441 ar/number/digits'],
  },
  {
    // A definite word whose stem opens with اثن is set aside even when it is no number word (the
    // ethnic `الإثنية`), and the ten after it with it: the reader's reading, kept as it was.
    cls: 'two-stem',
    word: 'اثن',
    text: 'المجموعات الإثنية عشر',
    plain: [],
    swapped: ['عشر ar/number/words'],
  },
];

for (const row of ROWS)
  test(`quantity class ${row.cls} (${row.word}): ${row.text}`, () => {
    const without: Lexicon = loadLexicon();
    without.closed.remove(row.cls, row.word);
    assert.deepEqual(read(row.text), row.plain);
    assert.deepEqual(read(row.text, without), row.swapped);
    assert.deepEqual(read(row.text), row.plain);
  });
