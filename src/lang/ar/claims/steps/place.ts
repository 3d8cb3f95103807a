// Step (whole document): where each claim happened.

import { stage } from '../../../../pipeline/stage.js';
import type { ArabicDoc } from '../../document.js';
import { claimPlace, dominantPlace } from '../../entities/places.js';
import type { PlaceHit } from '../../entities/places.js';

/** Where each claim happened: the nearest place in its sentence, else the report's own place (never a
 * place that stands for its government: `voice`). */
export const placeClaims = stage<ArabicDoc>('ar/claims/place', (doc) => {
  const lex = doc.lexicon;
  const evidence = doc.placeEvidence;
  // One sense per report: a place that mostly stands for its government (`موسكو ترد`, at least half
  // its mentions) does so elsewhere in the report too (`اتهامات إلى موسكو`): never the report's place.
  const voiced = mostlyVoiced(evidence.seen);
  const asVoice = (p: PlaceHit): PlaceHit => (voiced.has(p.entry.id) && !p.voice ? { ...p, voice: true } : p);
  const dominant = dominantPlace(evidence.lead.map(asVoice), evidence.seen.map(asVoice), lex);
  for (const { claim, places, at } of evidence.claims) {
    const place = claimPlace(places, at, dominant, lex);
    const c = doc.claims[claim];
    if (!place || !c) continue;
    const { rules, ...rest } = c;
    doc.claims[claim] = { ...rest, location: { name: place.name, entity: place.id }, rules };
  }
});

/** Places at least half of whose mentions stand for their government. */
export function mostlyVoiced(places: readonly PlaceHit[]): Set<string> {
  const count = new Map<string, { all: number; voice: number }>();
  for (const p of places) {
    const c = count.get(p.entry.id) ?? { all: 0, voice: 0 };
    c.all++;
    if (p.voice) c.voice++;
    count.set(p.entry.id, c);
  }
  return new Set([...count].filter(([, c]) => c.voice * 2 >= c.all && c.voice > 0).map(([id]) => id));
}
