import { test } from 'node:test';
import assert from 'node:assert/strict';
import { examples } from '../testing/examples.js';
import { UCDP_COLUMNS, toUcdp, ucdpRows } from './ucdp.js';
import { parseCsv, records } from './table.js';

// UCDP GED Codebook (version 23.1 and later): every variable of the event dataset.
const GED_CODEBOOK = [
  'id',
  'relid',
  'year',
  'active_year',
  'code_status',
  'type_of_violence',
  'conflict_dset_id',
  'conflict_new_id',
  'conflict_name',
  'dyad_dset_id',
  'dyad_new_id',
  'dyad_name',
  'side_a_dset_id',
  'side_a_new_id',
  'side_a',
  'side_b_dset_id',
  'side_b_new_id',
  'side_b',
  'number_of_sources',
  'source_article',
  'source_office',
  'source_date',
  'source_headline',
  'source_original',
  'where_prec',
  'where_coordinates',
  'where_description',
  'adm_1',
  'adm_2',
  'latitude',
  'longitude',
  'geom_wkt',
  'priogrid_gid',
  'country',
  'country_id',
  'region',
  'event_clarity',
  'date_prec',
  'date_start',
  'date_end',
  'deaths_a',
  'deaths_b',
  'deaths_civilians',
  'deaths_unknown',
  'best',
  'high',
  'low',
  'gwnoa',
  'gwnob',
];
// The variables the export must give (the ones a GED user reads for an event's who, where, when, how many).
const REQUIRED = [
  'side_a',
  'side_b',
  'dyad_name',
  'date_start',
  'date_end',
  'date_prec',
  'where_prec',
  'latitude',
  'longitude',
  'country',
  'adm_1',
  'adm_2',
  'deaths_a',
  'deaths_b',
  'deaths_civilians',
  'deaths_unknown',
  'low',
  'best',
  'high',
  'source_article',
  'source_original',
  'source_headline',
];

test('every UCDP column is a GED codebook variable, in the codebook’s order, and none required is missing', () => {
  for (const c of UCDP_COLUMNS) assert.ok(GED_CODEBOOK.includes(c), c);
  const order = UCDP_COLUMNS.map((c) => GED_CODEBOOK.indexOf(c));
  assert.deepEqual(
    order,
    [...order].sort((a, b) => a - b),
  );
  for (const c of REQUIRED) assert.ok((UCDP_COLUMNS as readonly string[]).includes(c), c);
});

test('the example reports: a UCDP row for the prison attack in Hasakah, deaths by side adding up to best', () => {
  const { result } = examples();
  const prison = result.incidents.find((i) => i.documents.length === 5);
  const row = ucdpRows(result).find((r) => r.id === prison?.id);
  assert.ok(row);
  assert.equal(row.adm_1, 'Al-Hasakah');
  assert.equal(row.country, 'Syria');
  assert.equal(row.where_prec, 1);
  assert.equal(row.type_of_violence, 2);
  assert.deepEqual([row.side_a, row.side_b].sort(), ['Islamic State', 'Syrian Democratic Forces']);
  assert.equal(row.number_of_sources, 5);
  const low = Number(row.low);
  const best = Number(row.best);
  const high = Number(row.high);
  assert.ok(low <= best && best <= high, `${low} ≤ ${best} ≤ ${high}`);
  const bySide = ['deaths_a', 'deaths_b', 'deaths_civilians', 'deaths_unknown'] as const;
  assert.equal(
    bySide.reduce((s, c) => s + Number(row[c]), 0),
    best,
  );
  // Civilians counted within a side's total are moved to the civilians.
  assert.ok(Number(row.deaths_civilians) > 0);
  assert.match(String(row.geom_wkt), /^POINT \(40\.\d+ 36\.\d+\)$/);
});

test('the CSV round-trips', () => {
  const { result } = examples();
  const rows = ucdpRows(result);
  const back = records(parseCsv(toUcdp(result)));
  assert.equal(back.length, rows.length);
  back.forEach((r, i) => {
    for (const c of UCDP_COLUMNS) {
      const v = rows[i]?.[c];
      assert.equal(r[c], v === null || v === undefined ? '' : String(v), c);
    }
  });
});
