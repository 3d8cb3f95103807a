// Reports grouped into incidents by place, actors, time and text resemblance; then claims placed in
// the incident of their report, except those a report tells about another place (a closing
// paragraph on attacks in another province is another incident).
//
// Cost: candidate pairs come from blocking, never from all pairs. A report is compared only with
// reports sharing one of its most telling places or actors, or one of its smallest shingle
// hashes, within a week, and with at most NEIGHBOURS of them per key; linked reports are joined
// with union–find. So n reports cost O(n · keys · NEIGHBOURS).

import type { Claim, DocumentInfo, Entity } from '../../types.js';
import type { PackTime } from '../pack.js';
import { dayOf, isoOf } from './days.js';
import type { EntityIndex } from './sides.js';
import { resemblance, sketch } from './sketch.js';

export interface LinkDocument {
  readonly info: DocumentInfo;
  readonly text: string;
  readonly times: readonly PackTime[];
}

interface Features {
  readonly id: string;
  readonly day: number | null;
  /** place id → weight */
  readonly places: Map<string, number>;
  readonly actors: Map<string, number>;
  readonly sketch: Uint32Array;
}

/** Reports more than this many days apart are not one incident's reports on their own. */
const WINDOW = 7;
const NEIGHBOURS = 40;
const PLACE_KEYS = 3;
const ACTOR_KEYS = 2;
const SKETCH_KEYS = 3;
const LINK_AT = 0.28;
/** An incident's reports span at most this many days: chains of daily reports on one front are
 * cut into successive incidents rather than merged into one war. */
const MAX_SPAN = 21;

export interface DocumentGroup {
  readonly documents: readonly string[];
  /** The place most reports name, the most specific first among equals. */
  readonly place: string | null;
  readonly actors: readonly string[];
}

function weightsOf(
  counts: ReadonlyMap<Entity, number>,
  types: ReadonlySet<Entity['type']>,
  index: EntityIndex,
): Map<string, number> {
  const weights = new Map<string, number>();
  for (const [e, n] of counts) {
    if (!types.has(e.type)) continue;
    // A country says little about which event a report tells; a town or a prison says much.
    const specific = e.type === 'location' && index.depth(e.id) === 0 ? 0.25 : 1;
    weights.set(e.id, specific * (1 + Math.log(n)));
  }
  return weights;
}

const PLACE_TYPES = new Set<Entity['type']>(['location', 'facility']);
const ACTOR_TYPES = new Set<Entity['type']>(['armed_group', 'government']);

/** Mentions counted per report and entity, in one pass over all mentions. */
function mentionsByDocument(entities: readonly Entity[]): Map<string, Map<Entity, number>> {
  const by = new Map<string, Map<Entity, number>>();
  for (const e of entities) {
    for (const m of e.mentions) {
      let counts = by.get(m.document);
      if (!counts) by.set(m.document, (counts = new Map()));
      counts.set(e, (counts.get(e) ?? 0) + 1);
    }
  }
  return by;
}

function weightedJaccard(
  a: Map<string, number>,
  b: Map<string, number>,
  idf: (id: string) => number,
): number {
  let inter = 0;
  let union = 0;
  for (const [id, wa] of a) {
    const w = idf(id);
    const wb = b.get(id) ?? 0;
    inter += Math.min(wa, wb) * w;
    union += Math.max(wa, wb) * w;
  }
  for (const [id, wb] of b) if (!a.has(id)) union += wb * idf(id);
  return union === 0 ? 0 : inter / union;
}

function overlap(a: Map<string, number>, b: Map<string, number>, idf: (id: string) => number): number {
  let inter = 0;
  let ta = 0;
  let tb = 0;
  for (const [id, wa] of a) {
    const w = idf(id);
    ta += wa * w;
    const wb = b.get(id);
    if (wb !== undefined) inter += Math.min(wa, wb) * w;
  }
  for (const [id, wb] of b) tb += wb * idf(id);
  const least = Math.min(ta, tb);
  return least === 0 ? 0 : inter / least;
}

function topKeys(weights: Map<string, number>, idf: (id: string) => number, n: number): string[] {
  return [...weights]
    .map(([id, w]) => [id, w * idf(id)] as const)
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, n)
    .map(([id]) => id);
}

