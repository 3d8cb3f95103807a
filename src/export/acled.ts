// ACLED-style event rows: one row per incident and event type, with ACLED's column names
// (ACLED Codebook: event_id_cnty … timestamp). What isnad can code from claims, and how:
//
// Event types (from the incident's claim categories and its sides):
//   - Battles / Armed clash: two or more armed sides (armed groups or state forces) have people
//     counted as killed, wounded, fighting, surrendering, escaping, missing or captured. Civilians
//     killed in the fighting count in this row's fatalities, as ACLED counts crossfire deaths.
//   - Violence against civilians / Attack: civilians killed or wounded and fewer than two armed sides.
//     `civilian_targeting` = "Civilian targeting".
//   - Violence against civilians / Abduction/forced disappearance: abducted people (hostages).
//   - Explosions/Remote violence / Air/drone strike: strikes counted. The striking party is the
//     state force named in the sentences that count the strikes (a coalition, an air force) — isnad
//     does not read who struck, so the notes say the actor is inferred; none named: Unidentified
//     Military Forces. The abducting party likewise: the party named where the abductions are
//     counted, other than the side of the speaker who counts them (a spokesman is not the abductor).
//   - Strategic developments / Other: figures (escapes, surrenders) with one side and no fighting;
//     an incident with no side and no violence (people displaced to a border) gives no row.
//   - Strategic developments / Arrests: people arrested or captured, with no battle row to hold them.
//   Displaced, escaped, missing, held and surrendered figures go into the notes of the incident's main row.
//
// Actors: the sides' English names from the gazetteer (the longest Latin-script alias). inter codes
// (ACLED's numeric codes): 1 State Forces (a government of the event's country), 2 Rebel Groups (an
// armed group: isnad cannot tell rebels from political or identity militias — a coder may recode
// 3/4), 7 Civilians, 8 External/Other Forces (a foreign state's forces); interaction = the two codes,
// lower first (ACLED's convention: 12, 17, 28…), a lone actor its code followed by 0.
//
// Fatalities: ACLED's most conservative figure — per side, the estimate's `conservative` (the lowest
// current figure, vague words at ACLED's 10/100/1000); parts counted within a whole (`منهم 77`) are not
// added again; partisan figures never set it (the estimates keep them out of `low`).
//
// Geo: the incident's place joined to GeoNames (src/geo), `geo_precision` 1 the town itself, 2 a part
// of or a place near the town (a neighbourhood, a camp, a prison), 3 only the province or country.
// Dates: the incident's first day; time_precision 1 for one day, 2 when the reports span up to a
// week, 3 beyond (ACLED would split a multi-day battle into daily events: the notes give the span).
// source_scale: from the outlets' countries in the gazetteer — all of the event's country "National",
// none "International", both "National-International", unknown left empty.

import { asciiName } from '../geo/places.js';
import type { AnalysisResult, Category, Claim, Estimate, Incident } from '../types.js';
import { formatQuantity } from '../quantity-format.js';
import {
  actorName,
  namedInSentences,
  incidentClaims,
  incidentConflicts,
  incidentDocuments,
  isoDate,
  locate,
  outletName,
  sideOf,
  sides,
  speaker,
  speakerSide,
  sumOf,
  view,
  wholeEstimates,
} from './model.js';
import type { ExportView, Located, Side } from './model.js';
import { toCsv } from './table.js';
import type { Cell, TableOptions } from './table.js';

/** ACLED's columns, in the codebook's order. */
export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
] as const;

export type AcledRow = Record<(typeof ACLED_COLUMNS)[number], Cell>;

export interface AcledOptions extends TableOptions {
  /** The export time (ACLED's `timestamp`, Unix seconds); now by default. */
  readonly now?: Date;
}

const KILLED: readonly Category[] = ['killed'];

interface Actor {
  readonly name: string;
  readonly inter: number;
}

function actorOf(v: ExportView, side: Side, country: string | undefined): Actor {
  const e = side.entity;
  const name = actorName(v, side.name);
  if (!e) return { name, inter: 2 };
  if (e.type === 'government') return { name, inter: e.country === country ? 1 : 8 };
  return { name, inter: 2 };
}

function civilians(country: string): Actor {
  return { name: country ? `Civilians (${country})` : 'Civilians', inter: 7 };
}

