import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalize } from '../normalize/index.js';
import { loadArabicLexicon, WORD_CUE } from '../lexicon/lexicon.js';
import { readSentence } from './sentence-view.js';
import { findCues } from '../attribution/speakers.js';
import { buildSentenceView } from './sentence-view.js';
import { EMPTY_CONTEXT } from '../entities/link.js';

const lex = loadArabicLexicon();

function read(text: string) {
  const folded = normalize(text);
  return readSentence(folded, lex, { start: 0, end: folded.text.length });
}

test('word flags: a cue word or a cue phrase opener is flagged, other words, digits and marks are not', () => {
  const reading = read('وقال مسؤول محلي إن 5 مدنيين قتلوا، نقلا عن مصادر طبية');
  const flagged = reading.toks.filter((_, i) => (reading.flags[i]! & WORD_CUE) !== 0).map((t) => t.text);
  assert.ok(flagged.includes('وقال'));
  assert.ok(flagged.includes('نقلا'));
  for (const word of ['مدنيين', 'طبيه', '5', '،']) assert.ok(!flagged.includes(word), word);
  reading.toks.forEach((tok, i) => {
    const word = reading.words[i];
    const cue =
      word !== null && word !== undefined && (word.info.cues.length > 0 || word.phrasesByKind.cue.length > 0);
    assert.equal((reading.flags[i]! & WORD_CUE) !== 0, cue, tok.text);
  });
});

test('word flags: the cues found over the flagged words are the cues of the sentence', () => {
  const reading = read('وقال مسؤول محلي إن القصف أدى إلى مقتل 5 مدنيين، نقلا عن مصادر طبية');
  const view = buildSentenceView(reading, lex, [], null, new Map(), EMPTY_CONTEXT);
  const cues = findCues(view).map((c) => view.toks[c.start]!.text);
  assert.ok(cues.includes('وقال'));
  assert.ok(cues.includes('نقلا'));
  assert.ok(!cues.includes('مدنيين'));
});
