// Units into incidents by online clustering against whole incidents (as streaming news clustering
// does), never by joining pairs: a unit joins the incident whose place as most of its reports give
// it, whose days, parties and text it agrees with best, or opens a new one. A generic report (a
// weekly round-up, a country named and nothing finer) can join one incident but never glue two
// together, because nothing is ever merged after the fact: chaining is impossible by construction.
//
// Hard rules (no score overrides them):
//   - a unit joins only within WINDOW days of the incident's days, and only if the incident then
//     spans at most MAX_SPAN days (its window);
//   - places in two countries are two incidents; a unit's place must lie on one chain with the
//     incident's anchor (the most specific place at least half its units agree on): Douma joins an
//     Eastern Ghouta incident, Afrin never does. Sibling places (two villages of one district) join
//     only when the texts say they are one event, or they tell of one strike wave: the same
//     count of acts (`sameAct`), or a foreign state striking on the day the incident opened
//     (`sameWave`). A place the gazetteer lacks is no country (it keeps no report out), and its
//     spellings by several outlets are one place (spelling.ts);
//   - a unit that names no place joins only on text resemblance; one that names only a country
//     joins on text, or an incident at a place of that country (and a unit at a place joins an
//     incident of the whole country) when it tells of the same event: the incident's event days,
//     one of its kinds, one of its parties, or for strikes the other side (`struck`: the foreign
//     state that struck, where the incident's reports name the state struck). A follower (a
//     reaction, a report without a figure) that names no place or only one holding the incident's place joins it on the event's days
//     when its title names the incident's place (its country for a town) or it names a party a
//     third of the incident names. A follower told from another country (a capital, a
//     dateline) joins on its headline: an incident whose place it names, on the event's days.
//     A follower at a place TOLD_AT of an incident's reports give, though not its anchor, is at
//     one of its places (a strike wave's other city).
//     Among the incidents it agrees with, a follower follows the one most reports tell of,
//     unless one of them is the event of its day (`ofItsDay`): a new event, not days-old news;
//     then one whose reports came out on its days (`inTheNews`) over one whose reports stopped.
//   - a report whose headline or lead tells of a toxic-gas or chemical attack never joins an
//     incident opened before its days none of whose reports told of one (`otherMeans`): the gas
//     attack on a town is not the battle around it, whose days run into the attack's.
//     Its victims counted days later, undated and without a counted act, are its toll
//     (`laterToll`), though they repeat none of its figures.
//
// Units are processed in a canonical order (publication day, then unit key), and a unit's incident
// depends only on the units before it. So the same units give the same incidents whatever order
// they were handed in, and units added after the last one continue the clustering where it stopped.
//
// Cost: a unit is scored only against the live incidents found through its place, its place's
// parents' anchors and the smallest hashes of its text sketch (blocking), at most CANDIDATES of them,
// each against at most SKETCHES member texts: linear in units.

import type { Category } from '../../types.js';
import { resemblance } from './sketch.js';
import type { EntityIndex } from './sides.js';
import type { Unit } from './units.js';
import { countryOf, onOneChain } from './units.js';
import { nameWord, spelledAlike, spellingKeys } from './spelling.js';

/** Most days between a unit and the nearest day of the incident it joins. */
export const WINDOW = 7;
/** Most days an incident spans, first report to last (its window). */
export const MAX_SPAN = 14;
const CANDIDATES = 80;
const SKETCHES = 4;
const SKETCH_KEYS = 4;
/** Score a unit needs to join an incident. */
const JOIN_AT = 0.5;
/** Most days between the first and the last event day of one incident (one continuous battle). */
export const EVENT_SPAN = 2;
/** Days after the event day an undated report still tells of it (the usual 0–1 day lag, and a
 * follow-up a day later); a day before it (a report dated by the place's time zone). */
const UNDATED_AFTER = 2;
const UNDATED_BEFORE = 1;
/** Reports that must date an incident's event before it counts as the event of those days. */
const ONE_DAY = 2;
/** Reports dating an incident's event within EVENT_SPAN days, none outside, that make it the event
 * of those days (a strike told over a night and a day), though no one day holds two thirds. */
const SHORT_EVENT = 5;
/** Shared figures (see `figureScore`) that make a report of a later day a toll update of the event. */
const TOLL_UPDATE = 1;
/** Score a follower (a report with no event of its own) needs to join an incident: the same
 * evidence as an event report, on a place below the country or its text (see `score`). */
const FOLLOW_AT = 0.5;
/** Text resemblance (scaled 0..1) a unit without a specific place needs to join on text alone. */
const TEXT_ALONE = 0.5;
/** Text resemblance (scaled 0..1) two sibling places need to be one event. */
const TEXT_SIBLING = 0.6;
/** Place agreement of a follower whose headline names the incident's place, told from elsewhere. */
const TITLED = 0.85;
/** Reports of an incident at a place off its anchor (a strike wave's other city) that make the place
 * its own for a follower there. */
const TOLD_AT = 2;
/** Places on a chain longer than this (a town of a province of a country) are towns. */
const TOWN_DEPTH = 2;

