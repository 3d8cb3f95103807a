import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type {
  Category,
  Claim,
  DocumentInfo,
  Entity,
  Hop,
  Qualifier,
  Stance,
  SubjectKind,
} from '../../types.js';
import type { PackTime } from '../pack.js';
import { linkBatch, linkReports } from './index.js';
import type { LinkDocument, LinkState } from './index.js';
import { resemblance, sketch } from './sketch.js';

// A small world: two armed sides, a city under a province under a country, and another province.
function entity(
  id: string,
  type: Entity['type'],
  name: string,
  docs: readonly string[],
  parent?: string,
): Entity {
  return {
    id,
    type,
    name,
    aliases: [],
    mentions: docs.map((document) => ({ document, start: 0, end: 1, text: name })),
    ...(parent ? { parent } : {}),
  };
}

function doc(id: string, published: string | null, times: PackTime[] = [], text = ''): LinkDocument {
  const info: DocumentInfo = {
    id,
    source: { name: `outlet-${id}` },
    published,
    title: null,
    language: 'ar',
    boilerplate: [],
  };
  return { info, text, times };
}

interface Spec {
  readonly id: string;
  readonly doc: string;
  readonly n: number | [number, number];
  readonly q?: Qualifier;
  readonly category?: Category;
  readonly group?: string | null;
  readonly kind?: SubjectKind;
  readonly stance?: Stance;
  readonly speaker?: Hop;
  readonly date?: string;
  /** The first day of a span the figure counts from (`منذ الاثنين`), instead of `date`. */
  readonly since?: string;
  readonly partOf?: string;
  readonly place?: string;
  readonly scope?: 'background' | 'campaign';
  readonly evidence?: 'bodies';
}

function claim(s: Spec): Claim {
  const q = s.q ?? (Array.isArray(s.n) ? 'range' : 'exact');
  const [low, high] = Array.isArray(s.n)
    ? s.n
    : q === 'more_than'
      ? [s.n + 1, null]
      : q === 'at_least'
        ? [s.n, null]
        : q === 'approx'
          ? [Math.round(s.n * 0.9), Math.round(s.n * 1.1)]
          : [s.n, s.n];
  return {
    id: s.id,
    document: s.doc,
    start: 0,
    end: 1,
    text: 'x',
    sentence: { start: 0, end: 1 },
    quantity: { low, high, point: Array.isArray(s.n) ? null : s.n, qualifier: q },
    unit: 'person',
    category: s.category ?? 'killed',
    subject: { text: 'x', group: s.group === undefined ? 'Alpha' : s.group, kind: s.kind ?? 'combatants' },
    stance: s.stance ?? 'asserted',
    attribution: [{ name: `outlet-${s.doc}`, kind: 'outlet' }, ...(s.speaker ? [s.speaker] : [])],
    ...(s.date ? { time: { date: s.date } } : s.since ? { time: { start: s.since } } : {}),
    ...(s.partOf ? { partOf: s.partOf } : {}),
    ...(s.place ? { location: { name: s.place, entity: s.place } } : {}),
    ...(s.scope ? { scope: s.scope } : {}),
    ...(s.evidence ? { evidence: s.evidence } : {}),
    rules: ['test'],
  };
}

const A_SPOKESMAN: Hop = { name: 'spokesman of A', kind: 'person', affiliation: 'Alpha' };
const B_STATEMENT: Hop = { name: 'Bravo', kind: 'organization', entity: 'b' };
const MONITOR: Hop = { name: 'monitor', kind: 'organization', entity: 'monitor' };
const OFFICIAL: Hop = { name: 'an official', kind: 'anonymous' };

function world(docs: readonly string[]): Entity[] {
  return [
    entity('a', 'armed_group', 'Alpha', docs),
    entity('b', 'armed_group', 'Bravo', docs),
    entity('monitor', 'organization', 'monitor', docs),
    // A country of the gazetteer has its code: it is no town the reader found by its name.
    { ...entity('country', 'location', 'Country', docs), country: 'CC' },
    entity('province', 'location', 'Province', docs, 'country'),
    entity('city', 'location', 'City', docs, 'province'),
  ];
}

describe('conflicts', () => {
  test('bodies one crew recovered are a floor under the toll, not a rival count, unless they exceed it', () => {
    const CREWS: Hop = { name: 'rescue crews', kind: 'organization', entity: 'crews' };
    const run = (found: number, toll: number) =>
      linkBatch(
        [doc('d', '2022-01-30')],
        [
          claim({ id: 'toll', doc: 'd', n: toll, group: null, kind: 'unknown', speaker: MONITOR }),
          claim({
            id: 'found',
            doc: 'd',
            n: found,
            group: null,
            kind: 'unknown',
            speaker: CREWS,
            evidence: 'bodies',
          }),
        ],
        world(['d']),
      ).conflicts;
    // Two named sources in one report: without the bodies marker, 43 against 12 is a clash.
    assert.deepEqual(run(12, 43), []);
    const over = run(35, 20);
    assert.equal(over.length, 1);
    assert.equal(over[0]!.kind, 'disagreement');
    assert.match(over[0]!.note, /exceeds the total/);
  });

  test('a denied figure is linked to the reports it rejects, larger ones included', () => {
    const docs = [doc('d1', '2022-01-30'), doc('d2', '2022-01-23')];
    const r = linkBatch(
      docs,
      [
        claim({
          id: 'deny',
          doc: 'd1',
          n: 200,
          q: 'approx',
          category: 'escaped',
          speaker: A_SPOKESMAN,
          stance: 'denied',
          group: 'Bravo',
        }),
        claim({
          id: 'nyt',
          doc: 'd1',
          n: 200,
          q: 'approx',
          category: 'escaped',
          speaker: OFFICIAL,
          stance: 'probable',
          group: 'Bravo',
          kind: 'prisoners',
        }),
        claim({
          id: 'isis',
          doc: 'd2',
          n: 800,
          q: 'more_than',
          category: 'escaped',
          speaker: B_STATEMENT,
          group: 'Bravo',
          kind: 'prisoners',
        }),
      ],
      world(['d1', 'd2']),
    );
    const denial = r.conflicts.find((c) => c.kind === 'denial');
    assert.ok(denial, 'a denial conflict');
    assert.deepEqual([...denial.claims].sort(), ['deny', 'isis', 'nyt']);
    // The later, much smaller figure disagrees with the earlier claim of more than 800.
    assert.ok(
      r.conflicts.some(
        (c) => c.kind === 'disagreement' && c.claims.includes('isis') && c.claims.includes('nyt'),
      ),
    );
  });

  test('a running toll that rises across reports is a revision, listed in time order', () => {
    const r = linkBatch(
      [doc('early', '2022-01-22'), doc('late', '2022-01-28')],
      [
        claim({ id: 'c28', doc: 'early', n: 28, group: 'Bravo', speaker: A_SPOKESMAN }),
        claim({ id: 'c374', doc: 'late', n: 374, group: 'Bravo', speaker: A_SPOKESMAN }),
        claim({
          id: 'c374b',
          doc: 'late',
          n: 374,
          group: 'Bravo',
          speaker: { ...A_SPOKESMAN, name: 'another A official' },
        }),
      ],
      world(['early', 'late']),
    );
    const revisions = r.conflicts.filter((c) => c.kind === 'revision');
    assert.equal(revisions.length, 1);
    assert.deepEqual(revisions[0]!.claims, ['c28', 'c374', 'c374b']);
    assert.equal(r.conflicts.filter((c) => c.kind === 'disagreement').length, 0, 'a rise is no disagreement');
  });

  test('incompatible figures of the same day disagree; overlapping ones agree', () => {
    const r = linkBatch(
      [doc('d1', '2022-01-23'), doc('d2', '2022-01-23')],
      [
        claim({ id: 'b200', doc: 'd1', n: 200, q: 'more_than', group: 'Alpha', speaker: B_STATEMENT }),
        claim({ id: 'a18', doc: 'd1', n: 18, group: 'Alpha', kind: 'unknown', speaker: A_SPOKESMAN }),
        claim({ id: 'm4', doc: 'd1', n: 4, group: null, kind: 'civilians', speaker: MONITOR }),
        claim({ id: 'o4', doc: 'd2', n: 4, group: null, kind: 'civilians', speaker: OFFICIAL }),
      ],
      world(['d1', 'd2']),
    );
    const d = r.conflicts.filter((c) => c.kind === 'disagreement');
    assert.equal(d.length, 1, JSON.stringify(r.conflicts));
    assert.deepEqual([...d[0]!.claims].sort(), ['a18', 'b200']);
    assert.match(d[0]!.note, /partisan/);
  });

  test('a breakdown that adds up raises nothing; parts that exceed their whole are a sum mismatch', () => {
    const ok = linkBatch(
      [doc('d', '2022-01-30')],
      [
        claim({ id: 'w', doc: 'd', n: 121, kind: 'mixed', speaker: A_SPOKESMAN }),
        claim({ id: 'p1', doc: 'd', n: 77, kind: 'staff', partOf: 'w', speaker: A_SPOKESMAN }),
        claim({ id: 'p2', doc: 'd', n: 40, kind: 'combatants', partOf: 'w', speaker: A_SPOKESMAN }),
        claim({
          id: 'p3',
          doc: 'd',
          n: 4,
          kind: 'civilians',
          group: null,
          partOf: 'w',
          speaker: A_SPOKESMAN,
        }),
      ],
      world(['d']),
    );
    assert.deepEqual(ok.conflicts, []);
    const bad = linkBatch(
      [doc('d', '2022-01-30')],
      [
        claim({ id: 'w', doc: 'd', n: 10, kind: 'mixed', speaker: A_SPOKESMAN }),
        claim({ id: 'p1', doc: 'd', n: 7, kind: 'staff', partOf: 'w', speaker: A_SPOKESMAN }),
        claim({ id: 'p2', doc: 'd', n: 6, kind: 'combatants', partOf: 'w', speaker: A_SPOKESMAN }),
      ],
      world(['d']),
    );
    assert.deepEqual(
      bad.conflicts.map((c) => c.kind),
      ['sum_mismatch'],
    );
    assert.match(bad.conflicts[0]!.note, /7 \+ 6 = 13/);
  });

  test('background figures of the whole war are compared with nothing', () => {
    const r = linkBatch(
      [doc('d1', '2018-03-16'), doc('d2', '2018-03-16')],
      [
        claim({
          id: 'war',
          doc: 'd1',
          n: 500000,
          q: 'more_than',
          group: null,
          kind: 'unknown',
          scope: 'background',
        }),
        claim({ id: 'day', doc: 'd2', n: 16, group: null, kind: 'unknown', speaker: MONITOR }),
      ],
      world(['d1', 'd2']),
    );
    assert.deepEqual(r.conflicts, []);
    assert.ok(r.incidents[0]!.estimates.every((e) => !e.claims.includes('war')));
  });

  test("a campaign's running total is compared with no day's toll and sets no estimate", () => {
    const day = claim({ id: 'day', doc: 'd2', n: 16, group: null, kind: 'unknown', speaker: MONITOR });
    const run = (scope?: 'campaign'): ReturnType<typeof linkBatch> =>
      linkBatch(
        [doc('d1', '2018-03-16'), doc('d2', '2018-03-16')],
        [
          claim({
            id: 'since',
            doc: 'd1',
            n: 1200,
            q: 'more_than',
            group: null,
            kind: 'unknown',
            ...(scope ? { scope } : {}),
          }),
          day,
        ],
        world(['d1', 'd2']),
      );
    // The same figure without the scope is the day's toll against 16: the rule is what keeps them apart.
    assert.equal(run().conflicts.length, 1);
    const r = run('campaign');
    assert.deepEqual(r.conflicts, []);
    assert.ok(r.incidents[0]!.estimates.every((e) => !e.claims.includes('since')));
    assert.ok(r.incidents[0]!.estimates.some((e) => e.claims.includes('day')));
  });
});

