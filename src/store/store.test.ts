import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IsnadError } from '../errors.js';
import { loadInputs } from '../ingest/index.js';
import { makePdf } from '../testing/pdf.js';
import { Store } from './store.js';
import { testStoreLocation } from './test-backend.js';
import { migrations as allMigrations } from './migrations.js';
import type { NewDocument } from './store.js';

const examples = fileURLToPath(new URL('../../examples/ghuwayran', import.meta.url));
const reports: NewDocument[] = readdirSync(examples)
  .sort()
  .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(examples, f), 'utf8') }));

let scratch = '';
before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'isnad-store-'));
});
after(() => rmSync(scratch, { recursive: true, force: true }));

async function loaded(): Promise<{ store: Store; id: number }> {
  const store = await Store.open(await testStoreLocation(scratch, null));
  const { id } = await store.createCase('غويران');
  await store.addDocuments(id, reports);
  return { store, id };
}

test('a case holds its documents, claims, incidents, conflicts and timeline', async () => {
  const { store, id } = await loaded();
  const cases = await store.listCases();
  assert.equal(cases.length, 1);
  assert.equal(cases[0]!.documents, 5);
  const claims = await store.listClaims(id);
  assert.equal(claims.total, cases[0]!.claims);
  assert.ok(claims.total > 20);
  const incidents = await store.incidents(id);
  assert.ok(incidents.length >= 1);
  // Every linked claim sits in an incident that lists it.
  for (const c of claims.items) {
    if (!c.incident) continue;
    assert.ok(incidents.find((i) => i.id === c.incident)?.claims?.includes(c.id), c.id);
  }
  assert.ok((await store.conflicts(id)).length > 0);
  assert.ok((await store.timeline(id)).length > 0);
  // Spans point into the stored text.
  const doc = await store.getDocument(id, reports[2]!.id!);
  const text = doc.text as string;
  for (const c of doc.claims as { start: number; end: number; text: string }[])
    assert.equal(text.slice(c.start, c.end), c.text);
  for (const e of doc.entities as { start: number; end: number; text: string }[])
    assert.equal(text.slice(e.start, e.end), e.text);
  assert.ok((doc.dates as unknown[]).length > 0);
  await store.close();
});

test('the same content again is a no-op; a taken id with other content is renamed', async () => {
  const { store, id } = await loaded();
  const before = await store.listClaims(id);
  const again = await store.addDocuments(id, [{ ...reports[0]!, id: 'other-name' }]);
  assert.equal(again[0]!.status, 'duplicate');
  assert.equal(again[0]!.existing, reports[0]!.id);
  assert.equal((await store.getCase(id)).documents, 5);
  const renamed = await store.addDocuments(id, [
    { id: reports[0]!.id!, text: reports[0]!.text + '\nسطر آخر.' },
  ]);
  assert.equal(renamed[0]!.status, 'added');
  assert.equal(renamed[0]!.document, `${reports[0]!.id}~2`);
  const claims = await store.listClaims(id, { document: `${reports[0]!.id}~2` });
  assert.ok(
    claims.items.every(
      (c) => c.id.startsWith(`${reports[0]!.id}~2#`) && c.document === `${reports[0]!.id}~2`,
    ),
  );
  assert.ok(claims.total > 0);
  assert.equal((await store.listClaims(id)).total, before.total + claims.total);
  await store.close();
});

test('bad input is refused per document without losing the others', async () => {
  const store = await Store.open(await testStoreLocation(scratch, null));
  const { id } = await store.createCase('c');
  const out = await store.addDocuments(id, [
    { id: 'empty', text: '   ' },
    { id: 'bad-date', text: 'قتل 3 أشخاص', published: '5/12/2026' },
    reports[1]!,
  ]);
  assert.deepEqual(
    out.map((o) => o.status),
    ['failed', 'failed', 'added'],
  );
  assert.equal((await store.getCase(id)).documents, 1);
  await assert.rejects(
    store.createCase('c'),
    (e: unknown) => e instanceof IsnadError && e.code === 'case_exists',
  );
  await assert.rejects(
    store.createCase('  '),
    (e: unknown) => e instanceof IsnadError && e.code === 'invalid_case',
  );
  await assert.rejects(
    store.listClaims(99),
    (e: unknown) => e instanceof IsnadError && e.code === 'not_found',
  );
  await store.close();
});

