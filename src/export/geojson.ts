// Incidents as a GeoJSON FeatureCollection (RFC 7946): a Point at the incident's place, joined to
// GeoNames through the gazetteer's English names (src/geo), with its figures and disputes as
// properties. An incident that does not join keeps its feature with `geometry: null` (RFC 7946 §3.2)
// and `geo_note` saying why, so nothing is dropped from the map's table.

import type { AnalysisResult } from '../types.js';
import { incidentClaims, incidentConflicts, locate, placeName, sides, actorName, view } from './model.js';

export interface Feature {
  readonly type: 'Feature';
  readonly id: string;
  readonly geometry: { readonly type: 'Point'; readonly coordinates: readonly [number, number] } | null;
  readonly properties: Readonly<Record<string, unknown>>;
}

export interface FeatureCollection {
  readonly type: 'FeatureCollection';
  readonly features: readonly Feature[];
}

export function incidentFeatures(result: AnalysisResult): FeatureCollection {
  const v = view(result);
  const features = result.incidents.map((incident): Feature => {
    const located = locate(v, incident);
    const place = located.join.joined ? located.join.place : undefined;
    return {
      type: 'Feature',
      id: incident.id,
      geometry: place ? { type: 'Point', coordinates: [place.longitude, place.latitude] } : null,
      properties: {
        title: incident.title,
        start: incident.start ?? null,
        end: incident.end ?? null,
        location: incident.location ?? null,
        location_en: incident.location ? placeName(v, incident.location) : null,
        country: located.country?.name ?? null,
        admin1: place?.admin1 ?? null,
        admin2: place?.admin2 ?? null,
        geo_precision: located.acledPrecision,
        geo_level: place?.level ?? null,
        geo_note: located.note,
        sides: sides(v, incident).map((s) => actorName(v, s.name)),
        documents: incident.documents,
        claims: incidentClaims(v, incident).length,
        estimates: incident.estimates,
        conflicts: incidentConflicts(v, incident).map((c) => ({ id: c.id, kind: c.kind, note: c.note })),
      },
    };
  });
  return { type: 'FeatureCollection', features };
}

export function toGeoJson(result: AnalysisResult): string {
  return JSON.stringify(incidentFeatures(result), null, 2) + '\n';
}