describe('conflicts an analyst would sign', () => {
  const WITNESS: Hop = { name: 'a witness', kind: 'person' };
  const MINISTRY: Hop = { name: 'the ministry', kind: 'organization', entity: 'ministry' };
  const HOSPITAL: Hop = { name: 'the hospital', kind: 'organization', entity: 'hosp' };

  test("one hospital's figure is a part of the day's toll, never a rival figure", () => {
    const ents = [...world(['d1', 'd2']), entity('hosp', 'facility', 'Hospital', ['d2'], 'city')];
    const r = linkBatch(
      [doc('d1', '2022-01-20'), doc('d2', '2022-01-20')],
      [
        claim({
          id: 'toll',
          doc: 'd1',
          n: 40,
          group: null,
          kind: 'unknown',
          speaker: MINISTRY,
          place: 'city',
        }),
        claim({
          id: 'hosp',
          doc: 'd2',
          n: 12,
          group: null,
          kind: 'unknown',
          speaker: HOSPITAL,
          place: 'hosp',
        }),
      ],
      ents,
    );
    assert.equal(r.incidents.length, 1);
    assert.deepEqual(r.conflicts, []);
    // A hospital counting more than the whole day's toll is a conflict.
    const more = linkBatch(
      [doc('d1', '2022-01-20'), doc('d2', '2022-01-20')],
      [
        claim({
          id: 'toll',
          doc: 'd1',
          n: 40,
          group: null,
          kind: 'unknown',
          speaker: MINISTRY,
          place: 'city',
        }),
        claim({
          id: 'hosp',
          doc: 'd2',
          n: 55,
          group: null,
          kind: 'unknown',
          speaker: HOSPITAL,
          place: 'hosp',
        }),
      ],
      ents,
    );
    assert.equal(more.conflicts.length, 1);
    assert.match(more.conflicts[0]!.note, /exceeds the total/);
  });

  test("a toll counted since a day is never set against one day's toll, only against its own span", () => {
    // A ministry's toll of a week of clashes (since Monday 17th), then a witness's 2 dead in an
    // attack of Sunday 23rd, and the ministry's toll of the same week a day later.
    const week = (id: string, d: string, n: number): Claim =>
      claim({
        id,
        doc: d,
        n,
        group: null,
        kind: 'unknown',
        speaker: MINISTRY,
        place: 'city',
        since: '2022-01-17',
      });
    const day = claim({
      id: 'day',
      doc: 'd2',
      n: 2,
      group: null,
      kind: 'unknown',
      speaker: WITNESS,
      place: 'city',
      date: '2022-01-23',
    });
    const docs = [doc('d1', '2022-01-23'), doc('d2', '2022-01-24'), doc('d3', '2022-01-24')];
    const r = linkBatch(docs, [week('w1', 'd1', 40), day, week('w2', 'd3', 45)], world(['d1', 'd2', 'd3']));
    assert.equal(r.incidents.length, 1);
    assert.deepEqual(
      r.conflicts.map((c) => [c.kind, c.claims]),
      [['revision', ['w1', 'w2']]],
    );
    // Another source's lower toll of the same week is a disagreement still.
    const other = claim({
      id: 'w3',
      doc: 'd2',
      n: 10,
      group: null,
      kind: 'unknown',
      speaker: OFFICIAL,
      place: 'city',
      since: '2022-01-17',
    });
    const lower = linkBatch(docs, [week('w1', 'd1', 40), day, other], world(['d1', 'd2', 'd3']));
    assert.deepEqual(
      lower.conflicts.map((c) => [c.kind, c.claims]),
      [['disagreement', ['w1', 'w3']]],
    );
  });

  test('a toll rising through one day from outlets is one revision chain, not disagreements', () => {
    const ids = ['m1', 'm2', 'm3', 'm4'];
    const r = linkBatch(
      ids.map((id) => doc(id, '2022-01-20')),
      [17, 38, 58, 74].map((n, k) =>
        claim({ id: `t${k}`, doc: ids[k]!, n, group: null, kind: 'unknown', place: 'city' }),
      ),
      world(ids),
    );
    assert.equal(r.incidents.length, 1);
    assert.deepEqual(
      r.conflicts.map((c) => c.kind),
      ['revision'],
    );
    assert.match(r.conflicts[0]!.note, /17 .*→ 38 .*→ 58 .*→ 74/);
    // Two named sources of the same day still disagree.
    const named = linkBatch(
      [doc('m1', '2022-01-20'), doc('m2', '2022-01-20')],
      [
        claim({ id: 'a', doc: 'm1', n: 17, group: null, kind: 'unknown', place: 'city', speaker: MINISTRY }),
        claim({ id: 'b', doc: 'm2', n: 74, group: null, kind: 'unknown', place: 'city', speaker: MONITOR }),
      ],
      world(['m1', 'm2']),
    );
    assert.ok(named.conflicts.some((c) => c.kind === 'disagreement'));
  });

  test('two named sources in one report can disagree; one source giving two moments does not', () => {
    const r = linkBatch(
      [doc('d1', '2022-01-20')],
      [
        claim({ id: 'inside', doc: 'd1', n: 30, group: null, kind: 'unknown', speaker: WITNESS }),
        claim({
          id: 'all',
          doc: 'd1',
          n: 70,
          q: 'at_least',
          group: null,
          kind: 'unknown',
          speaker: MINISTRY,
        }),
      ],
      world(['d1']),
    );
    assert.equal(r.conflicts.length, 1);
    assert.equal(r.conflicts[0]!.kind, 'disagreement');
    assert.deepEqual([...r.conflicts[0]!.claims].sort(), ['all', 'inside']);
    const plain = linkBatch(
      [doc('d1', '2022-01-20')],
      [
        claim({ id: 'first', doc: 'd1', n: 30, group: null, kind: 'unknown' }),
        claim({ id: 'later', doc: 'd1', n: 70, q: 'at_least', group: null, kind: 'unknown' }),
      ],
      world(['d1']),
    );
    assert.deepEqual(plain.conflicts, []);
  });
});

describe('partisanship and estimates', () => {
  test("a party's figure for its enemy's dead is marked and never sets best on its own", () => {
    const r = linkBatch(
      [doc('d', '2022-01-30')],
      [claim({ id: 'c', doc: 'd', n: 374, group: 'Bravo', speaker: A_SPOKESMAN })],
      world(['d']),
    );
    assert.deepEqual(r.claims[0]!.partisan, { speaker: 'Alpha', about: 'Bravo' });
    const e = r.incidents[0]!.estimates[0]!;
    assert.equal(e.best, null);
    assert.equal(e.high, 374);
    assert.equal(e.conservative, 374);
    assert.match(e.basis, /partisan/);
  });

  test('bodies a party recovered on its ground are evidence: they set best, and the basis says so', () => {
    const r = linkBatch(
      [doc('d', '2022-01-30')],
      [claim({ id: 'c', doc: 'd', n: 35, group: 'Bravo', speaker: A_SPOKESMAN, evidence: 'bodies' })],
      world(['d']),
    );
    assert.equal(r.claims[0]!.partisan, undefined);
    const e = r.incidents[0]!.estimates[0]!;
    assert.equal(e.best, 35);
    assert.equal(e.low, 35);
    assert.deepEqual(e.claims, ['c']);
    assert.match(
      e.basis,
      /bodies counted on the ground, evidence rather than an enemy's claim: 35 by spokesman of A/,
    );
    assert.doesNotMatch(e.basis, /partisan/);
    // The same party's claim of kills beside it stays partisan and sets no best.
    const both = linkBatch(
      [doc('d1', '2022-01-30'), doc('d2', '2022-01-30')],
      [
        claim({ id: 'kills', doc: 'd1', n: 120, group: 'Bravo', speaker: A_SPOKESMAN }),
        claim({
          id: 'found',
          doc: 'd2',
          n: 35,
          group: 'Bravo',
          speaker: { ...A_SPOKESMAN, name: 'A field unit' },
          evidence: 'bodies',
        }),
      ],
      world(['d1', 'd2']),
    );
    const killed = both.incidents[0]!.estimates.find((x) => x.category === 'killed')!;
    assert.equal(both.claims.find((c) => c.id === 'kills')!.partisan?.about, 'Bravo');
    assert.equal(killed.best, 35);
    assert.equal(killed.high, 120);
    assert.match(killed.basis, /partisan, kept out of low and best: 120/);
  });

  test('bodies recovered below a credible toll are a part of it: they set no bound', () => {
    const CREWS: Hop = { name: 'rescue crews', kind: 'organization', entity: 'crews' };
    const run = (found: number) =>
      linkBatch(
        [doc('d1', '2025-05-04'), doc('d2', '2025-05-04')],
        [
          claim({ id: 'toll', doc: 'd1', n: 14, group: null, kind: 'unknown', speaker: MONITOR }),
          claim({
            id: 'found',
            doc: 'd2',
            n: found,
            group: null,
            kind: 'unknown',
            speaker: CREWS,
            evidence: 'bodies',
          }),
        ],
        world(['d1', 'd2']),
      ).incidents[0]!.estimates.find((x) => x.category === 'killed')!;
    const part = run(6);
    assert.deepEqual([part.low, part.best, part.high, part.conservative], [14, 14, 14, 14]);
    assert.match(part.basis, /bodies recovered, a part of the toll: 6 by rescue crews/);
    // More bodies than the toll are no part of it: they count.
    const more = run(20);
    assert.deepEqual([more.low, more.high], [14, 20]);
  });

  test('one victim population is one slot unless a report counts its classes apart', () => {
    const r = linkBatch(
      [doc('d1', '2022-01-20'), doc('d2', '2022-01-20'), doc('d3', '2022-01-20')],
      [
        claim({ id: 'civ', doc: 'd1', n: 12, group: null, kind: 'civilians', speaker: MONITOR }),
        claim({ id: 'all', doc: 'd2', n: 14, group: null, kind: 'unknown', speaker: OFFICIAL }),
        claim({ id: 'staff', doc: 'd3', n: 13, group: null, kind: 'staff' }),
      ],
      world(['d1', 'd2', 'd3']),
    );
    const killed = r.incidents[0]!.estimates.filter((e) => e.category === 'killed');
    assert.equal(killed.length, 1);
    assert.equal(killed[0]!.low, 12);
    assert.equal(killed[0]!.high, 14);
    // A report that gives the dead in all and the civilians among them apart keeps two slots.
    const apart = linkBatch(
      [doc('d1', '2022-01-20'), doc('d2', '2022-01-20')],
      [
        claim({ id: 'all', doc: 'd1', n: 20, group: null, kind: 'unknown', speaker: OFFICIAL }),
        claim({ id: 'civ', doc: 'd1', n: 8, group: null, kind: 'civilians', speaker: OFFICIAL }),
        claim({ id: 'all2', doc: 'd2', n: 22, group: null, kind: 'unknown', speaker: MONITOR }),
      ],
      world(['d1', 'd2']),
    );
    const slots = apart.incidents[0]!.estimates.filter((e) => e.category === 'killed');
    assert.equal(slots.length, 2);
    assert.equal(slots.find((e) => e.kind === 'civilians')!.high, 8);
    assert.equal(slots.find((e) => e.kind === 'unknown')!.low, 20);
  });

  test('a subset sets no bound; a vague amount sets nothing beside precise figures', () => {
    const r = linkBatch(
      [doc('d1', '2022-01-20'), doc('d2', '2022-01-20')],
      [
        claim({ id: 'toll', doc: 'd1', n: 43, group: null, kind: 'unknown', speaker: OFFICIAL }),
        claim({
          id: 'kids',
          doc: 'd1',
          n: 9,
          group: null,
          kind: 'civilians',
          partOf: 'toll',
          speaker: OFFICIAL,
        }),
        claim({ id: 'tens', doc: 'd2', n: 10, q: 'vague', group: null, kind: 'unknown', speaker: MONITOR }),
      ],
      world(['d1', 'd2']),
    );
    const e = r.incidents[0]!.estimates.filter((x) => x.category === 'killed');
    assert.equal(e.length, 1);
    assert.equal(e[0]!.low, 43);
    assert.equal(e[0]!.best, 43);
    assert.equal(e[0]!.conservative, 43);
    assert.ok(!e[0]!.claims.includes('kids'));
    assert.ok(!e[0]!.claims.includes('tens'));
    // With no precise figure, the vague amount is the conservative one (ACLED).
    const vague = linkBatch(
      [doc('d2', '2022-01-20')],
      [claim({ id: 'tens', doc: 'd2', n: 10, q: 'vague', group: null, kind: 'unknown', date: '2022-01-20' })],
      world(['d2']),
    );
    assert.equal(vague.incidents[0]!.estimates[0]!.conservative, 10);
  });

  test('people of no named side counted by two opposing parties are two populations', () => {
    // Each party's ministry gives the dead it does not name: one side's 232 is not revised to the
    // other's 600, and the two are never one estimate. The party giving most such figures keeps
    // the unnamed population with the sources of no side (an outlet repeating its toll).
    const opposed = linkBatch(
      [doc('d1', '2022-01-20'), doc('d2', '2022-01-21'), doc('d3', '2022-01-21')],
      [
        claim({ id: 'a232', doc: 'd1', n: 232, group: null, kind: 'unknown', speaker: A_SPOKESMAN }),
        claim({ id: 'b600', doc: 'd2', n: 600, group: null, kind: 'unknown', speaker: B_STATEMENT }),
        claim({ id: 'a240', doc: 'd3', n: 240, group: null, kind: 'unknown', speaker: A_SPOKESMAN }),
        claim({ id: 'm240', doc: 'd3', n: 240, group: null, kind: 'unknown', speaker: MONITOR }),
      ],
      world(['d1', 'd2', 'd3']),
    );
    assert.equal(opposed.incidents.length, 1);
    const revisions = opposed.conflicts.filter((c) => c.kind === 'revision');
    assert.equal(revisions.length, 1);
    assert.deepEqual(revisions[0]!.claims, ['a232', 'a240', 'm240']);
    const slots = opposed.incidents[0]!.estimates.filter((e) => e.category === 'killed');
    assert.equal(slots.length, 2);
    const bravo = slots.find((e) => e.claims.includes('b600'))!;
    assert.equal(bravo.low, 600);
    assert.match(bravo.basis, /counted by Bravo/);
    const alpha = slots.find((e) => e !== bravo)!;
    assert.equal(alpha.high, 240);
    assert.doesNotMatch(alpha.basis, /counted by/);
    // Negative: one party's figures over two days are one running toll, revised, in one slot.
    const one = linkBatch(
      [doc('d1', '2022-01-20'), doc('d2', '2022-01-21')],
      [
        claim({ id: 'a232', doc: 'd1', n: 232, group: null, kind: 'unknown', speaker: A_SPOKESMAN }),
        claim({ id: 'a600', doc: 'd2', n: 600, group: null, kind: 'unknown', speaker: A_SPOKESMAN }),
      ],
      world(['d1', 'd2']),
    );
    const revision = one.conflicts.filter((c) => c.kind === 'revision');
    assert.equal(revision.length, 1);
    assert.deepEqual(revision[0]!.claims, ['a232', 'a600']);
    const killed = one.incidents[0]!.estimates.filter((e) => e.category === 'killed');
    assert.equal(killed.length, 1);
    assert.doesNotMatch(killed[0]!.basis, /counted by/);
    // Negative: one party and a source of no side give one unnamed population.
    const mixed = linkBatch(
      [doc('d1', '2022-01-20'), doc('d2', '2022-01-20')],
      [
        claim({ id: 'a30', doc: 'd1', n: 30, group: null, kind: 'unknown', speaker: A_SPOKESMAN }),
        claim({ id: 'm34', doc: 'd2', n: 34, group: null, kind: 'unknown', speaker: MONITOR }),
      ],
      world(['d1', 'd2']),
    );
    assert.equal(mixed.incidents[0]!.estimates.filter((e) => e.category === 'killed').length, 1);
  });

  test('best is the median of credible current figures; earlier figures of a source are superseded', () => {
    const r = linkBatch(
      [doc('d1', '2022-01-20'), doc('d2', '2022-01-25'), doc('d3', '2022-01-25')],
      [
        claim({ id: 'old', doc: 'd1', n: 5, group: null, kind: 'civilians', speaker: MONITOR }),
        claim({ id: 'new', doc: 'd2', n: 12, group: null, kind: 'civilians', speaker: MONITOR }),
        claim({
          id: 'other',
          doc: 'd3',
          n: 10,
          q: 'at_least',
          group: null,
          kind: 'civilians',
          speaker: OFFICIAL,
        }),
      ],
      world(['d1', 'd2', 'd3']),
    );
    const e = r.incidents[0]!.estimates.find((x) => x.kind === 'civilians')!;
    assert.equal(e.low, 10);
    assert.equal(e.best, 10);
    assert.equal(e.high, 12);
    assert.equal(e.conservative, 10);
    assert.ok(!e.claims.includes('old'));
    assert.match(e.basis, /superseded/);
  });
});

