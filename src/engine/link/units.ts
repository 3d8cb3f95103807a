// A report cut into the pieces that are assigned to incidents: its event claims grouped by the place
// they happened. A report on one strike is one unit; a round-up on Hodeidah, Taiz and Saada is three,
// each going to its own place's incident; a closing paragraph about another front is a unit of its
// own and never pulls the report's other claims with it.
//
// The report's main unit is the place most of its event claims name (the most specific among equals);
// claims at a place on the same chain (a town of that province, the country it lies in) stay in it.
// Claims that are no event of their own (background tolls, fighters under arms) ride with the main
// unit and are compared with nothing there; so do figures of an earlier event the report recalls at
// another place (the attack a week before that today's strikes answer), which decide neither the
// main unit's place nor its event day.
//
// Units are plain JSON: they are what the incremental state keeps of every report.

import type { Category, Claim, Entity } from '../../types.js';
import { dayOf, toldDayOf } from './days.js';
import { claimRole, EVENT_CATEGORIES, OWN_DAYS } from './events.js';
import type { EntityIndex } from './sides.js';

export interface Unit {
  /** `<document>#<k>`: k = 0 for the main unit. */
  readonly key: string;
  readonly document: string;
  readonly k: number;
  /** Publication day of the report (days since 1970), or the day its claims give when undated. */
  readonly day: number | null;
  /** The most specific place of the unit; null when the claims name none. */
  readonly place: string | null;
  /** The place and its parents, most specific first. */
  readonly chain: readonly string[];
  /** The root of the chain when it is a country. */
  readonly country: string | null;
  /** Parties the report names (armed groups, governments), most telling first. */
  readonly parties: readonly string[];
  /** Claim categories of the unit's event claims. */
  readonly events: readonly Category[];
  /** Shingle sketch of the report (main units only: a closing paragraph shares no text). */
  readonly sketch: readonly number[];
  /** Claims of the unit, event claims first. */
  readonly claims: readonly string[];
  /** Claims that stand in the unit but are compared with nothing (a figure for another country). */
  readonly aside: readonly string[];
  /**
   * A report that tells of no event of its own (a reaction, a funeral, a condemnation, a report
   * with only vague amounts): it may join an incident it clearly follows, never open one, and it
   * changes nothing of the incident it joins (place, days, parties, texts).
   */
  readonly follower?: true;
  /** Figures of the unit's event claims (`killed:10`), to tell reports of one event. */
  readonly figures?: readonly string[];
  /** The day most of its dated event claims happened on (days since 1970), if they give one. */
  readonly eventDay?: number | null;
  /**
   * A follower's places named in its title: a reaction names the event's place where it says what
   * it reacts to, while a place named only in the body (a dateline, the seat of a government that
   * speaks) is no sign of which event it follows.
   */
  readonly titled?: readonly string[];
  /**
   * The report's headline or lead tells of an event by a toxic gas or chemical arms (main unit or
   * follower only): an event of its own kind, which an older incident that never told of one does
   * not take (cluster.ts).
   */
  readonly toxic?: true;
}

const PARTY_TYPES = new Set<Entity['type']>(['armed_group', 'government']);
const MAX_PARTIES = 4;

export interface Named {
  /** Parties the report names, most often named first. */
  readonly parties: readonly string[];
  /**
   * Where the report names each party (start offsets of its mentions), every party, most often
   * named first: a round-up's main unit takes only the parties named outside its other fronts.
   */
  readonly partyAt?: ReadonlyMap<string, readonly number[]>;
  /** Places the report names, with how often. */
  readonly places: ReadonlyMap<string, number>;
  /** Places the report names in its title. */
  readonly titled?: ReadonlySet<string>;
}

/** A title opens its report's text (a line break may come before it). */
const TITLE_SLACK = 1;

/**
 * Parties and places named per report, counted in one pass over all mentions; with `titles` (each
 * report's title), the places named in the title: mentions near the start of the text whose words
 * the title holds.
 */
