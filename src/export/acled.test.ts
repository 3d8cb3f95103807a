import { test } from 'node:test';
import assert from 'node:assert/strict';
import { examples, resultOf } from '../testing/examples.js';
import type { Claim, Entity, Incident } from '../types.js';
import { ACLED_COLUMNS, acledRows, toAcled } from './acled.js';
import { airwarsRecords } from './airwars.js';
import { ucdpRows } from './ucdp.js';
import { parseCsv, records } from './table.js';

// ACLED Codebook (2023 and later): the columns of an ACLED export, in order.
const CODEBOOK = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
];
// ACLED's event types and their sub-event types.
const EVENT_TYPES: Record<string, string[]> = {
  Battles: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Explosions/Remote violence': [
    'Chemical weapon',
    'Air/drone strike',
    'Suicide bomb',
    'Shelling/artillery/missile attack',
    'Remote explosive/landmine/IED',
    'Grenade',
  ],
  'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
  Protests: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  Riots: ['Violent demonstration', 'Mob violence'],
  'Strategic developments': [
    'Agreement',
    'Arrests',
    'Change to group/activity',
    'Disrupted weapons use',
    'Headquarters or base established',
    'Looting/property destruction',
    'Non-violent transfer of territory',
    'Other',
  ],
};
const DISORDER = ['Political violence', 'Demonstrations', 'Strategic developments'];

test('the ACLED columns are the codebook’s, in its order', () => {
  assert.deepEqual([...ACLED_COLUMNS], CODEBOOK);
});

const now = new Date('2026-01-01T00:00:00Z');

test('the example reports: a battle row for the prison attack, located in Hasakah, disputes in the notes', () => {
  const { result } = examples();
  const rows = acledRows(result, { now });
  const prison = result.incidents.find((i) => i.documents.length === 5);
  assert.ok(prison, 'the five reports form one incident');
  const battle = rows.find(
    (r) => String(r.notes).endsWith(`isnad ${prison.id}.`) && r.event_type === 'Battles',
  );
  assert.ok(battle);
  assert.equal(battle.sub_event_type, 'Armed clash');
  assert.equal(battle.country, 'Syria');
  assert.equal(battle.iso, 760);
  assert.equal(battle.region, 'Middle East');
  assert.equal(battle.admin1, 'Al-Hasakah');
  assert.equal(battle.location, 'Al Hasakah');
  assert.equal(battle.geo_precision, 1);
  assert.ok(
    Math.abs(Number(battle.latitude) - 36.5) < 0.1 && Math.abs(Number(battle.longitude) - 40.75) < 0.1,
  );
  assert.deepEqual([battle.actor1, battle.actor2].sort(), ['Islamic State', 'Syrian Democratic Forces']);
  assert.equal(battle.interaction, 22);
  assert.equal(battle.timestamp, 1767225600);
  // Disputes: the denied escape figure and the revised death toll are in the notes.
  const notes = String(battle.notes);
  assert.match(notes, /\(denial\) escaped/);
  assert.match(notes, /\(revision\) killed/);
  // Fatalities: the conservative figure, parts within a whole counted once.
  const killed = prison.estimates.filter((e) => e.category === 'killed');
  const naive = killed.reduce((s, e) => s + (e.conservative ?? 0), 0);
  assert.ok(Number(battle.fatalities) > 0 && Number(battle.fatalities) <= naive);
  // A part (`بينهم`) sets no estimate: the whole counts it once.
  const parts = new Set(result.claims.filter((c) => c.partOf).map((c) => c.id));
  for (const e of killed) assert.ok(!e.claims.some((c) => parts.has(c)), `${e.group} ${e.kind}`);
  for (const r of rows) {
    assert.ok(DISORDER.includes(String(r.disorder_type)));
    assert.ok(
      EVENT_TYPES[String(r.event_type)]?.includes(String(r.sub_event_type)),
      `${r.event_type}/${r.sub_event_type}`,
    );
  }
});