describe('incidents and timeline', () => {
  test("claims are assigned: a claim placed in another province goes to that place's incident", () => {
    const ents = [
      ...world(['d1', 'd2', 'far']),
      entity('town', 'location', 'Town', ['d1', 'd2']),
      entity('elsewhere', 'location', 'Elsewhere', ['far']),
    ].map((e) =>
      e.id === 'town' ? { ...e, parent: 'province' } : e.id === 'elsewhere' ? { ...e, parent: 'country' } : e,
    );
    // `far` names only another place, three weeks later: another incident.
    const farOnly = ents.map((e) => ({
      ...e,
      mentions: e.mentions.filter((m) => m.document !== 'far' || e.id === 'elsewhere' || e.id === 'a'),
    }));
    const r = linkBatch(
      [doc('d1', '2022-01-21'), doc('d2', '2022-01-23'), doc('far', '2022-02-15')],
      [
        claim({ id: 'here', doc: 'd1', n: 3, place: 'town' }),
        claim({ id: 'also', doc: 'd2', n: 4, place: 'town' }),
        claim({ id: 'there', doc: 'd2', n: 9, place: 'elsewhere' }),
        claim({ id: 'later', doc: 'far', n: 2 }),
      ],
      farOnly,
    );
    const main = r.incidents.find((i) => i.documents.includes('d1'))!;
    assert.deepEqual([...main.documents].sort(), ['d1', 'd2']);
    assert.deepEqual([...main.claims!].sort(), ['also', 'here']);
    const there = r.incidents.find((i) => i.claims!.includes('there'))!;
    assert.deepEqual(there.documents, ['d2'], 'the round-up belongs to a second incident through its claim');
    assert.ok(r.incidents.some((i) => i.documents.includes('far') && !i.documents.includes('d1')));
    assert.equal(r.claims.find((c) => c.id === 'here')!.incident, main.id);
  });

  test('the timeline holds narrative dates of the incident, not bylines, with their sources', () => {
    const time = (date: string, narrative: boolean, text: string): PackTime => ({
      kind: 'date',
      span: { start: 0, end: 2, text: 'x' },
      sentence: { start: 0, end: text.length, text },
      date,
      precision: 'day',
      narrative,
    });
    const r = linkBatch(
      [
        doc('d1', '2022-01-22', [
          time('2022-01-20', true, 'the attack began'),
          time('2022-01-22', false, 'Saturday 22 January'),
        ]),
        doc('d2', '2022-01-27', [
          time('2022-01-20', true, 'since the attack on the 20th'),
          time('2021-05-01', true, 'last year'),
        ]),
      ],
      [claim({ id: 'c', doc: 'd1', n: 3, date: '2022-01-20' }), claim({ id: 'c2', doc: 'd2', n: 3 })],
      world(['d1', 'd2']),
    );
    assert.deepEqual(
      r.timeline.map((t) => [t.date, t.documents]),
      [['2022-01-20', ['d1', 'd2']]],
    );
    assert.deepEqual(r.timeline[0]!.claims, ['c']);
    assert.equal(r.incidents[0]!.start, '2022-01-20');
  });

  test('reports of one event resemble each other in text; unrelated ones do not', () => {
    const a = sketch('هاجم مسلحون سجنا في مدينة الحسكة وقتل عشرات من الحراس والسجناء في اشتباكات عنيفة');
    const b = sketch('مسلحون هاجموا سجنا في مدينة الحسكة وقتل عشرات من الحراس في اشتباكات عنيفة استمرت');
    const c = sketch('أعلنت وزارة المالية عن موازنة جديدة للعام المقبل تتضمن زيادة في الرواتب');
    assert.ok(resemblance(a, b) > 0.3, String(resemblance(a, b)));
    assert.ok(resemblance(a, c) < 0.1, String(resemblance(a, c)));
  });
});

describe('cost', () => {
  test('linking grows near-linearly with the number of reports', () => {
    const run = (n: number): number => {
      const docs: LinkDocument[] = [];
      const claims: Claim[] = [];
      const places: Entity[] = [];
      for (let i = 0; i < n; i++) {
        const id = `d${i}`;
        const day = 1 + (i % 28);
        // Distinct texts: a few random words per report.
        const words = Array.from({ length: 40 }, (_, w) =>
          ((i * 7919 + w * 104729) % 100003).toString(36),
        ).join(' ');
        docs.push(doc(id, `2022-02-${String(day).padStart(2, '0')}`, [], words));
        for (let k = 0; k < 5; k++)
          claims.push(
            claim({
              id: `${id}#${k}`,
              doc: id,
              n: 1 + ((i * 7 + k) % 50),
              speaker: k % 2 ? MONITOR : OFFICIAL,
            }),
          );
      }
      for (let p = 0; p < 500; p++) {
        const docsOfPlace: string[] = [];
        for (let i = p; i < n; i += 500) docsOfPlace.push(`d${i}`);
        places.push(entity(`p${p}`, 'location', `Place ${p}`, docsOfPlace, 'country'));
      }
      const t0 = performance.now();
      linkBatch(docs, claims, [...world([]), ...places]);
      return performance.now() - t0;
    };
    run(500);
    const small = run(2000);
    const large = run(8000);
    // Four times the reports: quadratic work would take sixteen times as long.
    console.log(`link: 2000 reports ${small.toFixed(0)} ms, 8000 reports ${large.toFixed(0)} ms`);
    assert.ok(large / small < 9, `2000 reports ${small.toFixed(0)} ms, 8000 reports ${large.toFixed(0)} ms`);
  });
});

describe('incidents on a stream', () => {
  // Three towns of one province and a town of another country, a month of reports.
  function streamWorld(n: number, seed: number, days = 28) {
    const towns = ['t1', 't2', 't3', 'abroad'];
    const docs: LinkDocument[] = [];
    const claims: Claim[] = [];
    const mentions = new Map<string, string[]>();
    let x = seed;
    const rnd = (): number => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return x / 2147483648;
    };
    for (let i = 0; i < n; i++) {
      const id = `r${String(i).padStart(3, '0')}`;
      const day = Math.floor(rnd() * days);
      const town = towns[Math.floor(rnd() * towns.length)]!;
      docs.push(doc(id, new Date(Date.UTC(2022, 1, 1 + day)).toISOString().slice(0, 10)));
      claims.push(claim({ id: `${id}#1`, doc: id, n: 1 + Math.floor(rnd() * 20), place: town }));
      // Some reports are round-ups that also tell of another town.
      if (rnd() < 0.3) {
        const other = towns[Math.floor(rnd() * towns.length)]!;
        claims.push(claim({ id: `${id}#2`, doc: id, n: 2, place: other, speaker: MONITOR }));
      }
      for (const t of [town]) mentions.set(t, [...(mentions.get(t) ?? []), id]);
    }
    const ids = docs.map((d) => d.info.id);
    const entities = [
      ...world(ids),
      entity('t1', 'location', 'T1', mentions.get('t1') ?? [], 'province'),
      entity('t2', 'location', 'T2', mentions.get('t2') ?? [], 'province'),
      entity('t3', 'location', 'T3', mentions.get('t3') ?? [], 'province'),
      entity('other', 'location', 'Other', [], undefined),
      entity('abroad', 'location', 'Abroad', mentions.get('abroad') ?? [], 'other'),
    ].map((e) =>
      e.id === 'other' ? { ...e, country: 'OT' } : e.id === 'country' ? { ...e, country: 'CT' } : e,
    );
    return { docs, claims, entities };
  }

  const shape = (r: ReturnType<typeof linkBatch>): string =>
    JSON.stringify({
      incidents: r.incidents.map((i) => [
        i.id,
        i.documents,
        i.claims,
        i.start,
        i.end,
        i.estimates,
        i.campaign,
      ]),
      conflicts: r.conflicts,
      campaigns: r.campaigns,
      // Claims in id order: the result lists them in the order their reports were added.
      claims: r.claims.map((c) => [c.id, c.incident, c.campaign]).sort((x, y) => (x[0]! < y[0]! ? -1 : 1)),
    });

  test('no incident spans more than its window; places of one chain only', () => {
    const { docs, claims, entities } = streamWorld(200, 7);
    const r = linkBatch(docs, claims, entities);
    for (const i of r.incidents) {
      const days = (Date.parse(i.end!) - Date.parse(i.start!)) / 86_400_000;
      assert.ok(days <= 14, `${i.id} spans ${days} days`);
      const places = new Set(i.claims!.map((c) => r.claims.find((x) => x.id === c)!.location!.entity));
      assert.equal(places.size, 1, `${i.id} mixes ${[...places].join(', ')}`);
    }
  });

  test('adding reports in two halves, in any order, gives the incidents of one run', () => {
    const { docs, claims, entities } = streamWorld(160, 11);
    const whole = linkBatch(docs, claims, entities);
    const part = (ids: Set<string>) => ({
      documents: docs.filter((d) => ids.has(d.info.id)),
      claims: claims.filter((c) => ids.has(c.document)),
      entities: entities.map((e) => ({ ...e, mentions: e.mentions.filter((m) => ids.has(m.document)) })),
    });
    // A stream split (later reports added after earlier ones) and a backfill split (random halves).
    const byDay = [...docs].sort((a, b) => a.info.published!.localeCompare(b.info.published!));
    const splits = [
      new Set(byDay.slice(0, 100).map((d) => d.info.id)),
      new Set(docs.filter((_, i) => i % 2 === 0).map((d) => d.info.id)),
    ];
    for (const first of splits) {
      const second = new Set(docs.map((d) => d.info.id).filter((id) => !first.has(id)));
      const a = linkReports(null, part(first));
      // The state survives JSON, as a store keeps it.
      const saved = JSON.parse(JSON.stringify(a.state)) as LinkState;
      const b = linkReports(saved, part(second));
      assert.equal(shape(b.result), shape(whole));
      assert.deepEqual(b.skipped, []);
    }
    // Reports already linked are skipped, and change nothing.
    const again = linkReports(linkReports(null, part(splits[0]!)).state, part(splits[0]!));
    assert.equal(again.skipped.length, splits[0]!.size);
    assert.deepEqual(again.changed, []);
  });

  test('a later batch re-renders only the incidents it touches', () => {
    const { docs, claims, entities } = streamWorld(120, 5, 56);
    const cut = '2022-03-15';
    const early = new Set(docs.filter((d) => d.info.published! < cut).map((d) => d.info.id));
    const part = (keep: (id: string) => boolean) => ({
      documents: docs.filter((d) => keep(d.info.id)),
      claims: claims.filter((c) => keep(c.document)),
      entities: entities.map((e) => ({ ...e, mentions: e.mentions.filter((m) => keep(m.document)) })),
    });
    const a = linkReports(
      null,
      part((id) => early.has(id)),
    );
    const b = linkReports(
      a.state,
      part((id) => !early.has(id)),
    );
    // Incidents over before the new reports' window are kept as they were.
    const untouched = a.result.incidents.filter((i) => i.end! < '2022-02-20');
    assert.ok(untouched.length > 0);
    for (const i of untouched) assert.ok(!b.changed.includes(i.id), `${i.id} was re-rendered`);
    assert.ok(b.changed.length < b.result.incidents.length);
  });

  test('a round-up never glues the incidents of its places together', () => {
    const ents = [
      ...world(['a1', 'a2', 'b1', 'b2', 'roundup']),
      entity('ta', 'location', 'TA', ['a1', 'a2', 'roundup'], 'province'),
      entity('tb', 'location', 'TB', ['b1', 'b2', 'roundup'], 'province'),
    ];
    const r = linkBatch(
      ['a1', 'a2', 'b1', 'b2', 'roundup'].map((id) => doc(id, '2022-02-10')),
      [
        claim({ id: 'a1#1', doc: 'a1', n: 3, place: 'ta' }),
        claim({ id: 'a2#1', doc: 'a2', n: 3, place: 'ta' }),
        claim({ id: 'b1#1', doc: 'b1', n: 7, place: 'tb' }),
        claim({ id: 'b2#1', doc: 'b2', n: 7, place: 'tb' }),
        claim({ id: 'roundup#1', doc: 'roundup', n: 3, place: 'ta' }),
        claim({ id: 'roundup#2', doc: 'roundup', n: 7, place: 'tb' }),
        // A figure for the whole country rides with the report's main incident.
        claim({ id: 'roundup#3', doc: 'roundup', n: 10, place: 'country' }),
      ],
      ents,
    );
    const of = (c: string): string => r.claims.find((x) => x.id === c)!.incident!;
    assert.equal(of('a1#1'), of('a2#1'));
    assert.equal(of('b1#1'), of('b2#1'));
    assert.notEqual(of('a1#1'), of('b1#1'));
    assert.equal(of('roundup#1'), of('a1#1'));
    assert.equal(of('roundup#2'), of('b1#1'));
  });

  test("another place named without a figure is a mention: it joins none of that place's incidents", () => {
    const ents = [
      ...world(['a1', 'a2', 'b1', 'b2', 'strike']),
      entity('ta', 'location', 'TA', ['a1', 'a2', 'strike'], 'province'),
      entity('tb', 'location', 'TB', ['b1', 'b2', 'strike'], 'province'),
    ];
    const r = (q: 'vague' | 'exact') =>
      linkBatch(
        ['a1', 'a2', 'b1', 'b2', 'strike'].map((id) => doc(id, '2022-02-10')),
        [
          claim({ id: 'a1#1', doc: 'a1', n: 3, place: 'ta' }),
          claim({ id: 'a2#1', doc: 'a2', n: 3, place: 'ta' }),
          claim({ id: 'b1#1', doc: 'b1', n: 40, place: 'tb' }),
          claim({ id: 'b2#1', doc: 'b2', n: 40, place: 'tb' }),
          claim({ id: 'strike#1', doc: 'strike', n: 3, place: 'ta' }),
          // «the attack on TB that killed dozens»: recalled, no figure of its own.
          claim({ id: 'strike#2', doc: 'strike', n: 30, q, place: 'tb' }),
        ],
        ents,
      );
    const mention = r('vague');
    const of = (x: typeof mention, c: string) => x.claims.find((y) => y.id === c)!.incident;
    assert.equal(of(mention, 'strike#1'), of(mention, 'a1#1'));
    assert.equal(of(mention, 'strike#2'), undefined);
    assert.ok(!mention.incidents.find((i) => i.id === of(mention, 'b1#1'))!.documents.includes('strike'));
    // Must not: a second front with a figure of its own joins that front's incident.
    const front = r('exact');
    assert.equal(of(front, 'strike#2'), of(front, 'b1#1'));
  });

  test('a report with no event figure opens no incident and says why', () => {
    const r = linkBatch(
      [doc('market', '2022-02-10'), doc('army', '2022-02-10')],
      [
        claim({ id: 'army#1', doc: 'army', n: 5000, category: 'combatants' }),
        claim({ id: 'army#2', doc: 'army', n: 300000, scope: 'background' }),
      ],
      world(['market', 'army']),
    );
    assert.equal(r.incidents.length, 0);
    const status = new Map(r.documents.map((d) => [d.id, d.event]));
    assert.equal(status.get('market')!.status, 'no_event');
    assert.match(status.get('market')!.reason, /no figure/);
    assert.equal(status.get('army')!.status, 'no_event');
    assert.match(status.get('army')!.reason, /background/);
    assert.match(status.get('army')!.reason, /fighters/);
  });
});

