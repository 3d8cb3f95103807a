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
import { linkBatch } from './index.js';
import type { LinkDocument } from './index.js';
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
  readonly partOf?: string;
  readonly place?: string;
  readonly scope?: 'background';
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
    ...(s.date ? { time: { date: s.date } } : {}),
    ...(s.partOf ? { partOf: s.partOf } : {}),
    ...(s.place ? { location: { name: s.place, entity: s.place } } : {}),
    ...(s.scope ? { scope: s.scope } : {}),
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
    entity('country', 'location', 'Country', docs),
    entity('province', 'location', 'Province', docs, 'country'),
    entity('city', 'location', 'City', docs, 'province'),
  ];
}

describe('conflicts', () => {
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