export function namedByDocument(
  entities: readonly Entity[],
  index: EntityIndex,
  titles?: ReadonlyMap<string, string>,
): Map<string, Named> {
  const parties = new Map<string, Map<string, number[]>>();
  const places = new Map<string, Map<string, number>>();
  const titled = new Map<string, Set<string>>();
  // One sense per report: a place that at least half its mentions name as the government seated
  // there (`موسكو ترد`) names that government in its other mentions too (`اتهامات إلى موسكو`).
  // Counted per report, then per entity: no key string made per mention.
  const voices = new Map<string, Map<string, number>>();
  for (const e of entities)
    for (const m of e.mentions) {
      let byEntity = voices.get(m.document);
      if (!byEntity) voices.set(m.document, (byEntity = new Map()));
      byEntity.set(e.id, (byEntity.get(e.id) ?? 0) + (m.role === 'voice' ? 1 : -1));
    }
  const voiced = (document: string, entity: string): boolean =>
    (voices.get(document)?.get(entity) ?? -1) >= 0;
  for (const e of entities) {
    const party = PARTY_TYPES.has(e.type);
    if (!party && e.type !== 'location' && e.type !== 'facility') continue;
    // A party is its root side: a movement's media office is the movement.
    const key = party ? (index.sideOfEntity(e)?.id ?? e.id) : e.id;
    for (const m of e.mentions) {
      if (party) {
        let c = parties.get(m.document);
        if (!c) parties.set(m.document, (c = new Map()));
        const at = c.get(key);
        if (at) at.push(m.start);
        else c.set(key, [m.start]);
        continue;
      }
      // A place named as the government seated there (`موسكو ترد`) says who speaks, not where; one
      // named as what the report's event answers (`ردا على هجوم في دوما`), where an earlier event was.
      if (m.role === 'answered' || voiced(m.document, e.id)) continue;
      let c = places.get(m.document);
      if (!c) places.set(m.document, (c = new Map()));
      c.set(key, (c.get(key) ?? 0) + 1);
      const title = titles?.get(m.document);
      if (title !== undefined && m.end <= title.length + TITLE_SLACK && title.includes(m.text)) {
        let t = titled.get(m.document);
        if (!t) titled.set(m.document, (t = new Set()));
        t.add(key);
      }
    }
  }
  const out = new Map<string, Named>();
  for (const doc of new Set([...parties.keys(), ...places.keys()])) {
    const partyAt = new Map(
      [...(parties.get(doc) ?? [])].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1)),
    );
    const p = [...partyAt.keys()].slice(0, MAX_PARTIES);
    const t = titled.get(doc);
    out.set(doc, {
      parties: p,
      ...(partyAt.size > 0 ? { partyAt } : {}),
      places: places.get(doc) ?? new Map(),
      ...(t ? { titled: t } : {}),
    });
  }
  return out;
}

/**
 * The place the report names most within `within` (a country, or anything when null), counting a
 * place's mentions and those of the places inside it; the most specific among equals. Needs two
 * mentions: one passing mention says little.
 */
function mostNamed(
  named: Named,
  within: string | null,
  chainOf: (id: string) => readonly string[],
): string | null {
  let best: string | null = null;
  let bestScore: [number, number] = [1, -1];
  for (const id of named.places.keys()) {
    const chain = chainOf(id);
    if (within !== null && (chain.length < 2 || !chain.includes(within))) continue;
    let n = 0;
    for (const [other, k] of named.places) if (other === id || chainOf(other).includes(id)) n += k;
    const d = chain.length - 1;
    if (
      n > bestScore[0] ||
      (n === bestScore[0] && (d > bestScore[1] || (d === bestScore[1] && best !== null && id < best)))
    ) {
      best = id;
      bestScore = [n, d];
    }
  }
  return best;
}

/** Two places lie on one chain (one contains the other, or they are one). */
export function onOneChain(a: readonly string[], b: readonly string[]): boolean {
  const pa = a[0];
  const pb = b[0];
  if (pa === undefined || pb === undefined) return false;
  return a.includes(pb) || b.includes(pa);
}

/**
 * A place the gazetteer does not hold (a neighbourhood or a prison the reader found by its name)
 * has no parent: it lies where the report is, so it takes the chain of the report's main known place.
 */
function chainsWithin(index: EntityIndex, home: () => readonly string[]): (id: string) => readonly string[] {
  return (id) => {
    const chain = index.placeChain(id);
    const root = index.get(chain[chain.length - 1]);
    const orphan = chain.length === 1 && root !== undefined && !root.country;
    if (!orphan) return chain;
    const h = home();
    return h.length > 0 && !h.includes(id) ? [id, ...h] : chain;
  };
}