describe('followers', () => {
  // Two reports of a strike on City by Alpha, and three reports with no figure of their own.
  const titled = (id: string, title: string, day = '2022-02-11'): LinkDocument => {
    const d = doc(id, day);
    return { ...d, info: { ...d.info, title } };
  };
  // Two reports of one event at City on 10 February, the incident the followers may join.
  const cityDocs = (): LinkDocument[] => [doc('e1', '2022-02-10'), doc('e2', '2022-02-10')];
  const cityClaims = (): Claim[] => [
    claim({ id: 'e1#1', doc: 'e1', n: 12, place: 'city' }),
    claim({ id: 'e2#1', doc: 'e2', n: 12, place: 'city' }),
  ];
  const membersWith = (r: { incidents: readonly { documents: readonly string[] }[] }, id: string) =>
    r.incidents.find((i) => i.documents.includes(id))!.documents;
  const at = (document: string, start: number, text: string) => ({
    document,
    start,
    end: start + text.length,
    text,
  });
  const ents: Entity[] = [
    { ...entity('a', 'armed_group', 'Alpha', ['e1', 'e2', 'ally']), mentions: [] },
    entity('country', 'location', 'Country', []),
    entity('province', 'location', 'Province', [], 'country'),
    entity('city', 'location', 'City', [], 'province'),
    entity('capital', 'location', 'Capital', [], 'country'),
  ].map((e) => {
    if (e.id === 'a') return { ...e, mentions: ['e1', 'e2', 'ally'].map((d) => at(d, 60, 'Alpha')) };
    // Titles naming the country: of a report on the town's strike, of a statement from the capital.
    if (e.id === 'country')
      return { ...e, mentions: [at('national', 0, 'Country'), at('statement', 0, 'Country')] };
    if (e.id === 'capital')
      return {
        ...e,
        mentions: ['c1', 'c2', 'statement', 'statement'].map((d, k) => at(d, 20 + 50 * k, 'Capital')),
      };
    if (e.id !== 'city') return e;
    return {
      ...e,
      mentions: [
        ...['e1', 'e2'].map((d) => at(d, 20, 'City')),
        // Named in the title, then in the body.
        at('reaction', 14, 'City'),
        at('reaction', 80, 'City'),
        // Named twice in the body only: where the report was filed, where a government spoke.
        at('seat', 40, 'City'),
        at('seat', 90, 'City'),
        at('ally', 40, 'City'),
        at('ally', 90, 'City'),
        at('national', 40, 'City'),
        at('national', 90, 'City'),
      ],
    };
  });

  test('a follower joins when its title names the place or it names a party; a body mention alone is not enough', () => {
    const r = linkBatch(
      [
        ...cityDocs(),
        titled('reaction', 'Outrage after City strike'),
        titled('seat', 'Talks on trade resume'),
        titled('ally', 'A statement of the day'),
        titled('national', 'Country mourns'),
        doc('c1', '2022-02-10'),
        doc('c2', '2022-02-10'),
        titled('statement', 'Country warns'),
      ],
      [
        ...cityClaims(),
        claim({ id: 'c1#1', doc: 'c1', n: 4, place: 'capital', group: null }),
        claim({ id: 'c2#1', doc: 'c2', n: 4, place: 'capital', group: null }),
      ],
      ents,
    );
    assert.equal(r.incidents.length, 2);
    const members = membersWith(r, 'e1');
    assert.ok(members.includes('reaction'));
    assert.ok(members.includes('ally'));
    // A title naming the country of a town of a province says which event it follows.
    assert.ok(members.includes('national'));
    assert.ok(!members.includes('seat'));
    // A city right under its country: a title naming only the country is no sign.
    const capital = membersWith(r, 'c1');
    assert.ok(!capital.includes('statement'));
  });

  test('a follower naming only the country joins a town incident of it on the event days, not later or elsewhere', () => {
    // Reactions that name no place but the country, in their title: `Country condemns the attack`.
    const countryOnly = ['next', 'week', 'alone', 'other'];
    const world2: Entity[] = [
      { ...entity('a', 'armed_group', 'Alpha', ['e1', 'e2']), mentions: [] },
      {
        ...entity('country', 'location', 'Country', []),
        mentions: countryOnly.map((d) => at(d, 0, 'Country')),
      },
      entity('province', 'location', 'Province', [], 'country'),
      entity('city', 'location', 'City', ['e1', 'e2'], 'province'),
      entity('province2', 'location', 'Province Two', [], 'country'),
      // A report on a town elsewhere in the country, titled on the country.
      { ...entity('town', 'location', 'Town', []), parent: 'province2', mentions: [at('other', 40, 'Town')] },
    ];
    const on = (id: string, day: string): LinkDocument => titled(id, 'Country condemns the attack', day);
    const r = linkBatch(
      [...cityDocs(), on('next', '2022-02-11'), on('week', '2022-02-16'), on('other', '2022-02-11')],
      cityClaims(),
      world2,
    );
    const members = membersWith(r, 'e1');
    // Must: the day after the event, titled on the country the town lies in.
    assert.ok(members.includes('next'), 'the next day follower joins');
    // Must not: six days after the event (within the incident's window, but not its days).
    assert.ok(!members.includes('week'), 'a follower six days later stays out');
    // Must not: a report placed at another town of the country.
    assert.ok(!members.includes('other'), 'a follower at another town stays out');
    // A follower opens nothing.
    assert.equal(r.incidents.length, 1);
  });

  test('a follower told from abroad joins the incident its title names, on the event days only', () => {
    // Reactions filed in another country's capital; the titles of some name the struck city.
    const followers = ['abroad', 'late', 'untitled'];
    const title: Record<string, string> = {
      abroad: 'Abroad condemns the strike on City',
      late: 'Abroad condemns the strike on City',
      untitled: 'Abroad condemns the strike',
    };
    const world3: Entity[] = [
      { ...entity('a', 'armed_group', 'Alpha', ['e1', 'e2']), mentions: [] },
      { ...entity('country', 'location', 'Country', []), country: 'CC' },
      entity('province', 'location', 'Province', [], 'country'),
      {
        ...entity('city', 'location', 'City', ['e1', 'e2'], 'province'),
        mentions: [
          ...['e1', 'e2'].map((d) => at(d, 20, 'City')),
          ...['abroad', 'late'].map((d) => at(d, 30, 'City')),
        ],
      },
      {
        ...entity('abroad-country', 'location', 'Abroad', []),
        country: 'AB',
        mentions: ['abroad', 'late', 'untitled'].map((d) => at(d, 0, 'Abroad')),
      },
      {
        ...entity('abroad-capital', 'location', 'Capital', [], 'abroad-country'),
        mentions: followers.flatMap((d) => [at(d, 60, 'Capital'), at(d, 120, 'Capital')]),
      },
    ];
    const on = (id: string, day: string): LinkDocument => titled(id, title[id]!, day);
    const r = linkBatch(
      [...cityDocs(), on('abroad', '2022-02-11'), on('late', '2022-02-20'), on('untitled', '2022-02-11')],
      cityClaims(),
      world3,
    );
    const members = membersWith(r, 'e1');
    // Must: filed in the capital of another country the day after, titled on the city.
    assert.ok(members.includes('abroad'), 'the titled follower from abroad joins');
    // Must not: ten days later; a title that names no place of the incident.
    assert.ok(!members.includes('late'), 'a follower ten days later stays out');
    assert.ok(!members.includes('untitled'), 'a follower whose title names no place of it stays out');
    assert.equal(r.incidents.length, 1);
  });
});

// The followers' tests share their texts: a statement of no event (a follower's words), three
// reports of one strike on a market.
const at = (document: string, start: number, text: string) => ({
  document,
  start,
  end: start + text.length,
  text,
});
const titled = (id: string, day: string, title: string, text: string): LinkDocument => {
  const d = doc(id, day, [], text);
  return { ...d, info: { ...d.info, title } };
};
const MINISTER =
  'The minister said the talks with the envoy would resume next week in the capital after the meeting of the council on trade and water';
const STRIKE = [
  'Rescuers pulled bodies from the rubble of the market hit by the strike at dawn as families searched the ruins',
  'Twelve people died when the strike hit the crowded market at dawn, medics said, while rescuers dug through rubble',
  'The market was struck at dawn and twelve were killed, witnesses said, and ambulances carried the wounded away',
];

describe('which incident a follower follows', () => {
  // Two towns of one province: three reports of a strike on one, one report on the other.
  const world4 = (followers: Record<string, string>): Entity[] => [
    { ...entity('country', 'location', 'Country', []), country: 'CC' },
    {
      ...entity('province', 'location', 'Province', [], 'country'),
      mentions: Object.entries(followers)
        .filter(([, p]) => p === 'province')
        .flatMap(([d]) => [at(d, 0, 'Province'), at(d, 80, 'Province')]),
    },
    entity('town1', 'location', 'Town One', ['s1', 's2', 's3'], 'province'),
    {
      ...entity('town2', 'location', 'Town Two', ['m1'], 'province'),
      mentions: [
        at('m1', 0, 'Town Two'),
        ...Object.entries(followers)
          .filter(([, p]) => p === 'town2')
          .flatMap(([d]) => [at(d, 0, 'Town Two'), at(d, 80, 'Town Two')]),
      ],
    },
  ];
  const reports = (): LinkDocument[] => [
    ...STRIKE.map((text, k) => doc(`s${k + 1}`, '2022-02-10', [], text)),
    doc('m1', '2022-02-10', [], MINISTER),
  ];
  const claims = (): Claim[] => [
    ...[1, 2, 3].map((k) => claim({ id: `s${k}#1`, doc: `s${k}`, n: 12, place: 'town1' })),
    claim({ id: 'm1#1', doc: 'm1', n: 3, category: 'arrested', place: 'town2' }),
  ];

  test('a follower agreeing with two incidents follows the one most reports tell of', () => {
    const r = linkBatch(
      [...reports(), titled('f', '2022-02-11', 'Province mourns', MINISTER)],
      claims(),
      world4({ f: 'province' }),
    );
    const of = (id: string) => r.incidents.find((i) => i.documents.includes(id))!.documents;
    assert.notDeepEqual(of('s1'), of('m1'), 'the two towns are two incidents');
    // Must: its words are the one-report incident's, but the strike is what the day's news tells.
    assert.ok(of('s1').includes('f'), 'the follower joins the three-report incident');
    assert.ok(!of('m1').includes('f'));
  });

  test('a follower that agrees with the smaller incident alone follows it', () => {
    const r = linkBatch(
      [...reports(), titled('g', '2022-02-11', 'Town Two talks', MINISTER)],
      claims(),
      world4({ g: 'town2' }),
    );
    const of = (id: string) => r.incidents.find((i) => i.documents.includes(id))!.documents;
    // Must not: a follower at the other town is kept from the larger incident by its place.
    assert.ok(of('m1').includes('g'), 'the follower at the second town joins its incident');
    assert.ok(!of('s1').includes('g'));
  });
});

describe("a follower at a place the incident's reports give besides its anchor", () => {
  // One strike told at two towns of a province: three reports at the first, two at the second
  // (the same figures), naming Alpha; a reaction the next day at one town, naming Alpha.
  const run = (town: string): string[][] => {
    const r = linkBatch(
      [
        ...STRIKE.map((text, k) => doc(`s${k + 1}`, '2022-02-10', [], text)),
        doc('s4', '2022-02-10', [], STRIKE[0]),
        doc('s5', '2022-02-10', [], STRIKE[1]),
        titled('f', '2022-02-11', 'Alpha speaks', MINISTER),
      ],
      [1, 2, 3, 4, 5].flatMap((k) => [
        claim({ id: `s${k}#1`, doc: `s${k}`, n: 12, place: k <= 3 ? 'town1' : 'town2' }),
        claim({ id: `s${k}#2`, doc: `s${k}`, n: 30, category: 'wounded', place: k <= 3 ? 'town1' : 'town2' }),
      ]),
      [
        { ...entity('country', 'location', 'Country', []), country: 'CC' },
        entity('province', 'location', 'Province', [], 'country'),
        entity('town1', 'location', 'Town One', ['s1', 's2', 's3'], 'province'),
        {
          ...entity('town2', 'location', 'Town Two', ['s4', 's5'], 'province'),
          ...(town === 'town2'
            ? {
                mentions: [
                  ...['s4', 's5'].map((d) => at(d, 0, 'Town Two')),
                  at('f', 20, 'Town Two'),
                  at('f', 60, 'Town Two'),
                ],
              }
            : {}),
        },
        {
          ...entity('town3', 'location', 'Town Three', [], 'province'),
          ...(town === 'town3' ? { mentions: [at('f', 20, 'Town Three'), at('f', 60, 'Town Three')] } : {}),
        },
        entity('a', 'armed_group', 'Alpha', ['s1', 's2', 's3', 's4', 's5', 'f']),
      ],
    );
    return r.incidents.map((i) => [...i.documents].sort());
  };

  test('it follows the incident as a follower at its anchor does', () => {
    assert.deepEqual(run('town2'), [['f', 's1', 's2', 's3', 's4', 's5']]);
  });

  test('must not: a follower at a sibling town none of its reports give', () => {
    assert.deepEqual(run('town3'), [['s1', 's2', 's3', 's4', 's5']]);
  });
});

