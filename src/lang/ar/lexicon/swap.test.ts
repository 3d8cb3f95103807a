// The lexicon is built once and handed to the reader: a reader given another lexicon reads with it,
// never with a copy kept somewhere else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArabic } from '../extract.js';
import { loadArabicLexicon } from './lexicon.js';

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

test("lexicon: currencies are the lexicon's, not a table of the quantity reader", () => {
  const text = 'دفع 500 قرش.';
  const swapped = loadArabicLexicon();
  swapped.currencies.add('قرش');
  const unit = (lex: ReturnType<typeof loadArabicLexicon>): unknown[] =>
    extractArabic(text, { referenceDate: '2018-05-01' }, lex).quantities.map((q) => q.unit ?? null);
  assert.deepEqual(unit(loadArabicLexicon()), [null]);
  assert.deepEqual(unit(swapped), ['money']);
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
