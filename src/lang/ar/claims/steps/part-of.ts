// Step: each part of a breakdown names the claim it is a part of.

import { stage } from '../../../../pipeline/stage.js';
import type { ClaimSentence } from '../read.js';

/** Each part names the claim it is a part of. */
export const linkParts = stage<ClaimSentence>('ar/claims/part-of', (s) => {
  const claims = s.doc.claims;
  s.figures.forEach((f, k) => {
    const whole = f.partOf === null ? undefined : claims[s.firstClaim + f.partOf];
    const part = claims[s.firstClaim + k];
    if (whole && part) claims[s.firstClaim + k] = { ...part, partOf: whole.id };
  });
});
