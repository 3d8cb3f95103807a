// Step: the entities and places a sentence names, for the entity list and the claims' places.

import { stage } from '../../../../pipeline/stage.js';
import { findPlaces } from '../../entities/places.js';
import type { PlaceHit } from '../../entities/places.js';
import { LEAD_SENTENCES, originalSpan } from '../read.js';
import type { ClaimSentence } from '../read.js';

/** Entities and places the sentence names, for the entity list and the claims' places. */
export const namePlaces = stage<ClaimSentence>('ar/claims/places-named', (s) => {
  const { view, reading, doc } = s;
  const places = bySpeakers(
    findPlaces(view, (a, b) => originalSpan(doc, a, b).text),
    s.voices.speakers,
  );
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

/**
 * A place that is itself the speaker (`وقالت موسكو`، `أعلنت واشنطن`، `أعلنت سوريا وروسيا`) is a
 * government's voice, not where the sentence's events happened: it counts as a dateline does, the
 * place of the figures and of the report only when they name no other. A place inside a longer
 * speaker phrase (`وزارة الصحة في غزة`) stays a place.
 */
export function bySpeakers(
  places: readonly PlaceHit[],
  speakers: readonly { readonly start: number; readonly end: number }[],
): PlaceHit[] {
  if (places.length === 0) return [];
  // The speaker phrase is places only (`موسكو`، `سوريا وروسيا`), a conjunction's `و` on a place.
  const onlyPlaces = (r: { readonly start: number; readonly end: number }): boolean => {
    for (let i = r.start; i < r.end; i++) if (!places.some((p) => p.start <= i && i < p.end)) return false;
    return true;
  };
  const speaks = (p: PlaceHit): boolean =>
    speakers.some((r) => r.start <= p.start && p.end <= r.end && onlyPlaces(r));
  return places.map((p) => (!p.dateline && speaks(p) ? { ...p, dateline: true } : p));
}
