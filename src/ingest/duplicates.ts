// Duplicates and syndication among a batch's documents, in near-linear time: each text is
// normalized (diacritics, tatweel, alef and yeh forms folded, punctuation dropped), cut into
// 4-word shingles and summarised by a 64-value MinHash; documents sharing a band of 4 values
// (16 bands) are candidates, kept when their estimated Jaccard similarity reaches the threshold.
// Groups: the same text filed twice (`exact`), or one article republished (near-duplicate). The
// earliest dated member of a group is its origin; the others are `syndicatedFrom` it.

import { createHash } from 'node:crypto';
import type { InputDocument } from '../types.js';

const HASHES = 64;
const BANDS = 16;
const ROWS = HASHES / BANDS;
const SHINGLE = 4;

/** Folds what differs between copies of one text but not its words, and cuts it into words. */
export function normalizeForDuplicates(text: string): string[] {
  // One pass over the text with a table of what each UTF-16 unit becomes (the steps of
  // normalizeBySteps, unit by unit); a text with a unit the table cannot map alone (see FOLDED)
  // goes through the steps themselves.
  const folded = foldTable();
  const words: string[] = [];
  /** The folded units of the word being read, from 0. */
  const units = new Uint16Array(Math.min(text.length, 1 << 14));
  let length = 0;
  let start = -1;
  /** The word so far is the text's own units (sliced, not rebuilt). */
  let same = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const m = folded[c]!;
    if (m >= 0) {
      if (start < 0) {
        start = i;
        same = true;
        length = 0;
      }
      if (m !== c) same = false;
      if (length === units.length) return normalizeBySteps(text);
      units[length++] = m;
    } else if (m === DROPPED) {
      if (start >= 0) same = false;
    } else if (m === BETWEEN) {
      if (start >= 0) words.push(same ? text.slice(start, i) : fromUnits(units, length));
      start = -1;
    } else return normalizeBySteps(text);
  }
  if (start >= 0) words.push(same ? text.slice(start) : fromUnits(units, length));
  return words;
}

/** The string of the first `length` units (a word: far fewer units than a call takes arguments). */
function fromUnits(units: Uint16Array, length: number): string {
  return String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[]);
}

/** The folding as written: marks and tatweel dropped, letter forms folded, lower case, split. */
export function normalizeBySteps(text: string): string[] {
  return text
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\u0649/g, '\u064a')
    .replace(/\u0629/g, '\u0647')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** Table values besides a unit's folded form: dropped, a word break, or no form of its own. */
const DROPPED = -1;
const BETWEEN = -2;
const ALONE = -3;
let FOLDED: Int32Array | null = null;

/**
 * What normalizeBySteps makes of each UTF-16 unit on its own: ALONE for the units it does not
 * map one to one (surrogates, a lower case of two units such as İ's, and Σ, whose lower case
 * depends on the letter after it).
 */
function foldTable(): Int32Array {
  if (FOLDED) return FOLDED;
  const table = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const unit = String.fromCharCode(c);
    const words = normalizeBySteps(`${unit}`);
    const lower = unit.toLowerCase();
    if ((c >= 0xd800 && c <= 0xdfff) || c === 0x3a3 || lower.length !== 1) table[c] = ALONE;
    else if (/[\u064b-\u065f\u0670\u0640]/.test(unit)) table[c] = DROPPED;
    else if (words.length === 0) table[c] = BETWEEN;
    else if (words.length === 1 && words[0]!.length === 1) table[c] = words[0]!.charCodeAt(0);
    else table[c] = ALONE;
  }
  return (FOLDED = table);
}

/**
 * The FNV-1a hash of the shingle of SHINGLE words from `from`, as written with one space between
 * them: hashed word by word, no shingle string made for it.
 */
function shingleHash(words: readonly string[], from: number): number {
  let h = 0x811c9dc5;
  for (let j = from; j < from + SHINGLE; j++) {
    if (j > from) h = Math.imul(h ^ 0x20, 0x01000193);
    const word = words[j]!;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  }
  return h >>> 0;
}

function mix(x: number, seed: number): number {
  let h = Math.imul(x ^ seed, 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca77);
  h ^= h >>> 13;
  return h >>> 0;
}

const SEEDS = Array.from({ length: HASHES }, (_, k) => mix(k + 1, 0x5bd1e995));

/** The MinHash signature of a word list (null when it has fewer words than a shingle). */
export function signature(words: readonly string[]): Uint32Array | null {
  if (words.length < SHINGLE) return null;
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    const x = shingleHash(words, i);
    for (let k = 0; k < HASHES; k++) {
      const v = mix(x, SEEDS[k]!);
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return sig;
}

function agreement(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < HASHES; k++) if (a[k] === b[k]) same++;
  return same / HASHES;
}

export interface DuplicateGroup {
  /** The member the others copy: the earliest dated, else the first read. */
  readonly origin: string;
  readonly members: readonly string[];
  /** True when every member's normalized text is the same. */
  readonly exact: boolean;
}

export interface DuplicateOptions {
  /** Estimated Jaccard similarity of shingles from which two documents are one article. */
  readonly threshold?: number;
}

/**
 * What duplicate detection keeps of one document: its normalized text as a digest (empty when it
 * has no words) and its MinHash signature; the text itself can go.
 */
export interface DuplicateSummary {
  readonly id: string;
  readonly published?: string;
  /** The outlet, for telling a republished wire (another outlet) from a copy filed twice. */
  readonly source?: string;
  readonly key: string;
  readonly sig: Uint32Array | null;
}

