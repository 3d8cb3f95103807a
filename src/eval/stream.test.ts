import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalysisResult, Claim, DocumentInfo, Incident } from '../types.js';
import { IsnadError } from '../errors.js';
import { formatStreamReport, scoreStream } from './stream.js';
import { isStreamGold, parseStreamGold } from './stream-gold.js';

function docInfo(id: string, event: boolean): DocumentInfo {
  return {
    id,
    source: { name: 'outlet' },
    published: '2018-04-01',
    title: null,
    language: 'ar',
    boilerplate: [],
    event: event
      ? { status: 'event', reason: '1 event figure of 1', claims: 1 }
      : { status: 'no_event', reason: 'no figure of casualties', claims: 0 },
  };
}

function claim(id: string, document: string, incident: string): Claim {
  return {
    id,
    document,
    start: 0,
    end: 1,
    text: 'x',
    sentence: { start: 0, end: 1 },
    quantity: { low: 1, high: 1, point: 1, qualifier: 'exact' },
    unit: 'person',
    category: 'killed',
    subject: { text: 'x', group: null, kind: 'unknown' },
    stance: 'asserted',
    attribution: [],
    rules: [],
    incident,
  };
}

function incident(id: string, documents: string[], start: string, end: string): Incident {
  return { id, title: id, documents, start, end, estimates: [] };
}

// Gold: G1 = a b c, G2 = d e (+ f only mentions it); n1 and n2 report no event.
const GOLD = {
  campaigns: [
    { id: 'C', title: 'offensive', start: '2018-03-01', end: '2018-04-30', place: 'X', country: 'SY' },
  ],
  incidents: [
    {
      id: 'G1',
      title: 'strike on a market',
      event: 'airstrike',
      place: 'X',
      admin: 'Y',
      country: 'SY',
      start: '2018-04-01',
      end: '2018-04-02',
      parties: [],
      campaign: 'C',
      documents: [
        { id: 'a', role: 'main' },
        { id: 'b', role: 'main' },
        { id: 'c', role: 'main' },
      ],
    },
    {
      id: 'G2',
      title: 'arrests',
      event: 'arrests',
      place: 'Z',
      admin: null,
      country: 'PS',
      start: '2018-04-01',
      end: '2018-04-01',
      parties: [],
      campaign: null,
      documents: [
        { id: 'd', role: 'main' },
        { id: 'e', role: 'main' },
        { id: 'f', role: 'mention' },
      ],
      hard: true,
    },
  ],
  nonEvents: ['n1', 'n2'],
};

// System: I1 = a b (+ one claim of c), I2 = c d, e opens nothing, n1 wrongly opens I3.
const RESULT: AnalysisResult = {
  isnad: 'test',
  documents: [
    docInfo('a', true),
    docInfo('b', true),
    docInfo('c', true),
    docInfo('d', true),
    docInfo('e', false),
    docInfo('f', true),
    docInfo('n1', true),
    docInfo('n2', false),
  ],
  entities: [],
  claims: [
    claim('a#1', 'a', 'I1'),
    claim('b#1', 'b', 'I1'),
    claim('c#1', 'c', 'I1'),
    claim('c#2', 'c', 'I2'),
    claim('c#3', 'c', 'I2'),
    claim('d#1', 'd', 'I2'),
    claim('n1#1', 'n1', 'I3'),
  ],
  incidents: [
    incident('I1', ['a', 'b', 'c'], '2018-04-01', '2018-04-03'),
    incident('I2', ['c', 'd'], '2018-04-01', '2018-04-01'),
    incident('I3', ['n1'], '2018-03-01', '2018-03-11'),
  ],
  campaigns: [],
  conflicts: [],
  timeline: [],
  diagnostics: [],
};

describe('stream gold', () => {
  test('is told from a claim gold file by its nonEvents or campaigns', () => {
    assert.ok(isStreamGold(GOLD));
    assert.ok(!isStreamGold({ documents: {}, claims: [] }));
  });

  test('every problem is reported at once, with its path', () => {
    const bad = {
      campaigns: [],
      incidents: [
        { id: 'x', campaign: 'nope', documents: [{ id: 'a', role: 'lead' }] },
        { id: 'x', documents: [] },
      ],
      nonEvents: ['a'],
    };
    assert.throws(
      () => parseStreamGold(bad),
      (e: unknown) =>
        e instanceof IsnadError &&
        /incidents\[0\]\.campaign/.test(e.message) &&
        /incidents\[0\]\.documents\[0\]\.role/.test(e.message) &&
        /incidents\[1\]\.id: "x" is used twice/.test(e.message) &&
        /incidents\[1\]\.documents: expected at least one/.test(e.message),
    );
  });
});

