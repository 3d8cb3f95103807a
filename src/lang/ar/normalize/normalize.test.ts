// The Arabic matching view and its offset map: every case folds the input and then maps folded
// spans back, checking that the original cut at `toOriginal` is exactly the expected characters.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toOriginal } from '../../../text/folded.js';
import type { FoldedText } from '../../../text/folded.js';
import { fold, matchingSteps, normalize, normalizerFor } from './index.js';
import { prng } from '../../../testing/prng.js';

interface Case {
  readonly name: string;
  readonly input: string;
  readonly folded: string;
  /** Folded substrings (first occurrence) and the original characters they must map back to. */
  readonly spans: readonly (readonly [folded: string, original: string])[];
}

function mapBack(f: FoldedText, needle: string): string {
  const at = f.text.indexOf(needle);
  assert.notEqual(at, -1, `${JSON.stringify(needle)} not in folded ${JSON.stringify(f.text)}`);
  const span = toOriginal(f, at, at + needle.length);
  return f.original.slice(span.start, span.end);
}

const cases: readonly Case[] = [
  {
    name: 'tatweel',
    input: 'العـــراق',
    folded: 'العراق',
    spans: [
      ['العراق', 'العـــراق'],
      ['الع', 'الع'],
      ['راق', 'راق'],
      ['عر', 'عـــر'],
    ],
  },
  {
    name: 'diacritics, doubled shadda',
    input: 'نظّّمها عناصرُ التنظيمِ.',
    folded: 'نظمها عناصر التنظيم.',
    spans: [
      ['نظمها', 'نظّّمها'],
      ['مها', 'مها'],
      ['ظم', 'ظّّم'],
      ['ر ا', 'رُ ا'],
      ['م.', 'مِ.'],
    ],
  },
  {
    name: 'alef, ya and ta marbuta folding (with Persian ی ک)',
    input: 'أحمد إلى آخر مستشفى مدرسة ٱلمدينة یک',
    folded: 'احمد الي اخر مستشفي مدرسه المدينه يك',
    spans: [
      ['احمد', 'أحمد'],
      ['الي', 'إلى'],
      ['اخر', 'آخر'],
      ['مستشفي', 'مستشفى'],
      ['مدرسه', 'مدرسة'],
      ['المدينه', 'ٱلمدينة'],
      ['يك', 'یک'],
    ],
  },
  {
    name: 'Arabic-Indic and Persian digits with the Arabic decimal and thousands separators',
    input: 'فر ٤٬٠٠٠ سجين و٣٫٥ مليون ۱۲۳ ٪',
    folded: 'فر 4,000 سجين و3.5 مليون 123 %',
    spans: [
      ['4,000', '٤٬٠٠٠'],
      ['3.5', '٣٫٥'],
      ['123', '۱۲۳'],
      ['%', '٪'],
    ],
  },
  {
    name: 'typographic quotes, guillemets and the double prime',
    input: 'بين “قسد” و«داعش» ‘نحو’ 223″',
    folded: 'بين "قسد" و"داعش" \'نحو\' 223"',
    spans: [
      ['"قسد"', '“قسد”'],
      ['"داعش"', '«داعش»'],
      ["'نحو'", '‘نحو’'],
      ['223"', '223″'],
    ],
  },
  {
    name: 'NFKC presentation forms: one glyph, several folded letters',
    input: 'ﻻ ﷲ ﺃﺣﻤﺪ ﻷ',
    folded: 'لا الله احمد لا',
    spans: [
      ['لا', 'ﻻ'],
      ['ل', 'ﻻ'],
      ['الله', 'ﷲ'],
      ['له', 'ﷲ'],
      ['احمد', 'ﺃﺣﻤﺪ'],
      ['مد ل', 'ﻤﺪ ﻷ'],
    ],
  },
  {
    name: 'obfuscation: dots and tatweel inside a word are joined',
    input: 'عناصر تنظيم داعـ.ـ.ش وخلاياهم',
    folded: 'عناصر تنظيم داعش وخلاياهم',
    spans: [
      ['داعش', 'داعـ.ـ.ش'],
      ['عش', 'عـ.ـ.ش'],
      ['داعش وخلاياهم', 'داعـ.ـ.ش وخلاياهم'],
    ],
  },
  {
    name: 'obfuscation: doubled tatweel between the dots',
    input: '"قسد"و"داعـ.ــ.ش"',
    folded: '"قسد"و"داعش"',
    spans: [
      ['داعش', 'داعـ.ــ.ش'],
      ['"داعش"', '"داعـ.ــ.ش"'],
      ['و"د', 'و"د'],
    ],
  },
  {
    name: 'obfuscation: spaced-out letters',
    input: 'قال د ا ع ش إن',
    folded: 'قال داعش ان',
    spans: [
      ['داعش', 'د ا ع ش'],
      ['قال داعش', 'قال د ا ع ش'],
      ['ان', 'إن'],
    ],
  },
  {
    name: 'obfuscation: one dot, one short fragment',
    input: 'داع.ش',
    folded: 'داعش',
    spans: [['داعش', 'داع.ش']],
  },
  {
    name: 'not obfuscation: two words glued at a full stop',
    input: 'الحسكة.وقال',
    folded: 'الحسكه.وقال',
    spans: [
      ['الحسكه', 'الحسكة'],
      ['.', '.'],
      ['وقال', 'وقال'],
    ],
  },
  {
    name: 'not obfuscation: an abbreviated title',
    input: 'د.محمد',
    folded: 'د.محمد',
    spans: [['محمد', 'محمد']],
  },
  {
    name: 'not obfuscation: two spaced letters (clitics typed apart)',
    input: 'و ب',
    folded: 'و ب',
    spans: [['و ب', 'و ب']],
  },
  {
    name: 'BOM, zero-width, bidi marks and the soft hyphen are invisible',
    input: '\ufeffقال\u200bت \u200fمسؤول\u00adون\u200c \u061cنحو',
    folded: 'قالت مسؤولون نحو',
    spans: [
      ['قالت', 'قال\u200bت'],
      ['قال', 'قال'],
      ['مسؤولون', 'مسؤول\u00adون'],
      ['نحو', 'نحو'],
    ],
  },
  {
    name: 'Latin lower case, dashes and odd spaces',
    input: 'Sky\u00a0News — BBC',
    folded: 'sky news - bbc',
    spans: [
      ['sky news', 'Sky\u00a0News'],
      ['-', '—'],
      ['bbc', 'BBC'],
    ],
  },
];

