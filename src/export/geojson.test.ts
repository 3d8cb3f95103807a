import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalysisResult } from '../types.js';
import { examples, resultOf } from '../testing/examples.js';
import { incidentFeatures, toGeoJson } from './geojson.js';

test('incidents as GeoJSON points (RFC 7946: longitude first), with their figures', () => {
  const { result } = examples();
  const collection = incidentFeatures(result);
  assert.equal(collection.type, 'FeatureCollection');
  assert.equal(collection.features.length, result.incidents.length);
  const prison = collection.features.find((f) => (f.properties['documents'] as string[]).length === 5);
  assert.ok(prison?.geometry);
  const [lon, lat] = prison.geometry.coordinates;
  assert.ok(Math.abs(lon - 40.75) < 0.1 && Math.abs(lat - 36.5) < 0.1);
  assert.equal(prison.properties['admin1'], 'Al-Hasakah');
  assert.equal(prison.properties['location_en'], 'Hasakah');
  assert.ok((prison.properties['conflicts'] as unknown[]).length > 0);
  assert.deepEqual(JSON.parse(toGeoJson(result)), JSON.parse(JSON.stringify(collection)));
});

/** A neighbourhood read from the text only (d1 at 8), and Hasakah named in d1 at `townAt` and in d2. */
function neighbourhood(townAt: number): AnalysisResult {
  return resultOf({
    entities: [
      {
        id: 'loc_hy_alnshwh',
        type: 'location',
        name: 'حي النشوة',
        aliases: [],
        mentions: [{ document: 'd1', start: 8, end: 17, text: 'حي النشوة' }],
      },
      {
        id: 'hasakah',
        type: 'location',
        name: 'الحسكة',
        aliases: ['Hasakah'],
        parent: 'syria',
        country: 'SY',
        mentions: [
          { document: 'd1', start: townAt, end: townAt + 6, text: 'الحسكة' },
          { document: 'd2', start: 10, end: 16, text: 'الحسكة' },
        ],
      },
    ],
    incidents: [{ id: 'i1', title: 't', documents: ['d1'], location: 'حي النشوة', estimates: [] }],
  });
}

test('a place known from the text only is coded at the joined town named beside it (geo_precision 2)', () => {
  // «قصف على حي النشوة في مدينة الحسكة»: the neighbourhood is read from the text only; the town beside it joins.
  const [local] = incidentFeatures(neighbourhood(26)).features;
  assert.ok(local?.geometry, 'the neighbourhood incident is placed at its town');
  assert.equal(local.properties['geo_precision'], 2);
  assert.match(String(local.properties['geo_note']), /named beside it/);
  assert.equal(local.properties['admin1'], 'Al-Hasakah');
});

test('a town named far from the neighbourhood, or only in another report, does not place it', () => {
  const [feature] = incidentFeatures(neighbourhood(900)).features;
  assert.equal(feature?.geometry, null);
});

test('an incident that does not join keeps its feature with a null geometry and the reason', () => {
  const result = resultOf({
    entities: [{ id: 'x', type: 'location', name: 'مكان', aliases: [], mentions: [] }],
    incidents: [{ id: 'i1', title: 't', documents: [], location: 'مكان', estimates: [] }],
  });
  const [feature] = incidentFeatures(result).features;
  assert.equal(feature?.geometry, null);
  assert.match(String(feature?.properties['geo_note']), /no English name/);
});
