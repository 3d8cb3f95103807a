// Airwars-style civilian-harm records: per incident with civilian casualty claims, civilians killed
// and injured as a min–max range, the sources, and a grade on Airwars' scale (Confirmed, Fair, Weak,
// Contested, Discounted). Airwars grades by who attributes the harm; isnad reads who reports it, so
// the grade follows stated rules on source agreement and denial, and `grading_basis` says which
// rule applied:
//
//   1. Discounted — all civilian-harm claims come from a party speaking of its enemy's doing
//      (partisan) with no other source.
//   2. Contested — one source denies civilian harm that another reports (a denial among the claims
//      or a conflict of kind `denial` over them), or the only figures are a party's denials.
//   3. Fair — two or more independent sources report the harm.
//   4. Weak — one source only, or only unconfirmed wording (uncommitted, possible).
//   Confirmed is never given by isnad: Airwars keeps it for harm the responsible belligerent admits,
//   and isnad reads who reports harm, not who caused it. When a party to the fighting is among the
//   sources, `grading_basis` says so, so a reviewer can check whether it admits responsibility.
//
// Independence: the original speaker (innermost hop) stands for a source, and speakers of the same
// side (two spokesmen of one force) count once; outlets relaying one speaker count once.
// People of no named side killed or injured in strikes count as civilians when no report counts
// any side's own fighters (grading_basis says so); else only people said to be civilians count.
// min = the lowest current figure summed over the incident's civilian estimates (parts of a side's
// total included), max = their highest figures; killed-or-injured figures that do not split are
// given apart.

import type { AnalysisResult, Category, Claim, Estimate, Incident } from '../types.js';
import {
  actorName,
  bestOrLow,
  eventDay,
  incidentClaims,
  incidentConflicts,
  incidentDocuments,
  isoDate,
  locate,
  outletName,
  placeName,
  sides,
  speaker,
  speakerSide,
  strikingParty,
  sumOf,
  view,
} from './model.js';
import type { ExportView } from './model.js';

export const AIRWARS_GRADES = ['Confirmed', 'Fair', 'Weak', 'Contested', 'Discounted'] as const;
export type AirwarsGrade = (typeof AIRWARS_GRADES)[number];

export interface AirwarsSource {
  readonly outlet: string;
  readonly url: string | null;
  readonly published: string | null;
  readonly title: string | null;
  /** Original speakers of this report's civilian figures. */
  readonly speakers: readonly string[];
}

export interface AirwarsRecord {
  readonly incident: string;
  readonly date: string;
  readonly date_end: string;
  readonly location: string;
  readonly country: string;
  readonly latitude: number | null;
  readonly longitude: number | null;
  readonly civilians_killed_min: number | null;
  readonly civilians_killed_max: number | null;
  readonly civilians_injured_min: number | null;
  readonly civilians_injured_max: number | null;
  readonly civilians_killed_or_injured_min: number | null;
  readonly civilians_killed_or_injured_max: number | null;
  readonly belligerents: readonly string[];
  readonly grading: AirwarsGrade;
  readonly grading_basis: string;
  readonly independent_sources: number;
  readonly sources: readonly AirwarsSource[];
  readonly claims: readonly string[];
}

const HARM: readonly Category[] = ['killed', 'wounded', 'killed_or_wounded'];

/** Whether people of a slot count as civilians: said to be, or of no named side when `unnamed` holds. */
function civilianSlot(s: { group: string | null; kind: string }, unnamed: boolean): boolean {
  return s.kind === 'civilians' || (unnamed && s.group === null && s.kind === 'unknown');
}

function civilianEstimates(incident: Incident, category: Category, unnamed: boolean): Estimate[] {
  return incident.estimates.filter((e) => e.category === category && civilianSlot(e, unnamed));
}

/**
 * People of no named side count as civilians in strikes when no report counts any side's own
 * fighters: Airwars' reading of local reports of people killed in a strike on a market or a home.
 */
function unnamedAsCivilians(v: ExportView, incident: Incident, claims: readonly Claim[]): boolean {
  return claims.some((c) => c.category === 'strikes') && sides(v, incident).length === 0;
}

function range(estimates: readonly Estimate[]): [number | null, number | null] {
  return [sumOf(estimates, (e) => e.conservative ?? e.low), sumOf(estimates, (e) => e.high ?? bestOrLow(e))];
}

/** The independent source a claim stands for: its speaker's side, else the speaker. */
function sourceKey(v: ExportView, claim: Claim): string {
  const hop = speaker(claim);
  const side = speakerSide(v, hop);
  if (side) return `side:${side}`;
  if (!hop || hop.kind === 'anonymous') return `doc:${claim.document}:${hop?.name ?? ''}`;
  return `speaker:${hop.name}`;
}