export interface Cluster {
  readonly id: string;
  /** Publication day of the unit that opened it (for pruning the live set). */
  readonly opened: number | null;
  start: number | null;
  end: number | null;
  readonly members: Unit[];
  /** Reports with no event of their own that follow this incident. */
  readonly followers: Unit[];
  /** Units naming each place of their chains. */
  readonly places: Map<string, number>;
  /** Each of those places with its parents, as the units gave them. */
  readonly chains: Map<string, readonly string[]>;
  placed: number;
  anchor: string | null;
  anchorChain: readonly string[];
  country: string | null;
  readonly parties: Map<string, number>;
  /** The same by side of the event (`sides`): what units are compared with. */
  readonly sides: Map<string, number>;
  readonly events: Map<Category, number>;
  readonly sketches: Uint32Array[];
  /** Figures of the members' event claims, with how many units give each. */
  readonly figures: Map<string, number>;
  /** Days its members' claims say the event happened on, with how many units give each. */
  readonly eventDays: Map<number, number>;
  /** The day most of them give (the earliest among equals). */
  eventDay: number | null;
  /** Dated members by the day their claims give (`strongDay`): [all, toll updates among them]. */
  readonly told: Map<number, [number, number]>;
  /** First and last event day of the members dated within EVENT_SPAN of each other: the days most
   * of them give. */
  first: number | null;
  last: number | null;
  /** Units dated within those days, in all and by day, and the day most of them give. */
  dated: number;
  readonly strongDays: Map<number, number>;
  strongDay: number | null;
  /** Units dated outside those days that repeat none of the incident's figures (not toll updates). */
  spread: number;
  /** Members whose headline or lead tells of a toxic gas or chemical arms. */
  toxic: number;
  /** Members by the day they came out. */
  readonly published: Map<number, number>;
}

interface Entry {
  readonly cluster: Cluster;
  /** The day of the unit that put the incident on this key. */
  readonly day: number | null;
}

