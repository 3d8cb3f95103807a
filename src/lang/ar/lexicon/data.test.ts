import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  SPECS,
  checkClitics,
  checkLinks,
  checkMeans,
  checkPhraseClitics,
  checkShared,
  checkTable,
  foldKey,
  readRaw,
} from './tsv-check.js';

const DATA = new URL('../../../../data/ar/', import.meta.url);

function load(file: string): ReturnType<typeof readRaw> {
  return readRaw(file, readFileSync(new URL(file, DATA), 'utf8'));
}

for (const [file, spec] of Object.entries(SPECS)) {
  test(`data/ar/${file}: header, columns, values and folded duplicates`, () => {
    const table = load(file);
    assert.ok(table.rows.length > 0, `${file} has no rows`);
    assert.deepEqual(checkTable(table, spec), []);
  });
}

test('data/ar/gazetteer.tsv: parents exist and demonyms name gazetteer countries', () => {
  assert.deepEqual(checkLinks(load('gazetteer.tsv'), load('demonyms.tsv')), []);
});

test('data/ar/strike-means.tsv: every noun is a strike noun of nouns.tsv', () => {
  assert.deepEqual(checkMeans(load('strike-means.tsv'), load('nouns.tsv')), []);
  const head = 'noun\tmeans\n';
  const bad = readRaw('m.tsv', `${head}طائرة\tair\n`);
  assert.equal(checkMeans(bad, load('nouns.tsv')).length, 1, 'an aircraft counted is not a strike');
});

test('data/ar/gazetteer.tsv: shared names are marked ~ on every row that lists them', () => {
  assert.deepEqual(checkShared(load('gazetteer.tsv')), []);
});

test('checker: a shared name needs ~ on two rows and on none plainly', () => {
  const head = 'id\ttype\tname\taliases\tparent\tcountry\n';
  const gaz = (body: string): ReturnType<typeof readRaw> => readRaw('g.tsv', head + body);
  const ok = 'a\tlocation\t~طرابلس\t-\t-\tLY\nb\tlocation\tمدينة\t~طرابلس\t-\tLB';
  assert.deepEqual(checkShared(gaz(ok)), []);
  assert.deepEqual(checkTable(gaz(ok), SPECS['gazetteer.tsv']!), []);
  assert.equal(checkShared(gaz('a\tlocation\t~طرابلس\t-\t-\tLY')).length, 1);
  assert.equal(checkShared(gaz(ok + '\nc\tlocation\tطرابلس\t-\t-\tLY')).length, 1);
  // Unmarked, the same name on two rows is a duplicate.
  assert.equal(
    checkTable(gaz('a\tlocation\tطرابلس\t-\t-\tLY\nb\tlocation\tطرابلس\t-\t-\tLB'), SPECS['gazetteer.tsv']!)
      .length,
    1,
  );
});

// The checker itself: each rule must catch what it is for.
const nouns = SPECS['nouns.tsv']!;
const HEADER = 'singular\tplurals\tkind\tunit\tcategory\tarmed\tside';

function problems(body: string): string[] {
  return checkTable(readRaw('t.tsv', `# comment\n${HEADER}\n${body}\n`), nouns);
}

test('checker: a clean row passes', () => {
  assert.deepEqual(problems('قتيل\tقتلى\tunknown\tperson\tkilled\t-\t-'), []);
});

test('checker: a side is a gazetteer id, on an armed noun only', () => {
  assert.deepEqual(problems('حوثي\tحوثيون\tcombatants\tperson\t-\tyes\thouthis'), []);
  assert.equal(problems('حوثي\tحوثيون\tcombatants\tperson\t-\tyes\tالحوثيون').length, 1);
  assert.equal(problems('يمني\tيمنيون\tcivilians\tperson\t-\t-\thouthis').length, 1);
});