/**
 * The country a chain lies in: its root, when that is a country (a place of the gazetteer with a
 * country code and no parent). A place the reader found by its name alone (`حي دشت`, a town the
 * gazetteer lacks) may head a chain of its own: it is no country, and keeps no report out.
 */
export function countryOf(chain: readonly string[], index: EntityIndex): string | null {
  const root = index.get(chain[chain.length - 1]);
  return root && !root.parent && root.type === 'location' && root.country ? root.id : null;
}

/**
 * A round-up's main parties: the parties the report names outside the sentences of its other
 * fronts' claims (a report on Gaza that closes on Sudan does not make Sudan's armies parties of
 * the Gaza strike), most often named first.
 */
function partiesOutside(named: Named, fronts: readonly { claims: readonly Claim[] }[]): readonly string[] {
  if (!named.partyAt) return named.parties;
  const spans = fronts.flatMap((g) => g.claims.map((c) => c.sentence));
  const inside = (at: number): boolean => spans.some((s) => at >= s.start && at < s.end);
  const out: string[] = [];
  for (const [id, at] of named.partyAt) {
    if (at.every(inside)) continue;
    out.push(id);
    if (out.length === MAX_PARTIES) break;
  }
  return out;
}

/** The units of one report, main first. Reports with no event claim give none. */
export function unitsOf(
  document: string,
  published: string | null,
  claims: readonly Claim[],
  sketch: readonly number[],
  named: Named,
  index: EntityIndex,
): Unit[] {
  const parties = named.parties;
  // What each claim can do for incidents, asked once (see `claimRole`).
  const roles = new Map(claims.map((c) => [c.id, claimRole(c, published)]));
  const all = claims.filter((c) => roles.get(c.id) === 'event');
  if (all.length === 0) return [];
  // Figures of an earlier event the report recalls elsewhere (the attack that caused today's
  // strikes) stand with the main unit, compared with nothing: they decide neither place nor days.
  const earlier = new Set(earlierEvent(all, published, (id) => index.placeChain(id)).map((c) => c.id));
  const events = all.filter((c) => !earlier.has(c.id));
  // The report's home: the most specific known place its claims give most, else the one it names most.
  let homeChain: readonly string[] | null = null;
  const home = (): readonly string[] => {
    if (homeChain !== null) return homeChain;
    const known = new Map<string, number>();
    for (const c of events) {
      const id = c.location?.entity;
      if (!id) continue;
      const ch = index.placeChain(id);
      if (ch.length > 1 || index.get(id)?.country) known.set(id, (known.get(id) ?? 0) + 1);
    }
    let best: string | null = null;
    for (const [id, n] of known)
      if (
        best === null ||
        n > known.get(best)! ||
        (n === known.get(best)! && index.depth(id) > index.depth(best))
      )
        best = id;
    best ??= mostNamed(named, null, (id) => index.placeChain(id));
    homeChain = best === null ? [] : index.placeChain(best);
    return homeChain;
  };
  const chainOf = chainsWithin(index, home);
  const tally = new Map<string, { n: number; depth: number; first: number }>();
  // A figure for a whole country (`في سوريا`) says nothing of where the report is when other
  // figures name places inside a country: it must not outvote a round-up's fronts into one unit.
  const specific = events.some((c) => c.location?.entity && chainOf(c.location.entity).length > 1);
  events.forEach((c, i) => {
    const id = c.location?.entity;
    if (!id || (specific && chainOf(id).length === 1)) return;
    const t = tally.get(id);
    if (t) t.n++;
    else tally.set(id, { n: 1, depth: chainOf(id).length - 1, first: i });
  });
  // A place is supported by the claims at it and at the places inside it; the main place is the
  // most specific one that at least half of the placed claims support (a prison named by three of
  // five claims, the other two naming its city). Claims that name no place: where the report mostly is.
  let main: string | null = tally.size === 0 ? mostNamed(named, null, chainOf) : null;
  let placed = 0;
  for (const t of tally.values()) placed += t.n;
  const support = (id: string): number => {
    let n = 0;
    for (const [other, t] of tally) if (other === id || chainOf(other).includes(id)) n += t.n;
    return n;
  };
  let best: [number, number, number] = [-1, -1, 0];
  for (const [id, t] of tally) {
    const n = support(id);
    if (n * 2 < placed) continue;
    const score: [number, number, number] = [t.depth, n, -t.first];
    if (
      score[0] > best[0] ||
      (score[0] === best[0] && (score[1] > best[1] || (score[1] === best[1] && score[2] > best[2])))
    ) {
      main = id;
      best = score;
    }
  }
  // No place half the claims agree on: the one most claims give.
  if (main === null && tally.size > 0) {
    let most = -1;
    for (const id of tally.keys())
      if (support(id) > most) {
        most = support(id);
        main = id;
      }
  }
  // Claims that name only a country (`في سوريا`) happened where inside it the report mostly is.
  if (main !== null && chainOf(main).length === 1) main = mostNamed(named, main, chainOf) ?? main;
  const mainChain = main === null ? [] : chainOf(main);
  const aside: string[] = [...earlier];
  const groups: { place: string | null; chain: readonly string[]; claims: Claim[] }[] = [
    { place: main, chain: mainChain, claims: [] },
  ];
  for (const c of events) {
    const id = c.location?.entity;
    const chain = id ? chainOf(id) : [];
    if (!id || main === null || onOneChain(chain, mainChain)) {
      groups[0]!.claims.push(c);
      continue;
    }
    // Only another country named (refugees counted across the border, a neighbour's figure): too
    // vague for an incident of its own; it stands with the report's incident, compared with nothing.
    if (chain.length === 1) {
      groups[0]!.claims.push(c);
      aside.push(c.id);
      continue;
    }
    // Another front: with the claims of a place on its chain, else a unit of its own.
    const g = groups.find((x, k) => k > 0 && onOneChain(x.chain, chain));
    if (!g) {
      groups.push({ place: id, chain, claims: [c] });
      continue;
    }
    if (chain.length > g.chain.length) {
      g.place = id;
      g.chain = chain;
    }
    g.claims.push(c);
  }
  // Another place named without a figure of its own (`the chemical attack on Douma killed dozens`
  // in a report on the strike that answered it) is a mention, not a front the report tells of: its
  // claims join no incident, neither that place's nor the report's (whose place is elsewhere).
  for (let k = groups.length - 1; k > 0; k--)
    if (figuresOf(groups[k]!.claims).length === 0) groups.splice(k, 1);
  // Figures that open nothing stand with the main unit (compared with nothing there).
  // An undated war-wide total stands there as background: compared with no day's toll.
  for (const c of claims) {
    const role = roles.get(c.id)!;
    if (earlier.has(c.id)) groups[0]!.claims.push(c);
    if (role === 'event') continue;
    groups[0]!.claims.push(c);
    if (role === 'war_total') aside.push(c.id);
  }
  const day = dayOf(published) ?? firstClaimDay(events);
  const own = (c: Claim): boolean => roles.get(c.id) === 'event' && !earlier.has(c.id);
  const mainParties = groups.length > 1 ? partiesOutside(named, groups.slice(1)) : parties;
  return groups
    .filter((g) => g.claims.some((c) => EVENT_CATEGORIES.has(c.category)))
    .map((g, k) => {
      const eventKinds = [
        ...new Set(g.claims.filter((c) => c.scope !== 'background').map((c) => c.category)),
      ];
      const groupsNamed = g.claims
        .map((c) => (c.subject.group ? index.sideOfGroup(c.subject.group)?.id : undefined))
        .filter((x): x is string => x !== undefined && !x.startsWith('group:'));
      return {
        key: `${document}#${k}`,
        document,
        k,
        day,
        place: g.place,
        chain: g.chain,
        country: countryOf(g.chain, index),
        // A closing paragraph's parties are the groups its figures count, not the report's.
        parties: k === 0 ? mainParties : [...new Set(groupsNamed)].slice(0, MAX_PARTIES),
        events: eventKinds,
        sketch: k === 0 ? sketch : [],
        claims: g.claims.map((c) => c.id),
        aside: k === 0 ? aside : [],
        figures: figuresOf(g.claims.filter(own)),
        eventDay: eventDayOf(g.claims.filter(own), day),
      };
    });
}

