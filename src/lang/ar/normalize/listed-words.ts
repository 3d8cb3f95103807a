// The words the matching view needs from data/ar: the words censors cut with a stretched space
// (censored-words.tsv) and the Latin letter names read apart between dots (letter-names.tsv). They
// are loaded with the lexicon (`loadListedWords`) and kept on it, and the lexicon folds a document
// with them (`Lexicon.normalize`); a normalizer given none folds every step but these two readings.

/** Folded words the obfuscation step asks about. */
export interface ListedWords {
  /** Words a stretched fragment before one space may be joined into (`قتـ لى`). */
  readonly censored: Set<string>;
  /** Latin letter names (`بي`، `سي`): a chain of them joined by dots is read as words apart. */
  readonly letterNames: Set<string>;
}

/** No listed word: what folds a lexicon entry, which is plain (no tatweel, no cut, no dots). */
export function noListedWords(): ListedWords {
  return { censored: new Set(), letterNames: new Set() };
}