test('checker: duplicates after folding (ى/ي, ة/ه, hamza, Latin case)', () => {
  assert.equal(
    problems('قتيل\tقتلى\tunknown\tperson\tkilled\t-\t-\nقتلي\t-\tunknown\tperson\tkilled\t-\t-').length,
    1,
  );
  assert.equal(
    problems('جثة\t-\tunknown\tperson\tkilled\t-\t-\nجثه\t-\tunknown\tperson\tkilled\t-\t-').length,
    1,
  );
  assert.equal(foldKey('أصيب/صاب'), 'اصيب/صاب');
  assert.equal(foldKey('فر/فر'), 'فر/فر');
  assert.equal(foldKey('SDF'), foldKey('sdf'));
});

test('checker: column count, enums, clitics and diacritics are reported', () => {
  assert.equal(problems('قتيل\tقتلى\tunknown\tperson\tkilled').length, 1);
  assert.equal(problems('قتيل\tقتلى\tunknown\tperson\tkilld\t-\t-').length, 1);
  assert.equal(problems('قتيل\tقتلى\tpeople\tperson\tkilled\t-\t-').length, 1);
  assert.equal(problems('القتيل\tقتلى\tunknown\tperson\tkilled\t-\t-').length, 1);
  assert.equal(problems('قَتيل\tقتلى\tunknown\tperson\tkilled\t-\t-').length, 1);
  assert.equal(problems('قتيل\t\tunknown\tperson\tkilled\t-\t-').length, 1);
  assert.equal(checkTable(readRaw('t.tsv', 'singular\tkind\n'), nouns).length, 1);
});

test('checker: verb forms and parent links', () => {
  const events = SPECS['events.tsv']!;
  const check = (row: string): string[] =>
    checkTable(readRaw('e.tsv', `form\ttype\tcategory\tnote\n${row}\n`), events);
  assert.deepEqual(check('أصيب/صاب\tverb\twounded\t-'), []);
  assert.equal(check('أصيب/صاب/ص\tverb\twounded\t-').length, 1);
  assert.equal(check('مقتل/قتل\tnoun\tkilled\t-').length, 1);
  assert.equal(check('يحتجز\tphrase\tarrested\tstock').length, 1);
  const gaz = readRaw(
    'g.tsv',
    'id\ttype\tname\taliases\tparent\tcountry\na\tarmed_group\tأ\t-\tb\t-\nc\tlocation\tسوريا\t-\tc\tSY',
  );
  const dem = readRaw('d.tsv', 'adjective\tvariants\tcountry\nسوري\t-\tسوريا\nروسي\t-\tروسيا');
  assert.equal(checkLinks(gaz, dem).length, 3);
});

test('data/ar/closed-class.tsv: bare words, one clitic rule a class', () => {
  assert.deepEqual(checkClitics(load('closed-class.tsv')), []);
});

test('checker: a closed-class word with a clitic beside its bare form is rejected', () => {
  const table = (body: string): ReturnType<typeof readRaw> =>
    readRaw(
      'c.tsv',
      `word\tclass\tclitics\twritten\n${body
        .split('\n')
        .map((row) => (row.split('\t').length === 3 ? `${row}\t-` : row))
        .join('\n')}`,
    );
  const spec = SPECS['closed-class.tsv']!;
  assert.deepEqual(checkClitics(table('فيما\tcontrast\tany\nبينما\tcontrast\tany')), []);
  assert.equal(checkClitics(table('بينما\tcontrast\tany\nوبينما\tcontrast\tany')).length, 1);
  assert.equal(checkClitics(table('حرب\twar-noun\tany\nالحرب\twar-noun\tany')).length, 1);
  assert.equal(checkClitics(table('حرب\twar-noun\tany\nللحرب\twar-noun\tany')).length, 1);
  // A pronoun suffix counts only where the class takes pronouns.
  assert.equal(checkClitics(table('لكن\tcontrast-break\tpronoun\nلكنه\tcontrast-break\tpronoun')).length, 1);
  assert.deepEqual(checkClitics(table('جانبه\tcontrast\tany\nجانبها\tcontrast\tany')), []);
  // Read as written, a word on a two-letter row is a word of its own (`كيو` Q beside `يو` U); a longer
  // row's clitic form is still the row's.
  assert.deepEqual(checkClitics(table('يو\tletter-name\tnone\nكيو\tletter-name\tnone')), []);
  assert.equal(checkClitics(table('إكس\tletter-name\tnone\nوإكس\tletter-name\tnone')).length, 1);
  // One rule a class; a class or rule the reader does not know.
  assert.equal(checkClitics(table('فيما\tcontrast\tany\nبينما\tcontrast\tnone')).length, 1);
  assert.equal(checkTable(table('فيما\tcontrasts\tany'), spec).length, 1);
  assert.equal(checkTable(table('فيما\tcontrast\tsome'), spec).length, 1);
  assert.equal(checkTable(table('فيما\tcontrast\tany\nفيما\tcontrast\tany'), spec).length, 1);
  assert.deepEqual(checkTable(table('غير\tcontrast-break\tpronoun\nغير\tdenied-content\tany'), spec), []);
  // Written forms, clitics included, only in a class read as written, and each listed once.
  assert.deepEqual(checkTable(table('وسط\tfunction-word\tnone\tبوسط'), spec), []);
  assert.deepEqual(checkClitics(table('وسط\tfunction-word\tnone\tبوسط')), []);
  assert.equal(checkTable(table('وسط\tcontrast\tany\tبوسط'), spec).length, 1);
  assert.equal(
    checkTable(table('وسط\tfunction-word\tnone\tبوسط\nبوسط\tfunction-word\tnone'), spec).length,
    1,
  );
  assert.equal(checkClitics(table('وسط\tfunction-word\tnone\nبوسط\tfunction-word\tnone')).length, 1);
});