for (const c of cases) {
  test(`normalize: ${c.name}`, () => {
    const f = normalize(c.input);
    assert.equal(f.original, c.input);
    assert.equal(f.text, c.folded);
    assert.equal(f.starts.length, f.text.length);
    assert.equal(f.ends.length, f.text.length);
    // The whole folded text maps to the whole original (a leading BOM is invisible).
    const whole = toOriginal(f, 0, f.text.length);
    assert.equal(c.input.slice(whole.start, whole.end), c.input.replace(/^\ufeff/u, ''));
    for (const [needle, original] of c.spans)
      assert.equal(mapBack(f, needle), original, `${needle} → ${original}`);
  });
}

test('normalize: a leading BOM is outside every folded span', () => {
  const f = normalize('\ufeffنص');
  assert.equal(f.text, 'نص');
  assert.deepEqual(toOriginal(f, 0, 2), { start: 1, end: 3 });
});

test('normalize: untouched text keeps the identity map', () => {
  const s = 'قتل 5 مدنيين في الحسكه';
  const f = normalize(s);
  assert.equal(f.text, s);
  assert.deepEqual(
    [...f.starts],
    [...s].map((_, k) => k),
  );
  assert.deepEqual(
    [...f.ends],
    [...s].map((_, k) => k + 1),
  );
});

test('fold: lexicon entries fold exactly as text does', () => {
  assert.equal(fold('إدارةُ السّجـــن'), 'اداره السجن');
  assert.equal(fold('قتلى'), 'قتلي');
  assert.equal(fold('٣٫٥'), '3.5');
  assert.equal(fold(''), '');
});

// Marks are written on the letter before them: a span that ends on a letter must carry that
// letter's marks, or the quote shown to a person ends on a bare letter (`خمسة` for `خمسةٌ`).
// The eval locator already does this ("Marks on the last letter belong to the quote").
test('normalize: a folded span that ends on a letter keeps the marks written on it', () => {
  assert.equal(mapBack(normalize('نظّّمها'), 'نظ'), 'نظّّ');
  assert.equal(mapBack(normalize('وأصيب خمسةٌ.'), 'خمسه'), 'خمسةٌ');
  assert.equal(mapBack(normalize('ثمانيةً عناصرَ قتلوا'), 'ثمانيه عناصر'), 'ثمانيةً عناصرَ');
});

