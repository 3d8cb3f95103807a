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

/** Folds what differs between copies of one text but not its words. */
export function normalizeForDuplicates(text: string): string[] {
  return text
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\u0649/g, '\u064a')
    .replace(/\u0629/g, '\u0647')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
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
  const threshold = options.threshold ?? 0.8;
  const parent = documents.map((_, k) => k);
  const find = (k: number): number => {
    while (parent[k] !== k) k = parent[k] = parent[parent[k]!]!;
    return k;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const keys: string[] = [];
  const sigs: (Uint32Array | null)[] = [];
  const exact = new Map<string, number>();
  const buckets = new Map<string, number>();
  documents.forEach((doc, k) => {
    const key = doc.key;
    keys.push(key);
    const same = exact.get(key);
    if (key !== '' && same !== undefined) union(same, k);
    else if (key !== '') exact.set(key, k);
    const sig = doc.sig;
    sigs.push(sig);
    if (!sig) return;
    for (let b = 0; b < BANDS; b++) {
      const band = `${b}:${Array.from(sig.subarray(b * ROWS, (b + 1) * ROWS)).join(',')}`;
      const other = buckets.get(band);
      if (other === undefined) buckets.set(band, k);
      else if (find(other) !== find(k) && agreement(sigs[other]!, sig) >= threshold) union(other, k);
    }
  });
  const groups = new Map<number, number[]>();
  documents.forEach((_, k) => {
    const root = find(k);
    groups.set(root, [...(groups.get(root) ?? []), k]);
  });
  const out: DuplicateGroup[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const dated = [...members].sort((a, b) => {
      const pa = documents[a]!.published ?? '\uffff';
      const pb = documents[b]!.published ?? '\uffff';
      return pa < pb ? -1 : pa > pb ? 1 : a - b;
    });
    out.push({
      origin: documents[dated[0]!]!.id,
      members: members.map((k) => documents[k]!.id),
      exact: members.every((k) => keys[k] === keys[members[0]!]),
    });
  }
  return out;
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