test('the CSV round-trips: parsed back, every row equals the rows written', () => {
  const { result } = examples();
  const rows = acledRows(result, { now });
  const csv = toAcled(result, { now });
  assert.ok(csv.startsWith('\uFEFF'), 'UTF-8 with a byte-order mark');
  const table = parseCsv(csv);
  assert.deepEqual(table[0], CODEBOOK);
  const back = records(table);
  assert.equal(back.length, rows.length);
  back.forEach((r, i) => {
    for (const c of CODEBOOK) {
      const v = rows[i]?.[c as (typeof ACLED_COLUMNS)[number]];
      assert.equal(r[c], v === null || v === undefined ? '' : String(v), c);
    }
  });
});

// ---- coding rules on small results

const place: Entity = {
  id: 'hasakah',
  type: 'location',
  name: 'الحسكة',
  aliases: ['Hasakah'],
  country: 'SY',
  mentions: [],
};
const group = (id: string, name: string, english: string, type: Entity['type'] = 'armed_group'): Entity => ({
  id,
  type,
  name,
  aliases: [english],
  country: 'SY',
  mentions: [],
});
function claim(id: string, over: Partial<Claim>): Claim {
  return {
    id,
    document: 'd1',
    start: 0,
    end: 1,
    text: '5',
    sentence: { start: 0, end: 1 },
    quantity: { low: 5, high: 5, point: 5, qualifier: 'exact' },
    unit: 'person',
    category: 'killed',
    subject: { text: '', group: null, kind: 'civilians' },
    stance: 'asserted',
    attribution: [{ name: 'Outlet', kind: 'outlet' }],
    rules: [],
    incident: 'i1',
    ...over,
  };
}
function incident(claims: Claim[], estimates: Incident['estimates']): Incident {
  return {
    id: 'i1',
    title: 't',
    documents: ['d1'],
    location: 'الحسكة',
    start: '2022-01-20',
    end: '2022-01-20',
    estimates,
    claims: claims.map((c) => c.id),
  };
}
const est = (over: Partial<Incident['estimates'][number]>): Incident['estimates'][number] => ({
  category: 'killed',
  group: null,
  kind: 'civilians',
  low: 5,
  best: 5,
  high: 5,
  conservative: 5,
  claims: ['c1'],
  basis: '',
  ...over,
});

test('civilians killed with one armed side: violence against civilians, civilian targeting, fatalities', () => {
  const c1 = claim('c1', {});
  const c2 = claim('c2', { category: 'arrested', subject: { text: '', group: 'جماعة', kind: 'combatants' } });
  const result = resultOf({
    documents: [
      {
        id: 'd1',
        source: { name: 'Outlet' },
        published: '2022-01-20',
        title: null,
        language: 'ar',
        boilerplate: [],
      },
    ],
    entities: [place, group('g', 'جماعة', 'Some Group')],
    claims: [c1, c2],
    incidents: [
      incident(
        [c1, c2],
        [
          est({}),
          est({
            category: 'arrested',
            group: 'جماعة',
            kind: 'combatants',
            claims: ['c2'],
            low: 5,
            conservative: 5,
          }),
        ],
      ),
    ],
  });
  const rows = acledRows(result, { now });
  const vac = rows.find((r) => r.event_type === 'Violence against civilians');
  assert.ok(vac);
  assert.equal(vac.civilian_targeting, 'Civilian targeting');
  assert.equal(vac.actor1, 'Some Group');
  assert.equal(vac.actor2, 'Civilians (Syria)');
  assert.equal(vac.interaction, 27);
  assert.equal(vac.fatalities, 5);
  assert.equal(vac.time_precision, 1);
  assert.ok(rows.some((r) => r.event_type === 'Strategic developments' && r.sub_event_type === 'Arrests'));
});

