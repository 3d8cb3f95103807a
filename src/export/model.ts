// What every export reads off an AnalysisResult (the JSON contract only): the claims of an
// incident, its sides, its located place, its fatality figures without double counting, its
// sources and how independent they are. Language-free: names come from the result itself, English
// ones from the gazetteer's Latin-script aliases that entities carry.

import { countryInfo, englishNames, locatePlace } from '../geo/places.js';
import { fnv1a } from '../text/hash.js';
import type { GeoCountry, GeoJoin, GeoLevel } from '../geo/places.js';
import type {
  AnalysisResult,
  Category,
  Claim,
  Conflict,
  DocumentInfo,
  Entity,
  Estimate,
  Hop,
  Incident,
} from '../types.js';

export interface ExportView {
  readonly result: AnalysisResult;
  readonly claimById: ReadonlyMap<string, Claim>;
  readonly documentById: ReadonlyMap<string, DocumentInfo>;
  readonly entityById: ReadonlyMap<string, Entity>;
  /** Entities by canonical name and by every alias (first one wins). */
  readonly entityByName: ReadonlyMap<string, Entity>;
  /** Mentions of places and facilities by document, for `locate`. */
  readonly placeMentions: ReadonlyMap<string, readonly { entity: Entity; start: number }[]>;
  /** The conflicts each claim takes part in, in the result's order. */
  readonly conflictsByClaim: ReadonlyMap<string, readonly Conflict[]>;
  /** Each conflict's place in the result. */
  readonly conflictIndex: ReadonlyMap<Conflict, number>;
  /** Mentions of parties (state forces, armed groups) by document, for `namedInSentences`. */
  readonly partyMentions: ReadonlyMap<string, readonly { entity: Entity; start: number; end: number }[]>;
}

export function view(result: AnalysisResult): ExportView {
  const entityByName = new Map<string, Entity>();
  for (const e of result.entities) if (!entityByName.has(e.name)) entityByName.set(e.name, e);
  for (const e of result.entities)
    for (const a of e.aliases) if (!entityByName.has(a)) entityByName.set(a, e);
  const partyMentions = new Map<string, { entity: Entity; start: number; end: number }[]>();
  for (const entity of result.entities) {
    if (entity.type !== 'government' && entity.type !== 'armed_group') continue;
    for (const m of entity.mentions) {
      const list = partyMentions.get(m.document) ?? [];
      list.push({ entity, start: m.start, end: m.end });
      partyMentions.set(m.document, list);
    }
  }
  const placeMentions = new Map<string, { entity: Entity; start: number }[]>();
  for (const entity of result.entities) {
    if (entity.type !== 'location' && entity.type !== 'facility') continue;
    for (const m of entity.mentions) {
      const list = placeMentions.get(m.document) ?? [];
      list.push({ entity, start: m.start });
      placeMentions.set(m.document, list);
    }
  }
  const conflictsByClaim = new Map<string, Conflict[]>();
  for (const conflict of result.conflicts) {
    for (const id of new Set(conflict.claims)) {
      const list = conflictsByClaim.get(id) ?? [];
      list.push(conflict);
      conflictsByClaim.set(id, list);
    }
  }
  return {
    result,
    conflictsByClaim,
    conflictIndex: new Map(result.conflicts.map((c, k) => [c, k])),
    partyMentions,
    placeMentions,
    claimById: new Map(result.claims.map((c) => [c.id, c])),
    documentById: new Map(result.documents.map((d) => [d.id, d])),
    entityById: new Map(result.entities.map((e) => [e.id, e])),
    entityByName,
  };
}

// ---- names

/** An actor's English name: its longest Latin-script alias (the full name over an acronym). */
export function actorName(v: ExportView, name: string | null, lang: 'en' | 'ar' = 'en'): string {
  if (name === null) return '';
  const entity = v.entityByName.get(name);
  if (!entity || lang === 'ar') return entity?.name ?? name;
  const english = englishNames(entity).sort((a, b) => b.length - a.length)[0];
  return english ?? entity.name;
}

/** A place's English name: its first Latin-script alias (the gazetteer lists the usual one first). */
export function placeName(v: ExportView, name: string, lang: 'en' | 'ar' = 'en'): string {
  const entity = v.entityByName.get(name);
  if (!entity || lang === 'ar') return entity?.name ?? name;
  return englishNames(entity)[0] ?? entity.name;
}

export function outletName(v: ExportView, doc: DocumentInfo, lang: 'en' | 'ar' = 'en'): string {
  const name = doc.source.name;
  if (!name) return doc.id;
  return lang === 'en' ? actorName(v, name, 'en') : name;
}

