// Coordinates and admin areas for named places, from data/geo/places.tsv (generated from GeoNames by
// scripts/geo/build-places.mjs and committed). Language-free: a place is looked up by its country and
// one of its English names, as the gazetteer's entities carry them in the JSON contract (`aliases`,
// `country`); a place that is not in the table, or is there without coordinates, says why.

import { readFileSync } from 'node:fs';
import { IsnadError } from '../errors.js';

/**
 * How a name is placed: `country` (at its capital), `admin1` (a province, at its seat),
 * `admin1_seat` (a name a province shares with its seat, coded at the seat), `place` (a town),
 * `near` (a facility, coded at the town that names it).
 */
export type GeoLevel = 'country' | 'admin1' | 'admin1_seat' | 'place' | 'near';

export interface GeoPlace {
  readonly country: string;
  /** The English name the place joined by. */
  readonly name: string;
  readonly level: GeoLevel;
  readonly latitude: number;
  readonly longitude: number;
  readonly admin1: string;
  readonly admin2: string;
  /** GeoNames' own name of the point (`Al Ḩasakah`) and its id, when known. */
  readonly geonamesName: string;
  readonly geonamesId: string;
  /** How the join was made. */
  readonly note: string;
}

export interface GeoCountry {
  readonly iso2: string;
  readonly iso3: string;
  /** ISO 3166-1 numeric (ACLED's `iso`). */
  readonly numeric: number | null;
  readonly name: string;
  /** ACLED's region. */
  readonly region: string;
}

/** The subset of an entity of the JSON contract that a lookup needs. */
export interface NamedPlace {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly country?: string;
}

export type GeoJoin =
  | { readonly joined: true; readonly place: GeoPlace }
  | { readonly joined: false; readonly reason: string };

interface Tables {
  readonly places: ReadonlyMap<string, GeoPlace | { readonly unjoined: string }>;
  readonly countries: ReadonlyMap<string, GeoCountry>;
}

const DATA_ROOT = new URL('../../data/geo/', import.meta.url);
let tables: Tables | undefined;

function rows(name: string): Record<string, string>[] {
  let raw: string;
  try {
    raw = readFileSync(new URL(name, DATA_ROOT), 'utf8');
  } catch (cause) {
    throw new IsnadError('geo_missing', `cannot read data/geo/${name}: ${(cause as Error).message}`);
  }
  const lines = raw.split('\n').filter((l) => l !== '' && !l.startsWith('#'));
  const header = (lines.shift() ?? '').split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(header.map((h, i) => [h, cells[i] === '-' ? '' : (cells[i] ?? '')]));
  });
}

const keyOf = (country: string, name: string): string => `${country}|${name.toLowerCase()}`;

function load(): Tables {
  if (tables) return tables;
  const places = new Map<string, GeoPlace | { unjoined: string }>();
  for (const r of rows('places.tsv')) {
    const country = r['country'] ?? '';
    const name = r['name'] ?? '';
    if (r['status'] !== 'joined') {
      places.set(keyOf(country, name), { unjoined: r['note'] ?? 'not joined' });
      continue;
    }
    places.set(keyOf(country, name), {
      country,
      name,
      level: r['level'] as GeoLevel,
      latitude: Number(r['latitude']),
      longitude: Number(r['longitude']),
      admin1: r['admin1'] ?? '',
      admin2: r['admin2'] ?? '',
      geonamesName: r['geonames_name'] ?? '',
      geonamesId: r['geonames_id'] ?? '',
      note: r['note'] ?? '',
    });
  }
  const countries = new Map<string, GeoCountry>();
  for (const r of rows('countries.tsv')) {
    const iso2 = r['iso2'] ?? '';
    countries.set(iso2, {
      iso2,
      iso3: r['iso3'] ?? '',
      numeric: r['numeric'] ? Number(r['numeric']) : null,
      name: r['name'] ?? '',
      region: r['region'] ?? '',
    });
  }
  tables = { places, countries };
  return tables;
}

/** Latin-script names among an entity's aliases: the gazetteer's English names. */
export function englishNames(entity: Pick<NamedPlace, 'name' | 'aliases'>): string[] {
  return [entity.name, ...entity.aliases].filter(
    (n) => /\p{Script=Latin}/u.test(n) && !/\p{Script=Arabic}/u.test(n),
  );
}

/** Coordinates and admin areas of a named place, or why there are none. */
export function locatePlace(entity: NamedPlace): GeoJoin {
  const names = englishNames(entity);
  if (names.length === 0)
    return { joined: false, reason: `${entity.name} has no English name in the gazetteer` };
  if (!entity.country) return { joined: false, reason: `${names[0]} has no single country in the gazetteer` };
  const { places } = load();
  let reason: string | undefined;
  for (const name of names) {
    const found = places.get(keyOf(entity.country, name));
    if (found && 'unjoined' in found) reason ??= `${name}: ${found.unjoined}`;
    else if (found) return { joined: true, place: found };
  }
  return { joined: false, reason: reason ?? `${names[0]} (${entity.country}) is not in the geo table` };
}

export function countryInfo(iso2: string | undefined): GeoCountry | undefined {
  return iso2 ? load().countries.get(iso2) : undefined;
}

/** GeoNames' name of a point without its diacritics (`Al Ḩasakah` → `Al Hasakah`), as ACLED writes names. */
export function asciiName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘ʿʾ]/g, "'");
}
