// Text resemblance between reports without knowing their language: bottom-k sketches of character
// 5-gram shingles over letters and digits (Broder's MinHash in its one-hash form). Two reports of
// one event share names, places and figures, so their shingle sets overlap far above chance.

import { plainClass, plainUnits } from './sides.js';

const K = 64;
const SHINGLE = 5;
/** Enough of a report to know what it is about; the lead carries the event. */
const READ = 4000;

/** Flips the top bit: signed order of the result is the unsigned order of the hash. */
const BIAS = 0x80000000 | 0;

/**
 * The K smallest distinct values kept sorted as they come: once K are kept, most hashes are above
 * the largest and cost one comparison (sorting every hash cost several times more).
 */
class BottomK {
  readonly kept = new Int32Array(K);
  count = 0;

  add(h: number): void {
    const kept = this.kept;
    const count = this.count;
    if (count === K && h >= kept[K - 1]!) return;
    let at = count;
    while (at > 0 && kept[at - 1]! > h) at--;
    if (at > 0 && kept[at - 1] === h) return;
    for (let j = count === K ? K - 1 : count; j > at; j--) kept[j] = kept[j - 1]!;
    kept[at] = h;
    if (count < K) this.count = count + 1;
  }

  values(): Uint32Array {
    const out = new Uint32Array(this.count);
    for (let i = 0; i < this.count; i++) out[i] = (this.kept[i]! ^ BIAS) >>> 0;
    return out;
  }
}

/** The K smallest distinct shingle hashes, ascending. */
export function sketch(text: string): Uint32Array {
  return sketchOneStep(text) ?? sketchOfUnits(plainUnits(text.slice(0, READ)));
}

/** The sketch of the units of the letters string (plainLetters). */
function sketchOfUnits(letters: Uint16Array): Uint32Array {
  const n = Math.max(0, letters.length - SHINGLE + 1);
  const bottom = new BottomK();
  for (let i = 0; i < n; i++)
    bottom.add(shingleHash(letters[i]!, letters[i + 1]!, letters[i + 2]!, letters[i + 3]!, letters[i + 4]!));
  return bottom.values();
}

/**
 * The sketch in one pass over the text, each letter hashed as `plainUnits` gives it (the last five
 * kept in hand), without building the letters: null where `plainUnits` would give up its one pass
 * (a unit its table cannot answer for alone), for the two-step way.
 */
function sketchOneStep(text: string): Uint32Array | null {
  const end = Math.min(text.length, READ);
  const bottom = new BottomK();
  // The last five units given, oldest first; `seen` counts them.
  let u0 = 0;
  let u1 = 0;
  let u2 = 0;
  let u3 = 0;
  let u4 = 0;
  let seen = 0;
  let space = false;
  for (let i = 0; i <= end; i++) {
    let unit: number;
    if (i === end) {
      // A separator at the end gives its space too.
      if (!space) break;
      unit = 32;
      space = false;
    } else {
      const v = plainClass(text.charCodeAt(i));
      if (v < 4) {
        if (v === 2) space = true;
        else if (v === 3) return null;
        continue;
      }
      if (space) {
        // The space before this letter, then the letter (the loop comes back to it).
        unit = 32;
        space = false;
        i--;
      } else unit = v - 4;
    }
    u0 = u1;
    u1 = u2;
    u2 = u3;
    u3 = u4;
    u4 = unit;
    if (++seen >= SHINGLE) bottom.add(shingleHash(u0, u1, u2, u3, u4));
  }
  return bottom.values();
}

/**
 * FNV-1a over one shingle (its five units, unrolled: a loop here cost the sketch a tenth of its
 * time) with a final avalanche, as a signed 32-bit value whose order is the unsigned hash's (the top
 * bit flipped): kept in small integers, the bottom-k loop never leaves them for doubles, which
 * hashes above 2^31 would be.
 */
function shingleHash(a: number, b: number, c: number, d: number, e: number): number {
  let h = 0x811c9dc5 | 0;
  h = Math.imul(h ^ a, 0x01000193);
  h = Math.imul(h ^ b, 0x01000193);
  h = Math.imul(h ^ c, 0x01000193);
  h = Math.imul(h ^ d, 0x01000193);
  h = Math.imul(h ^ e, 0x01000193);
  // A final avalanche so that neighbouring shingles spread over the whole range.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h ^ BIAS;
}

/** Estimated Jaccard resemblance of the two shingle sets. */
export function resemblance(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  // Walk the union's k smallest and count those present in both.
  let i = 0;
  let j = 0;
  let seen = 0;
  let both = 0;
  const k = Math.min(K, Math.max(a.length, b.length));
  while (seen < k && (i < a.length || j < b.length)) {
    const x = i < a.length ? a[i]! : Infinity;
    const y = j < b.length ? b[j]! : Infinity;
    if (x === y) {
      both++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
    seen++;
  }
  return seen === 0 ? 0 : both / seen;
}
