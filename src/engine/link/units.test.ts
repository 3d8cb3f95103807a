import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Category, Claim, Entity } from '../../types.js';
import { dayOf } from './days.js';
import { EntityIndex } from './sides.js';
import { earlierEvent, unitsOf } from './units.js';

// A country with two provinces: a capital city and a town of the other province.
function place(id: string, parent?: string): Entity {
  return {
    id,
    type: 'location',
    name: id,
    aliases: [],
    mentions: [],
    ...(parent ? { parent } : { country: 'CT' }),
  };
}
const index = new EntityIndex([
  place('country'),
  place('capital_province', 'country'),
  place('capital', 'capital_province'),
  place('east', 'country'),
  place('town', 'east'),
]);
const chainOf = (id: string): readonly string[] => index.placeChain(id);

function claim(id: string, n: number, where: string, date?: string, category: Category = 'killed'): Claim {
  return {
    id,
    document: 'r',
    start: 0,
    end: 1,
    text: 'x',
    sentence: { start: 0, end: 1 },
    quantity: { low: n, high: n, point: n, qualifier: 'exact' },
    unit: category === 'strikes' ? 'strike' : 'person',
    category,
    subject: { text: 'x', group: null, kind: 'unknown' },
    stance: 'asserted',
    attribution: [{ name: 'outlet', kind: 'outlet' }],
    location: { name: where, entity: where },
    ...(date ? { time: { date } } : {}),
    rules: ['test'],
  };
}

describe('an earlier event the report recalls', () => {
  // The report of 14 March: strikes on the capital at dawn, caused by an attack on the town a week before.
  const strikes = claim('r#1', 105, 'capital', '2022-03-14', 'strikes');
  const recalled = claim('r#2', 40, 'town', '2022-03-07');

  test('a figure dated a week before, at a place off the chains of the report’s own days, is set aside', () => {
    assert.deepEqual(
      earlierEvent([strikes, recalled], '2022-03-14', chainOf).map((c) => c.id),
      ['r#2'],
    );
  });

  test('it decides neither the main unit’s place nor its event day, and stands there compared with nothing', () => {
    const [main, ...rest] = unitsOf(
      'r',
      '2022-03-14',
      [recalled, strikes],
      [],
      { parties: [], places: new Map() },
      index,
    );
    assert.equal(rest.length, 0);
    assert.equal(main!.place, 'capital');
    assert.equal(main!.eventDay, dayOf('2022-03-14'));
    assert.deepEqual(main!.aside, ['r#2']);
    assert.ok(main!.claims.includes('r#2'));
    assert.deepEqual(main!.figures, ['strikes:105']);
  });

  test('must not: a follow-up at the same place keeps the toll of the event’s day', () => {
    const today = claim('r#3', 500, 'town', '2022-03-14', 'wounded');
    assert.deepEqual(earlierEvent([today, recalled], '2022-03-14', chainOf), []);
  });

  test('must not: a report whose only dated figure is of the earlier day (a toll update) keeps it', () => {
    const undated = claim('r#4', 12, 'capital');
    assert.deepEqual(earlierEvent([undated, recalled], '2022-03-14', chainOf), []);
  });

  test('must not: a figure of the day before yesterday is the report’s own event', () => {
    const twoDays = claim('r#5', 40, 'town', '2022-03-12');
    assert.deepEqual(earlierEvent([strikes, twoDays], '2022-03-14', chainOf), []);
  });

  test('must not: a figure for the whole country is no other place', () => {
    const national = claim('r#6', 40, 'country', '2022-03-07');
    assert.deepEqual(earlierEvent([strikes, national], '2022-03-14', chainOf), []);
  });
});

describe('a round-up’s parties', () => {
  // A report on the capital that closes on the town: each front's figures in their own sentence.
  const atCapital = { ...claim('r#1', 12, 'capital'), sentence: { start: 0, end: 100 } };
  const atTown = { ...claim('r#2', 7, 'town'), sentence: { start: 100, end: 200 } };
  const named = (partyAt: [string, number[]][]) => ({
    parties: partyAt.map(([id]) => id),
    partyAt: new Map(partyAt),
    places: new Map(),
  });

  test('the main unit does not take a party named only in another front’s sentences', () => {
    const [main, other] = unitsOf(
      'r',
      '2022-03-14',
      [atCapital, atTown],
      [],
      named([
        ['east_army', [120, 150, 170]],
        ['capital_police', [40]],
      ]),
      index,
    );
    assert.equal(other!.place, 'town');
    assert.deepEqual(main!.parties, ['capital_police']);
  });

  test('must not: a party named in the main front too, or a report of one front, keeps its parties', () => {
    const both = named([
      ['east_army', [20, 150]],
      ['capital_police', [40]],
    ]);
    assert.deepEqual(unitsOf('r', '2022-03-14', [atCapital, atTown], [], both, index)[0]!.parties, [
      'east_army',
      'capital_police',
    ]);
    const one = named([['east_army', [150]]]);
    assert.deepEqual(unitsOf('r', '2022-03-14', [atCapital], [], one, index)[0]!.parties, ['east_army']);
  });
});
