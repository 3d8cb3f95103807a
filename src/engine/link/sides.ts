// Who is who across reports: entities by id and by any of their names, the side a speaker stands
// on, and the side a counted group belongs to. Language-free: names are compared after a generic
// fold (NFKC, combining marks and the kashida removed, case folded, spaces collapsed), and the
// language pack has already linked most mentions to gazetteer ids.
//
// A side is the root of an entity's parent chain among parties to fighting (armed groups and
// governments): the internal security forces allied to a coalition of militias count as that
// coalition, a movement's media office as the movement (ACLED's parent/child actors).

import type { Entity, Hop } from '../../types.js';

const PARTY_TYPES = new Set<Entity['type']>(['armed_group', 'government']);

/** Letters and digits only, in any script: NFKC, marks and the kashida dropped, case folded. */
export function plainLetters(text: string): string {
  return plainLettersFast(text) ?? plainLettersSlow(text);
}

/** `plainLetters` the direct way: four passes over the whole text. */
export function plainLettersSlow(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\p{M}\u0640]/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ');
}

/**
 * What `plainLetters` does to each UTF-16 unit, learnt on first sight: 0 not yet known; 1 dropped
 * (the kashida, the harakat U+064B–U+0652, which compose with nothing); 2 a separator (no letter,
 * digit or mark even after NFKC); 3 a unit this table cannot answer for alone (it composes, changes
 * under NFKC, lowercases into more than one unit or by context, or lies outside the scripts known
 * here); else 4 + the unit it becomes (a letter or digit, lowercased).
 */
const PLAIN = new Uint32Array(0x10000);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const NO_LETTER_DIGIT_OR_MARK = /^[^\p{L}\p{N}\p{M}\u0640]+$/u;

function plainClass(c: number): number {
  const known = PLAIN[c]!;
  if (known !== 0) return known;
  const ch = String.fromCharCode(c);
  let value = 3;
  if (c === 0x0640 || (c >= 0x064b && c <= 0x0652)) value = 1;
  else if (c >= 0xd800 && c <= 0xdfff) value = 3;
  else if (c < 0x0800 && c !== 0x03a3 && ch.normalize('NFKC') === ch && LETTER_OR_DIGIT.test(ch)) {
    const lower = ch.toLowerCase();
    if (lower.length === 1 && LETTER_OR_DIGIT.test(lower)) value = 4 + lower.charCodeAt(0);
  } else if (c < 0x3000 && NO_LETTER_DIGIT_OR_MARK.test(ch.normalize('NFKC'))) value = 2;
  PLAIN[c] = value;
  return value;
}

/**
 * `plainLetters` in one pass when every unit of the text is one the table answers for alone (most
 * news text: Arabic, Latin, digits, punctuation); null otherwise, for the direct way.
 */
function plainLettersFast(text: string): string | null {
  const out = plainUnitsFast(text);
  if (out === null) return null;
  const n = out.length;
  let s = '';
  // `apply` over a typed chunk: spreading it into arguments costs several times more.
  for (let k = 0; k < n; k += 4096)
    s += String.fromCharCode.apply(null, out.subarray(k, Math.min(n, k + 4096)) as unknown as number[]);
  return s;
}

/**
 * The UTF-16 units of `plainLetters(text)`, for a reader of its units alone (the text sketch):
 * in one pass without building the string when the table answers for every unit.
 */
export function plainUnits(text: string): Uint16Array {
  const fast = plainUnitsFast(text);
  if (fast !== null) return fast;
  const slow = plainLettersSlow(text);
  const out = new Uint16Array(slow.length);
  for (let i = 0; i < slow.length; i++) out[i] = slow.charCodeAt(i);
  return out;
}

/** The units of `plainLettersFast`, or null where it gives up. */
function plainUnitsFast(text: string): Uint16Array | null {
  const out = new Uint16Array(text.length);
  let n = 0;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const v = plainClass(text.charCodeAt(i));
    if (v >= 4) {
      if (space) {
        out[n++] = 32;
        space = false;
      }
      out[n++] = v - 4;
    } else if (v === 2) space = true;
    else if (v === 3) return null;
  }
  if (space) out[n++] = 32;
  return out.subarray(0, n);
}

/** A name as names are compared: its letters and digits (`plainLetters`), trimmed. */
export function foldName(name: string): string {
  return plainLetters(name).trim();
}

/** The most names an entity index keeps folded; past it, it starts again. */
const FOLDED_NAMES_MAX = 50_000;

/** An index's names (`EntityIndex.names`): by folded key, longest first, and each key's place. */
interface NameTable {
  readonly byName: ReadonlyMap<string, Entity>;
  readonly names: readonly { readonly key: string; readonly entity: Entity }[];
  readonly rank: ReadonlyMap<string, number>;
}

export interface Side {
  /** Entity id of the root party. */
  readonly id: string;
  readonly name: string;
}