test('data/ar/phrases.tsv: first words bare where the bare phrase is listed', () => {
  assert.deepEqual(checkPhraseClitics(load('phrases.tsv')), []);
});

test('checker: a phrase with a clitic beside its bare form is rejected; written forms carry clitics', () => {
  const table = (body: string): ReturnType<typeof readRaw> =>
    readRaw('p.tsv', `phrase\tclass\twritten\n${body}`);
  const spec = SPECS['phrases.tsv']!;
  const ok = table('حسب\toutlet-citation\tبحسب\nنقلا عن\toutlet-citation\t-');
  assert.deepEqual(checkTable(ok, spec), []);
  assert.deepEqual(checkPhraseClitics(ok), []);
  assert.equal(checkPhraseClitics(table('حسب\toutlet-citation\t-\nبحسب\toutlet-citation\t-')).length, 1);
  assert.equal(
    checkPhraseClitics(table('ذات صلة\tboilerplate-may-interest\t-\nوذات صلة\tboilerplate-may-interest\t-'))
      .length,
    1,
  );
  assert.equal(
    checkPhraseClitics(table('تعليقات\tboilerplate-comments\t-\nالتعليقات\tboilerplate-comments\t-')).length,
    1,
  );
  // A first word that only looks like a clitic form, with no bare row beside it, is the word itself.
  assert.deepEqual(checkPhraseClitics(table('البريدية\tpromo-word\t-\nبريدك\tpromo-word\t-')), []);
  // Cells: a class the readers do not know, a duplicate once folded, an empty written cell, harakat.
  assert.equal(checkTable(table('حسب\toutlet-citations\t-'), spec).length, 1);
  assert.equal(checkTable(table('صحيفة\toutlet-citation\t-\nصحيفه\toutlet-citation\t-'), spec).length, 1);
  assert.equal(checkTable(table('حسب\toutlet-citation\t'), spec).length, 1);
  assert.equal(checkTable(table('حَسب\toutlet-citation\t-'), spec).length, 1);
  // The same phrase in two classes is two entries.
  assert.deepEqual(checkTable(table('تابعوا\tfollow-verb\t-\nتابعوا\tboilerplate-social-verb\t-'), spec), []);
});

test('data/ar/phrases.tsv: no statement noun ends another (told.ts reads its boundary behind the noun)', () => {
  const nouns = load('phrases.tsv')
    .rows.filter(({ cells }) => cells[1] === 'statement-noun')
    .flatMap(({ cells }) => [cells[0]!, ...(cells[2] === '-' ? [] : cells[2]!.split('|'))])
    .map(foldKey);
  assert.ok(nouns.length > 0);
  for (const a of nouns)
    for (const b of nouns) assert.ok(a === b || !a.endsWith(b), `«${a}» ends with «${b}»`);
});
