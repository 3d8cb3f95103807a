import { test } from 'node:test';
import assert from 'node:assert/strict';
import { examples, resultOf } from '../testing/examples.js';
import type { Claim, Conflict, Entity, Hop, Incident } from '../types.js';
import { AIRWARS_GRADES, airwarsRecords, toAirwars } from './airwars.js';

// Airwars' grading of civilian-harm incidents (its methodology notes).
const AIRWARS_SCALE = ['Confirmed', 'Fair', 'Weak', 'Contested', 'Discounted'];

test('the grades are Airwars’ scale', () => {
  assert.deepEqual([...AIRWARS_GRADES].sort(), [...AIRWARS_SCALE].sort());
});

test('the example reports: the prison attack’s civilian harm as a range with sources and a grade', () => {
  const { result } = examples();
  const records = airwarsRecords(result);
  const prison = records.find((r) => r.sources.length > 1);
  assert.ok(prison);
  assert.ok(AIRWARS_SCALE.includes(prison.grading));
  assert.ok((prison.civilians_killed_min ?? 0) <= (prison.civilians_killed_max ?? 0));
  assert.ok(prison.grading_basis.length > 0);
  assert.ok(prison.claims.every((id) => result.claims.some((c) => c.id === id)));
  assert.deepEqual(JSON.parse(toAirwars(result)), JSON.parse(JSON.stringify(records)));
});

// ---- the grading rules on small results

const sdf: Entity = {
  id: 'sdf',
  type: 'armed_group',
  name: 'قسد',
  aliases: ['SDF'],
  country: 'SY',
  mentions: [],
};
const isis: Entity = {
  id: 'isis',
  type: 'armed_group',
  name: 'داعش',
  aliases: ['Islamic State'],
  mentions: [],
};
const hop = (name: string, over: Partial<Hop> = {}): Hop => ({ name, kind: 'person', ...over });
function harm(id: string, speaker: Hop, over: Partial<Claim> = {}): Claim {
  return {
    id,
    document: `d-${id}`,
    start: 0,
    end: 1,
    text: '4',
    sentence: { start: 0, end: 1 },
    quantity: { low: 4, high: 4, point: 4, qualifier: 'exact' },
    unit: 'person',
    category: 'killed',
    subject: { text: '', group: null, kind: 'civilians' },
    stance: 'asserted',
    attribution: [{ name: `Outlet ${id}`, kind: 'outlet' }, speaker],
    rules: [],
    incident: 'i1',
    ...over,
  };
}
const fighting = (id: string, group: string): Claim =>
  harm(id, hop('x'), { category: 'killed', subject: { text: '', group, kind: 'combatants' } });
function record(claims: Claim[], conflicts: Conflict[] = []) {
  const incident: Incident = {
    id: 'i1',
    title: 't',
    documents: claims.map((c) => c.document),
    estimates: [
      {
        category: 'killed',
        group: null,
        kind: 'civilians',
        low: 4,
        best: 4,
        high: 6,
        conservative: 4,
        claims: claims.map((c) => c.id),
        basis: '',
      },
    ],
    claims: claims.map((c) => c.id),
  };
  return airwarsRecords(resultOf({ entities: [sdf, isis], claims, incidents: [incident], conflicts }))[0];
}
const grade = (claims: Claim[], conflicts: Conflict[] = []): string | undefined =>
  record(claims, conflicts)?.grading;
const basis = (claims: Claim[]): string => record(claims)?.grading_basis ?? '';

test('Weak: a single source', () => {
  assert.equal(grade([harm('a', hop('Local doctor'))]), 'Weak');
});
test('Weak: two spokesmen of one side count as one source', () => {
  assert.equal(
    grade([harm('a', hop('A', { affiliation: 'قسد' })), harm('b', hop('B', { affiliation: 'قسد' }))]),
    'Weak',
  );
});
test('Fair: two independent sources', () => {
  assert.equal(
    grade([harm('a', hop('Local doctor')), harm('b', hop('Rights monitor', { kind: 'organization' }))]),
    'Fair',
  );
});
test('Fair, never Confirmed, when a party to the fighting reports it: the basis names the party for review', () => {
  const claims = [
    harm('a', hop('A', { affiliation: 'قسد' })),
    harm('b', hop('Local doctor')),
    fighting('f1', 'قسد'),
    fighting('f2', 'داعش'),
  ];
  assert.equal(grade(claims), 'Fair');
  assert.match(basis(claims), /SDF, a party to the fighting, is among them/);
});
test('Contested: one source denies what another reports', () => {
  const claims = [
    harm('a', hop('Local doctor')),
    harm('b', hop('Army', { kind: 'organization' }), { stance: 'denied' }),
  ];
  assert.equal(grade(claims, [{ id: 'k1', kind: 'denial', claims: ['b', 'a'], note: '' }]), 'Contested');
});
test('Contested, not Discounted, when the only figures are a party denying harm: a denial discounts nothing', () => {
  assert.equal(grade([harm('a', hop('Army', { kind: 'organization' }), { stance: 'denied' })]), 'Contested');
});
test('Weak: only unconfirmed wording', () => {
  assert.equal(
    grade([
      harm('a', hop('Activists'), { stance: 'uncommitted' }),
      harm('b', hop('Monitor'), { stance: 'possible' }),
    ]),
    'Weak',
  );
});
test('Discounted: the only reports are a party speaking of its enemy’s doing', () => {
  assert.equal(
    grade([
      harm('a', hop('Army', { kind: 'organization' }), { partisan: { speaker: 'جيش', about: 'جماعة' } }),
    ]),
    'Discounted',
  );
});
