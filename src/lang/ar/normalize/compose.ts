// Decomposed hamza and madda (NFD text, some macOS and PDF exports): `ا` + U+0654 is `أ`, `و` +
// U+0654 is `ؤ`. Without composing first, the diacritics step would delete the combining hamza
// and `ؤ` written in two units would fold to `و` while `ؤ` written in one stays `ؤ`.
//
//   must join:     ا + ٔ → أ    و + ٔ → ؤ    ي + ٔ → ئ    ا + ٓ → آ    ە + ٔ → ۀ
//   must not join: a hamza after a non-letter, or after a letter NFC does not compose with it

import type { FoldEdit, FoldStep, FoldedText } from '../../../text/folded.js';
import { editUnits } from '../../../text/folded.js';

/** (letter, combining mark) → the one-unit letter NFC makes of them, taken from Unicode itself. */
const PAIRS: ReadonlyMap<number, string> = (() => {
  const pairs = new Map<number, string>();
  for (let letter = 0x0620; letter <= 0x06ff; letter++) {
    for (const mark of [0x0653, 0x0654, 0x0655]) {
      const composed = String.fromCharCode(letter, mark).normalize('NFC');
      if (composed.length === 1) pairs.set((letter << 16) | mark, composed);
    }
  }
  return pairs;
})();

const COMBINING = /[\u0653-\u0655]/;

export function composeHamza(input: FoldedText): FoldedText {
  const text = input.text;
  if (!COMBINING.test(text)) return input;
  const edits: FoldEdit[] = [];
  for (let i = 1; i < text.length; i++) {
    const mark = text.charCodeAt(i);
    if (mark < 0x0653 || mark > 0x0655) continue;
    const composed = PAIRS.get((text.charCodeAt(i - 1) << 16) | mark);
    if (composed !== undefined) edits.push({ start: i - 1, end: i + 1, text: composed });
  }
  return editUnits(input, edits);
}

export const compose: FoldStep = { kind: 'pass', id: 'ar/normalize/compose', run: composeHamza };