test('state forces against a group: inter 1 and 2, interaction 12; a part is not added to its whole', () => {
  const whole = claim('c1', {
    subject: { text: '', group: 'جيش', kind: 'combatants' },
    quantity: { low: 10, high: 10, point: 10, qualifier: 'exact' },
  });
  const part = claim('c2', {
    subject: { text: '', group: 'جيش', kind: 'staff' },
    partOf: 'c1',
    quantity: { low: 4, high: 4, point: 4, qualifier: 'exact' },
  });
  const enemy = claim('c3', { subject: { text: '', group: 'جماعة', kind: 'combatants' } });
  const result = resultOf({
    entities: [place, group('army', 'جيش', 'Syrian Army', 'government'), group('g', 'جماعة', 'Some Group')],
    claims: [whole, part, enemy],
    incidents: [
      incident(
        [whole, part, enemy],
        [
          est({
            group: 'جيش',
            kind: 'combatants',
            low: 10,
            best: 10,
            high: 10,
            conservative: 10,
            claims: ['c1'],
          }),
          est({ group: 'جيش', kind: 'staff', low: 4, best: 4, high: 4, conservative: 4, claims: ['c2'] }),
          est({ group: 'جماعة', kind: 'combatants', claims: ['c3'] }),
        ],
      ),
    ],
  });
  const [battle] = acledRows(result, { now });
  assert.equal(battle?.event_type, 'Battles');
  assert.equal(battle?.interaction, 12);
  assert.equal(battle?.fatalities, 15);
});

test('an incident whose place does not join: no coordinates, and the notes say why', () => {
  const c1 = claim('c1', {});
  const result = resultOf({
    entities: [{ id: 'x', type: 'location', name: 'مكان', aliases: [], mentions: [] }],
    claims: [c1],
    incidents: [{ ...incident([c1], [est({})]), location: 'مكان' }],
  });
  const [row] = acledRows(result, { now });
  assert.equal(row?.latitude, null);
  assert.equal(row?.geo_precision, null);
  assert.match(String(row?.notes), /not located: مكان has no English name/);
});

test('strikes killing people of no named side: the strike row carries the dead and the force named beside them', () => {
  // «قتل 20 شخصا في غارتين شنتها قوات الجيش على السوق»: the sentence that counts the dead names the
  // state force; the one that counts the strikes does not. A denial by that force names it too,
  // and must not be what names it.
  const sentence = { start: 0, end: 100 };
  const dead = claim('c1', {
    sentence,
    subject: { text: '', group: null, kind: 'unknown' },
    quantity: { low: 20, high: 20, point: 20, qualifier: 'exact' },
  });
  const strikes = claim('c2', {
    category: 'strikes',
    unit: 'strike',
    subject: { text: '', group: null, kind: 'other' },
    sentence: { start: 200, end: 260 },
    quantity: { low: 2, high: 2, point: 2, qualifier: 'exact' },
  });
  const army: Entity = {
    ...group('army', 'جيش', 'Syrian Army', 'government'),
    mentions: [{ document: 'd1', start: 40, end: 50, text: 'جيش' }],
  };
  const result = resultOf({
    entities: [place, army, group('g', 'جماعة', 'Some Group')],
    claims: [dead, strikes],
    incidents: [
      {
        ...incident(
          [dead, strikes],
          [
            est({ kind: 'unknown', low: 20, best: 20, high: 30, conservative: 20, claims: ['c1'] }),
            est({
              category: 'strikes',
              kind: 'other',
              low: 2,
              best: 2,
              high: 2,
              conservative: 2,
              claims: ['c2'],
            }),
          ],
        ),
        parties: ['جيش', 'جماعة'],
      },
    ],
  });
  const rows = acledRows(result, { now });
  assert.equal(rows.length, 1);
  const [row] = rows;
  assert.equal(row?.event_type, 'Explosions/Remote violence');
  assert.equal(row?.sub_event_type, 'Air/drone strike');
  assert.equal(row?.actor1, 'Syrian Army');
  assert.equal(row?.fatalities, 20);
  assert.match(String(row?.notes), /killed, people of no named side: 20–30/);
  // ACLED's id shape: the country code and digits, the same on every export of the same incident.
  assert.match(String(row?.event_id_cnty), /^SYR\d{11}$/);
  assert.equal(acledRows(result, { now })[0]?.event_id_cnty, row?.event_id_cnty);

  // UCDP: the force that struck on side A, the other named party on side B, the dead unknown.
  const [ged] = ucdpRows(result);
  assert.equal(ged?.side_a, 'Syrian Army');
  assert.equal(ged?.side_b, 'Some Group');
  assert.equal(ged?.type_of_violence, 1);
  assert.equal(ged?.deaths_unknown, 20);

  // Airwars: people of no named side killed in strikes, with no fighters counted, are civilians.
  const [record] = airwarsRecords(result);
  assert.equal(record?.civilians_killed_min, 20);
  assert.equal(record?.civilians_killed_max, 30);
  assert.deepEqual(record?.belligerents, ['Syrian Army']);
  assert.match(String(record?.grading_basis), /counted as civilians/);
});

