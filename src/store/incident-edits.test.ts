import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalysisResult, DocumentInfo, Entity, EntityType, Incident } from '../index.js';
import { applyIncidentEdits } from './incident-edits.js';

// A small linked case built by hand: what each report names decides what an edited incident keeps.
function doc(id: string, published: string): DocumentInfo {
  return { id, source: { name: null }, published, title: null, language: 'ar', boilerplate: [] };
}

function entity(
  id: string,
  type: EntityType,
  name: string,
  named: Record<string, number>,
  country?: string,
): Entity {
  const mentions = Object.entries(named).flatMap(([document, n]) =>
    Array.from({ length: n }, (_, k) => ({ document, start: k, end: k + 1, text: name })),
  );
  return { id, type, name, aliases: [], mentions, ...(country ? { country } : {}) };
}

function incident(id: string, documents: string[], extra: Partial<Incident>): Incident {
  return { id, title: id, documents, estimates: [], claims: [], ...extra };
}

const linked: AnalysisResult = {
  isnad: 'test',
  documents: [doc('a', '2024-03-01'), doc('b', '2024-03-02'), doc('c', '2024-03-03'), doc('d', '2024-03-09')],
  entities: [
    entity('g:army', 'government', 'الجيش', { a: 2, b: 1, c: 1 }),
    entity('g:front', 'armed_group', 'الجبهة', { a: 1, b: 2 }),
    entity('g:brigade', 'armed_group', 'اللواء', { c: 3, d: 2 }),
    entity('p:north', 'location', 'البلدة الشمالية', { a: 2, b: 2 }, 'SY'),
    entity('p:south', 'location', 'القرية الجنوبية', { c: 3 }, 'IQ'),
    entity('p:east', 'location', 'المدينة الشرقية', { d: 2 }, 'SY'),
  ],
  claims: [],
  incidents: [
    incident('incident:a', ['a', 'b', 'c'], {
      location: 'البلدة الشمالية',
      country: 'SY',
      parties: ['الجيش', 'الجبهة'],
      start: '2024-03-01',
      end: '2024-03-03',
      events: ['killed'],
    }),
    incident('incident:d', ['d'], {
      location: 'المدينة الشرقية',
      country: 'SY',
      parties: ['اللواء'],
      start: '2024-03-08',
      end: '2024-03-09',
      events: ['wounded'],
    }),
  ],
  conflicts: [],
  timeline: [],
  diagnostics: [],
};

test('a merged incident keeps the union of its parties, places, days and events', () => {
  const out = applyIncidentEdits(linked, [{ id: 1, action: 'merge', documents: ['a', 'd'] }]);
  assert.equal(out.incidents.length, 1);
  const m = out.incidents[0]! as Incident & { places?: string[] };
  assert.deepEqual([...m.documents], ['a', 'b', 'c', 'd']);
  assert.deepEqual(m.parties, ['الجيش', 'الجبهة', 'اللواء']);
  assert.equal(m.location, 'البلدة الشمالية');
  assert.deepEqual(m.places, ['البلدة الشمالية', 'المدينة الشرقية']);
  assert.equal(m.start, '2024-03-01');
  assert.equal(m.end, '2024-03-09');
  assert.deepEqual(m.events, ['killed', 'wounded']);
  assert.equal(m.country, 'SY');
  assert.match(m.title, /الجيش \/ الجبهة \/ اللواء · البلدة الشمالية · 2024-03-01 – 2024-03-09/);
});

test('each part of a split gets the parties, place and days its own documents name', () => {
  const out = applyIncidentEdits(linked, [{ id: 7, action: 'split', documents: ['c'] }]);
  assert.equal(out.incidents.length, 3);
  const rest = out.incidents.find((i) => i.id === 'incident:a')!;
  const part = out.incidents.find((i) => i.id === 'incident:split-7')!;
  assert.deepEqual([...rest.documents], ['a', 'b']);
  // a and b both name the army and the front; the brigade only c and d name.
  assert.deepEqual(rest.parties, ['الجيش', 'الجبهة']);
  assert.equal(rest.location, 'البلدة الشمالية');
  assert.equal(rest.start, '2024-03-01');
  assert.equal(rest.end, '2024-03-02');
  // c names the brigade and the army, and another place (in another country).
  assert.deepEqual([...part.documents], ['c']);
  assert.deepEqual(part.parties, ['اللواء', 'الجيش']);
  assert.equal(part.location, 'القرية الجنوبية');
  assert.equal(part.country, 'IQ');
  assert.equal(part.start, '2024-03-03');
  assert.equal(part.end, '2024-03-03');

  // Merged back (the two parts and the other incident): the union again.
  const back = applyIncidentEdits(linked, [
    { id: 7, action: 'split', documents: ['c'] },
    { id: 8, action: 'merge', documents: ['a', 'c', 'd'] },
  ]);
  assert.equal(back.incidents.length, 1);
  const m = back.incidents[0]! as Incident & { places?: string[] };
  assert.deepEqual(new Set(m.parties), new Set(['الجيش', 'الجبهة', 'اللواء']));
  assert.deepEqual(new Set(m.places), new Set(['البلدة الشمالية', 'القرية الجنوبية', 'المدينة الشرقية']));
  assert.equal(m.start, '2024-03-01');
  assert.equal(m.end, '2024-03-09');
  // Two countries: none is claimed for the whole.
  assert.equal(m.country, undefined);
});