export class EntityIndex {
  private readonly byId = new Map<string, Entity>();
  private readonly entities: readonly Entity[];
  /**
   * Every name and alias by its folded key, longest first, with each key's place in that order:
   * made on the first search, as most batches of one report never look a name up.
   */
  private named: NameTable | null = null;
  /** What `find` answered for each name asked: the index never changes, so neither does the answer. */
  private readonly found = new Map<string, Entity | undefined>();
  /** Names folded (`foldName`), kept: the entities' names and aliases, and the speakers' names asked again. */
  private readonly folded = new Map<string, string>();

  constructor(entities: readonly Entity[]) {
    this.entities = entities;
    for (const e of entities) this.byId.set(e.id, e);
  }

  /** The table of names (`named`), made now if it is not yet. */
  private names(): NameTable {
    if (this.named !== null) return this.named;
    const byName = new Map<string, Entity>();
    const names: { readonly key: string; readonly entity: Entity }[] = [];
    for (const e of this.entities) {
      for (const n of [e.name, ...e.aliases]) {
        const key = this.foldName(n);
        if (key.length < 2 || byName.has(key)) continue;
        byName.set(key, e);
        names.push({ key, entity: e });
      }
    }
    names.sort((a, b) => b.key.length - a.key.length);
    const rank = new Map<string, number>();
    names.forEach((n, k) => rank.set(n.key, k));
    return (this.named = { byName, names, rank });
  }

  get(id: string | undefined): Entity | undefined {
    return id === undefined ? undefined : this.byId.get(id);
  }

  /** The entity a name refers to: exactly, or the longest entity name inside it (`القيادة العامة لقوات X`). */
  find(name: string | null | undefined): Entity | undefined {
    if (!name) return undefined;
    if (this.found.has(name)) return this.found.get(name);
    const entity = this.search(name);
    this.found.set(name, entity);
    return entity;
  }

  /** `foldName(name)`, kept on this index. */
  foldName(name: string): string {
    let key = this.folded.get(name);
    if (key === undefined) {
      if (this.folded.size >= FOLDED_NAMES_MAX) this.folded.clear();
      this.folded.set(name, (key = foldName(name)));
    }
    return key;
  }

  private search(name: string): Entity | undefined {
    const { byName, names, rank } = this.names();
    const key = this.foldName(name);
    const exact = byName.get(key);
    if (exact) return exact;
    // The first of the names (longest first) that the phrase holds as whole words, 3 letters or
    // more: looked up among the phrase's runs of words rather than tried one name after another.
    const words = key.split(' ');
    let first = Infinity;
    for (let i = 0; i < words.length; i++) {
      let run = '';
      for (let j = i; j < words.length; j++) {
        run = j === i ? words[i]! : `${run} ${words[j]!}`;
        const k = rank.get(run);
        if (k !== undefined && k < first && run.length >= 3) first = k;
      }
    }
    if (first !== Infinity) return names[first]!.entity;
    // A proclitic glued to the name (`لقوات`): the first name of 4 letters or more inside the phrase.
    for (let i = 0; i + 4 <= key.length; i++) {
      for (let j = i + 4; j <= key.length; j++) {
        const k = rank.get(key.slice(i, j));
        if (k !== undefined && k < first) first = k;
      }
    }
    return first === Infinity ? undefined : names[first]!.entity;
  }

  /** The root party of an entity, or undefined when the entity is no party to fighting. */
  sideOfEntity(entity: Entity | undefined): Side | undefined {
    let e = entity;
    let party: Entity | undefined;
    const seen = new Set<string>();
    while (e && !seen.has(e.id)) {
      seen.add(e.id);
      if (PARTY_TYPES.has(e.type)) party = e;
      e = e.parent ? this.byId.get(e.parent) : undefined;
    }
    return party ? { id: party.id, name: party.name } : undefined;
  }

  /** The side a hop speaks for: its own entity's party, else its affiliation's. */
  sideOfHop(hop: Hop | undefined): Side | undefined {
    if (!hop) return undefined;
    return (
      this.sideOfEntity(this.get(hop.entity)) ??
      this.sideOfEntity(this.find(hop.affiliation)) ??
      (hop.kind === 'organization' || hop.kind === 'outlet'
        ? this.sideOfEntity(this.find(hop.name))
        : undefined)
    );
  }

  /** The side a subject group names (`subject.group` carries canonical names). */
  sideOfGroup(group: string | null): Side | undefined {
    if (!group) return undefined;
    return this.sideOfEntity(this.find(group)) ?? { id: `group:${this.foldName(group)}`, name: group };
  }

  /** Places from the most specific up: the place itself, its parent, … (a city, its governorate, its country). */
  placeChain(id: string | undefined): string[] {
    const chain: string[] = [];
    let next = id;
    while (next !== undefined && !chain.includes(next)) {
      chain.push(next);
      next = this.byId.get(next)?.parent;
    }
    return chain;
  }

  /** Depth of a place below its root (a country is 0). */
  depth(id: string): number {
    return this.placeChain(id).length - 1;
  }
}