/** The original speaker: the innermost hop. */
export function speaker(claim: Claim): Hop | undefined {
  return claim.attribution[claim.attribution.length - 1];
}

/** The chain as text, outermost first: `موقع إخباري (outlet) ← وكالة رويترز (outlet) ← مصدر أمني (anonymous)`. */
export function chainText(claim: Claim): string {
  return claim.attribution
    .map((h) => {
      const about = [h.kind, h.role, h.affiliation].filter((x): x is string => Boolean(x));
      return `${h.name} (${about.join(', ')})`;
    })
    .join(' ← ');
}

// ---- incidents

export function incidentClaims(v: ExportView, incident: Incident): Claim[] {
  const ids = incident.claims ?? v.result.claims.filter((c) => c.incident === incident.id).map((c) => c.id);
  return ids.map((id) => v.claimById.get(id)).filter((c): c is Claim => c !== undefined);
}

export function incidentConflicts(v: ExportView, incident: Incident): Conflict[] {
  const found = new Set<Conflict>();
  for (const c of incidentClaims(v, incident))
    for (const k of v.conflictsByClaim.get(c.id) ?? []) found.add(k);
  // In the result's order, as a filter over all conflicts would give them.
  const order = (k: Conflict): number => v.conflictIndex.get(k) ?? 0;
  return [...found].sort((a, b) => order(a) - order(b));
}

export function incidentDocuments(v: ExportView, incident: Incident): DocumentInfo[] {
  return incident.documents
    .map((id) => v.documentById.get(id))
    .filter((d): d is DocumentInfo => d !== undefined);
}

/**
 * Estimates of one category that are not parts of another estimate of the same category (`منهم 77`
 * within 121): an estimate drops out when one of its claims is a part of a claim that sets another
 * estimate, and its conservative figure does not exceed that one's.
 */
export function wholeEstimates(
  incident: Incident,
  categories: readonly Category[],
  v: ExportView,
): Estimate[] {
  const estimates = incident.estimates.filter((e) => categories.includes(e.category));
  return estimates.filter((e) => {
    for (const id of e.claims) {
      const whole = v.claimById.get(id)?.partOf;
      if (!whole) continue;
      const container = estimates.find((o) => o !== e && o.claims.includes(whole));
      if (container && (e.conservative ?? 0) <= (container.conservative ?? Infinity)) return false;
    }
    return true;
  });
}

/** The estimates counted within `whole` (their claims are parts of its claims). */
export function partsOf(incident: Incident, whole: Estimate, v: ExportView): Estimate[] {
  return incident.estimates.filter(
    (e) =>
      e !== whole &&
      e.category === whole.category &&
      e.claims.some((id) => {
        const part = v.claimById.get(id)?.partOf;
        return part !== undefined && whole.claims.includes(part);
      }),
  );
}

/** Sum of a figure over estimates; null when none has it. */
export function sumOf(estimates: readonly Estimate[], pick: (e: Estimate) => number | null): number | null {
  let total: number | null = null;
  for (const e of estimates) {
    const n = pick(e);
    if (n !== null) total = (total ?? 0) + n;
  }
  return total;
}

/** An estimate's best figure, or its low one when no figure is credible enough for a best (UCDP needs one). */
export const bestOrLow = (e: Estimate): number | null => e.best ?? e.low;

// ---- sides

export interface Side {
  /** The name as the result gives it (canonical, Arabic for the Arabic pack). */
  readonly name: string;
  readonly entity?: Entity;
  /** Claims about this side's people. */
  readonly claims: number;
}

const FIGHTING: readonly Category[] = [
  'killed',
  'wounded',
  'killed_or_wounded',
  'combatants',
  'surrendered',
  'escaped',
  'missing',
  'arrested',
  'abducted',
  'held',
];

/** The armed sides an incident's claims count people of, most claimed first. */
export function sides(v: ExportView, incident: Incident): Side[] {
  const counts = new Map<string, number>();
  for (const c of incidentClaims(v, incident)) {
    if (c.scope === 'background' || !c.subject.group || !FIGHTING.includes(c.category)) continue;
    counts.set(c.subject.group, (counts.get(c.subject.group) ?? 0) + 1);
  }
  return [...counts]
    .map(([name, claims]) => {
      const entity = v.entityByName.get(name);
      return entity ? { name, entity, claims } : { name, claims };
    })
    .filter((s) => !s.entity || s.entity.type === 'armed_group' || s.entity.type === 'government')
    .sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
}

