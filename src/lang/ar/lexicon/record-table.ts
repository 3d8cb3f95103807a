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

export class RecordTable<R extends Keyed> {
  /**
   * Four units a slot: the record's index (or EMPTY), the spelling's hash, and where its units start
   * in `units` and how many there are. Side by side, a probe reads one cache line for the slot and
   * one for the spelling, where a spelling read from the record's string costs a read of the
   * strings array, then of the string: on a table larger than the cache, each a miss.
   */
  private slots = new Int32Array(4 << 12).fill(EMPTY);
  private records: R[] = [];
  /** The spellings' UTF-16 units, one after another, in the order the records were made. */
  private units = new Uint16Array(1 << 15);
  private used = 0;

  /** `max`: records kept at once; the table starts over when full (a batch rarely holds this many). */
  constructor(private readonly max: number) {}

  get size(): number {
    return this.records.length;
  }

  /** The record of text[start, end), made by `make` from the spelling on first sight. */
  get(text: string, start: number, end: number, make: (spelling: string) => R): R {
    const hash = spellingHash(text, start, end);
    const length = end - start;
    const slots = this.slots;
    const mask = (slots.length >> 2) - 1;
    let k = hash & mask;
    for (let at = slots[4 * k]!; at !== EMPTY; at = slots[4 * k]!) {
      if (
        slots[4 * k + 1] === hash &&
        slots[4 * k + 3] === length &&
        this.spells(slots[4 * k + 2]!, text, start, length)
      )
        return this.records[at]!;
      k = (k + 1) & mask;
    }
    const spelling = start === 0 && end === text.length ? text : text.slice(start, end);
    const record = make(spelling);
    this.insert(hash, record);
    return record;
  }

  /** Whether the `length` units kept from `from` on are text[start, start + length). */
  private spells(from: number, text: string, start: number, length: number): boolean {
    const units = this.units;
    for (let i = 0; i < length; i++) if (units[from + i] !== text.charCodeAt(start + i)) return false;
    return true;
  }

  private insert(hash: number, record: R): void {
    if (this.records.length >= this.max) this.clear();
    if ((this.records.length + 1) * 2 > this.slots.length >> 2) this.grow();
    const text = record.text;
    if (this.used + text.length > this.units.length) {
      const units = new Uint16Array(Math.max(this.units.length * 2, this.used + text.length));
      units.set(this.units.subarray(0, this.used));
      this.units = units;
    }
    const from = this.used;
    for (let i = 0; i < text.length; i++) this.units[from + i] = text.charCodeAt(i);
    this.used += text.length;
    const slots = this.slots;
    const mask = (slots.length >> 2) - 1;
    let k = hash & mask;
    while (slots[4 * k] !== EMPTY) k = (k + 1) & mask;
    slots[4 * k] = this.records.length;
    slots[4 * k + 1] = hash;
    slots[4 * k + 2] = from;
    slots[4 * k + 3] = text.length;
    this.records.push(record);
  }

  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2).fill(EMPTY);
    const mask = (slots.length >> 2) - 1;
    for (let j = 0; j < old.length; j += 4) {
      if (old[j] === EMPTY) continue;
      let k = old[j + 1]! & mask;
      while (slots[4 * k] !== EMPTY) k = (k + 1) & mask;
      slots.set(old.subarray(j, j + 4), 4 * k);
    }
    this.slots = slots;
  }

  /** Forgets every record: each spelling gets a new one, made afresh, when next asked for. */
  clear(): void {
    if (this.records.length === 0) return;
    this.slots.fill(EMPTY);
    this.records = [];
    this.used = 0;
  }
}
