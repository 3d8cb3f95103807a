// The lines of scrape noise, each named by the rule that found it; running text is none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findBoilerplate } from './boilerplate.js';
import { loadArabicLexicon } from '../lexicon/lexicon.js';

const LEXICON = loadArabicLexicon();

/** The rule each line of a text is found by, or null. */
function rulesOf(...lines: string[]): (string | null)[] {
  const folded = LEXICON.fold(lines.join('\n'));
  const found = findBoilerplate(folded, LEXICON.phrases);
  let at = 0;
  return folded.split('\n').map((line) => {
    const start = at;
    at += line.length + 1;
    return found.find((b) => b.start === start)?.rule ?? null;
  });
}

test('boilerplate: a social prompt is a short line opened by its verb, alone or naming a network', () => {
  assert.deepEqual(
    rulesOf('تابعونا على تويتر وفيسبوك', 'شارك المقال', 'مشاركة:', 'تابعوا آخر الأخبار عبر تلغرام'),
    ['ar/boilerplate/social', 'ar/boilerplate/social', 'ar/boilerplate/social', 'ar/boilerplate/social'],
  );
});

test('boilerplate: a news line opened by a social verb is running text', () => {
  assert.deepEqual(
    rulesOf(
      'شارك آلاف المحتجين في مسيرة جابت شوارع المدينة احتجاجا على مقتل ثلاثة شبان برصاص الشرطة.',
      'شارك الداعية في الجدل الذي اشتعل على موقع "تويتر" حول الحملة.',
      'شاركت عشرات النساء في الوقفة',
      'تابعونا',
      'تابعونا اليوم في تغطية خاصة لنتائج الانتخابات',
    ),
    [null, null, null, 'ar/boilerplate/social', null],
  );
});