/** Order in which units are clustered: publication day (undated last), then key. */
export function canonical(a: Unit, b: Unit): number {
  const da = a.day ?? Infinity;
  const db = b.day ?? Infinity;
  if (da !== db) return da < db ? -1 : 1;
  // Followers after the day's event units: they join what the day opened.
  if (!a.follower !== !b.follower) return a.follower ? 1 : -1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

export function incidentIdOf(unit: Unit): string {
  return unit.k === 0 ? `incident:${unit.document}` : `incident:${unit.document}:${unit.k}`;
}

/** A party named in at least a third of an incident's units is common to it. */
function isCommon(named: number, units: number): boolean {
  return named * 3 >= units;
}

/** The parties common to an incident (`isCommon`). */
function commonSides(sides: ReadonlyMap<string, number>, units: number): string[] {
  return [...sides].filter(([, n]) => isCommon(n, units)).map(([p]) => p);
}

function jaccard(a: readonly string[], b: ReadonlyMap<string, number>, total: number): number {
  if (a.length === 0 || b.size === 0) return 0.5;
  // Parties the incident's reports name in at least a third of its units.
  const common = commonSides(b, total);
  if (common.length === 0) return 0.5;
  const inter = a.filter((x) => common.includes(x)).length;
  return inter / (a.length + common.length - inter);
}

export class Clusterer {
  readonly clusters = new Map<string, Cluster>();
  /** Live incidents by every place on their members' chains (in order of opening). */
  private readonly byPlace = new Map<string, Entry[]>();
  /** Live incidents by their anchor at the time they were indexed. */
  private readonly byAnchor = new Map<string, Entry[]>();
  private readonly byHash = new Map<number, Entry[]>();
  /** Live incidents by the counts of acts of ACT_COUNT or more their members give (`sameAct`). */
  private readonly byAct = new Map<string, Entry[]>();
  /** Live incidents by the spelling keys of the unknown places on their members' chains. */
  private readonly bySpelling = new Map<string, Entry[]>();
  /** The last word of each place's name, folded (spelling.ts), asked for again on every anchoring. */
  private readonly words = new Map<string, string>();
  /** The incident of every clustered unit, by unit key. */
  readonly assigned = new Map<string, string>();
  /** The last unit clustered, in canonical order. */
  last: Unit | null = null;

  constructor(private readonly index: EntityIndex) {}

  /**
   * Clusters the next unit (units must come in canonical order). Returns its incident id, or null
   * for a follower that joins nothing.
   */
  add(unit: Unit): string | null {
    const sketch = Uint32Array.from(unit.sketch);
    const target = this.best(unit, sketch);
    if (unit.follower && target === null) return null;
    return this.put(unit, target, sketch);
  }

  /** Puts a unit into a known incident (restoring a saved state), or opens it. */
  put(unit: Unit, target: Cluster | string | null, sketch?: Uint32Array): string {
    let cluster = typeof target === 'string' ? this.clusters.get(target) : target;
    if (!cluster) {
      cluster = {
        id: typeof target === 'string' ? target : incidentIdOf(unit),
        opened: unit.day,
        start: null,
        end: null,
        members: [],
        followers: [],
        places: new Map(),
        chains: new Map(),
        placed: 0,
        anchor: null,
        anchorChain: [],
        country: null,
        parties: new Map(),
        sides: new Map(),
        events: new Map(),
        sketches: [],
        figures: new Map(),
        eventDays: new Map(),
        eventDay: null,
        first: null,
        last: null,
        dated: 0,
        told: new Map(),
        strongDays: new Map(),
        strongDay: null,
        spread: 0,
        toxic: 0,
        published: new Map(),
      };
      this.clusters.set(cluster.id, cluster);
    }
    this.join(cluster, unit, sketch ?? Uint32Array.from(unit.sketch));
    this.assigned.set(unit.key, cluster.id);
    this.last = unit;
    return cluster.id;
  }

  private join(c: Cluster, u: Unit, sketch: Uint32Array): void {
    // A follower changes nothing of the incident it joins: no chaining through reactions.
    if (u.follower) {
      c.followers.push(u);
      return;
    }
    // A dated report repeating the incident's figures is a toll update (asked before they count).
    const update = strongDay(u) && figureScore(u, c) >= TOLL_UPDATE;
    c.members.push(u);
    if (u.toxic) c.toxic++;
    for (const f of countedActs(u)) if (!c.figures.has(f)) push(this.byAct, f, c, u.day);
    for (const f of u.figures ?? []) c.figures.set(f, (c.figures.get(f) ?? 0) + 1);
    if (u.eventDay !== undefined && u.eventDay !== null) {
      const n = (c.eventDays.get(u.eventDay) ?? 0) + 1;
      c.eventDays.set(u.eventDay, n);
      const m = c.eventDay === null ? 0 : c.eventDays.get(c.eventDay)!;
      if (n > m || (n === m && u.eventDay < c.eventDay!)) c.eventDay = u.eventDay;
    }
    // A toll update dated days later (joined on its figures) does not move the event's days.
    if (strongDay(u)) {
      const t = c.told.get(u.eventDay!) ?? [0, 0];
      c.told.set(u.eventDay!, [t[0] + 1, t[1] + (update ? 1 : 0)]);
      eventWindow(c);
    }
    if (u.day !== null) {
      c.published.set(u.day, (c.published.get(u.day) ?? 0) + 1);
      c.start = c.start === null ? u.day : Math.min(c.start, u.day);
      c.end = c.end === null ? u.day : Math.max(c.end, u.day);
    }
    if (u.place !== null) {
      c.placed++;
      u.chain.forEach((id, k) => {
        const n = c.places.get(id);
        c.places.set(id, (n ?? 0) + 1);
        if (n === undefined) {
          c.chains.set(id, u.chain.slice(k));
          push(this.byPlace, id, c, u.day);
          if (this.unknown(id))
            for (const key of spellingKeys(this.word(id))) push(this.bySpelling, key, c, u.day);
        }
      });
      this.reanchor(c, u.day);
    }
    for (const p of u.parties) c.parties.set(p, (c.parties.get(p) ?? 0) + 1);
    for (const p of this.sides(u)) c.sides.set(p, (c.sides.get(p) ?? 0) + 1);
    for (const e of u.events) c.events.set(e, (c.events.get(e) ?? 0) + 1);
    if (sketch.length > 0 && c.sketches.length < SKETCHES) {
      c.sketches.push(sketch);
      for (const h of sketch.subarray(0, SKETCH_KEYS)) push(this.byHash, h, c, u.day);
    }
  }

  /** The anchor: the most specific place more than half of the placed units lie in. */
  private reanchor(c: Cluster, day: number | null): void {
    let anchor: string | null = null;
    let depth = -1;
    let count = 0;
    // Spellings of one unknown place vote together (see spelling.ts).
    const unknown = [...c.places.keys()].filter((id) => this.unknown(id));
    for (const [id, own] of c.places) {
      let n = own;
      const word = unknown.length > 0 ? this.word(id) : '';
      for (const other of unknown)
        if (other !== id && spelledAlike(word, this.word(other))) n += c.places.get(other)!;
      if (n * 2 <= c.placed) continue;
      const d = c.chains.get(id)!.length - 1;
      if (d > depth || (d === depth && (n > count || (n === count && anchor !== null && id < anchor)))) {
        anchor = id;
        depth = d;
        count = n;
      }
    }
    if (anchor === c.anchor) return;
    c.anchor = anchor;
    c.anchorChain = anchor === null ? [] : c.chains.get(anchor)!;
    c.country = countryOf(c.anchorChain, this.index) ?? c.country;
    if (anchor !== null) push(this.byAnchor, anchor, c, day);
  }

  private live(list: readonly Entry[] | undefined, day: number | null, out: Set<Cluster>): void {
    if (!list) return;
    // Incidents opened before this cut-off cannot take a unit of this day (span cap); entries are
    // in the order they were made, so once one was made before the cut-off, all before it were.
    const cutoff = day === null ? -Infinity : day - MAX_SPAN - WINDOW;
    let taken = 0;
    for (let i = list.length - 1; i >= 0 && taken < CANDIDATES; i--) {
      const { cluster: c, day: made } = list[i]!;
      if (made !== null && made < cutoff) break;
      if (c.opened !== null && c.opened < cutoff) continue;
      if (!out.has(c)) {
        out.add(c);
        taken++;
      }
    }
  }

  private candidates(u: Unit, sketch: Uint32Array): Set<Cluster> {
    const out = new Set<Cluster>();
    const specific = u.place !== null && u.chain.length > 1;
    if (specific) {
      this.live(this.byPlace.get(u.place!), u.day, out);
      for (const id of u.chain.slice(1)) this.live(this.byAnchor.get(id), u.day, out);
    } else if (u.place !== null) {
      this.live(this.byPlace.get(u.place), u.day, out);
    }
    for (const h of sketch.subarray(0, SKETCH_KEYS)) this.live(this.byHash.get(h), u.day, out);
    for (const f of countedActs(u)) this.live(this.byAct.get(f), u.day, out);
    // A strike wave by a foreign state hits places all over the country (see `sameWave`).
    if (specific && u.country !== null && u.events.includes('strikes') && this.foreignStates(u).length > 0)
      this.live(this.byPlace.get(u.country), u.day, out);
    // A follower's headline names the event it reacts to (see `titledOnItsDays`).
    if (u.follower && u.place !== null)
      for (const t of u.titled ?? [])
        for (const id of this.index.placeChain(t).slice(0, -1)) this.live(this.byAnchor.get(id), u.day, out);
    for (const id of u.chain)
      if (this.unknown(id))
        for (const key of spellingKeys(this.word(id))) this.live(this.bySpelling.get(key), u.day, out);
    return out;
  }

  /**
   * A chain that names a country alone (or nothing): it holds all its places. A town the reader
   * found by its name in a report that names no country (`بلدة تريب`, alone on its chain) is no
   * country: it is as specific as the same town placed in its country by another report.
   */
  private broad(chain: readonly string[]): boolean {
    return chain.length === 0 || (chain.length === 1 && !this.unknown(chain[0]!));
  }

  /** A place the reader found by its name alone: not in the gazetteer, no parent, no country. */
  private unknown(id: string): boolean {
    const e = this.index.get(id);
    return (
      e !== undefined &&
      e.parent === undefined &&
      !e.country &&
      (e.type === 'location' || e.type === 'facility')
    );
  }

  private readonly sidesCache = new WeakMap<Unit, readonly string[]>();

  /**
   * The unit's parties as sides of the event: a state's government and its armed forces (roots
   * of their own in the gazetteer, as ACLED codes them) are one side, so one report naming the
   * government that ordered a strike and another naming the forces that flew it agree. Bodies
   * under a government or an armed group are their root already (`sideOfEntity`).
   */
  private sides(u: Unit): readonly string[] {
    let out = this.sidesCache.get(u);
    if (out === undefined) {
      out = [
        ...new Set(
          u.parties.map((p) => {
            const e = this.index.get(p);
            return e !== undefined && e.type === 'government' && e.parent === undefined && e.country
              ? `state:${e.country}`
              : p;
          }),
        ),
      ];
      this.sidesCache.set(u, out);
    }
    return out;
  }

  /** The state of the country the unit's place lies in (`SY` for Homs), if the gazetteer has one. */
  private ownState(u: Unit): string | undefined {
    return u.country === null ? undefined : this.index.get(u.country)?.country;
  }

  /** The unit's sides that are states other than the one of the country its place lies in. */
  private foreignStates(u: Unit): readonly string[] {
    const own = this.ownState(u);
    if (own === undefined) return [];
    return this.sides(u).filter((p) => p.startsWith('state:') && p !== `state:${own}`);
  }

  /**
   * The state a unit's strikes fell on, when it names only states from outside the country its
   * place lies in (`state:SY` for a report on Syria naming only the US and Britain): the side its
   * reports leave out, which reports told at the targets name (the army whose bases were hit).
   */
  private struck(u: Unit): string | null {
    const own = this.ownState(u);
    if (own === undefined) return null;
    const sides = this.sides(u);
    if (sides.length === 0 || sides.some((p) => !p.startsWith('state:'))) return null;
    return sides.includes(`state:${own}`) ? null : `state:${own}`;
  }

  /**
   * The unit tells of the strike wave the incident tells of, at a sibling place of one country:
   * strikes, published on the day the incident opened and dated to no earlier day, naming a state
   * from outside the country that the incident's reports name too, and a side a third of them
   * name. A foreign state's strikes of one night hit several cities (depots near the capital, a
   * base near another city): one operation, told by each outlet at the target it names, in words
   * and counts of missiles that differ. An army striking its own country and an armed group's
   * attacks are no such wave: each place keeps its incident unless the texts say otherwise.
   *
   * Must join: strikes at a town naming the army and a foreign state, to the incident opened that
   * day at a sibling town naming both. Must not: the same naming only the country's army, a day
   * later, or counting victims and no strikes.
   */
  private sameWave(u: Unit, c: Cluster): boolean {
    if (u.follower || u.country === null || u.country !== c.country) return false;
    if (!u.events.includes('strikes') || !c.events.has('strikes')) return false;
    if (u.day === null || c.opened !== u.day || strongDay(u)) return false;
    const foreign = this.foreignStates(u);
    if (!foreign.some((p) => c.sides.has(p))) return false;
    const common = commonSides(c.sides, c.members.length);
    return this.sides(u).some((p) => common.includes(p));
  }

  private word(id: string): string {
    let word = this.words.get(id);
    if (word === undefined) this.words.set(id, (word = nameWord(this.index.get(id)?.name ?? '')));
    return word;
  }

  /**
   * Two chains hold one place: on one chain, or the most specific place of one is a place the
   * gazetteer lacks spelt like a place of the other (two outlets' spellings of one town).
   */
  private alike(a: readonly string[], b: readonly string[]): boolean {
    if (onOneChain(a, b)) return true;
    const spelt = (x: string, ys: readonly string[]): boolean =>
      ys.some((y) => (this.unknown(x) || this.unknown(y)) && spelledAlike(this.word(x), this.word(y)));
    return (a[0] !== undefined && spelt(a[0], b)) || (b[0] !== undefined && spelt(b[0], a));
  }

  private best(u: Unit, sketch: Uint32Array): Cluster | null {
    if (u.follower) {
      const scored: [Cluster, number][] = [];
      for (const c of this.candidates(u, sketch)) scored.push([c, this.score(u, c, sketch)]);
      return mostTold(scored, u);
    }
    let best: Cluster | null = null;
    let bestScore = JOIN_AT;
    for (const c of this.candidates(u, sketch)) {
      const s = this.score(u, c, sketch);
      if (s > bestScore || (s === bestScore && best !== null && tieBefore(u, c, best))) {
        best = c;
        bestScore = s;
      }
    }
    return best;
  }

  /** How well a unit agrees with an incident as a whole; 0 when a hard rule keeps them apart. */
  score(u: Unit, c: Cluster, sketch: Uint32Array): number {
    // Time: within the window of the incident's days, and the incident stays within its span.
    if (u.day !== null && c.start !== null && c.end !== null) {
      const gap = u.day > c.end ? u.day - c.end : u.day < c.start ? c.start - u.day : 0;
      if (gap > WINDOW) return 0;
      if (Math.max(c.end, u.day) - Math.min(c.start, u.day) > MAX_SPAN) return 0;
    }
    // A follower whose headline names the incident's place reacts to it from wherever it is told.
    const titled = this.titledOnItsDays(u, c);
    if (u.country !== null && c.country !== null && u.country !== c.country && !titled) return 0;
    if (otherMeans(u, c)) return 0;
    // A follower comes within the incident's window, from its first day on.
    if (u.follower && u.day !== null && c.start !== null && (u.day < c.start || u.day > c.start + MAX_SPAN))
      return 0;
    // Reports of one event resemble each other in words or repeat its figures.
    const figures = figureScore(u, c);
    const text = Math.max(textScore(sketch, c), figures);
    // An incident is one event day: a report of another day at the same place (next Friday's
    // protest, a new strike) opens its own, unless it repeats the event's figures (a toll update)
    // and counts no act the event's reports never counted (`newAct`).
    const apart = daysApart(u, c);
    if (apart > 0 && !u.follower && (figures < TOLL_UPDATE || newAct(u, c)) && !laterToll(u, c)) return 0;
    // An incident dated to the unit's days is a better home than one whose days are not yet known.
    const time = Math.max(0.5, 1 - 0.05 * apart);
    // Place: on one chain with the anchor, closer is better; a country alone says little.
    let place: number;
    // The unit names the other side of the incident's strike (see `struck`): no party in common.
    let opposing = false;
    const uDepth = u.chain.length - 1;
    const aDepth = c.anchorChain.length - 1;
    if (titled && !(u.place !== null && this.alike(u.chain, c.anchorChain))) {
      place = TITLED;
    } else if (u.place === null || c.anchor === null || this.broad(u.chain) || this.broad(c.anchorChain)) {
      // A country holds all its places: a report that names only the country joins an incident
      // at one of its places (and a report at a place joins an incident that names only the
      // country) when it tells of the same event: the same days, kinds and parties. That
      // agreement is itself evidence of place, so it weighs more than the country alone (two
      // outlets' words for one bombing rarely resemble each other in their text sketches).
      const within = u.place !== null && c.anchor !== null && this.alike(u.chain, c.anchorChain);
      const same = within && (sameEvent(u, this.sides(u), c, this.struck(u)) || sameAct(u, c));
      opposing = same && jaccard(this.sides(u), c.sides, c.members.length) === 0;
      // A follower naming the country that says it follows the incident, on its days, weighs as
      // one titled on its place (a reaction titled on Syria, naming the strike's parties).
      const follows = this.followsOnItsDays(u, c);
      if (text < TEXT_ALONE && !same && !follows) return 0;
      place = same ? 0.7 : within && follows ? TITLED : within ? 0.6 : 0.4;
    } else if (this.alike(u.chain, c.anchorChain)) {
      place = 1 - 0.15 * Math.abs(uDepth - aDepth);
    } else if (u.follower && (c.places.get(u.place) ?? 0) >= TOLD_AT) {
      // A follower at a place TOLD_AT of the incident's reports give, off its anchor (the other
      // city of a strike wave, the city where an embassy opened beside the border protests), is
      // at one of the event's places: it follows as one titled on the anchor does. One report
      // there is not enough (a stray claim of a round-up).
      place = TITLED;
    } else if (sameAct(u, c) || this.sameWave(u, c)) {
      // One strike wave told at the places it hit: the same count of acts on the same days, or
      // the same foreign state striking on the day the incident opened.
      place = 0.7;
    } else {
      if (text < TEXT_SIBLING) return 0;
      place = 0.4;
    }
    // A follower (a reaction) names who speaks, a government or a body that took no part, beside
    // who acted: the parties it names can agree with the incident's, never count against it.
    const shared = jaccard(this.sides(u), c.sides, c.members.length);
    // The two sides of one strike agree as fully as a party in common does.
    const party = opposing ? 1 : u.follower ? Math.max(0.5, shared) : shared;
    const kinds = u.follower || shareKind(u.events, c.events) ? 1 : 0.8;
    // A follower joins on a place of the incident's chain below the country, or on its text; on
    // the place only when its title names the incident's place or it names one of the incident's
    // parties (a place named only in the body may be a dateline or a speaking government's seat).
    if (
      u.follower &&
      text < TEXT_SIBLING &&
      (place < 0.85 || !this.follows(u, c)) &&
      !this.followsOnItsDays(u, c)
    )
      return 0;
    // Without a text on either side (a closing paragraph's unit), place and parties decide alone.
    const agreement =
      sketch.length === 0 || c.sketches.length === 0
        ? (0.5 * place + 0.2 * party) / 0.7
        : 0.5 * place + 0.3 * text + 0.2 * party;
    return time * kinds * agreement;
  }

  /**
   * A follower that names no place, or a place the incident's place lies in (its country, its
   * province), follows the incident when it comes out on the event's days (from the day before
   * the first to UNDATED_AFTER days after the last) and says it follows it (`follows`): a reaction
   * titled on Syria the day after the Douma attack. A follower at a place of its own (a town
   * elsewhere, a foreign capital) never joins this way, nor one that comes out a week later.
   */
  private followsOnItsDays(u: Unit, c: Cluster): boolean {
    if (!u.follower || u.day === null || c.anchor === null) return false;
    if (u.place !== null && !onOneChain(u.chain, c.anchorChain)) return this.titledOnItsDays(u, c);
    if (!onItsDays(u, c)) return false;
    return this.follows(u, c);
  }

  /**
   * A follower whose headline names the incident's place below the country, or a place inside
   * it, on the event's days: it says which event it reacts to, wherever its body mostly is (a
   * condemnation from a Gulf capital, a report from the city where an embassy opened, titled on
   * the town where the protesters were shot). An incident not yet of one event day (a battle, a
   * wave of protests told day after day) is followed on the days its reports came out.
   *
   * Must join: «UAE condemns the escalation in Gaza», told from the UAE on the day of the Gaza
   * incident's event. Must not: the same title a week after the event; a title naming only the
   * country (`سوريا`) of a follower told from another country.
   */
  private titledOnItsDays(u: Unit, c: Cluster): boolean {
    if (!u.follower || u.day === null || c.anchor === null || c.anchorChain.length < 2) return false;
    // Told from a country or a city under it in another country (a dateline, a capital that
    // speaks): its title says where the event is. A town's follower, or one in the incident's
    // country, is where its body says.
    const abroad =
      u.chain.length <= 1 ||
      (u.chain.length <= TOWN_DEPTH && u.country !== null && c.country !== null && u.country !== c.country);
    if (!abroad) return false;
    if (!(u.titled ?? []).some((t) => this.index.placeChain(t).includes(c.anchor!))) return false;
    if (oneEventDay(c)) return onItsDays(u, c);
    return c.start !== null && c.end !== null && u.day >= c.start && u.day <= c.end + UNDATED_AFTER;
  }

  /**
   * A follower says which incident it follows: its title names the incident's place or a place
   * inside it; or, when that place is a town inside a province (depth 2 or more), the province or
   * the country it lies in (a title on Syria reacting to Douma); or the report names a party that
   * a third of the incident's reports name. A city right under its country (often its capital)
   * is followed only by a title naming it: a title naming Russia says nothing of Moscow.
   */
  private follows(u: Unit, c: Cluster): boolean {
    if (c.anchor !== null)
      for (const t of u.titled ?? []) {
        if (this.index.placeChain(t).includes(c.anchor)) return true;
        if (c.anchorChain.length > TOWN_DEPTH && c.anchorChain.includes(t)) return true;
      }
    for (const p of this.sides(u)) {
      const n = c.sides.get(p);
      if (n !== undefined && isCommon(n, c.members.length)) return true;
    }
    return false;
  }
}

/**
 * The incident a follower follows among those it agrees with (FOLLOW_AT): the event of its day
 * (`ofItsDay`) before any other, then one still in the news (`inTheNews`), then the one whose
 * event most reports tell of. A reaction (no
 * figure, no day of its own) says which place and days it follows, rarely which of two incidents
 * there: its words resemble the reports of its own day, so it would follow the latest, smaller
 * incident (a day's diplomacy opened beside the attack it reacts to) rather than the event the
 * news is about. It changes nothing of the incident it joins, so the larger one cannot grow by
 * it: no chaining.
 *
 * Must join: a reaction titled on a province, whose words are those of a one-report incident
 * at one of its towns, to the three-report incident at another town of it on the same days.
 * Must not: a follower that agrees with the small incident alone (placed at its town).
 */
function mostTold(scored: readonly (readonly [Cluster, number])[], u: Unit): Cluster | null {
  let most: Cluster | null = null;
  let mostTier = -1;
  for (const [c, s] of scored) {
    if (s < FOLLOW_AT) continue;
    const n = c.members.length;
    const tier = ofItsDay(u, c) ? 2 : inTheNews(u, c) ? 1 : 0;
    if (most !== null && tier !== mostTier) {
      if (tier > mostTier) [most, mostTier] = [c, tier];
      continue;
    }
    if (most === null || n > most.members.length || (n === most.members.length && c.id < most.id))
      [most, mostTier] = [c, tier];
  }
  return most;
}

/**
 * The incident is still told: ONE_DAY of its reports came out on the follower's day or the day
 * before. A reaction follows the news of its days, not an incident at the same place whose
 * reports stopped days ago (the shelling of a week before, beside the strikes of the night).
 *
 * Must follow: two reports of this morning at the city, over four reports there a week before.
 * Must not: one report of the day alone (not yet the news), over the larger incident.
 */
function inTheNews(u: Unit, c: Cluster): boolean {
  if (u.day === null) return false;
  return (c.published.get(u.day) ?? 0) + (c.published.get(u.day - 1) ?? 0) >= ONE_DAY;
}

/**
 * The incident is the event of the follower's day: ONE_DAY of its reports say the event happened
 * on the follower's day or the day before (a day's `اليوم` counts: here it dates a new event). A
 * reaction of that day reacts to it rather than to a larger incident whose reports tell of days
 * before (the strikes of the morning, not the attack they answer a week later).
 *
 * Must follow: two reports of an attack this morning at a town, over three reports of a strike
 * there four days before. Must not: one report dating the day alone (not yet its event).
 */
function ofItsDay(u: Unit, c: Cluster): boolean {
  return (
    u.day !== null &&
    c.eventDay !== null &&
    c.eventDay <= u.day &&
    c.eventDay >= u.day - 1 &&
    c.eventDays.get(c.eventDay)! >= ONE_DAY
  );
}

/**
 * Of two incidents a unit agrees with equally, the one whose event days hold the day it tells of
 * (a report of last Saturday's attack, not the incident opened since at the same place), then the
 * one more reports tell of, then the first by id (the same choice whatever the order of arrival).
 */
function tieBefore(u: Unit, c: Cluster, best: Cluster): boolean {
  const day = toldDay(u);
  const holds = (x: Cluster): boolean => {
    const days = eventDaysOf(x);
    return day !== null && days !== null && day >= days[0] && day <= days[1];
  };
  const inC = holds(c);
  if (inC !== holds(best)) return inC;
  if (c.members.length !== best.members.length) return c.members.length > best.members.length;
  return c.id < best.id;
}

/**
 * The incident's event days from its dated members (`told`): the days within EVENT_SPAN of each
 * other that most of them give. The days move only when another such span holds more of them: an
 * incident opened by a report of a skirmish on Tuesday, then told by thirty reports of Saturday's
 * massacre, is the event of Saturday, not a Tuesday event whose thirty reports lie outside it (so
 * that the incident would never be of one event day and take any report of the next two weeks).
 * Members dated outside the days that are not toll updates are `spread`.
 */
function eventWindow(c: Cluster): void {
  // Toll updates count inside the days but never move them.
  const inSpan = (from: number): number => {
    let n = 0;
    for (const [d, [all, updates]] of c.told) if (d >= from && d <= from + EVENT_SPAN) n += all - updates;
    return n;
  };
  let from = c.first;
  let most = from === null ? -1 : inSpan(from);
  // Each day's span in one pass over the days in order: the span of day i ends before the first day
  // past it, and what it holds is a difference of running sums.
  const days = [...c.told.keys()].sort((a, b) => a - b);
  const sums = [0];
  for (const d of days) {
    const [all, updates] = c.told.get(d)!;
    sums.push(sums[sums.length - 1]! + all - updates);
  }
  for (let i = 0, j = 0; i < days.length; i++) {
    while (j < days.length && days[j]! <= days[i]! + EVENT_SPAN) j++;
    const n = sums[j]! - sums[i]!;
    if (n > most) [from, most] = [days[i]!, n];
  }
  if (from === null) return;
  c.first = null;
  c.last = null;
  c.dated = 0;
  c.spread = 0;
  c.strongDays.clear();
  for (const [d, [all, updates]] of c.told) {
    if (d < from || d > from + EVENT_SPAN) {
      c.spread += all - updates;
      continue;
    }
    c.first = c.first === null ? d : Math.min(c.first, d);
    c.last = c.last === null ? d : Math.max(c.last, d);
    c.dated += all;
    c.strongDays.set(d, all);
  }
  // The day most of them give; the one already found among equals (the earliest when it left).
  let day = c.strongDay !== null && c.strongDays.has(c.strongDay) ? c.strongDay : null;
  for (const [d, n] of [...c.strongDays].sort((a, b) => a[0] - b[0]))
    if (day === null || n > c.strongDays.get(day)!) day = d;
  c.strongDay = day;
}

/**
 * The incident's event days: from the first to the last day its dated reports give, else the day
 * before its first report to that day (a report comes the day of the event or the day after).
 */
export function eventDaysOf(c: Cluster): [number, number] | null {
  if (c.first !== null && c.last !== null) return [c.first, c.last];
  return c.start === null ? null : [c.start - 1, c.start];
}

/** The unit comes out on the incident's event days: from the day before the first to UNDATED_AFTER
 * days after the last. */
function onItsDays(u: Unit, c: Cluster): boolean {
  const days = eventDaysOf(c);
  return (
    days !== null && u.day !== null && u.day >= days[0] - UNDATED_BEFORE && u.day <= days[1] + UNDATED_AFTER
  );
}

/**
 * The incident is the event of one day: at least ONE_DAY reports date it before their own day, two
 * thirds of them to one day; or of a few days: SHORT_EVENT reports date it within EVENT_SPAN days
 * and no report dates it outside them (a toll update aside). A battle or a siege, told day after
 * day with figures dated to several days, is not (yet).
 */
export function oneEventDay(c: Cluster): boolean {
  if (c.first === null || c.strongDay === null) return false;
  const n = c.strongDays.get(c.strongDay)!;
  if (n >= ONE_DAY && n * 3 >= c.dated * 2) return true;
  return c.dated >= SHORT_EVENT && c.spread === 0;
}

/**
 * A day the unit's claims give before its publication day (`أمس`, `السبت`, a date): the event's
 * own day. A day equal to the publication day says no more than the publication day does (a toll
 * "today", a follow-up's own day), so such a unit counts as undated.
 */
export function strongDay(u: Unit): boolean {
  return u.eventDay != null && (u.day === null || u.eventDay < u.day);
}

/**
 * How many days a unit lies outside the incident's event days: a dated unit must keep them within
 * EVENT_SPAN of each other; an undated one is published from UNDATED_BEFORE days before the first to
 * UNDATED_AFTER days after the last.
 */
export function daysApart(u: Unit, c: Cluster): number {
  const days = eventDaysOf(c);
  if (days === null) return 0;
  const [first, last] = days;
  // Until ONE_DAY reports date the event, it may be a battle or a siege told day after day: its
  // reports come within the incident's window, whatever day they tell of.
  if (!oneEventDay(c)) return 0;
  if (strongDay(u))
    return Math.max(0, Math.max(last, u.eventDay!) - Math.min(first, u.eventDay!) - EVENT_SPAN);
  if (u.day === null) return 0;
  return Math.max(0, u.day - last - UNDATED_AFTER, first - UNDATED_BEFORE - u.day);
}

/** The day the unit tells of: its figures' day when they are dated, else its publication day. */
function toldDay(u: Unit): number | null {
  return strongDay(u) ? u.eventDay! : u.day;
}

/**
 * The unit tells of the incident's event by all but its words: an event report (not a follower)
 * of the incident's event days (its figures dated to them, or published from the day before the
 * first to the day after the last), of a kind the incident's reports give, naming a party a third
 * of them name; or, for strikes, naming only the foreign state that struck where a third of them
 * name the state whose country was struck (`struck`): outlets at the targets name the army whose
 * bases were hit, outlets at the country's level the attacker.
 */
function sameEvent(u: Unit, parties: readonly string[], c: Cluster, struck: string | null = null): boolean {
  if (u.follower || !shareKind(u.events, c.events)) return false;
  const days = eventDaysOf(c);
  if (days === null) return false;
  const day = toldDay(u);
  if (day === null || day < days[0] - 1 || day > days[1] + 1) return false;
  const common = commonSides(c.sides, c.members.length);
  // A lone attacker's shooting names no armed party: neither the unit nor the incident naming one
  // agrees, but less than a party does, so it holds only on the event's own days (the raid on a
  // bomber's hideout the next day is another event).
  if (common.length === 0) return parties.length === 0 && day >= days[0] && day <= days[1];
  if (parties.some((p) => common.includes(p))) return true;
  // The two sides of one strike: the unit names the foreign state that struck, the incident's
  // reports the state whose country was struck (`struck`), and neither names the other.
  return (
    struck !== null && u.events.includes('strikes') && c.events.has('strikes') && common.includes(struck)
  );
}

/**
 * A toxic-gas or chemical attack is an event of its own kind: an incident opened before the day
 * the unit tells of (the day before it allowed: a report of the night before), none of whose
 * reports told of such means, is another event (the battle around the town it struck), though its
 * days run into the attack's. An incident opened on the attack's days takes it: its first reports
 * may not yet have named the gas.
 *
 * Must keep apart: a gas attack on a town reported on 7 April and the battle incident of that town
 * opened on 27 March, or opened on 6 April by reports of that day's shelling. Must not: a gas
 * attack and a report of the same day that names no gas; a report of the night before, undated.
 */
function otherMeans(u: Unit, c: Cluster): boolean {
  if (!u.toxic || c.toxic > 0 || c.opened === null) return false;
  const day = toldDay(u);
  if (day === null) return false;
  // Opened the day before: the attack's first reports, unless they dated an event of that day.
  return c.opened < day - 1 || (c.opened < day && c.eventDay !== null && c.eventDay < day);
}

/** Least count of acts (missiles, strikes, arrests) that, shared, tells one act from another. */
const ACT_COUNT = 10;

/**
 * The unit counts the act the incident's reports count (105 missiles), told of the incident's
 * event days, in its country: one strike wave told at the level of the country, of its targets and
 * of the places they lie in, by outlets whose words and named parties differ (one names the
 * attacker, another the target). Ten or more acts counted alike rarely belong to two events of one
 * country's same days; a count of victims does (a day's toll at two towns of a war).
 *
 * Must join: «105 صواريخ» on a town, to the incident of «105 صواريخ» on a sibling town the same
 * night. Must not: a count under ten (3 strikes), the same count of victims, a count told days
 * after the incident's days, the same count in another country.
 */
function sameAct(u: Unit, c: Cluster): boolean {
  if (u.follower || u.country === null || u.country !== c.country) return false;
  const days = eventDaysOf(c);
  const day = toldDay(u);
  if (days === null || day === null || day < days[0] - 1 || day > days[1] + 1) return false;
  return countedActs(u).some((f) => c.figures.has(f));
}

/** Each unit's counted acts, read once: `sameAct` asks for them with every candidate incident. */
const COUNTED_ACTS = new WeakMap<Unit, readonly string[]>();

/** The unit's precise counts of acts of ACT_COUNT or more (`strikes:105`). */
function countedActs(u: Unit): readonly string[] {
  let acts = COUNTED_ACTS.get(u);
  if (acts === undefined) {
    acts = actFigures(u).filter((f) => Number(f.slice(f.indexOf(':') + 1)) >= ACT_COUNT);
    COUNTED_ACTS.set(u, acts);
  }
  return acts;
}

/** Kinds that count a toll: the victims of an event. */
const TOLL_KINDS: ReadonlySet<Category> = new Set<Category>(['killed', 'wounded', 'killed_or_wounded']);
/** Kinds whose precise figure counts an act of its own (110 missiles, 5 arrested), not victims. */
const ACTS: ReadonlySet<Category> = new Set<Category>(['strikes', 'arrested', 'abducted']);

/**
 * A toll of a toxic-gas or chemical attack told days after it: the unit tells of such means, gives
 * no figure dated to a day before its own (it tells of no new day's event) and counts victims but
 * no act of its own (a precise figure of strikes or arrests; «a number of attacks» counts none).
 * Gas victims are counted for days by several bodies whose figures differ (40, 43, 70, 500
 * affected), so at a place the attack's incident holds such a report is a toll update without
 * sharing a figure.
 *
 * Must join: «500 affected» in the attacked town four days later, to the attack's incident.
 * Must not: the strikes that answered the attack (a counted act), a later toll naming no gas.
 */
function laterToll(u: Unit, c: Cluster): boolean {
  if (!u.toxic || c.toxic === 0 || strongDay(u)) return false;
  if (!u.events.some((e) => TOLL_KINDS.has(e))) return false;
  return actFigures(u).length === 0;
}

/** The unit's precise figures of acts (`strikes:110`). */
function actFigures(u: Unit): string[] {
  return (u.figures ?? []).filter((f) => ACTS.has(f.slice(0, f.indexOf(':')) as Category));
}

/**
 * The unit counts an act the incident's reports never counted (110 missiles): a report of a later
 * day that repeats the incident's toll while it counts an act of its own tells of a new event
 * (the strikes that answered an attack, recalling the attack's victims), not a toll update.
 *
 * Must keep apart: «110 missiles» a week after an attack, with the attack's 42 killed and 100
 * wounded. Must not: the same report without a count of strikes, or repeating the incident's.
 */
function newAct(u: Unit, c: Cluster): boolean {
  return actFigures(u).some((f) => !c.figures.has(f));
}

/** Kinds that tell of the same victims: outlets say «قتلى وجرحى» (ضحايا) for either. */
const KIND_FAMILY: Partial<Record<Category, readonly Category[]>> = {
  killed_or_wounded: ['killed', 'wounded'],
  killed: ['killed_or_wounded'],
  wounded: ['killed_or_wounded'],
};

/** The unit gives a kind of event the incident's reports give, or one of its family. */
function shareKind(events: readonly Category[], of: ReadonlyMap<Category, number>): boolean {
  return events.some((e) => of.has(e) || (KIND_FAMILY[e] ?? []).some((k) => of.has(k)));
}

/**
 * Figures the unit shares with the incident's reports, scaled 0..1: two shared figures of ten or
 * more (or four smaller ones) are as telling as a near-identical text.
 */
function figureScore(u: Unit, c: Cluster): number {
  let weight = 0;
  for (const f of u.figures ?? []) {
    if (!c.figures.has(f)) continue;
    const n = Number(f.slice(f.indexOf(':') + 1));
    weight += n >= 10 ? 1 : 0.5;
  }
  return Math.min(1, weight / 2);
}

/** Text resemblance with the incident's member texts, scaled so that 0.5 raw is certain. */
function textScore(sketch: Uint32Array, c: Cluster): number {
  if (sketch.length === 0 || c.sketches.length === 0) return 0;
  let best = 0;
  for (const s of c.sketches) best = Math.max(best, resemblance(sketch, s));
  return Math.min(1, 2 * best);
}

function push<K>(map: Map<K, Entry[]>, key: K, cluster: Cluster, day: number | null): void {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  list.push({ cluster, day });
}
