// UCDP GED-style rows: one row per incident with deaths, named as in the UCDP GED codebook.
//
// Rules:
//   - side_a / side_b: the incident's two armed sides whose people are counted, a state's forces
//     first when there is one (UCDP puts the government on side A), else the side with more claims;
//     names are the gazetteer's English names. When no side's own people are counted (people of no
//     named side killed in strikes), side_a is the state force that struck as the exports infer it
//     (named where the strikes or their victims are counted) and side_b the other party the incident
//     names. One side only: side_b is empty (UCDP would code it as
//     one-sided violence against civilians when civilians die).
//   - type_of_violence: 1 state-based (a state's forces are a side), 2 non-state (two armed groups),
//     3 one-sided (one armed side and only civilians dead).
//   - low / best / high: sums over the incident's killed estimates (parts within a whole not added
//     again). An estimate with no credible `best` (only vague words) contributes its low, as UCDP
//     needs a best; an open upper bound (`more than 200`) contributes its best.
//   - deaths_a / deaths_b / deaths_civilians / deaths_unknown: the best figures by side; civilians
//     a side's total counts among its dead (`121, among them 4 civilians`) move to the civilians;
//     people of no named side and of a third side are unknown.
//   - where_prec: 1 the town, 2 a part of or a place within 25 km of it (a neighbourhood, a camp),
//     4 a province, 6 the country (UCDP's codes); date_prec: 1 one day, 2 two to six days, 3 a week,
//     4 within a month, 5 longer; event_clarity 1 for a one-day event, 2 for one aggregated over days.
//   - source_article: each report as `outlet, date, "headline"`; source_original: the original
//     speakers of the death figures; source_headline: the reports' headlines.

import { asciiName } from '../geo/places.js';
import type { AnalysisResult, Estimate, Incident } from '../types.js';
import {
  actorName,
  bestOrLow,
  incidentClaims,
  incidentDocuments,
  isoDate,
  locate,
  outletName,
  partsOf,
  sides,
  sourceGroups,
  strikingParty,
  sumOf,
  view,
  wholeEstimates,
} from './model.js';
import type { Side } from './model.js';
import { toCsv } from './table.js';
import type { Cell, TableOptions } from './table.js';

/** The UCDP GED columns isnad fills, in the codebook's order. */
export const UCDP_COLUMNS = [
  'id',
  'year',
  'type_of_violence',
  'conflict_name',
  'dyad_name',
  'side_a',
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
  'country',
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
] as const;

export type UcdpRow = Record<(typeof UCDP_COLUMNS)[number], Cell>;

const highOf = (e: Estimate): number | null => e.high ?? bestOrLow(e);

function datePrecision(incident: Incident): 1 | 2 | 3 | 4 | 5 {
  if (!incident.start || !incident.end || incident.start === incident.end) return 1;
  const days = (Date.parse(incident.end) - Date.parse(incident.start)) / 86_400_000 + 1;
  if (days <= 6) return 2;
  if (days <= 7) return 3;
  return incident.start.slice(0, 7) === incident.end.slice(0, 7) ? 4 : 5;
}

