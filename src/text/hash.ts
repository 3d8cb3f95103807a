// One hash for the readers that need a short, stable number for a text: FNV-1a over its UTF-16
// units, 32 bits unsigned, the same on every run and platform. The lexicon's record table keys a
// spelling by it, the batch cache a document, the speaker index a name, the exports an id.
// (The link sketch and the duplicate finder hash their shingles with the same constants, unrolled
// over their own units; they stay where they are, on the hot path of what they read.)

const OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;

/**
 * FNV-1a over `text[start, end)` (the whole text by default), as a signed 32-bit value, which an
 * `Int32Array` keeps as it is; `>>> 0` gives the unsigned number.
 */
export function fnv1a(text: string, start = 0, end = text.length): number {
  let h = OFFSET | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), PRIME);
  return h;
}