test('search folds Arabic letter forms, diacritics, tatweel and digits', async () => {
  const store = await Store.open(await testStoreLocation(scratch, null));
  const { id } = await store.createCase('search');
  await store.addDocuments(id, [
    { id: 'a', text: 'أعلنت وزارة الصحة مقتل ٢٣ شخصاً في القصف على المدينة.' },
    { id: 'b', text: 'قال مسؤول إن عناصر تنظيم داعـ.ـش هاجموا السجن.' },
    { id: 'c', text: 'لا شيء هنا عن 50% من الحالات_' },
  ]);
  const keys = async (q: string): Promise<string[]> =>
    (await store.listDocuments(id, { q })).items.map((d) => d.id);
  assert.deepEqual(await keys('اعلنت'), ['a']);
  assert.deepEqual(await keys('مقتل 23'), ['a']);
  assert.deepEqual(await keys('الصحّة'), ['a']);
  assert.deepEqual(await keys('داعش'), ['b']);
  assert.deepEqual(await keys('%'), ['c']);
  assert.deepEqual(await keys('_'), ['c']);
  assert.deepEqual(await keys('غير موجود'), []);
  await store.close();
});

test('corrections flow into estimates and conflicts, and a rejected claim counts nowhere', async () => {
  const { store, id } = await loaded();
  // A killed claim an estimate counts and no party claims of its enemy (a count of bodies on the
  // ground is evidence, whoever counted): corrected to a side of its own, its figure is the best.
  const counted = new Set(
    (await store.estimates(id)).filter((e) => e.category === 'killed').flatMap((e) => e.claims),
  );
  const killed = (await store.listClaims(id, { category: 'killed' })).items.find(
    (c) => c.incident && counted.has(c.id) && !c.partisan,
  );
  assert.ok(killed);
  const slot = async (): Promise<{ best: number | null; claims: readonly string[] } | undefined> =>
    (await store.estimates(id)).find(
      (e) => e.incident === killed.incident && e.claims.includes(killed.id) && e.category === 'killed',
    );
  assert.ok(await slot());
  const corrected = await store.review(id, killed.id, {
    action: 'correct',
    // A plausible day's toll: figures in the hundreds of thousands read as war-wide totals and set no estimate.
    changes: { figure: 37, side: 'طرف مصحح' },
    author: 'rana',
    note: 'the text says otherwise',
  });
  assert.equal(corrected.quantity.point, 37);
  assert.equal(corrected.subject.group, 'طرف مصحح');
  assert.equal(corrected.corrected, true);
  assert.equal(corrected.machine?.quantity.point, killed.quantity.point);
  assert.equal(corrected.history.length, 1);
  const est = (await store.estimates(id)).find((e) => e.claims.includes(killed.id));
  assert.equal(est?.group, 'طرف مصحح');
  assert.equal(est?.best, 37);
  assert.equal((await store.listClaims(id, { reviewed: 'corrected' })).total, 1);
  assert.equal((await store.listClaims(id, { group: 'طرف مصحح' })).total, 1);

  // Rejection takes the claim out of every estimate and conflict, and keeps it listed.
  const someConflict = (await store.conflicts(id))[0]!;
  const victim = someConflict.claims[0]!;
  await store.review(id, victim, { action: 'reject', author: 'rana' });
  assert.ok(!(await store.estimates(id)).some((e) => e.claims.includes(victim)));
  assert.ok(!(await store.conflicts(id)).some((c) => c.claims.includes(victim)));
  const rejected = await store.getClaim(id, victim);
  assert.equal(rejected.review, 'rejected');
  assert.equal(rejected.incident, undefined);
  assert.equal((await store.listClaims(id, { reviewed: 'rejected' })).total, 1);

  // Reset returns to the machine's reading.
  await store.review(id, killed.id, { action: 'reset', author: 'rana' });
  const reset = await store.getClaim(id, killed.id);
  assert.equal(reset.quantity.point, killed.quantity.point);
  assert.equal(reset.corrected, false);
  assert.equal(reset.history.length, 2);

  await assert.rejects(
    store.review(id, killed.id, { action: 'correct', changes: { category: 'exploded' }, author: 'x' }),
    (e: unknown) => e instanceof IsnadError && e.code === 'invalid_correction',
  );
  await assert.rejects(
    store.review(id, killed.id, { action: 'correct', changes: { colour: 'red' }, author: 'x' }),
    (e: unknown) => e instanceof IsnadError && e.code === 'invalid_correction',
  );
  await store.close();
});

