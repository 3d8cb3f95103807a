// Independent sources: a wire republished by other outlets counts once in the median of `best` and
// as one rival in a disagreement, while every outlet that carried it stays listed. Documents that
// are not copies are counted as before.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeMany } from '../../index.js';
import type { AnalysisResult, Estimate, InputDocument } from '../../types.js';

const WIRE =
  'دير الزور - قتل 40 مدنيا على الأقل في غارات جوية استهدفت سوقا شعبيا في مدينة الميادين بريف دير الزور ' +
  'الشرقي صباح الثلاثاء. وقال شهود إن فرق الإنقاذ ما زالت تبحث عن ناجين تحت أنقاض المباني المدمرة قرب السوق، ' +
  'وسط نقص حاد في المعدات والوقود.';

const doc = (id: string, text: string, source: string, published: string, from?: string): InputDocument => ({
  id,
  text,
  source,
  published,
  ...(from ? { syndicatedFrom: from } : {}),
});

function batch(day2: string, syndicated: boolean): InputDocument[] {
  return [
    doc('a', WIRE, 'وكالة أ', '2018-03-06'),
    doc('b', `${WIRE} (أ)`, 'موقع ب', '2018-03-06', syndicated ? 'a' : undefined),
    doc('c', WIRE.replace('الشرقي', 'الشرقي،'), 'قناة ج', '2018-03-06', syndicated ? 'a' : undefined),
    doc(
      'd',
      'دير الزور - قتل 25 مدنيا في غارات جوية على سوق مدينة الميادين بريف دير الزور الشرقي يوم الثلاثاء، وفق ما أعلنه ناشطون في المدينة.',
      'صحيفة د',
      day2,
    ),
    doc(
      'e',
      'قتل 30 مدنيا في قصف جوي على سوق في الميادين بريف دير الزور الثلاثاء، بينما لا تزال عمليات البحث عن مفقودين جارية.',
      'إذاعة هـ',
      day2,
    ),
  ];
}

function killed(result: AnalysisResult): Estimate {
  const all = result.incidents.flatMap((i) => i.estimates).filter((e) => e.category === 'killed');
  assert.equal(all.length, 1, JSON.stringify(result.incidents, null, 1));
  return all[0]!;
}

test('estimates: three outlets carrying one wire are one voice in the median, and all three stay listed', () => {
  const plain = analyzeMany(batch('2018-03-06', false));
  const copies = analyzeMany(batch('2018-03-06', true));
  assert.equal(new Set(copies.claims.map((c) => c.incident)).size, 1, 'one incident');
  // Without syndication the wire's 40 is said three times: the median of 25, 30, 40, 40, 40 is 40.
  assert.equal(killed(plain).best, 40);
  assert.equal(killed(plain).independentSources, undefined, 'no copies: no new fields');
  assert.equal(killed(plain).outlets, undefined);
  // With it, 40 is one voice among three: the median of 25, 30, 40 is 30.
  const e = killed(copies);
  assert.equal(e.best, 30);
  assert.deepEqual([e.low, e.high, e.conservative], [25, 40, 25]);
  assert.equal(e.independentSources, 3);
  assert.deepEqual(e.outlets, ['وكالة أ', 'موقع ب', 'قناة ج', 'صحيفة د', 'إذاعة هـ']);
  // Each outlet's copy of the high figure is still named among the claims that set it.
  for (const id of ['a#1', 'b#1', 'c#1']) assert.ok(e.claims.includes(id), id);
  assert.match(e.basis, /5 outlets .*3 independent sources/);
  assert.deepEqual(
    copies.documents.map((d) => d.syndicatedFrom ?? null),
    [null, 'a', 'a', null, null],
  );
});

test('conflicts: a later, much lower figure disagrees with the wire once, not once per outlet', () => {
  // d and e report a day later; d's 25 is not under half of 40, so use a lower one.
  const low = (docs: InputDocument[]): InputDocument[] =>
    docs.map((d) => (d.id === 'd' ? { ...d, text: d.text.replace('25', '15') } : d));
  const plain = analyzeMany(low(batch('2018-03-07', false)));
  const copies = analyzeMany(low(batch('2018-03-07', true)));
  const disagreements = (r: AnalysisResult) => r.conflicts.filter((c) => c.kind === 'disagreement');
  assert.equal(disagreements(plain).length, 3, JSON.stringify(plain.conflicts, null, 1));
  const one = disagreements(copies);
  assert.equal(one.length, 1, JSON.stringify(copies.conflicts, null, 1));
  assert.deepEqual([...one[0]!.claims].sort(), ['a#1', 'b#1', 'c#1', 'd#1']);
  assert.equal(one[0]!.independentSources, 2);
  assert.equal(disagreements(plain)[0]!.independentSources, undefined);
});

test('a copy whose origin is not in the batch is read as its own report', () => {
  const r = analyzeMany([doc('b', WIRE, 'موقع ب', '2018-03-06', 'missing-origin')]);
  assert.equal(r.documents[0]!.syndicatedFrom, undefined);
  assert.equal(killed(r).independentSources, undefined);
});
