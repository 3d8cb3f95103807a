// A listed place whose name opens a person's name: after a definite role a person or an unnamed
// source holds (`الناشط`، `الصحفية`, definite words between them: `الناشط الإعلامي`) and before a family
// name with the article, the place's name is the person's given name. A definite noun takes no noun
// in construct after it, so the place stands in apposition to the role: a name, never where the
// sentence's events happened nor the side the speaker is of.
//
// Must read as a name: «الناشط الإعلامي حمص الخالدي» · «الناشطة لبنان العلي» · «والصحفي حلب
//   الأحمد» · «الناشط الميداني السوري إدلب الحسن».
// Must not: «ناشط حمص الخالدي» (an indefinite role takes the place in construct: whose activist) ·
//   «الناشط في حمص الخالدي» (a preposition between) · «وصف الناشط حمص المحاصرة» (a feminine word
//   after the place agrees with it: its adjective) · «الناشط حمص والخالدية» (no family name
//   follows) · «الناشط دير الزور الكبير»… a place of several words, or one a listed word follows,
//   stays the place.

import type { LexWord, Lexicon } from '../lexicon/lexicon.js';
import { isDefinite } from '../lexicon/lexicon.js';
import type { Tok } from '../quantities/numbers.js';
import { isA } from '../read/word-class.js';
import type { EntityCandidates } from './link.js';

/** The article as written, after a conjunction at most (`الناشط`، `والصحفي`), not `بال`/`لل`. */
const WRITTEN_ARTICLE = /^[وف]?ال/;
/** A feminine ending once folded (`المحاصرة` → `المحاصره`): the place's own adjective. */
const FEMININE = /ه$/;

/**
 * The name at token `i`, or null where it opens a person's name after a definite role. Only a single
 * word naming places only is weighed; any other name passes unchanged.
 */
export function weighNameAfterRole(
  lex: Lexicon,
  toks: readonly Tok[],
  words: readonly (LexWord | null)[],
  names: readonly (EntityCandidates | null)[],
  i: number,
): EntityCandidates | null {
  const named = names[i];
  if (!named || named.end !== i + 1 || !named.entries.every((e) => e.type === 'location'))
    return named ?? null;
  return afterDefiniteRole(lex, toks, words, i) && familyNameAt(lex, toks, words, names, i + 1)
    ? null
    : named;
}

/** A definite role of a person or an unnamed source before `i`, two definite adjectives between at most. */
function afterDefiniteRole(
  lex: Lexicon,
  toks: readonly Tok[],
  words: readonly (LexWord | null)[],
  i: number,
): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const tok = toks[k];
    const word = words[k];
    if (tok?.kind !== 'word' || !word || !WRITTEN_ARTICLE.test(tok.text)) return false;
    const info = word.info;
    if (info.roles.some((r) => r.kind === 'person' || r.kind === 'anonymous')) return true;
    // `الإعلامي`، `السوري`: an adjective of the role, or a word for people (`الإعلامي` is also a
    // noun), no event, cue or other noun.
    if (info.events.length + info.cues.length > 0 || info.nouns.some((n) => n.entry.unit !== 'person'))
      return false;
  }
  return false;
}

/**
 * A family name at `j`: written with the article, listed nowhere (no noun, event, cue, role,
 * demonym, name), no grammar word, and not feminine (an adjective agreeing with the place).
 */
function familyNameAt(
  lex: Lexicon,
  toks: readonly Tok[],
  words: readonly (LexWord | null)[],
  names: readonly (EntityCandidates | null)[],
  j: number,
): boolean {
  const tok = toks[j];
  const word = words[j];
  if (tok?.kind !== 'word' || !word || !tok.text.startsWith('ال') || !isDefinite(word)) return false;
  if (FEMININE.test(tok.text) || names[j]) return false;
  const info = word.info;
  if (
    info.nouns.length + info.events.length + info.cues.length + info.roles.length + info.demonyms.length >
    0
  )
    return false;
  if (isA(lex, tok, 'function-word') || isA(lex, tok, 'time-noun')) return false;
  // `إلى` folds to a word with the article; `العلي` folds to `على` after one, and a preposition never
  // takes the article (as the speaker reader's stops say).
  return !lex.closed.reading('speaker-stop', tok.text) || lex.closed.isArticledPreposition(tok.text);
}
