// A token's closed classes, asked through the lexicon record it carries: below the sentence view, so
// that the readers the view calls while it is made (the common-word places) ask as the others do.

import type { LexWord, Lexicon } from '../lexicon/lexicon.js';
import { isDefinite } from '../lexicon/lexicon.js';
import { tokenReadings } from './morphology.js';
import type { WordClass } from '../lexicon/closed-words.js';
import type { Tok } from '../quantities/numbers.js';
import type { SentenceView } from './sentence-view.js';

/**
 * The lexicon record a token of a read sentence carries (`readSentence`), while it is the record of
 * the token's text (a token copied with its text cut, `وثلاث` → `ثلاث`, is not); else null.
 */
export function recordOf(tok: Tok): LexWord | null {
  const word = tok.word;
  return word != null && word.text === tok.text ? word : null;
}

/**
 * Whether a token is a closed-class word of `cls` (by stem, under the class's clitic rule), asked of
 * a sentence view or, by a reader that holds no view (the event-mention reader), of the lexicon.
 */
export function isA(from: SentenceView | Lexicon, tok: Tok | undefined, cls: WordClass): boolean {
  return tok !== undefined && tok.kind === 'word' && isOfClass('closed' in from ? from : from.lex, tok, cls);
}

/** Whether any token of `from`..`to` (half-open) of a sentence is a closed-class word of `cls`. */
export function anyOfClass(view: SentenceView, from: number, to: number, cls: WordClass): boolean {
  for (let k = Math.max(0, from); k < to; k++) if (isA(view, view.toks[k], cls)) return true;
  return false;
}

/** `lex.closed.has(cls, tok.text)` for a word token, answered once per word when it carries its record. */
export function isOfClass(lex: Lexicon, tok: Tok, cls: WordClass): boolean {
  const word = recordOf(tok);
  return word ? lex.closed.hasWord(cls, word) : lex.closed.has(cls, tok.text);
}

/**
 * Whether a word token has the article under some clitic reading (`الشرطة`، `والسلطات`، `للجيش`):
 * `isDefinite` of the record it carries, else of the readings of its text.
 */
export function isDefiniteToken(tok: Tok): boolean {
  if (tok.kind !== 'word') return false;
  const word = recordOf(tok);
  return word ? isDefinite(word) : tokenReadings(tok).some((r) => r.definite);
}

/** Whether a token is a comma, Arabic or Latin (`،`، `,`). */
export function isComma(tok: Tok | undefined): boolean {
  return tok !== undefined && tok.kind === 'punct' && (tok.text === '،' || tok.text === ',');
}
