import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalize } from '../normalize/index.js';
import { loadArabicLexicon, WORD_ANSWER, WORD_CUE } from '../lexicon/lexicon.js';
import { answerClauses } from '../claims/refiners/answered.js';
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

test('word flags: an answer word or an answer ground is flagged, with its clitics; other words are not', () => {
  const reading = read(
    'قصفت الطائرات البلدة ردا على هجوم، وانتقاما لمقتل جنود، على خلفية التوتر، وقال إن الرد حازم',
  );
  const flagged = reading.toks.filter((_, i) => (reading.flags[i]! & WORD_ANSWER) !== 0).map((t) => t.text);
  assert.deepEqual(flagged, ['ردا', 'وانتقاما', 'خلفيه']);
  const view = buildSentenceView(reading, lex, [], null, new Map(), EMPTY_CONTEXT);
  const opened = answerClauses(view).map((c) => view.toks[c.start]!.text);
  assert.deepEqual(opened, ['ردا', 'وانتقاما', 'خلفيه']);
});

test('word flags: a class changed after a word was read is in the flags of the words read after', () => {
  const swapped = loadArabicLexicon();
  const text = normalize('قصفت الطائرات البلدة ثأرا لمقتل جنود');
  const before = readSentence(text, swapped, { start: 0, end: text.text.length });
  assert.ok(before.flags.some((f) => (f & WORD_ANSWER) !== 0));
  swapped.closed.remove('answer-word', 'ثأرا');
  const after = readSentence(text, swapped, { start: 0, end: text.text.length });
  assert.ok(after.flags.every((f) => (f & WORD_ANSWER) === 0));
  const view = buildSentenceView(after, swapped, [], null, new Map(), EMPTY_CONTEXT);
  assert.deepEqual(answerClauses(view), []);
});