const interaction = (a: Actor | null, b: Actor | null): number | null => {
  if (!a) return null;
  if (!b) return a.inter * 10;
  const [x, y] = [a.inter, b.inter].sort((p, q) => p - q);
  return (x ?? 0) * 10 + (y ?? 0);
};

function timePrecision(incident: Incident): 1 | 2 | 3 {
  if (!incident.start || !incident.end || incident.start === incident.end) return 1;
  const days = (Date.parse(incident.end) - Date.parse(incident.start)) / 86_400_000;
  return days <= 7 ? 2 : 3;
}

function sourceScale(v: ExportView, incident: Incident, country: string | undefined): string {
  const countries = incidentDocuments(v, incident).map((d) =>
    d.source.name ? v.entityByName.get(d.source.name)?.country : undefined,
  );
  const known = countries.filter((c): c is string => c !== undefined);
  if (!country || known.length === 0) return '';
  const national = known.some((c) => c === country);
  const international = known.some((c) => c !== country);
  return national && international ? 'National-International' : national ? 'National' : 'International';
}

/** One figure with who gives it, the last speaker then the outlet: `45 (متحدث باسم الدفاع المدني, وكالة محلية)`. */
function figure(v: ExportView, claim: Claim): string {
  const hop = claim.attribution[claim.attribution.length - 1];
  const doc = v.documentById.get(claim.document);
  const outlet = doc ? outletName(v, doc) : claim.document;
  const own = !hop || hop.name === doc?.source.name || hop.name === claim.document;
  const who = own ? outlet : `${hop.name}, ${outlet}`;
  const marks = [claim.stance !== 'asserted' ? claim.stance : '', claim.partisan ? 'partisan' : '']
    .filter(Boolean)
    .join(', ');
  return `${formatQuantity(claim.quantity)}${marks ? ` [${marks}]` : ''} (${who})`;
}

function slotLabel(v: ExportView, e: Estimate): string {
  const who = e.group
    ? actorName(v, e.group)
    : e.kind === 'civilians'
      ? 'civilians'
      : 'people of no named side';
  const kind = e.group && e.kind !== 'mixed' && e.kind !== 'unknown' ? ` ${e.kind}` : '';
  return `${e.category.replace(/_/g, ' ')}, ${who}${kind}`;
}

function estimateText(v: ExportView, e: Estimate): string {
  const range = e.low === e.high ? `${e.low ?? '?'}` : `${e.low ?? '?'}–${e.high ?? '?'}`;
  const figures = e.claims
    .map((id) => v.claimById.get(id))
    .filter((c): c is Claim => c !== undefined)
    .map((c) => figure(v, c));
  return `${slotLabel(v, e)}: ${range}${e.best !== null && e.low !== e.high ? `, best ${e.best}` : ''} — ${figures.join('; ')}`;
}

function notes(
  v: ExportView,
  incident: Incident,
  located: Located,
  lead: string,
  slots: readonly Estimate[],
  main: string | null,
): string {
  const parts = [lead];
  if (incident.start && incident.end && incident.start !== incident.end) {
    parts.push(`Reports span ${incident.start} to ${incident.end}.`);
  }
  parts.push(`Location: ${located.note}.`);
  if (slots.length > 0) parts.push(`Figures: ${slots.map((e) => estimateText(v, e)).join(' | ')}.`);
  // Disputes once per incident, on its first row; the other rows point there.
  if (main === null) {
    const conflicts = incidentConflicts(v, incident);
    if (conflicts.length > 0)
      parts.push(`Disputed: ${conflicts.map((c) => `(${c.kind}) ${c.note}`).join(' ')}`);
    for (const d of incident.disputes ?? []) parts.push(`Disputed ${d.kind}: ${d.note}.`);
    const unconfirmed = incidentClaims(v, incident).filter(
      (c) => c.stance === 'uncommitted' || c.stance === 'possible',
    );
    if (unconfirmed.length > 0) {
      parts.push(
        `Unconfirmed: ${unconfirmed.map((c) => `${c.category.replace(/_/g, ' ')} ${figure(v, c)}`).join('; ')}.`,
      );
    }
  } else parts.push(`Disputes and unconfirmed figures: see ${main}.`);
  parts.push(`isnad ${incident.id}.`);
  return parts.join(' ');
}

