// Matching a lexicon phrase against tokens: one place for the rule that clitics and a pronoun
// suffix may vary on every word (`لقي مصرعه` ~ `لقوا مصرعهم`) and quotes may stand between words
// (`تنظيم “داعش”`).

import { Lexicon } from './lexicon/lexicon.js';
import type { LexWord, Phrase } from './lexicon/lexicon.js';
import type { Tok } from './quantity.js';

/**
 * Token index just past the phrase whose first word is at token `i`, or -1 when it does not match.
 * `words` are the lexicon's records of the tokens.
 */
export function matchPhraseWords(
  toks: readonly Tok[],
  words: readonly (LexWord | null)[],
  i: number,
  phrase: Phrase,
): number {
  let j = i + 1;
  for (let k = 1; k < phrase.targets.length; k++) {
    while (toks[j]?.kind === 'punct' && (toks[j]!.text === '"' || toks[j]!.text === "'")) j++;
    const t = toks[j];
    if (!t || t.kind !== 'word' || !Lexicon.recordMatches(words[j]!, phrase.targets[k]!)) return -1;
    j++;
  }
  return j;
}