test('people of no named side beside counted fighters stay out of Airwars; no strike, no inferred striker', () => {
  const dead = claim('c1', { subject: { text: '', group: null, kind: 'unknown' } });
  const fighters = claim('c2', { subject: { text: '', group: 'جماعة', kind: 'combatants' } });
  const strikes = claim('c3', {
    category: 'strikes',
    unit: 'strike',
    subject: { text: '', group: null, kind: 'other' },
  });
  const result = resultOf({
    entities: [place, group('g', 'جماعة', 'Some Group')],
    claims: [dead, fighters, strikes],
    incidents: [
      incident(
        [dead, fighters, strikes],
        [
          est({ kind: 'unknown', claims: ['c1'] }),
          est({ group: 'جماعة', kind: 'combatants', claims: ['c2'] }),
          est({ category: 'strikes', kind: 'other', claims: ['c3'] }),
        ],
      ),
    ],
  });
  assert.deepEqual(airwarsRecords(result), []);
  const strike = acledRows(result, { now }).find((r) => r.sub_event_type === 'Air/drone strike');
  assert.equal(strike?.actor1, 'Unidentified Military Forces (Syria)');
});

test('the weapon the strike nouns name sets the sub-event; unnamed shelling is an unidentified armed group', () => {
  const shells = claim('c1', {
    category: 'strikes',
    unit: 'strike',
    means: 'artillery',
    subject: { text: '', group: null, kind: 'other' },
  });
  const rocket = claim('c2', { ...shells, id: 'c2', means: 'missile' });
  const raid = claim('c3', { ...shells, id: 'c3', means: 'air' });
  const result = resultOf({
    entities: [place],
    claims: [shells, rocket, raid],
    incidents: [
      incident(
        [shells, rocket, raid],
        [est({ category: 'strikes', kind: 'other', claims: ['c1', 'c2', 'c3'] })],
      ),
    ],
  });
  const [row] = acledRows(result, { now });
  assert.equal(row?.sub_event_type, 'Shelling/artillery/missile attack');
  assert.equal(row?.actor1, 'Unidentified Armed Group (Syria)');
  assert.equal(row?.inter1, 3);
  // No noun names a weapon: air strikes, by unidentified military forces, and the notes say so.
  const { means: _means, ...bareShells } = shells;
  const bare = resultOf({
    entities: [place],
    claims: [bareShells],
    incidents: [incident([shells], [est({ category: 'strikes', kind: 'other', claims: ['c1'] })])],
  });
  const [air] = acledRows(bare, { now });
  assert.equal(air?.sub_event_type, 'Air/drone strike');
  assert.equal(air?.actor1, 'Unidentified Military Forces (Syria)');
  assert.match(String(air?.notes), /no report names the weapon/);
});

test('the event date is the day the figures give, not the first date a report mentions', () => {
  const thursday = { date: '2022-01-20', text: 'الخميس' };
  const c1 = claim('c1', { time: thursday });
  const c2 = claim('c2', { time: thursday, document: 'd2' });
  const c3 = claim('c3', { time: { date: '2022-01-21', text: 'الجمعة' }, document: 'd2' });
  const result = resultOf({
    entities: [place],
    claims: [c1, c2, c3],
    incidents: [
      // The incident opens on a Wednesday a report mentions for something else.
      {
        ...incident([c1, c2, c3], [est({ claims: ['c1', 'c2', 'c3'] })]),
        start: '2022-01-19',
        end: '2022-01-21',
      },
    ],
  });
  const [row] = acledRows(result, { now });
  assert.equal(row?.event_date, '2022-01-20');
  assert.equal(row?.time_precision, 2, 'the dated figures span two days');
  const one = resultOf({
    entities: [place],
    claims: [c1, c2],
    incidents: [
      { ...incident([c1, c2], [est({ claims: ['c1', 'c2'] })]), start: '2022-01-19', end: '2022-01-21' },
    ],
  });
  assert.equal(acledRows(one, { now })[0]?.time_precision, 1);
  assert.equal(acledRows(one, { now })[0]?.event_date, '2022-01-20');
});
