// ar/number/fraction: a fraction of a scale (`نصف مليون`، `ثلاثة أرباع مليون`) and the half, third or
// quarter after a scale (`مليون ونصف`، `مليون وربع`), the scale's name after it taken into the figure.
//
// Must match: نصف مليون (500,000) · ربع مليون (250,000) · مليون ونصف (1,500,000) · مليون ونصف
//   المليون (1,500,000) · ألف ونصف الألف (1,500) · ثلاثة أرباع مليون (750,000) · مليون وربع
//   (1,250,000) · مليونان وربع المليون (2,250,000)
// Must not match: ثلث (a fraction alone, no figure) · نصف السكان (a fraction of no scale) · ثلاثة
//   ونصف (a half after no scale) · ثلاثة أرباع السكان (a share: the sentence reader counts no 3)
//   · مليون وربع السكان as 1,250,000 (the quarter is the population's)

import type { NumberWord } from '../../lexicon/number-words.js';
import type { CardinalReading, CardinalStep } from '../shared.js';
import { wordAt } from '../shared.js';

export const FRACTION = 'ar/number/fraction';

/** `نصف مليون`، `ربع مليون`: a fraction opening the cardinal, of the scale right after it. */
export function fractionOfScale(r: CardinalReading, word: NumberWord): CardinalStep {
  const scale = wordAt(r.lex, r.toks, r.j + 1);
  if (!scale || scale.type !== 'scale') return 'stop';
  r.total += word.value * scale.value;
  r.lastScale = scale.value;
  r.j += 2;
  r.sawAtom = true;
  r.rules.push(FRACTION);
  return 'continue';
}

/** The fractions that follow a scale after و: a half, a third, a quarter (numbers.tsv values). */
const AFTER_SCALE = new Set([0.5, 0.3333333333, 0.25]);

/** `مليون ونصف`، `مليون ونصف المليون`، `مليون وربع`: a half, third or quarter of the last scale. */
export function halfAfterAnd(r: CardinalReading, word: NumberWord, atomAt: number): CardinalStep {
  if (r.lastScale === Infinity || r.group !== 0 || !AFTER_SCALE.has(word.value)) return 'stop';
  const again = r.toks[atomAt + 1];
  const readings = again?.kind === 'word' ? r.lex.readings(again.text) : [];
  const scale = readings.some((x) => x.definite && r.lex.numberWords.get(x.stem)?.value === r.lastScale);
  // `مليون وربع السكان`: the fraction takes a share of the definite noun after it, not of the scale.
  if (!scale && again?.kind === 'word' && /^(?:ال|لل)/.test(again.text)) return 'stop';
  r.total += word.value * r.lastScale;
  r.j = atomAt + (scale ? 2 : 1);
  r.rules.push(FRACTION);
  return 'continue';
}

/** `ثلاثة أرباع مليون`: a unit, its fraction's plural, then the scale they take a share of. */
export function unitsOfFraction(r: CardinalReading, word: NumberWord): CardinalStep | null {
  if (word.type !== 'fraction' || r.stage !== 2 || r.group >= 10 || r.total !== 0) return null;
  const scale = wordAt(r.lex, r.toks, r.j + 1);
  if (!scale || scale.type !== 'scale') return 'stop';
  r.total += r.group * word.value * scale.value;
  r.group = 0;
  r.lastScale = scale.value;
  r.j += 2;
  r.rules.push(FRACTION);
  return 'continue';
}
