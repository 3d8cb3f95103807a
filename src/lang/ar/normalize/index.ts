import { compileSteps } from '../../../text/folded.js';
import type { FoldStep } from '../../../text/folded.js';
import { matchingSteps } from './steps.js';

export * from './steps.js';

/** Folds Arabic text into its matching view, keeping the offset map. */
export const normalize = compileSteps(matchingSteps);

/** Folds a lexicon entry exactly as text is folded, so entries and text always meet. */
export function fold(entry: string): string {
  return normalize(entry).text;
}

export function normalizerFor(steps: readonly FoldStep[]): ReturnType<typeof compileSteps> {
  return compileSteps(steps);
}

/** Every named step of the matching view by its id (`ar/normalize/tatweel`), for tests and tools. */
export const stepsById: ReadonlyMap<string, FoldStep> = new Map(matchingSteps.map((step) => [step.id, step]));