class UnionFind {
  private readonly parent: number[];
  private readonly first: (number | null)[];
  private readonly last: (number | null)[];
  constructor(days: readonly (number | null)[]) {
    this.parent = days.map((_, i) => i);
    this.first = [...days];
    this.last = [...days];
  }
  /** Would joining the two groups keep their reports within `span` days? */
  fits(a: number, b: number, span: number): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    const days = [this.first[ra], this.last[ra], this.first[rb], this.last[rb]].filter(
      (d): d is number => d !== null,
    );
    if (days.length === 0) return true;
    return Math.max(...days) - Math.min(...days) <= span;
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[i] !== r) {
      const next = this.parent[i]!;
      this.parent[i] = r;
      i = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const root = Math.min(ra, rb);
    const other = Math.max(ra, rb);
    this.parent[other] = root;
    const lo = [this.first[ra], this.first[rb]].filter((d): d is number => d !== null);
    const hi = [this.last[ra], this.last[rb]].filter((d): d is number => d !== null);
    this.first[root] = lo.length > 0 ? Math.min(...lo) : null;
    this.last[root] = hi.length > 0 ? Math.max(...hi) : null;
  }
}

export function similarity(a: Features, b: Features, idf: (id: string) => number): number {
  let time = 0.8;
  if (a.day !== null && b.day !== null) {
    const gap = Math.abs(a.day - b.day);
    if (gap > WINDOW) return 0;
    time = gap <= 2 ? 1 : 1 - (0.5 * (gap - 2)) / (WINDOW - 2);
  }
  // Jaccard and overlap averaged: a report that also names other places (a closing paragraph on
  // another front) still shares its main place with the rest.
  const place = (weightedJaccard(a.places, b.places, idf) + overlap(a.places, b.places, idf)) / 2;
  const actor = weightedJaccard(a.actors, b.actors, idf);
  const text = Math.min(1, 2 * resemblance(a.sketch, b.sketch));
  // Two reports with no place in common are one incident only when their texts say so.
  if (place === 0 && text < 0.5) return 0;
  // A report that names no party says nothing about actors either way.
  if (a.actors.size === 0 || b.actors.size === 0) return time * (0.65 * place + 0.35 * text);
  return time * (0.5 * place + 0.2 * actor + 0.3 * text);
}

/** Groups reports into incidents. Deterministic: groups come in the order of their first report. */
export function groupDocuments(
  documents: readonly LinkDocument[],
  entities: readonly Entity[],
  index: EntityIndex,
): DocumentGroup[] {
  const byDoc = mentionsByDocument(entities);
  const features: Features[] = documents.map((d) => {
    const counts = byDoc.get(d.info.id) ?? new Map<Entity, number>();
    return {
      id: d.info.id,
      day: dayOf(d.info.published),
      places: weightsOf(counts, PLACE_TYPES, index),
      actors: weightsOf(counts, ACTOR_TYPES, index),
      sketch: sketch(d.text),
    };
  });
  // Inverse document frequency: a place every report names tells reports apart less.
  const df = new Map<string, number>();
  for (const f of features)
    for (const id of [...f.places.keys(), ...f.actors.keys()]) df.set(id, (df.get(id) ?? 0) + 1);
  const n = Math.max(1, features.length);
  const idf = (id: string): number => Math.log(1 + n / (df.get(id) ?? 1));

  const buckets = new Map<string, number[]>();
  const put = (key: string, i: number): void => {
    let list = buckets.get(key);
    if (!list) buckets.set(key, (list = []));
    list.push(i);
  };
  features.forEach((f, i) => {
    for (const id of topKeys(f.places, idf, PLACE_KEYS)) put(`p:${id}`, i);
    for (const id of topKeys(f.actors, idf, ACTOR_KEYS)) put(`a:${id}`, i);
    for (const h of f.sketch.slice(0, SKETCH_KEYS)) put(`s:${h}`, i);
  });

  const uf = new UnionFind(features.map((f) => f.day));
  const tried = new Set<number>();
  for (const members of buckets.values()) {
    if (members.length < 2) continue;
    const sorted = [...members].sort((x, y) => (features[x]!.day ?? 0) - (features[y]!.day ?? 0) || x - y);
    for (let a = 0; a < sorted.length; a++) {
      const i = sorted[a]!;
      const fi = features[i]!;
      for (let b = a + 1; b < sorted.length && b <= a + NEIGHBOURS; b++) {
        const j = sorted[b]!;
        const fj = features[j]!;
        if (fi.day !== null && fj.day !== null && fj.day - fi.day > WINDOW) break;
        const key = Math.min(i, j) * features.length + Math.max(i, j);
        if (tried.has(key)) continue;
        tried.add(key);
        if (uf.find(i) === uf.find(j) || !uf.fits(i, j, MAX_SPAN)) continue;
        if (similarity(fi, fj, idf) >= LINK_AT) uf.union(i, j);
      }
    }
  }

  const groups = new Map<number, number[]>();
  features.forEach((_, i) => {
    const r = uf.find(i);
    let list = groups.get(r);
    if (!list) groups.set(r, (list = []));
    list.push(i);
  });
  return [...groups.values()].map((members) => {
    const place = mainPlace(
      members.map((i) => features[i]!),
      index,
    );
    const actorWeight = new Map<string, number>();
    for (const i of members)
      for (const [id, w] of features[i]!.actors) actorWeight.set(id, (actorWeight.get(id) ?? 0) + w);
    const actors = [...actorWeight]
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, 3)
      .map(([id]) => id);
    return { documents: members.map((i) => features[i]!.id), place, actors };
  });
}

