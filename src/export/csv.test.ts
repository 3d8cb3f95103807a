import { test } from 'node:test';
import assert from 'node:assert/strict';
import { examples } from '../testing/examples.js';
import { CLAIM_COLUMNS, claimRows, toClaimsCsv } from './csv.js';
import { parseCsv, records, toCsv } from './table.js';

// Every field of a claim in the contract (CLAIMS.md), as the CSV names it.
const CONTRACT = [
  'id',
  'document',
  'start',
  'end',
  'text',
  'sentence_start',
  'sentence_end',
  'point',
  'low',
  'high',
  'qualifier',
  'unit',
  'category',
  'subject_text',
  'subject_group',
  'subject_kind',
  'stance',
  'chain',
  'time_date',
  'time_start',
  'time_end',
  'time_text',
  'location',
  'location_entity',
  'incident',
  'rules',
];

test('one column per contract field, plus the report and the speaker', () => {
  for (const c of CONTRACT) assert.ok((CLAIM_COLUMNS as readonly string[]).includes(c), c);
  assert.equal(new Set(CLAIM_COLUMNS).size, CLAIM_COLUMNS.length);
});

test('the example reports round-trip: one row per claim, every cell as written', () => {
  const { result, texts } = examples();
  const rows = claimRows(result, { texts });
  const csv = toClaimsCsv(result, { texts });
  assert.ok(csv.startsWith('\uFEFF'));
  assert.ok(csv.endsWith('\r\n'));
  const back = records(parseCsv(csv));
  assert.equal(back.length, result.claims.length);
  back.forEach((r, i) => {
    for (const c of CLAIM_COLUMNS) {
      const v = rows[i]?.[c];
      assert.equal(r[c], v === null || v === undefined ? '' : String(v), `${i} ${c}`);
    }
  });
  // The chain reads outermost first, and the quote is the claim's sentence in the original text.
  const c = result.claims.find((x) => x.attribution.length >= 3);
  const row = back.find((r) => r['id'] === c?.id);
  assert.ok(c && row);
  assert.equal(row['chain']?.split(' ← ').length, c.attribution.length);
  assert.equal(
    row['sentence'],
    texts.get(c.document)?.slice(c.sentence.start, c.sentence.end).replace(/\s+/g, ' ').trim(),
  );
});

test('RFC 4180 quoting, no BOM on request, and cells a spreadsheet would run as formulas are defused', () => {
  const csv = toCsv(
    ['a', 'b'],
    [
      { a: 'x, "y"\nz', b: '=HYPERLINK("http://x")' },
      { a: 12, b: null },
    ],
    { bom: false },
  );
  assert.equal(csv, 'a,b\r\n"x, ""y""\nz","\'=HYPERLINK(""http://x"")"\r\n12,\r\n');
  assert.deepEqual(parseCsv(csv), [
    ['a', 'b'],
    ['x, "y"\nz', '\'=HYPERLINK("http://x")'],
    ['12', ''],
  ]);
});