function grade(
  v: ExportView,
  incident: Incident,
  harm: readonly Claim[],
): { grade: AirwarsGrade; basis: string; independent: number } {
  const parties = new Set(sides(v, incident).map((s) => s.name));
  const reporting = harm.filter((c) => c.stance !== 'denied');
  const firm = reporting.filter((c) => c.stance === 'asserted' || c.stance === 'probable');
  const independent = new Set(firm.map((c) => sourceKey(v, c)));
  const harmIds = new Set(harm.map((c) => c.id));
  const denial = incidentConflicts(v, incident).some(
    (c) => c.kind === 'denial' && c.claims.some((id) => harmIds.has(id)),
  );
  if (reporting.length === 0) {
    return {
      grade: 'Contested',
      basis: 'the only civilian-harm figures are denials (a party denies the harm; no report here gives it)',
      independent: 0,
    };
  }
  if (reporting.every((c) => c.partisan) && independent.size <= 1) {
    return {
      grade: 'Discounted',
      basis: 'the only reports are a party speaking of its enemy’s doing',
      independent: independent.size,
    };
  }
  if (denial || harm.some((c) => c.stance === 'denied')) {
    return {
      grade: 'Contested',
      basis: 'a source denies civilian harm that another reports',
      independent: independent.size,
    };
  }
  const party = firm
    .map((c) => speakerSide(v, speaker(c)))
    .find((side): side is string => side !== null && parties.has(side));
  const review = party
    ? `; ${actorName(v, party)}, a party to the fighting, is among them (Confirmed if it admits causing the harm)`
    : '';
  if (independent.size >= 2) {
    return {
      grade: 'Fair',
      basis: `${independent.size} independent sources report the harm${review}`,
      independent: independent.size,
    };
  }
  return {
    grade: 'Weak',
    basis:
      firm.length === 0
        ? 'only unconfirmed wording (uncommitted or possible)'
        : `a single source (speakers of one side count once)${review}`,
    independent: independent.size,
  };
}

/** The sides counted; none counted, the state force that struck as the reports let one infer it. */
function belligerents(v: ExportView, incident: Incident, claims: readonly Claim[]): string[] {
  const counted = sides(v, incident).map((s) => actorName(v, s.name));
  if (counted.length > 0) return counted;
  const striker = strikingParty(v, claims);
  return striker ? [actorName(v, striker.name)] : [];
}

export function airwarsRecords(result: AnalysisResult): AirwarsRecord[] {
  const v = view(result);
  const records: AirwarsRecord[] = [];
  for (const incident of result.incidents) {
    const claims = incidentClaims(v, incident).filter((c) => c.scope !== 'background');
    const unnamed = unnamedAsCivilians(v, incident, claims);
    const harm = claims.filter((c) => HARM.includes(c.category) && civilianSlot(c.subject, unnamed));
    if (harm.length === 0) continue;
    const located = locate(v, incident);
    const place = located.join.joined ? located.join.place : undefined;
    const graded = grade(v, incident, harm);
    const g = unnamed
      ? {
          ...graded,
          basis: `${graded.basis}; people of no named side killed or injured in the strikes are counted as civilians, as no report counts fighters of any side`,
        }
      : graded;
    const [killedMin, killedMax] = range(civilianEstimates(incident, 'killed', unnamed));
    const [injuredMin, injuredMax] = range(civilianEstimates(incident, 'wounded', unnamed));
    const [eitherMin, eitherMax] = range(civilianEstimates(incident, 'killed_or_wounded', unnamed));
    const harmDocs = new Set(harm.map((c) => c.document));
    records.push({
      incident: incident.id,
      // The day the dated figures give (a date a report mentions for something else does not date it).
      date: eventDay(claims)?.day ?? isoDate(incident.start),
      date_end: isoDate(incident.end),
      location: located.named ? placeName(v, located.named) : '',
      country: located.country?.name ?? '',
      latitude: place?.latitude ?? null,
      longitude: place?.longitude ?? null,
      civilians_killed_min: killedMin,
      civilians_killed_max: killedMax,
      civilians_injured_min: injuredMin,
      civilians_injured_max: injuredMax,
      civilians_killed_or_injured_min: eitherMin,
      civilians_killed_or_injured_max: eitherMax,
      belligerents: belligerents(v, incident, claims),
      grading: g.grade,
      grading_basis: g.basis,
      independent_sources: g.independent,
      sources: incidentDocuments(v, incident)
        .filter((d) => harmDocs.has(d.id))
        .map((d) => ({
          outlet: d.source.name ? outletName(v, d) : d.id,
          url: d.source.url ?? null,
          published: d.published,
          title: d.title,
          speakers: [
            ...new Set(harm.filter((c) => c.document === d.id).map((c) => speaker(c)?.name ?? d.id)),
          ],
        })),
      claims: harm.map((c) => c.id),
    });
  }
  return records;
}

export function toAirwars(result: AnalysisResult): string {
  return JSON.stringify(airwarsRecords(result), null, 2) + '\n';
}