/** The ACLED rows of one result. */
export function acledRows(result: AnalysisResult, options: AcledOptions = {}): AcledRow[] {
  const v = view(result);
  const timestamp = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const rows: AcledRow[] = [];
  for (const incident of result.incidents) {
    const located = locate(v, incident);
    const place = located.join.joined ? located.join.place : undefined;
    const iso2 = located.country?.iso2;
    const countryName = located.country?.name ?? '';
    const claims = incidentClaims(v, incident).filter((c) => c.scope !== 'background');
    const has = (...cats: Category[]): Claim[] => claims.filter((c) => cats.includes(c.category));
    const armed = sides(v, incident);
    const killed = wholeEstimates(incident, KILLED, v);
    const civilianHarm = incident.estimates.filter(
      (e) =>
        e.kind === 'civilians' &&
        (e.category === 'killed' || e.category === 'wounded' || e.category === 'killed_or_wounded'),
    );
    const date = isoDate(incident.start) || isoDate(incidentDocuments(v, incident)[0]?.published);
    const base = {
      year: date ? Number(date.slice(0, 4)) : null,
      event_date: date,
      time_precision: timePrecision(incident),
      iso: located.country?.numeric ?? null,
      region: located.country?.region ?? '',
      country: countryName,
      admin1: place?.admin1 ?? '',
      admin2: place?.admin2 ?? '',
      admin3: '',
      location: place ? asciiName(place.geonamesName || place.name) : (located.named ?? ''),
      latitude: place ? place.latitude : null,
      longitude: place ? place.longitude : null,
      geo_precision: located.acledPrecision,
      source: [
        ...new Set(
          incidentDocuments(v, incident).map((d) =>
            d.source.name ? outletName(v, d) : `unnamed outlet (${d.id})`,
          ),
        ),
      ].join('; '),
      source_scale: sourceScale(v, incident, iso2),
      tags: '',
      timestamp,
    };
    const id = (n: number): string => `${located.country?.iso3 ?? 'XXX'}-${incident.id}-${n}`;
    let main: string | null = null;
    const push = (
      eventType: string,
      subEventType: string,
      a1: Actor | null,
      a2: Actor | null,
      fatalities: number,
      lead: string,
      slots: readonly Estimate[],
    ): void => {
      const eventId = id(rows.filter((r) => String(r.event_id_cnty).includes(`-${incident.id}-`)).length + 1);
      rows.push({
        ...base,
        event_id_cnty: eventId,
        disorder_type:
          eventType === 'Strategic developments' ? 'Strategic developments' : 'Political violence',
        event_type: eventType,
        sub_event_type: subEventType,
        actor1: a1?.name ?? '',
        assoc_actor_1: '',
        inter1: a1?.inter ?? null,
        actor2: a2?.name ?? '',
        assoc_actor_2: '',
        inter2: a2?.inter ?? null,
        interaction: interaction(a1, a2),
        civilian_targeting: eventType === 'Violence against civilians' ? 'Civilian targeting' : '',
        notes: notes(v, incident, located, lead, slots, main),
        fatalities,
      });
      main ??= eventId;
    };
    const where = place
      ? asciiName(place.geonamesName || place.name)
      : (located.named ?? 'an unlocated place');
    const fatalities = sumOf(killed, (e) => e.conservative) ?? 0;
    const asides = incident.estimates.filter((e) =>
      ['displaced', 'escaped', 'missing', 'held', 'surrendered', 'combatants', 'arrested'].includes(
        e.category,
      ),
    );
    const first = armed[0];
    // One side counted: the side of the speakers who count its dead (an army spokesman on militants
    // killed) is the other party; else, when people were killed, an unidentified one.
    const second: Side | undefined =
      armed[1] ??
      (first
        ? (claims
            .map((c) => speakerSide(v, speaker(c)))
            .filter((s): s is string => s !== null && s !== first.name)
            .map((name): Side => {
              const entity = v.entityByName.get(name);
              return entity ? { name, entity, claims: 0 } : { name, claims: 0 };
            })[0] ??
          (killed.some((e) => e.group === first.name)
            ? { name: `Unidentified Armed Group (${countryName})`, claims: 0 }
            : undefined))
        : undefined);
    if (first && second) {
      const a1 = actorOf(v, first, iso2);
      const a2 = actorOf(v, second, iso2);
      const more = armed.slice(2).map((s) => actorName(v, s.name));
      push(
        'Battles',
        'Armed clash',
        a1,
        a2,
        fatalities,
        `${a1.name} and ${a2.name} fought in ${where}${more.length ? ` (also named: ${more.join(', ')})` : ''}; fatalities ${fatalities}, the sum of the lowest current figure per side.`,
        [...wholeEstimates(incident, ['killed', 'wounded', 'killed_or_wounded'], v), ...asides],
      );
    } else if (civilianHarm.length > 0) {
      const a1 = first
        ? actorOf(v, first, iso2)
        : { name: `Unidentified Armed Group (${countryName})`, inter: 3 };
      const dead = sumOf(
        killed.filter((e) => e.kind === 'civilians'),
        (e) => e.conservative,
      );
      push(
        'Violence against civilians',
        'Attack',
        a1,
        civilians(countryName),
        dead ?? 0,
        `Civilians harmed in ${where}; fatalities ${dead ?? 0}, the lowest current figure.`,
        [...civilianHarm, ...asides],
      );
    }
    const abducted = incident.estimates.filter((e) => e.category === 'abducted');
    if (abducted.length > 0) {
      // The party named where the abductions are counted, other than the side of whoever counts them.
      const reporters = new Set(has('abducted').map((c) => speakerSide(v, speaker(c))));
      const named = namedInSentences(v, has('abducted')).find((e) => !reporters.has(sideOf(v, e)));
      const holder = named ? actorOf(v, { name: named.name, entity: named, claims: 0 }, iso2) : null;
      push(
        'Violence against civilians',
        'Abduction/forced disappearance',
        holder ?? { name: `Unidentified Armed Group (${countryName})`, inter: 3 },
        civilians(countryName),
        0,
        `People abducted or held hostage in ${where}; the abducting party is ${holder ? `inferred as ${holder.name}, the party named where the figure is given` : 'not named where the figure is given'}.`,
        abducted,
      );
    }
    const strikes = incident.estimates.filter((e) => e.category === 'strikes');
    if (strikes.length > 0) {
      const striker = namedInSentences(v, has('strikes')).find((e) => e.type === 'government');
      const a1: Actor = striker
        ? actorOf(v, { name: striker.name, entity: striker, claims: 0 }, iso2)
        : { name: `Unidentified Military Forces (${countryName})`, inter: 8 };
      const target = armed.find((s) => s.name !== striker?.name);
      const a2 = target ? actorOf(v, target, iso2) : null;
      push(
        'Explosions/Remote violence',
        'Air/drone strike',
        a1,
        a2,
        0,
        `Strikes in ${where} (at least ${sumOf(strikes, (e) => e.conservative) ?? 0}); the striking party ${striker ? `is inferred as ${a1.name}, the state force named where the strikes are counted` : 'is not named where the strikes are counted'}; their fatalities are in the incident's main row.`,
        strikes,
      );
    }
    const arrests = has('arrested');
    if (arrests.length > 0 && !(first && second)) {
      const slots = incident.estimates.filter((e) => e.category === 'arrested');
      const held = slots.map((e) => e.group).find((g): g is string => g !== null);
      const heldSide = held ? armed.find((s) => s.name === held) : undefined;
      const captor = armed.find((s) => s.name !== held);
      push(
        'Strategic developments',
        'Arrests',
        captor ? actorOf(v, captor, iso2) : { name: `Unidentified Armed Group (${countryName})`, inter: 3 },
        heldSide ? actorOf(v, heldSide, iso2) : null,
        0,
        `Arrests in ${where}: ${sumOf(slots, (e) => e.conservative) ?? 0} at least.`,
        slots,
      );
    }
    // Figures with no violence isnad can code and no side (people displaced to a border): no ACLED event.
    if (
      !rows.some((r) => String(r.event_id_cnty).includes(`-${incident.id}-`)) &&
      asides.length > 0 &&
      first
    ) {
      push(
        'Strategic developments',
        'Other',
        first ? actorOf(v, first, iso2) : null,
        second ? actorOf(v, second, iso2) : null,
        fatalities,
        `Reported in ${where} without fighting isnad can code.`,
        [...killed, ...asides],
      );
    }
  }
  return rows;
}

export function toAcled(result: AnalysisResult, options: AcledOptions = {}): string {
  return toCsv(ACLED_COLUMNS, acledRows(result, options), options);
}
