// The lexicon's records by spelling, found from a range of a text without cutting the word out of it
// first: the reader asks for one record per word token, and a string cut for each token, hashed and
// compared in a general-purpose map, cost more than the rest of the token's reading. Open
// addressing over the UTF-16 units (FNV-1a); a spelling is cut from the text only when it is new.

import { fnv1a } from '../../../text/hash.js';

/** A record as the table keeps it: keyed by its text. */
export interface Keyed {
  readonly text: string;
}

const EMPTY = -1;

/** A spelling's hash: FNV-1a over text[start, end). */
export const spellingHash = fnv1a;

function sameSpelling(record: string, text: string, start: number, end: number): boolean {
  const length = end - start;
  if (record.length !== length) return false;
  for (let i = 0; i < length; i++) if (record.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

export class RecordTable<R extends Keyed> {
  /**
   * Two units a slot: the record's index (or EMPTY), then the spelling's hash. Side by side, a probe
   * reads one cache line where two arrays cost two misses on a table larger than the cache.
   */
  private slots = new Int32Array(2 << 12).fill(EMPTY);
  private records: R[] = [];
  /**
   * Each record's spelling, beside `records`: a probe compares the spelling without reading the
   * record first, and the record is read (in parallel) only to be returned.
   */
  private texts: string[] = [];

  /** `max`: records kept at once; the table starts over when full (a batch rarely holds this many). */
  constructor(private readonly max: number) {}

  get size(): number {
    return this.records.length;
  }

  /** The record of text[start, end), made by `make` from the spelling on first sight. */
  get(text: string, start: number, end: number, make: (spelling: string) => R): R {
    const hash = spellingHash(text, start, end);
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let k = hash & mask;
    for (let at = slots[2 * k]!; at !== EMPTY; at = slots[2 * k]!) {
      if (slots[2 * k + 1] === hash && sameSpelling(this.texts[at]!, text, start, end))
        return this.records[at]!;
      k = (k + 1) & mask;
    }
    const spelling = start === 0 && end === text.length ? text : text.slice(start, end);
    const record = make(spelling);
    this.insert(hash, record);
    return record;
  }

  private insert(hash: number, record: R): void {
    if (this.records.length >= this.max) this.clear();
    if ((this.records.length + 1) * 2 > this.slots.length >> 1) this.grow();
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let k = hash & mask;
    while (slots[2 * k] !== EMPTY) k = (k + 1) & mask;
    slots[2 * k] = this.records.length;
    slots[2 * k + 1] = hash;
    this.records.push(record);
    this.texts.push(record.text);
  }

  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2).fill(EMPTY);
    const mask = (slots.length >> 1) - 1;
    for (let j = 0; j < old.length; j += 2) {
      const at = old[j]!;
      if (at === EMPTY) continue;
      const hash = old[j + 1]!;
      let k = hash & mask;
      while (slots[2 * k] !== EMPTY) k = (k + 1) & mask;
      slots[2 * k] = at;
      slots[2 * k + 1] = hash;
    }
    this.slots = slots;
  }

  /** Forgets every record: each spelling gets a new one, made afresh, when next asked for. */
  clear(): void {
    if (this.records.length === 0) return;
    this.slots.fill(EMPTY);
    this.records = [];
    this.texts = [];
  }
}
