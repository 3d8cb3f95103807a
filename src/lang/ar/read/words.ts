// The words the name readers match as written, hand-listed clitic forms included (`وهو`، `فإن`):
// every other closed-class word is data (data/ar/closed-class.tsv, read by stem). These two wait
// for their own move, since reading them by stem changes which phrases are names. Every set is
// folded the way text is, so entries may be written in ordinary spelling.

import { fold } from '../normalize/index.js';

function folded(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(fold));
}

/**
 * `أن` as the name readers match it, on the word as written (`بأن`، `فإن`، `لأن` listed, `لأنه` not):
 * the speaker reader reads the class complementizer of data/ar/closed-class.tsv by stem; reading these
 * by stem too moves 40 of 7,882 ANT outputs (`فإن فيسبوك` read as a name), so it waits for the function
 * words below to be read by stem with it.
 */
export const COMPLEMENTIZERS = folded([
  'ان',
  'انه',
  'انها',
  'انهم',
  'انهن',
  'انهما',
  'انكم',
  'انني',
  'اننا',
  'بان',
  'بانه',
  'بانها',
  'بانهم',
  'بانهما',
  'فان',
  'وان',
  'لان',
]);

/** Closed-class words that are never part of a person's name. */
export const FUNCTION_WORDS = folded([
  'كما',
  'ثم',
  'لكن',
  'لكن',
  'حيث',
  'اذ',
  'اذا',
  'قد',
  'لقد',
  'هذا',
  'هذه',
  'ذلك',
  'تلك',
  'هناك',
  'هنا',
  'هو',
  'هي',
  'هم',
  'وهو',
  'وهي',
  'ما',
  'لا',
  'لم',
  'لن',
  'كان',
  'كانت',
  'يكون',
  'تكون',
  'ليس',
  'ان',
  'او',
  'ام',
  'بل',
  'كل',
  'بعض',
  'غير',
  'عدم',
  'دون',
  'مع',
  'عند',
  'نحو',
  'حتي',
  'حتى',
  'الا',
  'سوي',
  'اي',
  'ايه',
  'انما',
  'مما',
  'ممن',
  'فقط',
  'جدا',
  'الذي',
  'التي',
  'الذين',
  'فيما',
  'بينما',
  'وفيما',
  'وبينما',
  'ايضا',
  'امس',
  'اليوم',
  'كنا',
  'كانوا',
  'كنت',
  'نحن',
  'انهم',
  'لكنه',
  'لكنها',
  'لكن',
  'ولكن',
]);
