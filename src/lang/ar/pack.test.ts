// The Arabic pack's language score counts in one pass what two pattern matches count.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { arabicShare } from './pack.js';

/** The score the direct way: Arabic-block units over letters, in the first 20,000 units. */
function byPatterns(text: string): number {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return 0;
  return (sample.match(/[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/g)?.length ?? 0) / letters;
}

test('arabicShare: the same share as the two patterns, on mixed scripts, digits, marks and surrogates', () => {
  const texts = [
    '',
    '123 456 ،؛',
    'قتل 12 شخصاً في غارة على ريف إدلب، بحسب المرصد السوري.',
    'Reuters: قال مسؤول إن 3 أشخاص قتلوا (AFP)',
    'ﻻ ﷺ ﺍﻟﻠﻪ presentation forms',
    '\u{1d400}\u{1d401} mathematical letters and 😀 an emoji',
    'a lone high surrogate \ud83d then text, and a lone low \ude00 one',
    'x'.repeat(19999) + '\u{1d400}',
    'ب'.repeat(19999) + 'a'.repeat(5),
    'Ελληνικά и кириллица עברית 中文 한국어',
  ];
  for (const text of texts)
    assert.equal(arabicShare(text), byPatterns(text), JSON.stringify(text.slice(0, 40)));
  assert.equal(arabicShare('قتل'), 1);
  assert.equal(arabicShare('the end'), 0);
});