describe('stream scoring', () => {
  const report = scoreStream(parseStreamGold(GOLD), RESULT);

  test('a document belongs to the incident holding most of its claims', () => {
    const g1 = report.incidents.find((i) => i.id === 'G1')!;
    assert.deepEqual(
      g1.split.map((p) => [p.incident, p.documents]),
      [
        ['I1', ['a', 'b']],
        ['I2', ['c']],
      ],
    );
    assert.deepEqual(g1.intruders, []);
    const g2 = report.incidents.find((i) => i.id === 'G2')!;
    assert.deepEqual(g2.split.map((p) => p.incident).sort(), ['I2', null]);
    assert.equal(report.run.multiIncidentDocuments, 1);
  });

  test('pairwise precision and recall over main documents', () => {
    // Gold pairs: ab ac bc de; system pairs: ab cd; shared: ab.
    assert.equal(report.pairs.goldPairs, 4);
    assert.equal(report.pairs.systemPairs, 2);
    assert.equal(report.pairs.both, 1);
    assert.equal(report.pairs.precision, 0.5);
    assert.equal(report.pairs.recall, 0.25);
  });

  test('B-cubed counts a document in no incident as its own singleton', () => {
    // Precision a 1, b 1, c 1/2, d 1/2, e 1; recall a 2/3, b 2/3, c 1/3, d 1/2, e 1/2.
    assert.ok(Math.abs(report.bcubed.precision! - 0.8) < 1e-9);
    assert.ok(Math.abs(report.bcubed.recall! - (2 / 3 + 2 / 3 + 1 / 3 + 1 / 2 + 1 / 2) / 5) < 1e-9);
  });

  test('pairwise per gold incident, averaged', () => {
    // G1 (abc): kept ab of 3 pairs; touching pairs ab, cd → P 1/2. G2 (de): kept none; touching cd → P 0.
    assert.equal(report.perIncident.incidents, 2);
    assert.ok(Math.abs(report.perIncident.recall! - (1 / 3 + 0) / 2) < 1e-9);
    assert.ok(Math.abs(report.perIncident.precision! - (1 / 2 + 0) / 2) < 1e-9);
  });

  test('event detection: main documents are events, nonEvents are not', () => {
    assert.equal(report.events.truePositives, 4);
    assert.equal(report.events.falseNegatives, 1);
    assert.equal(report.events.falsePositives, 1);
    assert.equal(report.events.trueNegatives, 1);
    assert.deepEqual(
      report.events.falseEvents.map((e) => e.id),
      ['n1'],
    );
    assert.match(report.events.missedEvents[0]!.reason, /no figure/);
    assert.equal(report.events.missedEvents[0]!.incident, null);
    assert.equal(report.events.missedInNoIncident, 1);
  });

  test('a missed event that follows an incident says which; one in none says so', () => {
    const follows: AnalysisResult = {
      ...RESULT,
      incidents: RESULT.incidents.map((i) =>
        i.id === 'I2' ? { ...i, documents: [...i.documents, 'e'] } : i,
      ),
    };
    const r = scoreStream(parseStreamGold(GOLD), follows);
    assert.deepEqual(r.events.missedEvents, [
      { id: 'e', reason: r.events.missedEvents[0]!.reason, incident: 'I2' },
    ]);
    assert.equal(r.events.missedInNoIncident, 0);
    const text = formatStreamReport(r, { verbose: true });
    assert.match(text, /of FN 1 follow an incident, 0 are in none/);
    assert.match(text, /e: no figure[^\n]* · follows I2/);
    assert.match(formatStreamReport(report, { verbose: true }), /e: no figure[^\n]* · in no incident/);
  });

  test('the run: largest incident, longest span, share in incidents over 50', () => {
    assert.equal(report.run.largest!.id, 'I1');
    assert.equal(report.run.longest!.id, 'I3');
    assert.equal(report.run.longest!.days, 10);
    assert.equal(report.run.over50Documents, 0);
    assert.equal(report.run.incidents, 3);
  });

  test('the text report names every split and intruder in verbose mode', () => {
    const text = formatStreamReport(report, { verbose: true });
    assert.match(text, /pairs P 0\.500 {2}R 0\.250/);
    assert.match(text, /✗ G1 · 3 main/);
    assert.match(text, /\(no incident\): e/);
    assert.match(text, /n1: 1 event figure/);
  });
});
