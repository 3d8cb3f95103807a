// The words writers break with a stretched space to slip past platform filters (data/ar/
// censored-words.tsv, kept on the lexicon: `ListedWords.censored`): the test the one-sided stretched
// cut of obfuscation.ts needs, since a tatweel glued to a whole word before a space is also a dash
// (`الثلاثاءـ أنه`).
//
//   cutInsideListedWord(words, 'قت', 'لي') → true (قتلى) · ('الج', 'رحي') → true (الجرحى, after the article)
//   ('الثلاثاء', 'انه') → false · ('ال', 'جيش') → false (the cut falls on the article, not in the word)

/** و ف, then ب ل ك, then the article; or و ف then لل (a whole prefix). */
const PROCLITICS = /^(?:[وف]?[بلك]?(?:ال)?|[وف]?لل)$/u;

/**
 * True when `first` + `second` (folded fragments) is one of `censored`, possibly after proclitics,
 * and the cut falls inside the word itself: `ل جنود` or `ال جيش` is a clitic typed apart, not a cut.
 */
export function cutInsideListedWord(censored: ReadonlySet<string>, first: string, second: string): boolean {
  const joined = first + second;
  // At most four letters of proclitics (`وبال`), and at least one letter of the word before the cut.
  for (let p = 0; p <= Math.min(4, first.length - 1); p++) {
    if (PROCLITICS.test(joined.slice(0, p)) && censored.has(joined.slice(p))) return true;
  }
  return false;
}