describe('a reaction naming who speaks', () => {
  // Three reports of a strike by Alpha on a town; reactions the next day filed in the province,
  // naming the government that speaks (Beta), which no report of the strike names.
  const run = (titles: Record<string, string>): string[][] => {
    const followers = Object.keys(titles);
    const r = linkBatch(
      [
        ...STRIKE.map((text, k) => doc(`s${k + 1}`, '2022-02-10', [], text)),
        ...followers.map((id) => titled(id, '2022-02-11', titles[id]!, MINISTER)),
      ],
      [1, 2, 3].map((k) => claim({ id: `s${k}#1`, doc: `s${k}`, n: 12, place: 'town' })),
      [
        { ...entity('country', 'location', 'Country', []), country: 'CC' },
        {
          ...entity('province', 'location', 'Province', [], 'country'),
          mentions: followers.flatMap((d) => [at(d, 60, 'Province'), at(d, 100, 'Province')]),
        },
        {
          ...entity('town', 'location', 'Town One', [], 'province'),
          mentions: [
            ...['s1', 's2', 's3'].map((d) => at(d, 0, 'Town One')),
            ...followers.filter((d) => titles[d]!.includes('Town One')).map((d) => at(d, 20, 'Town One')),
          ],
        },
        {
          ...entity('a', 'armed_group', 'Alpha', []),
          mentions: ['s1', 's2', 's3'].map((d) => at(d, 40, 'Alpha')),
        },
        {
          ...entity('beta', 'government', 'Beta', []),
          mentions: followers.flatMap((d) => [at(d, 0, 'Beta'), at(d, 120, 'Beta')]),
        },
      ],
    );
    return r.incidents.map((i) => [...i.documents].sort());
  };

  test('a reaction titled on the struck town joins though the government it names is no party of the strike', () => {
    const incidents = run({ f: 'Beta condemns the strike on Town One' });
    assert.deepEqual(incidents, [['f', 's1', 's2', 's3']]);
  });

  test('must not: the same reaction whose title names no place of the strike', () => {
    const incidents = run({ g: 'Beta condemns the strike' });
    assert.deepEqual(incidents, [['s1', 's2', 's3']]);
  });
});

describe('a follower that says which incident it follows, in other words', () => {
  // Three reports of a strike on a town (a town of a province of the country), naming Alpha; a
  // reaction titled on the country, in words of its own, naming Alpha among other parties.
  const run = (day: string): string[][] => {
    const ids = ['s1', 's2', 's3', 'f'];
    const r = linkBatch(
      [
        ...STRIKE.map((text, k) => doc(`s${k + 1}`, '2022-02-10', [], text)),
        titled('f', day, 'Country condemns', MINISTER),
      ],
      [1, 2, 3].map((k) => claim({ id: `s${k}#1`, doc: `s${k}`, n: 12, place: 'town' })),
      [
        {
          ...entity('country', 'location', 'Country', []),
          country: 'CC',
          mentions: [at('f', 0, 'Country'), at('f', 90, 'Country')],
        },
        entity('province', 'location', 'Province', [], 'country'),
        entity('town', 'location', 'Town One', ['s1', 's2', 's3'], 'province'),
        entity('a', 'armed_group', 'Alpha', ids),
        entity('b', 'armed_group', 'Bravo', ['f']),
        entity('g', 'government', 'Gamma', ['f']),
      ],
    );
    return r.incidents.map((i) => [...i.documents].sort());
  };

  test('on the event days, naming its party, it weighs as a follower titled on the place', () => {
    assert.deepEqual(run('2022-02-10'), [['f', 's1', 's2', 's3']]);
  });

  test('must not: the same reaction six days later', () => {
    assert.deepEqual(run('2022-02-16'), [['s1', 's2', 's3']]);
  });
});

describe('a follower of the day of a new event', () => {
  const OLD = STRIKE;
  const NEW = [
    'Gunmen stormed the checkpoint on the northern road this morning and five guards died in the exchange of fire',
    'Five guards were killed this morning when gunmen attacked the checkpoint on the road to the north, police said',
  ];
  // Three reports on 4 February of a strike the day before in a town; reports on 7 February of
  // an attack in the same town that day; a follower of 7 February titled on the town.
  const run = (fresh: number, dated = true): string[][] => {
    const ids = [...OLD.map((_, k) => `o${k + 1}`), ...NEW.slice(0, fresh).map((_, k) => `n${k + 1}`), 'f'];
    const r = linkBatch(
      [
        ...OLD.map((text, k) => doc(`o${k + 1}`, '2022-02-04', [], text)),
        ...NEW.slice(0, fresh).map((text, k) => doc(`n${k + 1}`, '2022-02-07', [], text)),
        titled('f', '2022-02-07', 'Town One mourns', MINISTER),
      ],
      [
        ...OLD.map((_, k) =>
          claim({ id: `o${k + 1}#1`, doc: `o${k + 1}`, n: 12, place: 'town', date: '2022-02-03' }),
        ),
        ...NEW.slice(0, fresh).map((_, k) =>
          claim({
            id: `n${k + 1}#1`,
            doc: `n${k + 1}`,
            n: 5,
            place: 'town',
            ...(dated ? { date: '2022-02-07' } : {}),
          }),
        ),
      ],
      [
        { ...entity('country', 'location', 'Country', []), country: 'CC' },
        entity('province', 'location', 'Province', [], 'country'),
        {
          ...entity('town', 'location', 'Town One', [], 'province'),
          mentions: ids.flatMap((d) => [at(d, 0, 'Town One'), at(d, 80, 'Town One')]),
        },
      ],
    );
    return r.incidents.map((i) => [...i.documents].sort());
  };

  test('follows the incident whose reports date its event to its day, not a larger one of days before', () => {
    const incidents = run(2);
    const of = (id: string) => incidents.find((i) => i.includes(id))!;
    assert.notDeepEqual(of('o1'), of('n1'), 'the new attack is an incident of its own');
    assert.deepEqual(of('o1'), ['o1', 'o2', 'o3']);
    assert.deepEqual(of('n1'), ['f', 'n1', 'n2'], 'the follower follows the event of its day');
  });

  test('a new event told by one report alone does not take the follower from the larger incident', () => {
    const incidents = run(1);
    const of = (id: string) => incidents.find((i) => i.includes(id))!;
    assert.deepEqual(of('n1'), ['n1']);
    assert.deepEqual(of('o1'), ['f', 'o1', 'o2', 'o3'], 'one report dating a day is not yet its event');
  });

  test('follows the incident its day reports tell of, undated, over a larger one of days before', () => {
    const incidents = run(2, false);
    const of = (id: string) => incidents.find((i) => i.includes(id))!;
    assert.deepEqual(of('o1'), ['o1', 'o2', 'o3']);
    assert.deepEqual(of('n1'), ['f', 'n1', 'n2'], 'two reports of its day are the news it follows');
    // Must not: one undated report of the day alone.
    const one = run(1, false);
    assert.deepEqual(
      one.find((i) => i.includes('o1')),
      ['f', 'o1', 'o2', 'o3'],
    );
  });
});

describe('reports told in words', () => {
  // A report with no figure whose headline tells of a strike at a place (mentions.ts).
  const told = (id: string, published: string, place: string, where: 'title' | 'body'): LinkDocument => {
    const d = doc(
      id,
      published,
      [],
      `Strike on ${place} kills civilians, medics say, as rescuers search the rubble`,
    );
    const mention = {
      start: 0,
      end: 6,
      text: 'Strike',
      kind: 'strike' as const,
      sentence: { start: 0, end: 20 },
      where,
      place: { name: place, entity: place },
    };
    return { ...d, info: { ...d.info, title: `Strike on ${place}`, eventMentions: [mention] } };
  };
  const world: Entity[] = [
    entity('country', 'location', 'Country', []),
    entity('province', 'location', 'Province', [], 'country'),
    entity('city', 'location', 'City', ['e1', 'e2'], 'province'),
    entity('province2', 'location', 'Province Two', [], 'country'),
    entity('town', 'location', 'Town', [], 'province2'),
  ];
  const figures = (): Claim[] => [
    claim({ id: 'e1#1', doc: 'e1', n: 12, place: 'city' }),
    claim({ id: 'e2#1', doc: 'e2', n: 12, place: 'city' }),
  ];

  test('told in its headline, it is an event report and opens no incident of its own', () => {
    const r = linkBatch(
      [
        doc('e1', '2022-02-10'),
        doc('e2', '2022-02-10'),
        told('peg', '2022-02-10', 'city', 'title'),
        told('elsewhere', '2022-02-10', 'town', 'title'),
      ],
      figures(),
      world,
    );
    const status = new Map(r.documents.map((d) => [d.id, d.event?.status]));
    assert.equal(status.get('peg'), 'event');
    assert.equal(status.get('elsewhere'), 'event');
    // Must not: a report told in words alone opens an incident (Town has none, City has its own).
    // Joining the incident of its place and days is not done yet: told apart, it stays in none.
    assert.deepEqual(
      r.incidents.map((i) => [...i.documents].sort()),
      [['e1', 'e2']],
    );
  });
});