function mainPlace(members: readonly Features[], index: EntityIndex): string | null {
  const reach = new Map<string, number>();
  // How many reports name a place first, then how often; among equals the most specific place
  // (a prison before its city).
  for (const f of members) for (const [id, w] of f.places) reach.set(id, (reach.get(id) ?? 0) + 10 + w);
  let best: string | null = null;
  let bestScore = -1;
  for (const [id, r] of reach) {
    const score = r + 0.1 * index.depth(id);
    if (score > bestScore || (score === bestScore && best !== null && id < best)) {
      best = id;
      bestScore = score;
    }
  }
  return best;
}

/** A claim's place lies outside the incident's place: no shared place below the country level. */
export function elsewhere(
  claimPlace: string | undefined,
  incidentPlace: string | null,
  index: EntityIndex,
): boolean {
  if (!claimPlace || !incidentPlace) return false;
  // Compare below the root (a country is shared by most events of a war); a chain cut short by a
  // parent no report named keeps that parent, so two places under it are never told apart.
  const below = (id: string): string[] => {
    const chain = index.placeChain(id);
    const root = index.get(chain[chain.length - 1]);
    return root && !root.parent ? chain.slice(0, -1) : chain;
  };
  // Places in two different countries are always apart (refugees counted in a neighbouring state).
  const rootOf = (id: string): Entity | undefined => {
    const chain = index.placeChain(id);
    const root = index.get(chain[chain.length - 1]);
    return root && !root.parent ? root : undefined;
  };
  const ra = rootOf(claimPlace);
  const rb = rootOf(incidentPlace);
  if (ra && rb && ra.id !== rb.id && ra.type === 'location' && rb.type === 'location') return true;
  const a = below(claimPlace);
  const b = new Set(below(incidentPlace));
  if (a.length === 0 || b.size === 0) return false;
  return !a.some((id) => b.has(id));
}

export function spanOfDays(days: readonly (number | null)[]): { start?: string; end?: string } {
  const known = days.filter((d): d is number => d !== null);
  if (known.length === 0) return {};
  return {
    start: isoOf(known.reduce((m, d) => Math.min(m, d), Infinity)),
    end: isoOf(known.reduce((m, d) => Math.max(m, d), -Infinity)),
  };
}

export function claimsOfDocuments(claims: readonly Claim[]): Map<string, Claim[]> {
  const by = new Map<string, Claim[]>();
  for (const c of claims) {
    let list = by.get(c.document);
    if (!list) by.set(c.document, (list = []));
    list.push(c);
  }
  return by;
}
