// ACLED-style event rows: one row per incident and event type, with ACLED's column names
// (ACLED Codebook: event_id_cnty … timestamp). What isnad can code from claims, and how:
//
// Event types (from the incident's claim categories and its sides):
//   - Battles / Armed clash: two or more armed sides (armed groups or state forces) have people
//     counted as killed, wounded, fighting, surrendering, escaping, missing or captured. Civilians
//     killed in the fighting count in this row's fatalities, as ACLED counts crossfire deaths.
//   - Violence against civilians / Attack: civilians killed or wounded, fewer than two armed sides and
//     no strikes counted. `civilian_targeting` = "Civilian targeting".
//   - Violence against civilians / Abduction/forced disappearance: abducted people (hostages).
//   - Explosions/Remote violence: strikes counted; the sub-event from the weapon the counted nouns
//     name (`غارات` Air/drone strike, `صواريخ`/`قذائف` Shelling/artillery/missile attack, `عبوة
//     ناسفة` Remote explosive/landmine/IED), most named first; none named: Air/drone strike, and
//     the notes say the weapon is not named. The striking party is the
//     state force named in the sentences that count the strikes, else in those that count their
//     victims (a coalition, an air force) — isnad does not read who struck, so the notes say the
//     actor is inferred; none named: Unidentified Military Forces for air strikes, Unidentified
//     Armed Group for shelling and explosive devices. With no battle, the strike row is
//     the incident's main event: it carries the dead, and when civilians were harmed its actor2 is
//     the civilians and `civilian_targeting` is set (ACLED codes an air strike on a market so, not as
//     an Attack). Beside a battle its fatalities stay in the battle's row. The abducting party likewise: the party named where the abductions are
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
// Dates: the day most of the incident's dated figures give; time_precision 1 when all dated figures
// fall on it, 2 when they span up to a week, 3 beyond. No figure dated: the incident's first day and
// the span of its reports (ACLED would split a multi-day battle into daily events: the notes give
// the span).
// source_scale: from the outlets' countries in the gazetteer — all of the event's country "National",
// none "International", both "National-International", unknown left empty.

import { asciiName } from '../geo/places.js';
import type { AnalysisResult, Category, Claim, Estimate, Incident, StrikeMeans } from '../types.js';
import { formatQuantity } from '../quantity-format.js';
import {
  actorName,
  eventDay,
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
  strikingParty,
  sumOf,
  idNumber,
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

function timePrecision(incident: Incident, dated: { readonly span: number } | null): 1 | 2 | 3 {
  // The dated figures: all on one day, ACLED's exact date; else the days they span.
  if (dated) return dated.span <= 1 ? 1 : dated.span <= 7 ? 2 : 3;
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
  // The same figure through the same speaker in several reports (copies of one wire) is given once,
  // with how many reports carry it.
  const reports = new Map<string, Set<string>>();
  for (const c of e.claims.map((id) => v.claimById.get(id))) {
    if (!c) continue;
    const text = figure(v, c);
    reports.set(text, (reports.get(text) ?? new Set<string>()).add(c.document));
  }
  const figures = [...reports].map(([text, docs]) => (docs.size > 1 ? `${text} ×${docs.size}` : text));
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
    // A dispute read in two copies of one report is said once.
    const disputes = [...new Set(conflicts.map((c) => `(${c.kind}) ${c.note}`))];
    if (disputes.length > 0) parts.push(`Disputed: ${disputes.join(' ')}`);
    for (const d of incident.disputes ?? []) parts.push(`Disputed ${d.kind}: ${d.note}.`);
    const unconfirmed = incidentClaims(v, incident).filter(
      (c) => c.stance === 'uncommitted' || c.stance === 'possible',
    );
    if (unconfirmed.length > 0) {
      parts.push(
        `Unconfirmed: ${[...new Set(unconfirmed.map((c) => `${c.category.replace(/_/g, ' ')} ${figure(v, c)}`))].join('; ')}.`,
      );
    }
  } else parts.push(`Disputes and unconfirmed figures: see ${main}.`);
  parts.push(`isnad ${incident.id}.`);
  return parts.join(' ');
}