describe('event days', () => {
  // One city, reports over a week: which of them tell of the same day's event.
  const ids = ['d0', 'd0b', 'd1', 'toll', 'late', 'new', 'next'];
  const ents = world(ids);
  const of = (r: ReturnType<typeof linkBatch>, c: string): string =>
    r.claims.find((x) => x.id === c)!.incident!;

  test('follow-ups of the event day join it; a new day at the same place opens its own incident', () => {
    const r = linkBatch(
      [
        doc('d0', '2022-03-10'),
        doc('d0b', '2022-03-10'),
        doc('d1', '2022-03-11'),
        doc('toll', '2022-03-14'),
        doc('late', '2022-03-14'),
        doc('new', '2022-03-18'),
      ],
      [
        // The strike of 9 March, reported the next day by two outlets and the day after (undated).
        claim({ id: 'd0#1', doc: 'd0', n: 12, place: 'city', date: '2022-03-09' }),
        claim({ id: 'd0b#1', doc: 'd0b', n: 11, place: 'city', date: '2022-03-09' }),
        claim({ id: 'd0#2', doc: 'd0', n: 30, category: 'wounded', place: 'city', date: '2022-03-09' }),
        claim({ id: 'd1#1', doc: 'd1', n: 14, place: 'city' }),
        // A toll update days later that dates its figures to the event's day.
        claim({ id: 'toll#1', doc: 'toll', n: 17, place: 'city', date: '2022-03-09' }),
        // Undated, four days after the event, sharing none of its figures: another event.
        claim({ id: 'late#1', doc: 'late', n: 3, place: 'city' }),
        // A strike of 17 March at the same city.
        claim({ id: 'new#1', doc: 'new', n: 12, place: 'city', date: '2022-03-17' }),
      ],
      ents,
    );
    assert.equal(of(r, 'd1#1'), of(r, 'd0#1'));
    assert.equal(of(r, 'toll#1'), of(r, 'd0#1'));
    assert.notEqual(of(r, 'late#1'), of(r, 'd0#1'));
    assert.notEqual(of(r, 'new#1'), of(r, 'd0#1'));
  });

  test('a later report that repeats the event figures is a toll update of it', () => {
    const r = linkBatch(
      [doc('d0', '2022-03-10'), doc('late', '2022-03-15')],
      [
        claim({ id: 'd0#1', doc: 'd0', n: 12, place: 'city', date: '2022-03-09' }),
        claim({ id: 'd0#2', doc: 'd0', n: 30, category: 'wounded', place: 'city', date: '2022-03-09' }),
        // No date, five days on, but the same 12 killed and 30 wounded.
        claim({ id: 'late#1', doc: 'late', n: 12, place: 'city' }),
        claim({ id: 'late#2', doc: 'late', n: 30, category: 'wounded', place: 'city' }),
      ],
      ents,
    );
    assert.equal(of(r, 'late#1'), of(r, 'd0#1'));
  });

  test("a figure dated on its own report day counts as undated: the next day's follow-up joins", () => {
    const r = linkBatch(
      [
        doc('d0', '2022-03-10'),
        doc('d0b', '2022-03-10'),
        doc('next', '2022-03-11'),
        doc('new', '2022-03-14'),
      ],
      [
        claim({ id: 'd0#1', doc: 'd0', n: 12, place: 'city', date: '2022-03-09' }),
        claim({ id: 'd0b#1', doc: 'd0b', n: 11, place: 'city', date: '2022-03-09' }),
        // "Today" in the next day's report: the toll as it stands, not a new event day.
        claim({ id: 'next#1', doc: 'next', n: 15, place: 'city', date: '2022-03-11' }),
        // Dated the day before its report, five days after the event: a new event.
        claim({ id: 'new#1', doc: 'new', n: 15, place: 'city', date: '2022-03-13' }),
      ],
      ents,
    );
    assert.equal(of(r, 'next#1'), of(r, 'd0#1'));
    assert.notEqual(of(r, 'new#1'), of(r, 'd0#1'));
  });

  test("an incident's start and end are its event days, not its reports' days", () => {
    const r = linkBatch(
      [doc('d0', '2022-03-10'), doc('d1', '2022-03-11'), doc('toll', '2022-03-12')],
      [
        claim({ id: 'd0#1', doc: 'd0', n: 12, place: 'city', date: '2022-03-09' }),
        claim({ id: 'd1#1', doc: 'd1', n: 13, place: 'city' }),
        claim({ id: 'toll#1', doc: 'toll', n: 14, place: 'city', date: '2022-03-09' }),
      ],
      ents,
    );
    const i = r.incidents.find((x) => x.id === of(r, 'd0#1'))!;
    assert.deepEqual(i.documents.length, 3);
    assert.equal(i.start, '2022-03-09');
    assert.equal(i.end, '2022-03-09');
  });

  test('a report naming only the country joins the incident at one of its places when it tells of the same event', () => {
    // Places named in no text, so a country stays a country; the parties named by all but one report.
    const docs = ['aaa', 'd0', 'd0b', 'national', 'unrelated'];
    const ents = world(docs.filter((d) => d !== 'unrelated')).map((e) =>
      e.type === 'location' ? { ...e, mentions: [] } : e,
    );
    const r = linkBatch(
      docs.map((d) => doc(d, '2022-03-10')),
      [
        // The country's strike of 9 March first reported without a place inside the country...
        claim({ id: 'aaa#1', doc: 'aaa', n: 9, place: 'country', date: '2022-03-09' }),
        // ...then at its city, and again at the country level only.
        claim({ id: 'd0#1', doc: 'd0', n: 12, place: 'city', date: '2022-03-09' }),
        claim({ id: 'd0b#1', doc: 'd0b', n: 11, place: 'city', date: '2022-03-09' }),
        claim({ id: 'national#1', doc: 'national', n: 10, place: 'country', date: '2022-03-09' }),
        // The same day in the same country, but naming none of its parties: nothing says it is one event.
        claim({
          id: 'unrelated#1',
          doc: 'unrelated',
          n: 4,
          place: 'country',
          date: '2022-03-09',
          group: null,
        }),
      ],
      ents,
    );
    const of = (c: string): string => r.claims.find((x) => x.id === c)!.incident!;
    assert.equal(new Set(['aaa#1', 'd0#1', 'd0b#1', 'national#1'].map(of)).size, 1);
    assert.notEqual(of('unrelated#1'), of('d0#1'));
  });

  test('a battle told day after day, its figures dated to several days, stays one incident', () => {
    const r = linkBatch(
      [doc('d0', '2022-03-10'), doc('d1', '2022-03-11'), doc('d1b', '2022-03-12'), doc('late', '2022-03-16')],
      [
        claim({ id: 'd0#1', doc: 'd0', n: 12, place: 'city', date: '2022-03-09' }),
        claim({ id: 'd1#1', doc: 'd1', n: 20, place: 'city', date: '2022-03-10' }),
        claim({ id: 'd1b#1', doc: 'd1b', n: 9, place: 'city', date: '2022-03-11' }),
        // Undated, four days after the last report: the siege goes on.
        claim({ id: 'late#1', doc: 'late', n: 40, place: 'city' }),
      ],
      world(['d0', 'd1', 'd1b', 'late']),
    );
    const i = new Set(['d0#1', 'd1#1', 'd1b#1', 'late#1'].map((c) => of(r, c)));
    assert.equal(i.size, 1);
  });

  test('an incident is the event of the days most of its reports give, not of the report that opened it', () => {
    // A skirmish of the 1st opens the incident; three reports then date an attack there to the 5th.
    const r = linkBatch(
      [
        doc('d0', '2022-03-02'),
        doc('a1', '2022-03-06'),
        doc('a2', '2022-03-06'),
        doc('a3', '2022-03-06'),
        doc('late', '2022-03-12'),
      ],
      [
        claim({ id: 'd0#1', doc: 'd0', n: 3, place: 'city', date: '2022-03-01' }),
        claim({ id: 'a1#1', doc: 'a1', n: 20, place: 'city', date: '2022-03-05' }),
        claim({ id: 'a2#1', doc: 'a2', n: 21, place: 'city', date: '2022-03-05' }),
        claim({ id: 'a3#1', doc: 'a3', n: 22, place: 'city', date: '2022-03-05' }),
        // Undated, a week after the attack, repeating none of its figures: another event.
        claim({ id: 'late#1', doc: 'late', n: 40, place: 'city' }),
      ],
      world(['d0', 'a1', 'a2', 'a3', 'late']),
    );
    assert.equal(new Set(['a1#1', 'a2#1', 'a3#1'].map((c) => of(r, c))).size, 1);
    assert.notEqual(of(r, 'late#1'), of(r, 'a1#1'));
    const i = r.incidents.find((x) => x.id === of(r, 'a1#1'))!;
    assert.equal(i.end, '2022-03-05');
  });

  test('of two incidents a report agrees with equally, it joins the one whose event days hold its day', () => {
    // Two reports date an attack at the city to the 5th; a report dated the 9th opens another there.
    const r = linkBatch(
      [doc('x1', '2022-03-06'), doc('x2', '2022-03-06'), doc('b1', '2022-03-10'), doc('late', '2022-03-10')],
      [
        claim({ id: 'x1#1', doc: 'x1', n: 20, place: 'city', date: '2022-03-05' }),
        claim({ id: 'x2#1', doc: 'x2', n: 21, place: 'city', date: '2022-03-05' }),
        claim({ id: 'b1#1', doc: 'b1', n: 30, place: 'city', date: '2022-03-09' }),
        // Out the same day as the second, telling of the attack of the 5th.
        claim({ id: 'late#1', doc: 'late', n: 40, place: 'city', date: '2022-03-05' }),
      ],
      world(['x1', 'x2', 'b1', 'late']),
    );
    assert.notEqual(of(r, 'b1#1'), of(r, 'x1#1'));
    assert.equal(of(r, 'late#1'), of(r, 'x1#1'));
  });

  test('five reports dating the event within three days, none outside, make it the event of those days', () => {
    // A strike told over a night and a day: five reports date it to the 9th, the 10th or the 11th.
    const strike = [
      ['s1', '2022-03-10', '2022-03-09', 12],
      ['s2', '2022-03-11', '2022-03-10', 13],
      ['s3', '2022-03-13', '2022-03-11', 14],
      ['s4', '2022-03-13', '2022-03-11', 15],
      ['s5', '2022-03-14', '2022-03-10', 16],
    ] as const;
    const run = (extra: readonly (readonly [string, string, string | null, number])[]) => {
      const all = [...strike, ...extra];
      return linkBatch(
        all.map(([id, day]) => doc(id, day)),
        all.map(([id, , date, n]) =>
          claim({ id: `${id}#1`, doc: id, n, place: 'city', ...(date ? { date } : {}) }),
        ),
        world(all.map(([id]) => id)),
      );
    };
    // Must: an undated report a week after the last event day, sharing no figure, is a new event.
    const closed = run([['next', '2022-03-18', null, 40]]);
    assert.notEqual(of(closed, 'next#1'), of(closed, 's1#1'));
    assert.equal(new Set(strike.map(([id]) => of(closed, `${id}#1`))).size, 1);
    // Must not: when another report dates the fighting to the 12th, it is a battle told day after
    // day, and the report of the 18th still tells of it.
    const battle = run([
      ['d12', '2022-03-13', '2022-03-12', 21],
      ['next', '2022-03-18', null, 40],
    ]);
    assert.equal(
      new Set([...strike.map(([id]) => id), 'd12', 'next'].map((id) => of(battle, `${id}#1`))).size,
      1,
    );
  });
});

describe('means of an event', () => {
  const of = (r: ReturnType<typeof linkBatch>, c: string): string =>
    r.claims.find((x) => x.id === c)!.incident!;
  const gassed = (d: LinkDocument): LinkDocument => ({ ...d, toxic: true });
  // A battle at the city told over ten days, its figures dated to several days.
  const battle = [
    ['b1', '2022-03-27', '2022-03-26', 12],
    ['b2', '2022-03-29', '2022-03-28', 20],
    ['b3', '2022-04-02', '2022-04-01', 9],
    ['b4', '2022-04-06', '2022-04-05', 31],
  ] as const;
  const run = (gas: boolean, extra: readonly (readonly [string, string, string, number, boolean])[]) => {
    const all = [...battle.map(([id, day, date, n]) => [id, day, date, n, false] as const), ...extra];
    return linkBatch(
      all.map(([id, day, , , toxic]) => (toxic && gas ? gassed(doc(id, day)) : doc(id, day))),
      all.map(([id, , date, n]) => claim({ id: `${id}#1`, doc: id, n, place: 'city', date })),
      world(all.map(([id]) => id)),
    );
  };
  const attack = [
    ['g1', '2022-04-08', '2022-04-07', 42, true],
    ['g2', '2022-04-08', '2022-04-07', 48, true],
  ] as const;

  test('a gas attack on a town is not taken by the battle incident opened there days before', () => {
    const r = run(true, attack);
    assert.notEqual(of(r, 'g1#1'), of(r, 'b1#1'));
    assert.equal(of(r, 'g2#1'), of(r, 'g1#1'));
    assert.equal(new Set(battle.map(([id]) => of(r, `${id}#1`))).size, 1);
    // Must not: the same reports naming no gas are the battle's, as before.
    const plain = run(false, attack);
    assert.equal(of(plain, 'g1#1'), of(plain, 'b1#1'));
    assert.equal(of(plain, 'g2#1'), of(plain, 'b1#1'));
  });

  test("an incident opened on the attack's days takes a report naming the gas", () => {
    // The first report of the attack names no gas; the next, the same day, does.
    const r = linkBatch(
      [doc('first', '2022-04-08'), gassed(doc('gas', '2022-04-08'))],
      [
        claim({ id: 'first#1', doc: 'first', n: 40, place: 'city', date: '2022-04-07' }),
        claim({ id: 'gas#1', doc: 'gas', n: 42, place: 'city', date: '2022-04-07' }),
      ],
      world(['first', 'gas']),
    );
    assert.equal(of(r, 'gas#1'), of(r, 'first#1'));
  });

  test('a gas attack is not taken by an incident opened the day before by reports of that day', () => {
    // Shelling of the 6th, reported on the 6th; the gas attack of the 7th, reported on the 7th.
    const r = (shellingDated: boolean) =>
      linkBatch(
        [doc('s1', '2022-04-06'), doc('s2', '2022-04-06'), gassed(doc('gas', '2022-04-07'))],
        [
          claim({
            id: 's1#1',
            doc: 's1',
            n: 27,
            place: 'city',
            ...(shellingDated ? { date: '2022-04-06' } : {}),
          }),
          claim({
            id: 's2#1',
            doc: 's2',
            n: 30,
            place: 'city',
            ...(shellingDated ? { date: '2022-04-06' } : {}),
          }),
          claim({ id: 'gas#1', doc: 'gas', n: 42, place: 'city', date: '2022-04-07' }),
        ],
        world(['s1', 's2', 'gas']),
      );
    const dated = r(true);
    assert.equal(of(dated, 's2#1'), of(dated, 's1#1'));
    assert.notEqual(of(dated, 'gas#1'), of(dated, 's1#1'));
    // Must not: reports of the night before that date no event of their own day are the attack's first.
    const undated = r(false);
    assert.equal(of(undated, 'gas#1'), of(undated, 's1#1'));
  });

  test("a gas attack's toll told days later, undated and without the attack's figures, is its toll", () => {
    // The attack of the 7th, then a report of the 11th counting 500 affected at the city.
    const later = (toxic: boolean, category: Category, n: number) =>
      linkBatch(
        [
          gassed(doc('g1', '2022-04-08')),
          gassed(doc('g2', '2022-04-08')),
          (toxic ? gassed : (d: LinkDocument) => d)(doc('late', '2022-04-11')),
        ],
        [
          claim({ id: 'g1#1', doc: 'g1', n: 42, place: 'city', date: '2022-04-07' }),
          claim({ id: 'g2#1', doc: 'g2', n: 48, place: 'city', date: '2022-04-07' }),
          claim({ id: 'late#1', doc: 'late', n, place: 'city', category }),
        ],
        world(['g1', 'g2', 'late']),
      );
    const r = later(true, 'wounded', 500);
    assert.equal(of(r, 'g2#1'), of(r, 'g1#1'));
    assert.equal(of(r, 'late#1'), of(r, 'g1#1'));
    // Must not: a later report naming no gas is another day's event; so is a counted act of its own
    // (the strikes that answered the attack), though it names the gas.
    const plain = later(false, 'wounded', 500);
    assert.notEqual(of(plain, 'late#1'), of(plain, 'g1#1'));
    const strikes = later(true, 'strikes', 100);
    assert.notEqual(of(strikes, 'late#1'), of(strikes, 'g1#1'));
  });
});

describe('toll updates', () => {
  const of = (r: ReturnType<typeof linkBatch>, c: string): string =>
    r.claims.find((x) => x.id === c)!.incident!;
  // An attack of the 7th told by two reports, then a report a week later recalling its toll.
  const run = (strikes: number | null) =>
    linkBatch(
      [doc('a1', '2022-04-08'), doc('a2', '2022-04-08'), doc('late', '2022-04-14')],
      [
        claim({ id: 'a1#1', doc: 'a1', n: 42, place: 'city', date: '2022-04-07' }),
        claim({ id: 'a1#2', doc: 'a1', n: 100, category: 'wounded', place: 'city', date: '2022-04-07' }),
        claim({ id: 'a2#1', doc: 'a2', n: 42, place: 'city', date: '2022-04-07' }),
        claim({ id: 'a2#2', doc: 'a2', n: 3, category: 'strikes', place: 'city', date: '2022-04-07' }),
        claim({ id: 'late#1', doc: 'late', n: 42, place: 'city' }),
        claim({ id: 'late#2', doc: 'late', n: 100, category: 'wounded', place: 'city' }),
        ...(strikes === null
          ? []
          : [claim({ id: 'late#3', doc: 'late', n: strikes, category: 'strikes', place: 'city' })]),
      ],
      world(['a1', 'a2', 'late']),
    );

  test('a later report counting an act the incident never counted is a new event, not a toll update', () => {
    const r = run(110);
    assert.equal(of(r, 'a2#1'), of(r, 'a1#1'));
    assert.notEqual(of(r, 'late#1'), of(r, 'a1#1'));
    // Must not: without a count of strikes, or repeating the incident's, it is the attack's toll.
    const toll = run(null);
    assert.equal(of(toll, 'late#1'), of(toll, 'a1#1'));
    const same = run(3);
    assert.equal(of(same, 'late#1'), of(same, 'a1#1'));
  });
});

