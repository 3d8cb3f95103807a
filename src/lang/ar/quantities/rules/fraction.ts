// ar/number/fraction: a fraction of a scale (`نصف مليون`، `ثلاثة أرباع مليون`) and the half after a
// scale (`مليون ونصف`), the scale's name after the half taken into the figure.
//
// Must match: نصف مليون (500,000) · ربع مليون (250,000) · مليون ونصف (1,500,000) · مليون ونصف
//   المليون (1,500,000) · ألف ونصف الألف (1,500) · ثلاثة أرباع مليون (750,000)
// Must not match: ثلث (a fraction alone, no figure) · نصف السكان (a fraction of no scale) · ثلاثة
//   ونصف (a half after no scale) · ثلاثة أرباع السكان (a share: the sentence reader counts no 3)

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

/** `مليون ونصف`، `مليون ونصف المليون`، `ألف ونصف الألف`: half of the last scale. */
export function halfAfterAnd(r: CardinalReading, word: NumberWord, atomAt: number): CardinalStep {
  if (r.lastScale === Infinity || r.group !== 0 || word.value !== 0.5) return 'stop';
  r.total += word.value * r.lastScale;
  r.j = atomAt + 1;
  const again = r.toks[r.j];
  if (again && again.kind === 'word') {
    const scale = r.lex
      .readings(again.text)
      .find((x) => x.definite && r.lex.numberWords.get(x.stem)?.value === r.lastScale);
    if (scale) r.j++;
  }
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
