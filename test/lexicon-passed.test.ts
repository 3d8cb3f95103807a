// The public API reads with the lexicon it is handed (`loadLexicon`), else with its one default; what
// the readers build of a lexicon (tables, bounded caches) is kept on that lexicon, never in a module.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeMany, extract, foldForSearch, loadLexicon, readMany } from '../src/index.js';
import { listedByName } from '../src/lang/ar/entities/batch.js';

const REPORT = 'زار الموقع 40 أمس.';

test('extract reads with the lexicon it is handed, and the default is left as it was', () => {
  const swapped = loadLexicon();
  // `الموقع` heads a label in the swapped lexicon (as `القرار 2254` does): its digits count nothing.
  swapped.closed.add('label-head', 'موقع', 'any');
  const counted = (options: Parameters<typeof extract>[1]): string[] =>
    extract(REPORT, { referenceDate: '2018-05-01', ...options }).quantities.map((q) => q.text);
  assert.deepEqual(counted({}), ['40']);
  assert.deepEqual(counted({ lexicon: swapped }), []);
  assert.deepEqual(counted({}), ['40']);
});

test('analyze, read and fold take the lexicon too', () => {
  const text = 'قال مصدر محلي إن غارة على القرية قتلت 5 مدنيين أمس.';
  const documents = [{ id: 'a', text, published: '2018-05-01' }];
  const swapped = loadLexicon();
  const plain = analyzeMany(documents);
  const mine = analyzeMany(documents, { lexicon: swapped });
  assert.equal(JSON.stringify(mine), JSON.stringify(plain));
  assert.equal(
    JSON.stringify(readMany(documents, { lexicon: swapped })),
    JSON.stringify(readMany(documents)),
  );
  assert.equal(foldForSearch('داعـ.ـش', { lexicon: swapped }), foldForSearch('داعـ.ـش'));
});

test('the table of listed names is kept on the lexicon it was made of', () => {
  const one = loadLexicon();
  const other = loadLexicon();
  const entry = listedByName(one, 'المرصد السوري لحقوق الإنسان');
  assert.ok(entry);
  // A gazetteer entry added to the other lexicon before its first reading is found by its name.
  other.entities.push({ ...entry, id: 'test-body', name: 'هيئة الرصد الشرقية', aliases: [] });
  assert.equal(listedByName(other, 'هيئة الرصد الشرقية')?.id, 'test-body');
  assert.equal(listedByName(one, 'هيئة الرصد الشرقية'), null);
});