/**
 * The event claims that tell of an earlier event the report recalls at another place: dated more
 * than OWN_DAYS before the report, at a place off the chains of the places its figures of its own
 * days name (strikes on Damascus and Homs «فجر اليوم» told with the attack on Douma a week before
 * that caused them). A follow-up at the same place (a toll of the event's day told with today's
 * news of it) keeps them, and so does a report with no figure dated to its own days.
 *
 * Must set aside: «قتل 40 في دوما السبت الماضي» beside «105 صواريخ على دمشق وحمص فجر اليوم».
 * Must not:       «قتل 40 في دوما السبت الماضي» beside «500 مصاب في دوما اليوم»; the same figure
 *                 in a report whose only dated figures are of the earlier day.
 */
export function earlierEvent(
  events: readonly Claim[],
  published: string | null,
  chainOf: (id: string) => readonly string[],
): Claim[] {
  const report = dayOf(published);
  if (report === null) return [];
  const ownDays = events.filter((c) => {
    const d = toldDayOf(c.time);
    return d !== null && d >= report - OWN_DAYS && d <= report;
  });
  if (ownDays.length === 0) return [];
  // The places of its own days, below the country (a country holds every place of its war).
  const ownChains = ownDays
    .map((c) => (c.location?.entity ? chainOf(c.location.entity) : []))
    .filter((ch) => ch.length > 1);
  return events.filter((c) => {
    const d = toldDayOf(c.time);
    if (d === null || d >= report - OWN_DAYS || !c.location?.entity) return false;
    const chain = chainOf(c.location.entity);
    return chain.length > 1 && !ownChains.some((o) => onOneChain(o, chain));
  });
}