/** The side an entity belongs to: its topmost armed or state parent (قوى الأمن الداخلي → قسد). */
export function sideOf(v: ExportView, entity: Entity): string | null {
  return speakerSide(v, { name: entity.name, kind: 'organization', entity: entity.id });
}

/** Parties (state forces, armed groups) named inside the sentences of the given claims, most named first. */
export function namedInSentences(v: ExportView, claims: readonly Claim[]): Entity[] {
  // Each mention counts once, however many of the claims share its sentence.
  const seen = new Set<{ entity: Entity; start: number; end: number }>();
  const counts = new Map<Entity, number>();
  for (const c of claims) {
    for (const m of v.partyMentions.get(c.document) ?? []) {
      if (seen.has(m) || m.start < c.sentence.start || m.end > c.sentence.end) continue;
      seen.add(m);
      counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].id.localeCompare(b[0].id)).map(([e]) => e);
}

/**
 * The state force that struck, as the reports let a coder infer it: a government or state-led force
 * named in the sentences that count the strikes; else in the sentences that count the strikes'
 * victims (`قتل 20 في غارات شنتها قوات التحالف`), leaving out denials (a force denying a strike names
 * itself) and the side a speaker speaks for when it counts the victims of its own side.
 */
export function strikingParty(v: ExportView, claims: readonly Claim[]): Entity | undefined {
  const state = (e: Entity): boolean => e.type === 'government';
  const counted = claims.filter((c) => c.category === 'strikes');
  const fromStrikes = namedInSentences(v, counted).find(state);
  if (fromStrikes) return fromStrikes;
  const victims = claims.filter(
    (c) =>
      (c.category === 'killed' || c.category === 'wounded' || c.category === 'killed_or_wounded') &&
      c.stance !== 'denied',
  );
  const own = new Set(victims.map((c) => c.subject.group).filter((g): g is string => g !== null));
  return namedInSentences(v, victims).find((e) => state(e) && !own.has(sideOf(v, e) ?? e.name));
}

/**
 * The day the reports say the event happened: the date most of the incident's dated figures give
 * (`قتل 20 شخصا الخميس` → that Thursday), earliest first among equals, with how many days the dated
 * figures span (1: all on that day); null when no figure is dated. An incident's own first day can
 * come from any date its reports mention (a statement the day before); a coder dates the event by
 * what the figures say.
 */
