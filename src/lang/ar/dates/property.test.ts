// Property test: random and adversarial strings built from date material (month and weekday names,
// digits of both scripts, separators, marks, tatweel, bidi controls, lone surrogates) never make
// the date reader throw, and every mention it returns is well formed: an original slice, a valid
// ISO date or range, a rule id on it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalize } from '../normalize/index.js';
import { sentences } from '../../../text/segment.js';
import { loadArabicLexicon } from '../lexicon/lexicon.js';
import { readSentence } from '../read/sentence-view.js';
import { extractDates, parseDateExpressions } from './index.js';
import { removeOverlaps } from './refine.js';
import type { DateExpression } from './types.js';
import { LB, LBC, LBC_HEAD, LB_AT, LB_HEAD, boundedMatches } from './patterns.js';
import { prng } from '../../../testing/prng.js';

const LEXICON = loadArabicLexicon();

const PIECES = [
  ' ',
  ' ',
  ' ',
  '،',
  ',',
  '.',
  '/',
  '-',
  '(',
  ')',
  ':',
  '\n',
  '؍',
  '%',
  '"',
  'ـ',
  '\u064b',
  '\u0651',
  '\u200f',
  '\u200b',
  '\ud83d',
  '\ude00',
  '😀',
  'الـ',
  'و',
  'ب',
  'ل',
  'ال',
  'من',
  'في',
  'منذ',
  'قبل',
  'بعد',
  'خلال',
  'يوم',
  'اليوم',
  'أمس',
  'أول',
  'غدا',
  'الليلة',
  'الماضي',
  'الماضية',
  'الجاري',
  'المقبل',
  'الأخيرة',
  'صباح',
  'مساء',
  'ليل',
  'فجر',
  'الساعة',
  'الموافق',
  'هـ',
  'م',
  'عام',
  'العام',
  'سنة',
  'شهر',
  'الشهر',
  'الأسبوع',
  'أيام',
  'الأيام',
  'يومين',
  'ساعة',
  'الساعات',
  'سنوات',
  'الثلاثة',
  'ثلاثة',
  'الخامس',
  'عشر',
  'الخميس',
  'الاثنين',
  'الأحد',
  'السبت',
  'كانون الثاني',
  'كانون',
  'يناير',
  'آذار',
  'مارس',
  'أيار',
  'آب',
  'أوت',
  'جانفي',
  'جويلية',
  'رمضان',
  'شوال',
  'ذو الحجة',
  'ربيع الآخر',
  'جمادى',
  'January',
  'Jan.',
  'May',
  'march',
  '21st',
  '0',
  '1',
  '7',
  '12',
  '20',
  '24',
  '30',
  '31',
  '99',
  '2018',
  '2022',
  '1439',
  '1443',
  '3000',
  '٢٠',
  '١٤٤٣',
  '٢٠٢٢',
  '06:41',
  '24:99',
  '2022-01-23',
  '23/1/2022',
  '30 / 9 / 1439',
  'عمره',
  '2254',
  'القرار',
];