describe('places the gazetteer lacks', () => {
  test('a town the gazetteer lacks is no country; its spellings are one place, another name is not', () => {
    const docs = ['r1', 'r2', 'r3'];
    const unknown = (id: string, name: string, d: string): Entity => entity(id, 'location', name, [d]);
    const ents: Entity[] = [
      entity('a', 'armed_group', 'Alpha', docs),
      { ...entity('land', 'location', 'Land', ['r1', 'r1', 'r3', 'r3']), country: 'LL' },
      // One town as two outlets spell it, and another town of the same country.
      unknown('town1', 'مدينة ماربورغ', 'r1'),
      unknown('town2', 'ماربورج', 'r2'),
      unknown('town3', 'فرانكفورت', 'r3'),
    ];
    const r = linkBatch(
      docs.map((d) => doc(d, '2022-03-10')),
      [
        claim({ id: 'r1#1', doc: 'r1', n: 12, place: 'town1' }),
        // Names no other place: the town heads its own chain, which makes it no country.
        claim({ id: 'r2#1', doc: 'r2', n: 12, place: 'town2' }),
        claim({ id: 'r3#1', doc: 'r3', n: 12, place: 'town3' }),
      ],
      ents,
    );
    const of = (c: string): string => r.claims.find((x) => x.id === c)!.incident!;
    assert.equal(of('r1#1'), of('r2#1'));
    assert.notEqual(of('r3#1'), of('r1#1'));
  });

  test('a town the gazetteer lacks, named alone, is as specific as the same town in its country', () => {
    const docs = ['r1', 'r2', 'r3'];
    const ents: Entity[] = [
      // Only the later reports name who attacked.
      entity('a', 'armed_group', 'Alpha', ['r2', 'r3']),
      // r1 names the country the town lies in; r2 and r3 name a town alone.
      { ...entity('land', 'location', 'Land', ['r1', 'r1']), country: 'LL' },
      entity('town', 'location', 'بلدة تريب', ['r1', 'r2']),
      entity('other', 'location', 'بلدة كيرفان', ['r3']),
    ];
    const r = linkBatch(
      docs.map((d) => doc(d, '2022-03-10')),
      [
        claim({ id: 'r1#1', doc: 'r1', n: 3, place: 'town', date: '2022-03-10' }),
        // «قتلى في هجوم على متجر في بلدة تريب»: no precise figure, nothing but the town in common.
        claim({ id: 'r2#1', doc: 'r2', n: 10, q: 'vague', place: 'town', date: '2022-03-10' }),
        // Must not: another town named alone, on the same day.
        claim({ id: 'r3#1', doc: 'r3', n: 10, q: 'vague', place: 'other', date: '2022-03-10' }),
      ],
      ents,
    );
    const of = (c: string): string => r.claims.find((x) => x.id === c)!.incident!;
    assert.equal(of('r2#1'), of('r1#1'));
    assert.notEqual(of('r3#1'), of('r1#1'));
  });

  test('a report of the killed and wounded tells of the same event as one of the killed', () => {
    // Places named in no text, so a country stays a country.
    const docs = ['d0', 'national', 'other'];
    const ents = world(docs).map((e) => (e.type === 'location' ? { ...e, mentions: [] } : e));
    const r = linkBatch(
      docs.map((d) => doc(d, '2022-03-10')),
      [
        claim({ id: 'd0#1', doc: 'd0', n: 12, place: 'city', date: '2022-03-09' }),
        // «سقوط 30 قتيلا وجريحا» at the country level, the same day and party.
        claim({
          id: 'national#1',
          doc: 'national',
          n: 30,
          place: 'country',
          date: '2022-03-09',
          category: 'killed_or_wounded',
        }),
        // Arrests in the same country: another kind of event.
        claim({
          id: 'other#1',
          doc: 'other',
          n: 8,
          place: 'country',
          date: '2022-03-09',
          category: 'arrested',
        }),
      ],
      ents,
    );
    const of = (c: string): string => r.claims.find((x) => x.id === c)!.incident!;
    assert.equal(of('national#1'), of('d0#1'));
    assert.notEqual(of('other#1'), of('d0#1'));
  });

  test('two reports naming only the country join when they tell of the same event, in other words', () => {
    const docs = ['first', 'second', 'elsewhere'];
    const ents = world(docs).map((e) =>
      e.type === 'location'
        ? { ...e, mentions: [] }
        : e.id === 'a'
          ? { ...e, mentions: e.mentions.filter((m) => m.document !== 'elsewhere') }
          : e.id === 'b'
            ? { ...e, mentions: e.mentions.filter((m) => m.document === 'elsewhere') }
            : e,
    );
    const words = (seed: number): string =>
      Array.from({ length: 80 }, (_, i) => `ك${(seed * 7919 + i * 104729) % 100003}`).join(' ');
    const r = linkBatch(
      docs.map((d, i) => doc(d, '2022-03-10', [], words(i + 1))),
      [
        claim({ id: 'first#1', doc: 'first', n: 31, place: 'country', date: '2022-03-09' }),
        claim({ id: 'second#1', doc: 'second', n: 48, place: 'country', date: '2022-03-09' }),
        // The same day and kind in the same country, naming another party: nothing says it is one event.
        claim({ id: 'elsewhere#1', doc: 'elsewhere', n: 14, place: 'country', date: '2022-03-09' }),
      ],
      ents,
    );
    const of = (c: string): string => r.claims.find((x) => x.id === c)!.incident!;
    assert.equal(of('first#1'), of('second#1'));
    assert.notEqual(of('elsewhere#1'), of('first#1'));
  });

  test("a state's government and its forces are one party of the event; another state's are not", () => {
    // Places named in no text, so a country stays a country. One report names the state's
    // government, the next its armed forces (a root of their own), a third another state's forces.
    const docs = ['city', 'national', 'foreign'];
    const gov = (id: string, name: string, country: string, on: readonly string[]): Entity => ({
      ...entity(id, 'government', name, on),
      country,
    });
    const ents: Entity[] = [
      ...world([]).map((e) => (e.type === 'location' ? { ...e, mentions: [] } : e)),
      gov('cc_gov', 'Government of Country', 'CC', ['city']),
      gov('cc_forces', 'Forces of Country', 'CC', ['national']),
      gov('dd_forces', 'Forces of Dee', 'DD', ['foreign']),
    ];
    const r = linkBatch(
      docs.map((d) => doc(d, '2022-03-10')),
      [
        claim({ id: 'city#1', doc: 'city', n: 12, place: 'city', date: '2022-03-09', group: null }),
        claim({
          id: 'national#1',
          doc: 'national',
          n: 15,
          place: 'country',
          date: '2022-03-09',
          group: null,
        }),
        claim({ id: 'foreign#1', doc: 'foreign', n: 7, place: 'country', date: '2022-03-09', group: null }),
      ],
      ents,
    );
    const of = (c: string): string => r.claims.find((x) => x.id === c)!.incident!;
    assert.equal(of('national#1'), of('city#1'));
    assert.notEqual(of('foreign#1'), of('city#1'));
  });

  test('reports naming no party join on the event day itself; the next day they need more', () => {
    // A lone attacker: no armed party anywhere. Places named in no text, so a country stays a country.
    const docs = ['first', 'second', 'nextday'];
    const ents = world(docs)
      .filter((e) => e.type === 'location')
      .map((e) => ({ ...e, mentions: [] }));
    const words = (seed: number): string =>
      Array.from({ length: 80 }, (_, i) => `ك${(seed * 7919 + i * 104729) % 100003}`).join(' ');
    const r = linkBatch(
      // Some words in common (a quarter of the text sketch), as reports of one city's news share.
      [
        doc('first', '2022-03-10', [], `${words(9).slice(0, 120)} ${words(1)}`),
        doc('second', '2022-03-10', [], `${words(9).slice(0, 120)} ${words(2)}`),
        doc('nextday', '2022-03-11', [], `${words(9).slice(0, 120)} ${words(3)}`),
      ],
      [
        claim({ id: 'first#1', doc: 'first', n: 5, place: 'city', date: '2022-03-09', group: null }),
        claim({ id: 'second#1', doc: 'second', n: 6, place: 'country', date: '2022-03-09', group: null }),
        // Killed in the same country a day later, again with no party named.
        claim({ id: 'nextday#1', doc: 'nextday', n: 3, place: 'country', date: '2022-03-10', group: null }),
      ],
      ents,
    );
    const of = (c: string): string => r.claims.find((x) => x.id === c)!.incident!;
    assert.equal(of('second#1'), of('first#1'));
    assert.notEqual(of('nextday#1'), of('first#1'));
  });
});

describe('sibling places', () => {
  // Two towns of one province: where a war gives several incidents a day, the same day, kind and
  // party at two sibling towns are not yet one event; only texts that tell one event join them.
  const ents = (docs: readonly string[]): Entity[] => [
    ...world(docs).map((e) => (e.id === 'country' ? { ...e, country: 'CT' } : e)),
    entity('t1', 'location', 'Town One', docs, 'province'),
    entity('t2', 'location', 'Town Two', docs, 'province'),
  ];
  const strike =
    'قصفت طائرات حربية سوقا شعبية في البلدة صباح اليوم وقال مسعفون إن القصف أدى إلى مقتل عدد من المدنيين بينهم أطفال ونساء وإصابة آخرين بجروح خطيرة نقلوا إلى مستشفى ميداني';
  const clash =
    'اندلعت اشتباكات عنيفة بين فصائل مسلحة عند أطراف البلدة ليلا واستمرت حتى ساعات الفجر وسط انقطاع الكهرباء عن الأحياء الشرقية ونزوح عائلات نحو القرى المجاورة';

  test('the same day, kind and party at two sibling towns stay two incidents when their texts differ', () => {
    const docs = [doc('s1', '2022-04-14', [], strike), doc('s2', '2022-04-14', [], clash)];
    const r = linkBatch(
      docs,
      [
        claim({ id: 's1#1', doc: 's1', n: 9, place: 't1' }),
        claim({ id: 's2#1', doc: 's2', n: 6, place: 't2' }),
      ],
      ents(['s1', 's2']),
    );
    const of = (c: string): string => r.claims.find((x) => x.id === c)!.incident!;
    assert.notEqual(of('s1#1'), of('s2#1'));
  });

  test('two outlets telling one event in the same words at two sibling towns give one incident', () => {
    const docs = [doc('s1', '2022-04-14', [], strike), doc('s2', '2022-04-14', [], strike)];
    const r = linkBatch(
      docs,
      [
        claim({ id: 's1#1', doc: 's1', n: 9, place: 't1' }),
        claim({ id: 's2#1', doc: 's2', n: 6, place: 't2' }),
      ],
      ents(['s1', 's2']),
    );
    const of = (c: string): string => r.claims.find((x) => x.id === c)!.incident!;
    assert.equal(of('s1#1'), of('s2#1'));
  });

  test('one count of ten or more strikes at two sibling towns the same day is one strike wave', () => {
    // s1 and s2 in different words; s2 counts the strikes the way s1 did, or another figure.
    const run = (category: Category, n: number, published = '2022-04-14') => {
      const docs = [doc('s1', '2022-04-14', [], strike), doc('s2', published, [], clash)];
      const r = linkBatch(
        docs,
        [
          claim({ id: 's1#1', doc: 's1', n: 105, category: 'strikes', place: 't1' }),
          claim({ id: 's1#2', doc: 's1', n: 9, place: 't1' }),
          claim({ id: 's2#1', doc: 's2', n, category, place: 't2' }),
        ],
        ents(['s1', 's2']),
      );
      const of = (c: string): string => r.claims.find((x) => x.id === c)!.incident!;
      return of('s1#1') === of('s2#1');
    };
    assert.ok(run('strikes', 105), 'the same 105 strikes');
    // Must not: another count, a count under ten, the same count of victims, five days later.
    assert.ok(!run('strikes', 30));
    assert.ok(!run('strikes', 9));
    assert.ok(!run('killed', 105));
    assert.ok(!run('strikes', 105, '2022-04-19'));
  });

  // The country's own army, and a state from outside it (its government and forces are one side).
  const states = (docs: readonly string[], foreign: readonly string[] = docs): Entity[] => [
    ...ents(docs),
    { ...entity('army', 'government', 'Army', docs), country: 'CT' },
    { ...entity('abroad', 'government', 'Abroad', foreign), country: 'FX' },
  ];

  test("a foreign state's strikes at two sibling towns on the day they began are one strike wave", () => {
    // s1 at Town One names the army and the foreign state; s2 at Town Two, in other words, too.
    const run = (more: { published?: string; foreign?: boolean; category?: Category } = {}) => {
      const docs = [
        doc('s1', '2022-04-14', [], strike),
        doc('s2', more.published ?? '2022-04-14', [], clash),
      ];
      const r = linkBatch(
        docs,
        [
          claim({ id: 's1#1', doc: 's1', n: 9, category: 'strikes', place: 't1' }),
          claim({ id: 's2#1', doc: 's2', n: 6, category: more.category ?? 'strikes', place: 't2' }),
        ],
        states(['s1', 's2'], more.foreign === false ? ['s1'] : ['s1', 's2']),
      );
      const of = (c: string): string => r.claims.find((x) => x.id === c)!.incident!;
      return of('s1#1') === of('s2#1');
    };
    assert.ok(run(), 'the same foreign state striking, the same day');
    // Must not: naming only the country's own army, a day later, a toll instead of strikes.
    assert.ok(!run({ foreign: false }));
    assert.ok(!run({ published: '2022-04-15' }));
    assert.ok(!run({ category: 'killed' }));
  });

  test('strikes on the country naming only the foreign state that struck join the strike told at a town', () => {
    // s1 at Town One names only the army whose base was hit; s2 names the country and the attacker.
    const run = (more: { attacker?: string; category?: Category } = {}) => {
      const docs = [doc('s1', '2022-04-14', [], strike), doc('s2', '2022-04-14', [], clash)];
      const attacker = more.attacker ?? 'abroad';
      const r = linkBatch(
        docs,
        [
          claim({ id: 's1#1', doc: 's1', n: 9, category: 'strikes', place: 't1' }),
          claim({ id: 's2#1', doc: 's2', n: 6, category: more.category ?? 'strikes', place: 'country' }),
        ],
        [
          // Town One is named by s1 alone: s2 names the country and no place inside it.
          { ...entity('country', 'location', 'Country', ['s1', 's2']), country: 'CT' },
          entity('province', 'location', 'Province', ['s1'], 'country'),
          entity('t1', 'location', 'Town One', ['s1'], 'province'),
          entity('a', 'armed_group', 'Alpha', attacker === 'a' ? ['s2'] : []),
          { ...entity('army', 'government', 'Army', ['s1']), country: 'CT' },
          { ...entity('abroad', 'government', 'Abroad', attacker === 'abroad' ? ['s2'] : []), country: 'FX' },
        ],
      );
      const of = (c: string): string => r.claims.find((x) => x.id === c)!.incident!;
      return of('s1#1') === of('s2#1');
    };
    assert.ok(run(), 'the attacker and the struck state are the two sides of one strike');
    // Must not: an armed group of the country as the only party named, a toll instead of strikes.
    assert.ok(!run({ attacker: 'a' }));
    assert.ok(!run({ category: 'killed' }));
  });
});