export function eventDay(claims: readonly Claim[]): { readonly day: string; readonly span: number } | null {
  const counts = new Map<string, number>();
  for (const c of claims) {
    const day = c.time?.date;
    if (c.scope === 'background' || !day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) continue;
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (!best) return null;
  const days = [...counts.keys()].sort();
  const span = (Date.parse(days[days.length - 1]!) - Date.parse(days[0]!)) / 86_400_000 + 1;
  return { day: best[0], span };
}

/** A stable number for an id (FNV-1a, 32 bits), for codebooks whose ids are digits. */
export function idNumber(id: string): number {
  return fnv1a(id) >>> 0;
}

// ---- place

export interface Located {
  /** The incident's own place as the reports name it. */
  readonly named: string | null;
  /** The place that joined the geo table (the named one, or the town it lies in). */
  readonly join: GeoJoin;
  /** ACLED's geo_precision: 1 the place itself, 2 a part of it or near it, 3 only its province or country. */
  readonly acledPrecision: 1 | 2 | 3 | null;
  /** UCDP's where_prec: 1 exact, 2 within 25 km, 4 province, 6 country. */
  readonly ucdpPrecision: 1 | 2 | 4 | 6 | null;
  readonly country: GeoCountry | undefined;
  /** Why the point is where it is, or why there is none. */
  readonly note: string;
}

/** How near, in UTF-16 units of the same report, a place must be named to be taken as the one around it. */
const NEARBY = 80;

const LEVEL_PRECISION: Record<GeoLevel, [1 | 2 | 3, 1 | 2 | 4 | 6]> = {
  place: [1, 1],
  admin1_seat: [1, 1],
  near: [2, 2],
  admin1: [3, 4],
  country: [3, 6],
};

/**
 * Places an incident. Its own place (`incident.location`) when that joins the geo table; else, for a
 * place known from the text only, a joined town named beside it in the same report, coded as a part
 * of or near that town (ACLED geo_precision 2); else no point, and the note says why.
 */
export function locate(v: ExportView, incident: Incident): Located {
  const named = incident.location ?? null;
  const own = named ? v.entityByName.get(named) : undefined;
  const ownJoin: GeoJoin = own
    ? locatePlace(own)
    : {
        joined: false,
        reason: named ? `${named} is not an entity of the result` : 'the incident has no place',
      };
  if (ownJoin.joined) {
    const [acled, ucdp] = LEVEL_PRECISION[ownJoin.place.level];
    return {
      named,
      join: ownJoin,
      acledPrecision: acled,
      ucdpPrecision: ucdp,
      country: countryInfo(ownJoin.place.country),
      note: `${ownJoin.place.name}: ${ownJoin.place.note}`,
    };
  }
  // A place isnad found in the text only (a neighbourhood, a prison: no gazetteer country) is placed
  // at a joined place named right beside it (`مخيم النازحين، غرب مدينة إدلب`): the town it is part of
  // or near. Only the same sentence's neighbourhood counts — the town a report names most may be
  // another front — and a gazetteer place that does not join (a region) is not moved to a neighbour.
  const docs = new Set(incident.documents);
  const anchors = own && !own.country ? own.mentions.filter((m) => docs.has(m.document)) : [];
  // Each mention near an anchor counts once for its place.
  const near = new Set<{ entity: Entity; start: number }>();
  for (const a of anchors)
    for (const m of v.placeMentions.get(a.document) ?? [])
      if (m.entity !== own && Math.abs(a.start - m.start) <= NEARBY) near.add(m);
  const beside = new Map<Entity, number>();
  for (const m of near) beside.set(m.entity, (beside.get(m.entity) ?? 0) + 1);
  const ranked = [...beside].sort((a, b) => b[1] - a[1] || a[0].id.localeCompare(b[0].id));
  for (const [e] of ranked) {
    const join = locatePlace(e);
    if (!join.joined || join.place.level === 'country') continue;
    const town = join.place.level !== 'admin1';
    return {
      named,
      join,
      acledPrecision: town ? 2 : 3,
      ucdpPrecision: town ? 2 : 4,
      country: countryInfo(join.place.country),
      note: `${named ?? 'the incident'} is not in the geo table (${ownJoin.reason}); coded at ${join.place.name}, named beside it`,
    };
  }
  const countryCode = own?.country ?? ranked.map(([e]) => e.country).find((c) => c !== undefined);
  return {
    named,
    join: ownJoin,
    acledPrecision: null,
    ucdpPrecision: null,
    country: countryInfo(countryCode),
    note: `not located: ${ownJoin.reason}, and no place named beside it joins the geo table`,
  };
}

// ---- sources

export interface SourceGroup {
  /** The original speaker's name (the innermost hop), or the outlet when it speaks in its own voice. */
  readonly speaker: string;
  readonly kind: Hop['kind'];
  readonly affiliation?: string;
  /** Outlets that carry this speaker's figures. */
  readonly outlets: readonly string[];
  readonly claims: readonly string[];
}

/** Claims grouped by original speaker: two outlets relaying one speaker are one source, not two. */
export function sourceGroups(v: ExportView, claims: readonly Claim[]): SourceGroup[] {
  const groups = new Map<
    string,
    { speaker: string; kind: Hop['kind']; affiliation?: string; outlets: Set<string>; claims: string[] }
  >();
  for (const c of claims) {
    const hop = speaker(c);
    const doc = v.documentById.get(c.document);
    const outlet = doc ? (doc.source.name ?? doc.id) : c.document;
    const key = hop && hop.kind !== 'anonymous' ? hop.name : hop ? `${hop.name}@${outlet}` : outlet;
    const g = groups.get(key) ?? {
      speaker: hop?.name ?? outlet,
      kind: hop?.kind ?? 'unknown',
      ...(hop?.affiliation ? { affiliation: hop.affiliation } : {}),
      outlets: new Set<string>(),
      claims: [],
    };
    g.outlets.add(outlet);
    g.claims.push(c.id);
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => ({ ...g, outlets: [...g.outlets] }));
}

/** The side a speaker belongs to, when the result says (its entity's parent chain or the hop's affiliation). */
export function speakerSide(v: ExportView, hop: Hop | undefined): string | null {
  if (!hop) return null;
  const named = hop.affiliation ? v.entityByName.get(hop.affiliation) : undefined;
  let e: Entity | undefined =
    named ?? (hop.entity ? v.entityById.get(hop.entity) : v.entityByName.get(hop.name));
  for (let i = 0; e && i < 5; i++) {
    if (e.type === 'armed_group' || e.type === 'government') {
      const parent = e.parent ? v.entityById.get(e.parent) : undefined;
      if (!parent || (parent.type !== 'armed_group' && parent.type !== 'government')) return e.name;
    }
    e = e.parent ? v.entityById.get(e.parent) : undefined;
  }
  return null;
}

export function isoDate(d: string | undefined | null): string {
  return d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : '';
}
