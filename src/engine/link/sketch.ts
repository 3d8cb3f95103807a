// Text resemblance between reports without knowing their language: bottom-k sketches of character
// 5-gram shingles over letters and digits (Broder's MinHash in its one-hash form). Two reports of
// one event share names, places and figures, so their shingle sets overlap far above chance.

import { plainUnits } from './sides.js';

const K = 64;
const SHINGLE = 5;
/** Enough of a report to know what it is about; the lead carries the event. */
const READ = 4000;

/** Flips the top bit: signed order of the result is the unsigned order of the hash. */
const BIAS = 0x80000000 | 0;

/**
 * FNV-1a over one shingle with a final avalanche, as a signed 32-bit value whose order is the
 * unsigned hash's (the top bit flipped): kept in small integers, the bottom-k loop never leaves
 * them for doubles, which hashes above 2^31 would be.
 */
function biasedHash(units: Uint16Array, start: number): number {
  let h = 0x811c9dc5 | 0;
  // Unrolled over the SHINGLE (5) units: a loop here cost the sketch a tenth of its time.
  h = Math.imul(h ^ units[start]!, 0x01000193);
  h = Math.imul(h ^ units[start + 1]!, 0x01000193);
  h = Math.imul(h ^ units[start + 2]!, 0x01000193);
  h = Math.imul(h ^ units[start + 3]!, 0x01000193);
  h = Math.imul(h ^ units[start + 4]!, 0x01000193);
  // A final avalanche so that neighbouring shingles spread over the whole range.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h ^ BIAS;
}

/** The K smallest distinct shingle hashes, ascending. */
export function sketch(text: string): Uint32Array {
  // The units of the letters string (plainLetters), read without building it.
  const letters = plainUnits(text.slice(0, READ));
  const n = Math.max(0, letters.length - SHINGLE + 1);
  // The K smallest distinct values kept sorted as they come: once K are kept, most hashes are
  // above the largest and cost one comparison (sorting every hash cost several times more).
  const kept = new Int32Array(K);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const h = biasedHash(letters, i);
    if (count === K && h >= kept[K - 1]!) continue;
    let at = count;
    while (at > 0 && kept[at - 1]! > h) at--;
    if (at > 0 && kept[at - 1] === h) continue;
    for (let j = count === K ? K - 1 : count; j > at; j--) kept[j] = kept[j - 1]!;
    kept[at] = h;
    if (count < K) count++;
  }
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) out[i] = (kept[i]! ^ BIAS) >>> 0;
  return out;
}

/**
 * Whether `sketch(text)` holds any hash (the text has a shingle), without hashing: all a report
 * linked alone asks of its sketch, which no other report's is compared with.
 */
export function hasShingle(text: string): boolean {
  return plainUnits(text.slice(0, READ)).length >= SHINGLE;
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
