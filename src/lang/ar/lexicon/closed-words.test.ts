import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ClosedWords } from './closed-words.js';
import { ReadingCache } from '../read/morphology.js';
import { fold } from '../normalize/index.js';

const is = (words: ClosedWords, cls: Parameters<ClosedWords['has']>[0], word: string): boolean =>
  words.has(cls, fold(word));

test('closed words: each clitic rule lets through the readings it names', () => {
  const words = new ClosedWords(new ReadingCache());
  words.add('contrast', 'بينما', 'any');
  words.add('contrast-break', 'لكن', 'pronoun');
  words.add('government-head', 'سلطات', 'indefinite');
  words.add('list-link', 'إضافة', 'prep-article');
  words.add('partitive', 'منهم', 'none');
  words.add('change-verb', 'ارتفع/رتفع', 'any');
  assert.ok(is(words, 'contrast', 'وبينما'));
  assert.ok(!is(words, 'contrast', 'بينهما'));
  assert.ok(is(words, 'contrast-break', 'ولكنهم'));
  assert.ok(is(words, 'government-head', 'وسلطات'));
  assert.ok(!is(words, 'government-head', 'والسلطات'));
  assert.ok(is(words, 'list-link', 'وإضافة'));
  assert.ok(is(words, 'list-link', 'بالإضافة'));
  assert.ok(!is(words, 'list-link', 'بإضافة'));
  assert.ok(is(words, 'partitive', 'منهم'));
  assert.ok(!is(words, 'partitive', 'ومنهم'));
  assert.ok(is(words, 'change-verb', 'وارتفعت'));
  assert.ok(is(words, 'change-verb', 'يرتفع'));
  // A time noun counted keeps to readings without the article.
  words.add('time-noun', 'أسبوع', 'any');
  assert.ok(is(words, 'time-noun', 'الأسبوع'));
  assert.ok(!words.has('time-noun', fold('الأسبوع'), true));
  assert.ok(words.has('time-noun', fold('أسبوع'), true));
});

test('closed words: a head cut from its clitic is a lemma as written or with the article only', () => {
  const words = new ClosedWords(new ReadingCache());
  words.add('organization-head', 'شركة', 'any');
  words.add('organization-head', 'الجيش', 'any');
  assert.ok(words.hasBareOrDefinite('organization-head', fold('الشركة')));
  assert.ok(words.hasBareOrDefinite('organization-head', fold('شركة')));
  assert.ok(words.hasBareOrDefinite('organization-head', fold('الجيش')));
  assert.ok(!words.hasBareOrDefinite('organization-head', fold('جيش')));
  assert.ok(!words.hasBareOrDefinite('organization-head', fold('بالشركة')));
  assert.ok(!words.hasStem('organization-head', fold('الشركة')));
});

test('closed words: a long-rule class meets a two-letter lemma only as written', () => {
  const words = new ClosedWords(new ReadingCache());
  words.add('speaker-stop', 'في', 'long');
  words.add('speaker-stop', 'خلال', 'long');
  words.add('speaker-stop', 'له', 'long');
  assert.ok(is(words, 'speaker-stop', 'في'));
  assert.ok(!is(words, 'speaker-stop', 'وفي'));
  assert.ok(!is(words, 'speaker-stop', 'الله'));
  assert.ok(is(words, 'speaker-stop', 'وخلال'));
  assert.ok(is(words, 'speaker-stop', 'له'));
});

test('closed words: an answer kept on a word (hasWord) is the answer `has` gives, and is asked again after an addition', () => {
  const words = new ClosedWords(new ReadingCache());
  words.add('contrast', 'بينما', 'any');
  words.add('contrast-break', 'لكن', 'pronoun');
  const spellings = ['وبينما', 'بينهما', 'ولكنهم', 'لكن', 'البيان'].map((w) => fold(w));
  const records = spellings.map((text) => ({ text }));
  for (let pass = 0; pass < 2; pass++)
    for (const [k, record] of records.entries())
      for (const cls of ['contrast', 'contrast-break', 'time-noun'] as const)
        assert.equal(words.hasWord(cls, record), words.has(cls, spellings[k]!), `${spellings[k]} ${cls}`);
  const word = records[4]!;
  assert.ok(!words.hasWord('contrast', word));
  words.add('contrast', 'بيان', 'any');
  assert.ok(words.hasWord('contrast', word), 'a word added after the answer was kept');
  // Answers are kept per table: another ClosedWords asks again.
  assert.ok(!new ClosedWords(new ReadingCache()).hasWord('contrast', word));
});

test('closed words: a class read as written meets its rows and their written forms, nothing else', () => {
  const words = new ClosedWords(new ReadingCache());
  words.add('function-word', 'هو', 'none', ['وهو']);
  words.add('function-word', 'كان/كون', 'none', ['كانت', 'يكون']);
  words.add('name-complementizer', 'أن', 'none', ['بأنه', 'فإن']);
  assert.ok(is(words, 'function-word', 'هو'));
  assert.ok(is(words, 'function-word', 'وهو'));
  assert.ok(!is(words, 'function-word', 'فهو'));
  assert.ok(is(words, 'function-word', 'كان'));
  assert.ok(is(words, 'function-word', 'كانت'));
  assert.ok(is(words, 'function-word', 'يكون'));
  // A verb read as written is not inflected by the engine.
  assert.ok(!is(words, 'function-word', 'يكونون'));
  assert.ok(is(words, 'name-complementizer', 'إن'));
  assert.ok(is(words, 'name-complementizer', 'بأنه'));
  assert.ok(!is(words, 'name-complementizer', 'لأنه'));
});