// The obfuscation join is meant only for fragments "too short to be a word of its own"; في، من،
// ما، لم are words, and Arabic web text often omits the space after a full stop.
test('normalize: a sentence end glued to a two-letter word is not joined (like الحسكة.وقال)', () => {
  assert.equal(normalize('قتل 5 في الحسكة.في حين قال').text, 'قتل 5 في الحسكه.في حين قال');
  assert.equal(normalize('وصلوا إلى السجن.من جهة أخرى').text, 'وصلوا الي السجن.من جهه اخري');
});

// The join is decided for a whole chain of fragments, so a slash between two names either glues
// both (`قسد/داع.ش` → `قسدداعش`) or leaves the obfuscated one broken (`داعـ.ـش/قسد`); and since a
// rejected chain is never retried in parts, folding twice can join what folding once did not.
test('normalize: an obfuscated name next to another word joined by a slash is joined alone', () => {
  assert.equal(normalize('بين قسد/داعـ.ـش').text, 'بين قسد/داعش');
  assert.equal(normalize('داعـ.ـش/قسد').text, 'داعش/قسد');
  const once = normalize('د ا ع ش/داعـ.ـ.ش').text;
  assert.equal(normalize(once).text, once, 'folding is idempotent');
});

test('normalize: a long run of letters folds in linear time', () => {
  const started = performance.now();
  const f = normalize('س'.repeat(20_000));
  const elapsed = performance.now() - started;
  assert.equal(f.text.length, 20_000);
  assert.ok(elapsed < 100, `20k letters took ${elapsed.toFixed(0)} ms`);
});

// ---------------------------------------------------------------------------------------------
// Property: random strings from a mix of scripts; every folded span maps back sanely.

const POOLS: readonly (readonly string[])[] = [
  [...'ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآؤئةى'],
  ['\u064b', '\u064c', '\u064d', '\u064e', '\u064f', '\u0650', '\u0651', '\u0652', '\u0670'],
  ['\u0640'],
  [...'0123456789', ...'٠١٢٣٤٥٦٧٨٩', ...'۰۱۲۳۴۵۶۷۸۹'],
  [...'.,;:!?-_*|/"\'()', '؟', '،', '؛', '٫', '٬', '«', '»', '“', '”', '‘', '’', '—', '٪'],
  [' ', ' ', ' ', '\n', '\r\n', '\t', '\u00a0', '\u2009'],
  ['😀', '👍🏽', '𝐀', '\ud83d', '\ude00'],
  [...'abcxyzABCXYZ'],
  ['ﻻ', 'ﷲ', 'ﺃ', 'ﻷ', '\ufeff', '\u200b', '\u200c', '\u200f', '\u00ad', '\u061c'],
  ['داعـ.ـ.ش', 'د ا ع ش', 'داع.ش', 'الحسكة.وقال', 'د.محمد'],
];

function randomText(random: () => number): string {
  const length = Math.floor(random() * 48);
  let s = '';
  for (let k = 0; k < length; k++) {
    const pool = POOLS[Math.floor(random() * POOLS.length)]!;
    s += pool[Math.floor(random() * pool.length)]!;
  }
  return s;
}

test('property: 2,000 random strings — folded spans map in bounds, ordered and monotonic; never throws', () => {
  const seed = 0x15_4a_d1;
  const random = prng(seed);
  for (let n = 0; n < 2000; n++) {
    const s = randomText(random);
    const where = `case ${n} (seed ${seed}): ${JSON.stringify(s)}`;
    let f: FoldedText;
    try {
      f = normalize(s);
    } catch (error) {
      assert.fail(`normalize threw on ${where}: ${String(error)}`);
    }
    assert.equal(f.original, s, where);
    const size = f.text.length;
    assert.ok(size <= s.length * 4, `folded text grew too much: ${where}`);
    assert.equal(f.starts.length, size, where);
    assert.equal(f.ends.length, size, where);
    for (let i = 0; i < size; i++) {
      assert.ok(f.starts[i]! < f.ends[i]!, `unit ${i} maps to an empty span: ${where}`);
      if (i > 0) assert.ok(f.starts[i - 1]! <= f.starts[i]!, `starts not monotonic at ${i}: ${where}`);
      if (i > 0) assert.ok(f.ends[i - 1]! <= f.ends[i]!, `ends not monotonic at ${i}: ${where}`);
    }
    let previousStart = -1;
    for (let i = 0; i <= size; i++) {
      const first = toOriginal(f, i, i);
      assert.ok(first.start >= previousStart, `start not monotonic in i at ${i}: ${where}`);
      previousStart = first.start;
      let previousEnd = -1;
      for (let j = i; j <= size; j++) {
        const span = toOriginal(f, i, j);
        const at = `[${i},${j}) → [${span.start},${span.end}) in ${where}`;
        assert.ok(span.start >= 0 && span.end <= s.length, `out of bounds ${at}`);
        assert.ok(span.start <= span.end, `start after end ${at}`);
        assert.ok(span.end >= previousEnd, `end not monotonic in j ${at}`);
        if (j > i) assert.ok(span.end > span.start, `a non-empty span maps to nothing ${at}`);
        if (i > 0 && j > i)
          assert.ok(toOriginal(f, i - 1, j).start <= span.start, `start not monotonic in i ${at}`);
        previousEnd = span.end;
      }
    }
  }
});