test('corrections survive re-analysis, and are flagged orphaned where their claim is gone', async () => {
  const path = await testStoreLocation(scratch, 'reanalysis');
  const store = await Store.open(path);
  const { id } = await store.createCase('re');
  await store.addDocuments(id, reports);
  const [first, second] = (await store.listClaims(id, { category: 'killed' })).items;
  assert.ok(first && second);
  await store.review(id, first.id, { action: 'correct', changes: { stance: 'denied' }, author: 'a' });
  await store.review(id, second.id, { action: 'confirm', author: 'a' });

  // A new engine reads the texts again: the corrections find their claims.
  const again = await store.reanalyze(id, { all: true });
  assert.equal(again.documents, 5);
  assert.equal(again.orphaned, 0);
  assert.equal((await store.getClaim(id, first.id)).stance, 'denied');
  assert.equal((await store.getClaim(id, second.id)).review, 'confirmed');

  // A reading that no longer holds the second claim's span: its correction is orphaned, the other stays.
  const row = await store.db
    .selectFrom('documents')
    .select(['id', 'analysis'])
    .where('case_id', '=', id)
    .where('key', '=', second.document)
    .executeTakeFirstOrThrow();
  const analysis = JSON.parse(row.analysis) as { claims: { id: string; start: number; end: number }[] };
  analysis.claims = analysis.claims.map((c) => (c.id === second.id ? { ...c, start: c.start + 1 } : c));
  await store.db
    .updateTable('documents')
    .set({ analysis: JSON.stringify(analysis), engine: 'older' })
    .where('id', '=', row.id)
    .execute();
  await store.relink(id);
  const orphans = (await store.corrections(id, { orphaned: true })) as { claimKey: string }[];
  assert.deepEqual(
    orphans.map((o) => o.claimKey),
    [second.id],
  );
  assert.equal((await store.getClaim(id, second.id)).review, null);
  assert.equal((await store.getClaim(id, first.id)).stance, 'denied');
  // Reading it again with this engine brings the span back, and the correction with it.
  const back = await store.reanalyze(id);
  assert.equal(back.documents, 1);
  assert.equal(back.orphaned, 0);
  assert.equal((await store.getClaim(id, second.id)).review, 'confirmed');
  await store.close();

  // Everything is on disk.
  const reopened = await Store.open(path);
  assert.equal((await reopened.getClaim(id, first.id)).stance, 'denied');
  await reopened.close();
});

test('incidents split and merge by their documents, and the edit survives relinking', async () => {
  const { store, id } = await loaded();
  const incidents = await store.incidents(id);
  const big = incidents.reduce((m, i) => (i.documents.length > m.documents.length ? i : m));
  assert.ok(big.documents.length >= 2, 'an incident of the examples holds several reports');
  const out = big.documents[0]!;
  const parts = await store.splitIncident(id, big.id, [out], 'rana');
  assert.equal(parts.length, 2);
  const alone = parts.find((p) => p.documents.length === 1 && p.documents[0] === out);
  const rest = parts.find((p) => p !== alone);
  assert.ok(alone && rest);
  // Each part names its own parties: those the split-out report names.
  const namedInOut = new Set(
    (await store.entities(id)).filter((e) => e.mentions.some((m) => m.document === out)).map((e) => e.name),
  );
  assert.ok((alone.parties ?? []).length > 0 && (rest.parties ?? []).length > 0);
  for (const p of alone.parties ?? []) assert.ok(namedInOut.has(p), p);
  assert.ok(alone.location && alone.start && rest.start);
  const claimsOfOut = (await store.listClaims(id, { document: out })).items.filter((c) => c.incident);
  assert.ok(claimsOfOut.length > 0 && claimsOfOut.every((c) => c.incident === alone.id));
  assert.equal((await store.incidents(id)).length, incidents.length + 1);
  await store.relink(id);
  assert.equal((await store.incidents(id)).length, incidents.length + 1);
  await assert.rejects(
    store.splitIncident(id, alone.id, [out], 'rana'),
    (e: unknown) => e instanceof IsnadError && e.code === 'invalid_review',
  );

  // Merging the two parts gives one incident again, holding every document of both.
  const merged = await store.mergeIncidents(id, [alone.id, rest.id], 'rana');
  assert.equal((merged as { edited?: boolean }).edited, true);
  for (const d of big.documents) assert.ok(merged.documents.includes(d), d);
  // The merge keeps every party and the whole span of days of its parts.
  for (const p of big.parties ?? []) assert.ok(merged.parties?.includes(p), p);
  assert.equal(merged.location, big.location);
  assert.equal(merged.start, [alone.start!, rest.start!].sort()[0]);
  assert.equal(merged.end, [alone.end!, rest.end!].sort()[1]);
  assert.equal((await store.incidents(id)).length, incidents.length);
  for (const c of (await store.listClaims(id)).items) {
    if ((big.claims ?? []).includes(c.id)) assert.equal(c.incident, merged.id);
  }
  await store.relink(id);
  assert.equal((await store.incidents(id)).length, incidents.length);
  await assert.rejects(
    store.mergeIncidents(id, [merged.id, 'incident-404'], 'rana'),
    (e: unknown) => e instanceof IsnadError && e.code === 'not_found',
  );
  await store.close();
});