/** ACLED's sub-event of remote violence for each weapon a strike noun names. */
const SUB_EVENT: Readonly<Record<StrikeMeans, string>> = {
  air: 'Air/drone strike',
  missile: 'Shelling/artillery/missile attack',
  artillery: 'Shelling/artillery/missile attack',
  explosive: 'Remote explosive/landmine/IED',
};

/**
 * The sub-event of an incident's strikes: the one most of its strike claims name (`غارات` air,
 * `قذائف` shelling, `عبوة ناسفة` an explosive device); air strikes when none names a weapon, and the
 * notes say so.
 */
function strikeSubEvent(claims: readonly Claim[]): { subEvent: string; note: string } {
  const counts = new Map<string, number>();
  for (const c of claims)
    if (c.means) counts.set(SUB_EVENT[c.means], (counts.get(SUB_EVENT[c.means]) ?? 0) + 1);
  const [top] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (!top) return { subEvent: SUB_EVENT.air, note: 'no report names the weapon; coded as air strikes' };
  return { subEvent: top[0], note: `the weapon as the counted nouns name it` };
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
    const dated = eventDay(claims);
    const date =
      dated?.day ?? (isoDate(incident.start) || isoDate(incidentDocuments(v, incident)[0]?.published));
    const base = {
      year: date ? Number(date.slice(0, 4)) : null,
      event_date: date,
      time_precision: timePrecision(incident, dated),
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
    // ACLED's shape (country code and digits): a stable number from isnad's incident id, then the
    // row's number within the incident. The notes end with isnad's incident id.
    const serial = String(idNumber(incident.id)).padStart(10, '0');
    const id = (n: number): string => `${located.country?.iso3 ?? 'XXX'}${serial}${n}`;
    let count = 0;
    let main: string | null = null;
    const push = (
      eventType: string,
      subEventType: string,
      a1: Actor | null,
      a2: Actor | null,
      fatalities: number,
      lead: string,
      slots: readonly Estimate[],
      targeting = eventType === 'Violence against civilians',
    ): void => {
      const eventId = id(++count);
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
        civilian_targeting: targeting ? 'Civilian targeting' : '',
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
    const strikes = incident.estimates.filter((e) => e.category === 'strikes');
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
    } else if (civilianHarm.length > 0 && strikes.length === 0) {
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
    if (strikes.length > 0) {
      const striker = strikingParty(v, claims);
      const weapon = strikeSubEvent(has('strikes'));
      // Unnamed: from the air, a state's forces (ACLED's Unidentified Military Forces); shells,
      // rockets and devices, any armed group (Unidentified Armed Group).
      const a1: Actor = striker
        ? actorOf(v, { name: striker.name, entity: striker, claims: 0 }, iso2)
        : weapon.subEvent === SUB_EVENT.air
          ? { name: `Unidentified Military Forces (${countryName})`, inter: 8 }
          : { name: `Unidentified Armed Group (${countryName})`, inter: 3 };
      // No battle row holds the dead: the strike row is the incident's main event and carries them,
      // as ACLED codes an air strike with its fatalities — against civilians (civilian targeting)
      // when civilians were harmed. Beside a battle, the dead stay in the battle's row.
      const alone = count === 0;
      const civilianTarget = alone && civilianHarm.length > 0;
      // The struck side is known only when the striker is: the other side of the fighting.
      const target = striker ? armed.find((s) => s.name !== striker.name) : undefined;
      const a2 = civilianTarget ? civilians(countryName) : target ? actorOf(v, target, iso2) : null;
      const dead = alone ? fatalities : 0;
      const who = striker
        ? `is inferred as ${a1.name}, the state force named where the strikes or their victims are counted`
        : 'is not named where the strikes or their victims are counted';
      push(
        'Explosions/Remote violence',
        weapon.subEvent,
        a1,
        a2,
        dead,
        `Strikes in ${where} (at least ${sumOf(strikes, (e) => e.conservative) ?? 0}; ${weapon.note}); the striking party ${who}; ${alone ? `fatalities ${dead}, the lowest current figure per side${civilianTarget ? ', civilians among the harmed' : ''}.` : "their fatalities are in the incident's main row."}`,
        alone
          ? [
              ...strikes,
              ...wholeEstimates(incident, ['killed', 'wounded', 'killed_or_wounded'], v),

              ...asides,
            ]
          : strikes,
        civilianTarget,
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
    if (count === 0 && asides.length > 0 && first) {
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