// ---------------------------------------------------------------------------------------------
// Property: the matching view is a fixed point. Lexicon entries are folded once and text is folded
// once, so folding a folded text again must change nothing.

test('property: 3,000 random strings — folding the folded text again changes nothing', () => {
  const seed = 0x1d_e3_70;
  const random = prng(seed);
  for (let n = 0; n < 3000; n++) {
    const s = randomText(random);
    const once = normalize(s).text;
    assert.equal(normalize(once).text, once, `case ${n} (seed ${seed}): ${JSON.stringify(s)}`);
  }
});

test('property: every named step alone keeps a valid, monotone map on random strings; never throws', () => {
  const random = prng(0x5e_97);
  const samples = Array.from({ length: 400 }, () => randomText(random));
  for (const step of matchingSteps) {
    const run = normalizerFor([step]);
    for (const s of samples) {
      const where = `${step.id} on ${JSON.stringify(s)}`;
      const f = run(s);
      assert.equal(f.starts.length, f.text.length, where);
      for (let i = 0; i < f.text.length; i++) {
        assert.ok(
          f.starts[i]! >= 0 && f.starts[i]! < f.ends[i]! && f.ends[i]! <= s.length,
          `unit ${i}: ${where}`,
        );
        if (i > 0)
          assert.ok(f.starts[i - 1]! <= f.starts[i]! && f.ends[i - 1]! <= f.ends[i]!, `order ${i}: ${where}`);
      }
      if (step.kind === 'table')
        assert.equal(run(f.text).text, f.text, `a table step is idempotent: ${where}`);
    }
  }
});

// Adversarial shapes: long chains of cut fragments, spaced letters, tags and marks. Each must fold
// in time linear in its length (a quadratic join would take seconds at this size).
const ADVERSARIAL: readonly (readonly [name: string, unit: string])[] = [
  ['dotted letters', 'د.'],
  ['dotted pairs', 'دا.'],
  ['stretched cuts', 'داعـ.ـ'],
  ['spaced letters', 'د '],
  ['spaced letters with و', 'و ا '],
  ['letters spaced by long gaps', 'د     '],
  ['stretched spaces', 'ـ ـ'],
  ['ellipses', 'قال...'],
  ['mixed separators', 'د-_*·'],
  ['hashtag underscores', '#ا_'],
  ['hashes', '#'],
  ['letter names', 'بي.'],
  ['decomposed hamza', 'ا\u0654'],
  ['marks', 'َّ'],
  ['tatweel', 'ـ'],
  ['tatweel before spaces', 'ـ '],
  ['tatweel before underscores', 'ـ_'],
  ['stretched letters', 'اـَ'],
  ['dots', '.'],
  ['one long separator run', `ا${'-'.repeat(999)}`],
  ['letters then a stretched gap', 'داعش ـ'],
];

for (const [name, unit] of ADVERSARIAL) {
  test(`normalize: adversarial ${name} fold in linear time`, () => {
    const small = unit.repeat(Math.ceil(20_000 / unit.length));
    const large = unit.repeat(Math.ceil(200_000 / unit.length));
    normalize(small);
    const t0 = performance.now();
    const f = normalize(large);
    const elapsed = performance.now() - t0;
    assert.equal(f.starts.length, f.text.length);
    assert.ok(
      elapsed < 1000,
      `${large.length} units of ${JSON.stringify(unit)} took ${elapsed.toFixed(0)} ms`,
    );
  });
}
