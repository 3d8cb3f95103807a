// Step: the claim reader remembers the bodies named by their head word.

import { stage } from '../../../../pipeline/stage.js';
import { rememberBodies } from '../../sentence-view.js';
import type { ClaimSentence } from '../read.js';

/** The bodies the sentence names by their head word, for `التنظيم` in later sentences. */
export const rememberNamedBodies = stage<ClaimSentence>('ar/claims/named-bodies', (s) => {
  rememberBodies(s.view, s.reading.anaphora);
});
