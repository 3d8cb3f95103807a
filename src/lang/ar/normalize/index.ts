import { compileSteps } from '../../../text/folded.js';
import type { FoldStep } from '../../../text/folded.js';
import type { ListedWords } from './listed-words.js';
import { matchingSteps, matchingStepsWith } from './steps.js';

export * from './steps.js';
export type { ListedWords } from './listed-words.js';
export { noListedWords } from './listed-words.js';

/**
 * Folds text into its matching view with no listed words (no censored word joined across a
 * stretched space, no letter names read between dots): for lexicon entries and the tests of the
 * steps. A document is folded by its lexicon (`Lexicon.normalize`), which holds those words.
 */
export const normalize = compileSteps(matchingSteps);

/** The matching view reading `words` (a lexicon builds its own: `Lexicon.normalize`). */
export function normalizerWith(words: ListedWords): ReturnType<typeof compileSteps> {
  return compileSteps(matchingStepsWith(words));
}

/**
 * Folds a lexicon entry exactly as text is folded, so entries and text always meet: an entry is
 * plain (the TSV checks reject tatweel), so no listed word can change its fold.
 */
export function fold(entry: string): string {
  return normalize(entry).text;
}

export function normalizerFor(steps: readonly FoldStep[]): ReturnType<typeof compileSteps> {
  return compileSteps(steps);
}

/** Every named step of the matching view by its id (`ar/normalize/tatweel`), for tests and tools. */
export const stepsById: ReadonlyMap<string, FoldStep> = new Map(matchingSteps.map((step) => [step.id, step]));