export function duplicateSummary(doc: InputDocument): DuplicateSummary {
  const words = normalizeForDuplicates(doc.text);
  const key = words.join(' ');
  return {
    id: doc.id,
    ...(doc.published !== undefined ? { published: doc.published } : {}),
    ...(doc.source !== undefined ? { source: doc.source } : {}),
    key: key === '' ? '' : createHash('sha256').update(key).digest('base64'),
    sig: signature(words),
  };
}

export function findDuplicates(
  documents: readonly InputDocument[],
  options: DuplicateOptions = {},
): DuplicateGroup[] {
  return groupDuplicates(documents.map(duplicateSummary), options);
}

/** The duplicate groups among documents' summaries, in the order their documents were read. */
export function groupDuplicates(
  documents: readonly DuplicateSummary[],
  options: DuplicateOptions = {},
): DuplicateGroup[] {
  const index = new DuplicateIndex(options);
  for (const doc of documents) index.add(doc);
  return index.groups();
}

/** A band of a signature as a map key: its ROWS values, each as two UTF-16 units. */
function bandKey(b: number, sig: Uint32Array): string {
  let key = String.fromCharCode(b);
  for (let i = b * ROWS; i < (b + 1) * ROWS; i++)
    key += String.fromCharCode(sig[i]! >>> 16, sig[i]! & 0xffff);
  return key;
}

/**
 * groupDuplicates one summary at a time, in reading order: a stream adds each document as it is
 * read and asks for the groups once at the end. Keeps what grouping needs of each document (its
 * id, date, digest and signature), not the summary itself.
 */
export class DuplicateIndex {
  readonly #threshold: number;
  readonly #parent: number[] = [];
  readonly #ids: string[] = [];
  readonly #published: (string | undefined)[] = [];
  readonly #keys: string[] = [];
  readonly #sigs: (Uint32Array | null)[] = [];
  readonly #exact = new Map<string, number>();
  readonly #buckets = new Map<string, number>();

  constructor(options: DuplicateOptions = {}) {
    this.#threshold = options.threshold ?? 0.8;
  }

  #find(k: number): number {
    const parent = this.#parent;
    while (parent[k] !== k) k = parent[k] = parent[parent[k]!]!;
    return k;
  }

  #union(a: number, b: number): void {
    const ra = this.#find(a);
    const rb = this.#find(b);
    if (ra !== rb) this.#parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }

  /** The next document's summary. */
  add(doc: DuplicateSummary): void {
    const k = this.#parent.length;
    this.#parent.push(k);
    this.#ids.push(doc.id);
    this.#published.push(doc.published);
    const key = doc.key;
    this.#keys.push(key);
    const same = this.#exact.get(key);
    if (key !== '' && same !== undefined) this.#union(same, k);
    else if (key !== '') this.#exact.set(key, k);
    const sig = doc.sig;
    this.#sigs.push(sig);
    if (!sig) return;
    for (let b = 0; b < BANDS; b++) {
      const band = bandKey(b, sig);
      const other = this.#buckets.get(band);
      if (other === undefined) this.#buckets.set(band, k);
      else if (this.#find(other) !== this.#find(k) && agreement(this.#sigs[other]!, sig) >= this.#threshold)
        this.#union(other, k);
    }
  }

  /** The groups of the documents added so far, in the order they were read. */
  groups(): DuplicateGroup[] {
    const groups = new Map<number, number[]>();
    for (let k = 0; k < this.#parent.length; k++) {
      const root = this.#find(k);
      const members = groups.get(root);
      if (members) members.push(k);
      else groups.set(root, [k]);
    }
    const out: DuplicateGroup[] = [];
    for (const members of groups.values()) {
      if (members.length < 2) continue;
      const dated = [...members].sort((a, b) => {
        const pa = this.#published[a] ?? '\uffff';
        const pb = this.#published[b] ?? '\uffff';
        return pa < pb ? -1 : pa > pb ? 1 : a - b;
      });
      out.push({
        origin: this.#ids[dated[0]!]!,
        members: members.map((k) => this.#ids[k]!),
        exact: members.every((k) => this.#keys[k] === this.#keys[members[0]!]),
      });
    }
    return out;
  }
}

const outletKey = (source: string | undefined): string | null => {
  const key = source?.trim().toLowerCase();
  return key ? key : null;
};

/** Each copy's origin, for copies of an earlier document from another outlet (see markSyndicated). */
export function syndicationOf(
  groups: readonly DuplicateGroup[],
  outletOf: (id: string) => string | undefined,
): Map<string, string> {
  const from = new Map<string, string>();
  for (const g of groups) {
    const origin = outletKey(outletOf(g.origin));
    if (origin === null) continue;
    for (const m of g.members) {
      const outlet = outletKey(outletOf(m));
      if (m !== g.origin && outlet !== null && outlet !== origin) from.set(m, g.origin);
    }
  }
  return from;
}

/**
 * The documents with `syndicatedFrom` set on every copy of an earlier document from another outlet
 * (a wire republished): the copy names its group's origin. Copies from the origin's own outlet
 * (the same article filed twice) and documents of unknown outlet are left as they are; so are
 * documents that already name what they copy.
 */
export function markSyndicated(
  documents: readonly InputDocument[],
  groups: readonly DuplicateGroup[] = findDuplicates(documents),
): InputDocument[] {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const from = syndicationOf(groups, (id) => byId.get(id)?.source);
  return documents.map((d) => {
    const origin = from.get(d.id);
    return origin === undefined || d.syndicatedFrom !== undefined ? d : { ...d, syndicatedFrom: origin };
  });
}