/** Families of categories whose figures name the same toll (outlets say either). */
const FIGURE_FAMILY: Partial<Record<Category, string>> = { killed_or_wounded: 'killed' };

/**
 * The precise figures of event claims, as `family:figure`: reports of one event repeat its toll
 * (10 killed, 15 wounded) whatever their words. Figures under 3 say little (one, two of anything).
 */
export function figuresOf(claims: readonly Claim[]): string[] {
  const out = new Set<string>();
  for (const c of claims) {
    const q = c.quantity;
    if (q.qualifier === 'vague' || q.point === null || q.point < 3) continue;
    out.add(`${FIGURE_FAMILY[c.category] ?? c.category}:${q.point}`);
  }
  return [...out].sort();
}

/**
 * The follower unit of a report with no event of its own: where it mostly is (its most named place,
 * at least two mentions) and its text. Null when it names no place and has no text.
 */
export function followerOf(
  document: string,
  published: string | null,
  claims: readonly Claim[],
  sketch: readonly number[],
  named: Named,
  index: EntityIndex,
): Unit | null {
  const day = dayOf(published);
  if (day === null) return null;
  const home = mostNamed(named, null, (id) => index.placeChain(id));
  let place = home;
  if (place !== null && index.placeChain(place).length === 1)
    place = mostNamed(named, place, (id) => index.placeChain(id)) ?? place;
  const chain = place === null ? [] : index.placeChain(place);
  if (chain.length === 0 && sketch.length === 0) return null;
  return {
    key: `${document}#0`,
    document,
    k: 0,
    day,
    place,
    chain,
    country: countryOf(chain, index),
    parties: named.parties,
    events: [],
    sketch,
    claims: claims.map((c) => c.id),
    aside: claims.map((c) => c.id),
    follower: true,
    figures: [],
    titled: [...(named.titled ?? [])].sort(),
  };
}

/**
 * The day the unit's event claims happened: the day most of its dated claims give (the later among
 * equals), not after the report. Null when none is dated.
 */
function eventDayOf(claims: readonly Claim[], published: number | null): number | null {
  const count = new Map<number, number>();
  for (const c of claims) {
    const d = toldDayOf(c.time);
    if (d === null || (published !== null && d > published)) continue;
    count.set(d, (count.get(d) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [d, n] of count)
    if (best === null || n > count.get(best)! || (n === count.get(best)! && d > best)) best = d;
  return best;
}

function firstClaimDay(claims: readonly Claim[]): number | null {
  let day: number | null = null;
  for (const c of claims) {
    const d = toldDayOf(c.time);
    if (d !== null && (day === null || d < day)) day = d;
  }
  return day;
}
