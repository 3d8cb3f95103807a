// Step (whole document): where each claim happened.

import { stage } from '../../../../pipeline/stage.js';
import type { ArabicDoc } from '../../document.js';
import { claimPlace, dominantPlace } from '../../entities/places.js';

/** Where each claim happened: the nearest place in its sentence, else the report's own place. */
export const placeClaims = stage<ArabicDoc>('ar/claims/place', (doc) => {
  const lex = doc.lexicon;
  const evidence = doc.placeEvidence;
  const dominant = dominantPlace(evidence.lead, evidence.seen, lex);
  for (const { claim, places, at } of evidence.claims) {
    const place = claimPlace(places, at, dominant, lex);
    const c = doc.claims[claim];
    if (!place || !c) continue;
    const { rules, ...rest } = c;
    doc.claims[claim] = { ...rest, location: { name: place.name, entity: place.id }, rules };
  }
});
