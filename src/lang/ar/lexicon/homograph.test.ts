import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadArabicLexicon } from './lexicon.js';
import type { MentionEntry } from './lexicon.js';
import { verbForms } from '../read/morphology.js';
import { fold } from '../normalize/index.js';

/** A mention verb put on the lexicon as event-mentions.tsv's loader puts one. */
function mentionVerb(lex: ReturnType<typeof loadArabicLexicon>, form: string): MentionEntry {
  const entry: MentionEntry = { form, pos: 'verb', kind: 'attack', note: null, words: [] };
  const [perfect, imperfect] = form.split('/');
  for (const f of verbForms(fold(perfect!), imperfect ? fold(imperfect) : null)) {
    const list = lex.mentionWords.get(f) ?? [];
    list.push(entry);
    lex.mentionWords.set(f, list);
  }
  return entry;
}

test('homograph verbs: what a word is and what it opens as a mention follow one rule', () => {
  const lex = loadArabicLexicon();
  const own = mentionVerb(lex, 'أفقد');
  const other = mentionVerb(lex, 'فقد/فقد');
  // `أفقد` (deprived) is a verb of its own, both as an event word and as a mention.
  assert.ok(lex.lookup(fold('أفقد')).events.some((e) => e.form === fold('أفقد')));
  assert.ok(lex.mentionStarts(fold('أفقد')).words.includes(own));
  assert.ok(lex.mentionStarts(fold('وأفقد')).words.includes(own));
  // It is never `أفقد` (I lose) of فقد: neither reader takes that verb.
  assert.ok(!lex.mentionStarts(fold('أفقد')).words.includes(other));
  assert.ok(!lex.lookup(fold('أفقد')).events.some((e) => e.form.startsWith(fold('فقد'))));
  // A verb read with no homograph at hand is read as before (`فقدت`).
  assert.ok(lex.mentionStarts(fold('فقدت')).words.includes(other));
});