describe('recent reporting: revision chains, parts, parties and undated reports', () => {
  const MINISTRY: Hop = { name: 'the ministry', kind: 'organization', entity: 'ministry' };
  const DOCTORS: Hop = { name: 'doctors', kind: 'organization', entity: 'doctors' };
  const ARMY: Hop = { name: 'Alpha', kind: 'organization', entity: 'a' };
  const toll = (id: string, d: string, n: number, more: Partial<Spec> = {}): Claim =>
    claim({ id, doc: d, n, group: null, kind: 'unknown', place: 'city', ...more });

  test('a part is no step of the toll it is inside, nor a rival of an earlier total', () => {
    const r = linkBatch(
      [doc('d1', '2025-05-14'), doc('d2', '2025-05-14'), doc('d3', '2025-05-15')],
      [
        toll('t12', 'd1', 12, { kind: 'civilians' }),
        toll('t41', 'd2', 41, { speaker: MINISTRY }),
        toll('kids', 'd2', 14, { kind: 'civilians', partOf: 't41', speaker: MINISTRY }),
        toll('t53', 'd3', 53, { speaker: MINISTRY }),
      ],
      world(['d1', 'd2', 'd3']),
    );
    assert.equal(r.incidents.length, 1);
    assert.deepEqual(
      r.conflicts.map((c) => [c.kind, c.claims]),
      [['revision', ['t12', 't41', 't53']]],
    );
    // A part still counts against the sum of its own whole.
    const over = linkBatch(
      [doc('d1', '2025-05-14')],
      [toll('w', 'd1', 10), toll('p', 'd1', 14, { kind: 'civilians', partOf: 'w' })],
      world(['d1']),
    );
    assert.deepEqual(
      over.conflicts.map((c) => c.kind),
      ['sum_mismatch'],
    );
  });

  test('an open figure (`27 على الأقل`) is a step of a rising toll, not its ceiling', () => {
    const r = linkBatch(
      [doc('d1', '2025-05-14'), doc('d2', '2025-05-14'), doc('d3', '2025-05-14')],
      [toll('a', 'd1', 12), toll('b', 'd2', 27, { q: 'at_least' }), toll('c', 'd3', 41)],
      world(['d1', 'd2', 'd3']),
    );
    assert.deepEqual(
      r.conflicts.map((c) => [c.kind, c.claims]),
      [['revision', ['a', 'b', 'c']]],
    );
    assert.match(r.conflicts[0]!.note, /12 .*→ ≥27 .*→ 41 /);
  });

  test("a party's count is its own line: no step of a network's toll, and a later lower count disagrees with it", () => {
    const r = linkBatch(
      [doc('d1', '2025-08-12'), doc('d2', '2025-08-12'), doc('d3', '2025-08-13')],
      [
        toll('n40', 'd1', 40, { kind: 'civilians', speaker: DOCTORS }),
        toll('army', 'd2', 120, { kind: 'civilians', speaker: ARMY }),
        toll('n63', 'd3', 63, { speaker: DOCTORS }),
      ],
      world(['d1', 'd2', 'd3']),
    );
    const kinds = r.conflicts.map((c) => [c.kind, [...c.claims].sort()]);
    assert.deepEqual(kinds, [
      ['revision', ['n40', 'n63']],
      ['disagreement', ['army', 'n63']],
    ]);
    // One line's later figure above half of its earlier one is a recount, not a disagreement.
    const recount = linkBatch(
      [doc('d1', '2025-08-12'), doc('d2', '2025-08-13')],
      [toll('m70', 'd1', 70, { speaker: MINISTRY }), toll('m63', 'd2', 63, { speaker: DOCTORS })],
      world(['d1', 'd2']),
    );
    assert.deepEqual(recount.conflicts, []);
  });

  test("another source's step that a source's own later figure stays below is a rival count, not the source's next step", () => {
    const COMMITTEE: Hop = { name: 'committee', kind: 'organization', entity: 'committee' };
    const WITNESS: Hop = { name: 'a witness', kind: 'anonymous' };
    const r = linkBatch(
      [doc('d1', '2025-08-12'), doc('d2', '2025-08-12'), doc('d3', '2025-08-13')],
      [
        toll('n40', 'd1', 40, { speaker: DOCTORS }),
        // The committee's report also counts the dead of one building: no step either.
        toll('w30', 'd2', 30, { speaker: WITNESS }),
        toll('c70', 'd2', 70, { q: 'at_least', speaker: COMMITTEE }),
        toll('n63', 'd3', 63, { speaker: DOCTORS }),
      ],
      world(['d1', 'd2', 'd3']),
    );
    const revision = r.conflicts.filter((c) => c.kind === 'revision');
    assert.deepEqual(
      revision.map((c) => c.claims),
      [['n40', 'n63']],
    );
    // With no later figure of its own below it, the other source's step is the toll's next step.
    const rising = linkBatch(
      [doc('d1', '2025-08-12'), doc('d2', '2025-08-12'), doc('d3', '2025-08-13')],
      [
        toll('n40', 'd1', 40, { speaker: DOCTORS }),
        toll('c70', 'd2', 70, { q: 'at_least', speaker: COMMITTEE }),
        toll('n83', 'd3', 83, { speaker: DOCTORS }),
      ],
      world(['d1', 'd2', 'd3']),
    );
    assert.deepEqual(
      rising.conflicts.filter((c) => c.kind === 'revision').map((c) => c.claims),
      [['n40', 'c70', 'n83']],
    );
  });

  test('a figure a report states itself and gives to a named source too is one rival, not two', () => {
    const r = linkBatch(
      [doc('d1', '2025-08-12'), doc('d2', '2025-08-13')],
      [
        toll('army', 'd1', 120, { kind: 'civilians', speaker: ARMY }),
        toll('head', 'd2', 63),
        toll('body', 'd2', 63, { speaker: DOCTORS }),
      ],
      world(['d1', 'd2']),
    );
    const disagreements = r.conflicts.filter((c) => c.kind === 'disagreement');
    assert.equal(disagreements.length, 1);
    assert.ok(disagreements[0]!.claims.includes('body'));
  });

  test("in an event of one day, a toll dated to its own report's later day is the toll so far", () => {
    const r = linkBatch(
      [doc('d1', '2025-08-12'), doc('d2', '2025-08-12'), doc('d3', '2025-08-13')],
      [
        toll('n40', 'd1', 40, { speaker: DOCTORS, date: '2025-08-11' }),
        toll('m35', 'd2', 35, { speaker: MINISTRY, date: '2025-08-11' }),
        // `قالت الشبكة اليوم الأربعاء إن عدد القتلى ارتفع إلى 63`: the day it was told.
        toll('n63', 'd3', 63, { speaker: DOCTORS, date: '2025-08-13' }),
      ],
      world(['d1', 'd2', 'd3']),
    );
    assert.equal(r.incidents.length, 1);
    assert.deepEqual(
      r.conflicts.filter((c) => c.kind === 'revision').map((c) => c.claims),
      [['m35', 'n40', 'n63']],
    );
  });

  test('a report of no known day is no rival of a rising toll, unless two parties oppose', () => {
    // The ministry's 9 and 33 on two days, and an undated report's figure between or above them.
    const rising = (id: string, figure: number) =>
      linkBatch(
        [doc('d1', '2025-04-24'), doc('d2', null), doc('d3', '2025-04-25')],
        [
          toll('m9', 'd1', 9, { speaker: MINISTRY }),
          toll(id, 'd2', figure),
          toll('m33', 'd3', 33, { speaker: MINISTRY }),
        ],
        world(['d1', 'd2', 'd3']),
      );
    const r = rising('s21', 21);
    // Between two dated steps, it is the step between them.
    assert.deepEqual(
      r.conflicts.map((c) => [c.kind, c.claims]),
      [['revision', ['m9', 's21', 'm33']]],
    );
    assert.match(r.conflicts[0]!.note, /9 .*→ 21 \(undated, .*→ 33 /);
    // Above the last step it cannot be placed: no step, and no rival either.
    const above = rising('s50', 50);
    assert.deepEqual(
      above.conflicts.map((c) => [c.kind, c.claims]),
      [['revision', ['m9', 'm33']]],
    );
    const opposed = linkBatch(
      [doc('d1', '2025-04-24'), doc('d2', null)],
      [toll('x', 'd1', 9, { speaker: ARMY }), toll('y', 'd2', 40, { speaker: B_STATEMENT })],
      world(['d1', 'd2']),
    );
    assert.deepEqual(
      opposed.conflicts.map((c) => c.kind),
      ['disagreement'],
    );
  });

  test('a denial rejects the figures it reaches, not an open figure below it', () => {
    const r = linkBatch(
      [doc('d1', '2025-08-12'), doc('d2', '2025-08-12'), doc('d3', '2025-08-12')],
      [
        toll('n40', 'd1', 40, { q: 'at_least', speaker: DOCTORS }),
        toll('army', 'd2', 120, { speaker: ARMY }),
        toll('deny', 'd3', 120, { speaker: B_STATEMENT, stance: 'denied' }),
      ],
      world(['d1', 'd2', 'd3']),
    );
    const denial = r.conflicts.find((c) => c.kind === 'denial');
    assert.deepEqual(denial?.claims, ['deny', 'army']);
    // An open figure that reaches the denied one is rejected with it.
    const open = linkBatch(
      [doc('d1', '2025-08-12'), doc('d3', '2025-08-12')],
      [
        toll('n150', 'd1', 150, { q: 'at_least', speaker: DOCTORS }),
        toll('deny', 'd3', 120, { speaker: B_STATEMENT, stance: 'denied' }),
      ],
      world(['d1', 'd3']),
    );
    assert.deepEqual(open.conflicts.find((c) => c.kind === 'denial')?.claims, ['deny', 'n150']);
  });

  test('estimates count a rising toll at its latest step; two named sources of one day both stay', () => {
    const r = linkBatch(
      [doc('d1', '2025-05-14'), doc('d2', '2025-05-14'), doc('d3', '2025-05-14'), doc('d4', '2025-05-15')],
      [
        toll('a', 'd1', 12),
        toll('b', 'd2', 27),
        toll('c', 'd3', 41),
        toll('d', 'd4', 53, { speaker: MINISTRY }),
      ],
      world(['d1', 'd2', 'd3', 'd4']),
    );
    const e = r.incidents[0]!.estimates.find((x) => x.category === 'killed')!;
    assert.deepEqual([e.low, e.best, e.high, e.conservative], [53, 53, 53, 53]);
    assert.match(e.basis, /earlier steps of the rising toll: 12, 27, 41/);
    const named = linkBatch(
      [doc('d1', '2025-05-14'), doc('d2', '2025-05-14')],
      [toll('a', 'd1', 17, { speaker: MINISTRY }), toll('b', 'd2', 74, { speaker: DOCTORS })],
      world(['d1', 'd2']),
    );
    const n = named.incidents[0]!.estimates.find((x) => x.category === 'killed')!;
    assert.deepEqual([n.low, n.high], [17, 74]);
  });

  test('a vague amount is a floor: it contradicts a figure below it, never one above it', () => {
    // One report sets two named sources side by side: their figures are compared.
    const run = (vague: [number, number], figure: number) =>
      linkBatch(
        [doc('d', '2018-05-15')],
        [
          toll('precise', 'd', figure, { category: 'wounded', speaker: MINISTRY }),
          claim({
            id: 'vague',
            doc: 'd',
            n: vague,
            q: 'vague',
            category: 'wounded',
            group: null,
            kind: 'unknown',
            place: 'city',
            speaker: DOCTORS,
          }),
        ],
        world(['d']),
      ).conflicts.filter((c) => c.kind === 'disagreement');
    // `مئات الجرحى` beside 2271 wounded: hundreds and more, no rival count.
    assert.deepEqual(run([100, 999], 2271), []);
    // `مئات الجرحى` beside 40: the hundreds exceed the figure.
    assert.equal(run([100, 999], 40).length, 1);
  });

  test('a report that states the earlier step itself supersedes it on its own day', () => {
    const PRELIMINARY: Hop = { name: 'a first toll', kind: 'document' };
    const run = (told: boolean) =>
      linkBatch(
        [doc('d1', '2026-02-10'), doc('d2', '2026-02-10')],
        [
          toll('first', 'd1', 2),
          toll('final', 'd2', 3, { speaker: MINISTRY }),
          // `وكانت حصيلة أولية قد أشارت إلى سقوط قتيلين`: the report tells the rise from 2 to 3.
          ...(told ? [toll('told', 'd2', 2, { speaker: PRELIMINARY })] : []),
        ],
        world(['d1', 'd2']),
      );
    const estimateOf = (told: boolean) =>
      run(told).incidents[0]!.estimates.find((x) => x.category === 'killed')!;
    const e = estimateOf(true);
    assert.deepEqual([e.low, e.best, e.high], [3, 3, 3]);
    assert.match(e.basis, /earlier steps of the rising toll: 2/);
    // Nor do the report's two figures disagree: it tells their order itself.
    assert.deepEqual(
      run(true).conflicts.map((c) => c.kind),
      ['revision'],
    );
    // Without it, two reports of one day carry no hour: both stay voices of the day.
    const apart = estimateOf(false);
    assert.deepEqual([apart.low, apart.high], [2, 3]);
  });
});
