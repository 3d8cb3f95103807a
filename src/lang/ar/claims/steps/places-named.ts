// Step: the entities and places a sentence names, for the entity list and the claims' places.

import { stage } from '../../../../pipeline/stage.js';
import { findPlaces } from '../../entities/places.js';
import { LEAD_SENTENCES, originalSpan } from '../read.js';
import type { ClaimSentence } from '../read.js';

/** Entities and places the sentence names, for the entity list and the claims' places. */
export const namePlaces = stage<ClaimSentence>('ar/claims/places-named', (s) => {
  const { view, reading, doc } = s;
  const places = findPlaces(view, (a, b) => originalSpan(doc, a, b).text);
  const shaped = places.filter((p) => p.shaped);
  const entities = reading.entities;
  for (const e of view.entities) {
    // A listed word inside a place named by its head (`بلدة أبو صيدا`) is not that place.
    if (shaped.some((p) => p.start <= e.start && e.end <= p.end)) continue;
    entities.push({ entry: e.entry, span: s.span(e.start, e.end) });
  }
  for (const p of shaped) entities.push({ entry: p.entry, span: s.span(p.start, p.end) });
  reading.places.seen.push(...places);
  if (reading.sentencesRead < LEAD_SENTENCES) reading.places.lead.push(...places);
  reading.sentencesRead++;
  s.places = places;
});
