// The lexicon's records by spelling, found from a range of a text without cutting the word out of it
// first: the reader asks for one record per word token, and a string cut for each token, hashed and
// compared in a general-purpose map, cost more than the rest of the token's reading. Open
// addressing over the UTF-16 units (FNV-1a); a spelling is cut from the text only when it is new.

/** A record as the table keeps it: keyed by its text. */
export interface Keyed {
  readonly text: string;
}

const EMPTY = -1;

/** FNV-1a over text[start, end). */
export function spellingHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h;
}

function sameSpelling(record: string, text: string, start: number, end: number): boolean {
  const length = end - start;
  if (record.length !== length) return false;
  for (let i = 0; i < length; i++) if (record.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

export class RecordTable<R extends Keyed> {
  private slots = new Int32Array(1 << 12).fill(EMPTY);
  private hashes = new Int32Array(1 << 12);
  private records: R[] = [];

  /** `max`: records kept at once; the table starts over when full (a batch rarely holds this many). */
  constructor(private readonly max: number) {}

  get size(): number {
    return this.records.length;
  }

  /** The record of text[start, end), made by `make` from the spelling on first sight. */
  get(text: string, start: number, end: number, make: (spelling: string) => R): R {
    const hash = spellingHash(text, start, end);
    const mask = this.slots.length - 1;
    let k = hash & mask;
    for (let at = this.slots[k]!; at !== EMPTY; at = this.slots[k]!) {
      if (this.hashes[k] === hash) {
        const record = this.records[at]!;
        if (sameSpelling(record.text, text, start, end)) return record;
      }
      k = (k + 1) & mask;
    }
    const spelling = start === 0 && end === text.length ? text : text.slice(start, end);
    const record = make(spelling);
    this.insert(hash, record);
    return record;
  }

  private insert(hash: number, record: R): void {
    if (this.records.length >= this.max) this.clear();
    if ((this.records.length + 1) * 2 > this.slots.length) this.grow();
    const mask = this.slots.length - 1;
    let k = hash & mask;
    while (this.slots[k] !== EMPTY) k = (k + 1) & mask;
    this.slots[k] = this.records.length;
    this.hashes[k] = hash;
    this.records.push(record);
  }

  private grow(): void {
    const oldSlots = this.slots;
    const oldHashes = this.hashes;
    this.slots = new Int32Array(oldSlots.length * 2).fill(EMPTY);
    this.hashes = new Int32Array(oldSlots.length * 2);
    const mask = this.slots.length - 1;
    for (let j = 0; j < oldSlots.length; j++) {
      const at = oldSlots[j]!;
      if (at === EMPTY) continue;
      let k = oldHashes[j]! & mask;
      while (this.slots[k] !== EMPTY) k = (k + 1) & mask;
      this.slots[k] = at;
      this.hashes[k] = oldHashes[j]!;
    }
  }

  private clear(): void {
    this.slots.fill(EMPTY);
    this.records = [];
  }
}