function randomText(next: () => number): string {
  const n = 1 + Math.floor(next() * 24);
  let s = '';
  for (let k = 0; k < n; k++) {
    const piece = PIECES[Math.floor(next() * PIECES.length)]!;
    s += next() < 0.7 ? piece + ' ' : piece;
  }
  return s;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const RULE = /^ar\/[a-z]+\/[a-z-]+$/;
const REFERENCES = [null, '2022-01-27', '2018-06-24', '2000-02-29', '1970-01-01', 'garbage', '2022-02-30'];

test('random date material never throws and yields well-formed mentions', () => {
  const next = prng(0x15ad);
  for (let k = 0; k < 3000; k++) {
    const text = randomText(next);
    const reference = REFERENCES[k % REFERENCES.length]!;
    let found: ReturnType<typeof extractDates> = [];
    assert.doesNotThrow(() => {
      found = extractDates(normalize(text), reference, LEXICON);
    }, JSON.stringify(text));
    let previousEnd = 0;
    for (const m of found) {
      const where = `${JSON.stringify(text)} → ${JSON.stringify(m.text)}`;
      assert.ok(m.start >= previousEnd && m.start < m.end && m.end <= text.length, `span ${where}`);
      previousEnd = m.end;
      assert.equal(m.text, text.slice(m.start, m.end), `slice ${where}`);
      assert.ok(m.date === null || ISO.test(m.date), `date ${where}`);
      if (m.range) assert.ok(ISO.test(m.range.start) && m.range.start <= m.range.end, `range ${where}`);
      assert.ok(m.kind !== 'date' || m.precision !== null || m.date === null, `precision ${where}`);
      assert.ok(m.rules.length > 0 && m.rules.every((r) => RULE.test(r)), `rules ${where}`);
      assert.ok((m.inconsistent === undefined) === (m.inconsistency === undefined), `flag ${where}`);
    }
  }
});

test('adversarial inputs: long runs, lone marks, nested parentheses, huge numbers', () => {
  const odd = [
    '('.repeat(5000) + '20 يناير' + ')'.repeat(5000),
    'الموافق '.repeat(2000),
    '1'.repeat(10_000),
    '20 '.repeat(3000) + 'يناير',
    '\u064b'.repeat(3000),
    'ـ'.repeat(3000) + 'أمس',
    'اليوم '.repeat(3000) + 'الخميس',
    '\ud800\udc00\ud800 20 يناير \udfff',
    '2022-01-23 99:99:99',
    '31/31/2022 0/0/0 00/00/0000',
    '99999999999 يوما',
    'الأيام الـ999999999999 الماضية',
  ];
  for (const text of odd) {
    const t0 = performance.now();
    const found = extractDates(normalize(text), '2022-01-27', LEXICON);
    assert.ok(performance.now() - t0 < 2000, `slow on ${JSON.stringify(text.slice(0, 30))}`);
    for (const m of found) assert.equal(m.text, text.slice(m.start, m.end));
  }
});

test('boundedMatches finds exactly what the same pattern headed by LBC (or LB) finds', () => {
  const next = prng(0xb0d);
  const letters = [
    'و',
    'ف',
    'ب',
    'ال',
    'يوم',
    'امس',
    'é',
    'ß',
    'ж',
    '𝐀',
    '中',
    '\u0670',
    'ۀ',
    '٣',
    'x',
    '7',
    ' ',
    '\n',
    '.',
  ];
  const body = '(?:ال)?(?:يوم|امس)';
  const exact = new RegExp(`${LBC}${body}`, 'gu');
  const fast = new RegExp(`${LBC_HEAD}${body}`, 'gu');
  const exactLB = new RegExp(`${LB}${body}`, 'gu');
  const fastLB = new RegExp(`${LB_HEAD}${body}`, 'gu');
  let found = 0;
  for (let k = 0; k < 2000; k++) {
    let text = '';
    for (let n = Math.floor(next() * 14); n > 0; n--) text += letters[Math.floor(next() * letters.length)];
    const want = [...text.matchAll(exact)].map((m) => [m.index, m[0]]);
    const got = [...boundedMatches(text, fast)].map((m) => [m.index, m[0]]);
    assert.deepEqual(got, want, JSON.stringify(text));
    const wantLB = [...text.matchAll(exactLB)].map((m) => [m.index, m[0]]);
    assert.deepEqual(
      [...boundedMatches(text, fastLB, null, LB_AT)].map((m) => [m.index, m[0]]),
      wantLB,
    );
    found += want.length;
  }
  assert.ok(found > 300, `only ${found} matches: the strings are not exercising the pattern`);
});

test('reading only the sentences that hold a cue finds what reading the whole text finds', () => {
  const next = prng(0xc0e);
  const lex = LEXICON;
  let found = 0;
  for (let k = 0; k < 3000; k++) {
    const folded = normalize(randomText(next));
    const read = sentences(folded.text).map((range) => readSentence(folded, lex, range));
    const whole = parseDateExpressions(folded, LEXICON);
    assert.deepEqual(parseDateExpressions(folded, LEXICON, read), whole, JSON.stringify(folded.text));
    found += whole.length;
  }
  assert.ok(found > 1000, `only ${found} expressions: the strings are not exercising the extractors`);
});

test('removeOverlaps keeps what testing each kept expression against the next would keep', () => {
  // The plain way, kept here as the reference: the longest first, each against every one kept.
  const reference = (exprs: readonly DateExpression[]): DateExpression[] => {
    const byLength = [...exprs].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: DateExpression[] = [];
    for (const e of byLength) if (!kept.some((k) => e.start < k.end && k.start < e.end)) kept.push(e);
    return kept.sort((a, b) => a.start - b.start);
  };
  const random = prng(12);
  for (let round = 0; round < 2000; round++) {
    const n = Math.floor(random() * 40);
    const exprs: DateExpression[] = [];
    for (let i = 0; i < n; i++) {
      const start = Math.floor(random() * 60);
      // Empty ones and, now and then, one ending before it starts.
      const length = Math.floor(random() * 12) - (random() < 0.03 ? 3 : 0);
      exprs.push({
        kind: 'date',
        start,
        end: start + length,
        anchor: { type: 'day-offset', days: i },
        rules: [`r${i}`],
      });
    }
    assert.deepEqual(removeOverlaps(exprs), reference(exprs));
  }
});