/** The UCDP rows of one result: incidents with at least one death figure. */
export function ucdpRows(result: AnalysisResult): UcdpRow[] {
  const v = view(result);
  const rows: UcdpRow[] = [];
  for (const incident of result.incidents) {
    const killed = wholeEstimates(incident, ['killed'], v);
    if (killed.length === 0) continue;
    const located = locate(v, incident);
    const place = located.join.joined ? located.join.place : undefined;
    const armed = sides(v, incident);
    // No side's own people counted (people of no named side killed in strikes): the state force
    // that struck, as the exports infer it, and the other party the incident names.
    if (armed.length === 0) {
      const striker = strikingParty(
        v,
        incidentClaims(v, incident).filter((c) => c.scope !== 'background'),
      );
      if (striker) {
        armed.push({ name: striker.name, entity: striker, claims: 0 });
        const other = (incident.parties ?? [])
          .map((name) => v.entityByName.get(name))
          .find(
            (e) =>
              e !== undefined &&
              e.name !== striker.name &&
              (e.type === 'armed_group' || e.type === 'government'),
          );
        if (other) armed.push({ name: other.name, entity: other, claims: 0 });
      }
    }
    const isState = (s: Side): boolean => s.entity?.type === 'government';
    const ordered = [...armed.filter(isState), ...armed.filter((s) => !isState(s))];
    const [a, b] = ordered;
    const byGroup = (name: string | undefined): Estimate[] =>
      killed.filter((e) => name !== undefined && e.group === name);
    const civilians = killed.filter((e) => e.group === null && e.kind === 'civilians');
    // Civilians counted within a side's total (`121, among them 4 civilians`) move to the civilians.
    const within = (side: string | undefined): number =>
      sumOf(
        byGroup(side).flatMap((w) => partsOf(incident, w, v).filter((p) => p.kind === 'civilians')),
        bestOrLow,
      ) ?? 0;
    const unknown = killed.filter(
      (e) => !byGroup(a?.name).includes(e) && !byGroup(b?.name).includes(e) && !civilians.includes(e),
    );
    const typeOfViolence = a && isState(a) ? 1 : a && b ? 2 : 3;
    const sideA = a ? actorName(v, a.name) : '';
    const sideB = b ? actorName(v, b.name) : typeOfViolence === 3 ? 'Civilians' : '';
    const docs = incidentDocuments(v, incident);
    const killedClaims = incidentClaims(v, incident).filter(
      (c) => c.category === 'killed' && c.scope !== 'background',
    );
    const originals = sourceGroups(v, killedClaims).map((g) =>
      g.affiliation ? `${g.speaker} (${g.affiliation})` : g.speaker,
    );
    const where = place ? asciiName(place.geonamesName || place.name) : (located.named ?? '');
    const precision = datePrecision(incident);
    const start = isoDate(incident.start) || isoDate(docs[0]?.published);
    rows.push({
      id: incident.id,
      year: start ? Number(start.slice(0, 4)) : null,
      type_of_violence: typeOfViolence,
      conflict_name: located.country ? `${located.country.name}: ${sideA}${sideB ? ` - ${sideB}` : ''}` : '',
      dyad_name: sideB ? `${sideA} - ${sideB}` : sideA,
      side_a: sideA,
      side_b: sideB,
      number_of_sources: docs.length,
      source_article: docs
        .map(
          (d) =>
            `${d.source.name ? outletName(v, d) : d.id}, ${d.published ?? 'undated'}${d.title ? `, "${d.title}"` : ''}`,
        )
        .join('; '),
      source_office: [...new Set(docs.map((d) => (d.source.name ? outletName(v, d) : d.id)))].join('; '),
      source_date: [...new Set(docs.map((d) => d.published ?? ''))].filter(Boolean).join('; '),
      source_headline: docs
        .map((d) => d.title ?? '')
        .filter(Boolean)
        .join('; '),
      source_original: originals.join('; '),
      where_prec: located.ucdpPrecision,
      where_coordinates: place ? `${where} (${located.note})` : located.note,
      where_description: located.named ?? '',
      adm_1: place?.admin1 ?? '',
      adm_2: place?.admin2 ?? '',
      latitude: place?.latitude ?? null,
      longitude: place?.longitude ?? null,
      geom_wkt: place ? `POINT (${place.longitude} ${place.latitude})` : '',
      country: located.country?.name ?? '',
      event_clarity: precision === 1 ? 1 : 2,
      date_prec: precision,
      date_start: start,
      date_end: isoDate(incident.end) || start,
      deaths_a: (sumOf(byGroup(a?.name), bestOrLow) ?? 0) - within(a?.name),
      deaths_b: (sumOf(byGroup(b?.name), bestOrLow) ?? 0) - within(b?.name),
      deaths_civilians: (sumOf(civilians, bestOrLow) ?? 0) + within(a?.name) + within(b?.name),
      deaths_unknown: sumOf(unknown, bestOrLow) ?? 0,
      best: sumOf(killed, bestOrLow),
      high: sumOf(killed, highOf),
      low: sumOf(killed, (e) => e.low),
    });
  }
  return rows;
}

export function toUcdp(result: AnalysisResult, options: TableOptions = {}): string {
  return toCsv(UCDP_COLUMNS, ucdpRows(result), options);
}