test('a republication is kept but its claims count once', async () => {
  const { store, id } = await loaded();
  const doc = reports[3]!.id!;
  const claimsOf = (await store.listClaims(id, { document: doc })).items;
  assert.ok(claimsOf.length > 0);
  await store.markRepublication(id, doc, reports[2]!.id!, 'rana');
  const after = (await store.listClaims(id, { document: doc })).items;
  assert.ok(after.every((c) => c.republication === reports[2]!.id && c.incident === undefined));
  const counted = new Set((await store.estimates(id)).flatMap((e) => e.claims));
  assert.ok(claimsOf.every((c) => !counted.has(c.id)));
  assert.equal(
    (await store.listDocuments(id)).items.find((d) => d.id === doc)?.republicationOf,
    reports[2]!.id,
  );
  await store.markRepublication(id, doc, null, 'rana');
  assert.ok((await store.listClaims(id, { document: doc })).items.some((c) => c.incident));
  await assert.rejects(
    store.markRepublication(id, doc, doc, 'rana'),
    (e: unknown) => e instanceof IsnadError,
  );
  await store.close();
});

test('a write that fails inside its transaction leaves the case as it was', async () => {
  const { store, id } = await loaded();
  const before = await store.exportCase(id);
  // A document row whose linking fails (its stored reading is not JSON) is rolled back whole.
  await assert.rejects(
    store.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('documents')
        .values({
          case_id: id,
          key: 'broken',
          position: 99,
          content_hash: 'x',
          text: 'x',
          search: 'x',
          source: null,
          published: null,
          url: null,
          title: null,
          status: 'analyzed',
          republication_of: null,
          engine: 'x',
          analysis: '{not json',
          claim_count: 0,
          created_at: 'now',
        })
        .execute();
      const { relinkCase } = await import('./relink.js');
      await relinkCase(trx, id, 'now');
    }),
  );
  const after = await store.exportCase(id);
  assert.deepEqual(after, before);
  assert.equal((await store.getCase(id)).documents, 5);
  await store.close();
});

test('a store opened twice migrates once and keeps its data', async () => {
  const path = await testStoreLocation(scratch, 'twice');
  const one = await Store.open(path);
  const { id } = await one.createCase('twice');
  await one.addDocuments(id, reports.slice(0, 2));
  await one.close();
  const two = await Store.open(path);
  assert.equal((await two.getCase(id)).documents, 2);
  const migrations = await two.db
    .selectFrom('isnad_migration' as never)
    .select('name' as never)
    .execute();
  assert.equal(migrations.length, Object.keys(allMigrations('sqlite')).length, 'each migration ran once');
  await two.close();
});

test('a PDF keeps its pages in the store, through re-analysis, and the document gives them', async () => {
  const file = join(scratch, 'sitrep.pdf');
  writeFileSync(
    file,
    makePdf([['Situation report No. 3'], ['قتل 12 مدنيا في قصف على السوق.', 'Page 2 of 2']]),
  );
  const loaded = loadInputs([file]);
  const pages = loaded.documents[0]!.pages!;
  assert.equal(pages.length, 2);
  const store = await Store.open(':memory:');
  const { id } = await store.createCase('pages');
  await store.addDocuments(id, loaded.documents);
  const read = async (): Promise<void> => {
    const doc = await store.getDocument(id, 'sitrep');
    assert.deepEqual(doc.pages, pages);
    assert.deepEqual((doc.info as { pages?: unknown }).pages, pages);
    const text = doc.text as string;
    const claims = doc.claims as { start: number; text: string }[];
    assert.ok(claims.some((c) => c.text.includes('12')));
    for (const c of claims) assert.ok(c.start >= pages[1]!.start && c.start < pages[1]!.end, 'on page 2');
    assert.equal(text.slice(pages[0]!.start, pages[0]!.end), 'Situation report No. 3');
  };
  await read();
  await store.reanalyze(id, { all: true });
  await read();
  // A text without pages has none.
  await store.addDocuments(id, [reports[0]!]);
  assert.equal((await store.getDocument(id, reports[0]!.id!)).pages, null);
  await store.close();
});
