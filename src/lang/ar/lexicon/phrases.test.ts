import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PhraseTable } from './phrases.js';

test('phrases: anyIn finds a form anywhere, as written, its marks taken literally', () => {
  const phrases = new PhraseTable();
  phrases.add('promo-word', 'نشرتنا');
  phrases.add('promo-word', 'اشترك (مجانا)', 'a.b|c');
  assert.equal(phrases.anyIn('ولا تنسوا نشرتنا البريدية', 'promo-word'), true);
  assert.equal(phrases.anyIn('اشترك (مجانا) الآن', 'promo-word'), true);
  assert.equal(phrases.anyIn('see a.b|c here', 'promo-word'), true);
  // The marks of a form are letters of it, not a pattern: `(مجانا)` without its brackets, `a.b|c`
  // with another letter for the dot, and `c` alone are none of the forms.
  assert.equal(phrases.anyIn('اشترك مجانا الآن', 'promo-word'), false);
  assert.equal(phrases.anyIn('see axb|c here', 'promo-word'), false);
  assert.equal(phrases.anyIn('c', 'promo-word'), false);
  // A class without forms is found nowhere, and a form added later is found.
  assert.equal(phrases.anyIn('نشرتنا', 'follow-verb'), false);
  phrases.add('follow-verb', 'تابعونا');
  assert.equal(phrases.anyIn('تابعونا على', 'follow-verb'), true);
});

test('phrases: a form added later joins the class alternation already asked', () => {
  const phrases = new PhraseTable();
  phrases.add('follow-verb', 'تابعونا');
  assert.equal(phrases.alternation('follow-verb', '\\s+'), 'تابعونا');
  phrases.add('follow-verb', 'تابعوا صفحتنا');
  assert.equal(phrases.alternation('follow-verb', '\\s+'), 'تابعونا|تابعوا\\s+صفحتنا');
  assert.equal(phrases.anyIn('تابعوا صفحتنا', 'follow-verb'), true);
});
