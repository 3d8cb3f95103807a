// ar/number/digits: a digit run opens a cardinal, its groups of thousands or its decimal read by the
// mark between them, a scale word after it read by digits-scale; digits after و add a part smaller
// than the scale before them.
//
// Must match: 374 · 4,000 (4000) · 1.300.000 · 300.000 نسمة (300000) · مليون و200 ألف (1,200,000) ·
//   مليون و3 آلاف (1,003,000: a plural scale too)
// Must not match: 1,279 تريليون as 1279 (before a scale the comma is the decimal mark) · 2.500 مليون
//   as 2500 (a dot before a scale is decimal) · 0933123456 (a phone number: the sentence reader's) ·
//   5 ملايين و10 ملايين as 5,000,010 (a part as large as the scale before it is a second figure)

import type { CardinalReading, Tok } from '../shared.js';
import { digitsValue, wordAt } from '../shared.js';
import { digitsScale } from './digits-scale.js';

export const DIGITS = 'ar/number/digits';

/** A digit run opening the cardinal, with the scale word after it (`12 ألف`، `3.5 مليون`). */
export function readDigits(r: CardinalReading, first: Tok): boolean {
  const { toks, i } = r;
  let v = digitsValue(first.text);
  if (v === null) return false;
  const scaleNext = wordAt(r.lex, toks, i + 1);
  // 300.000 نسمة: one group of three after a dot is thousands, unless a scale follows (2.500 مليون).
  // 1,279 تريليون: before a scale a comma is the decimal mark.
  if (/^\d{1,3},\d{3}$/.test(first.text) && scaleNext?.type.startsWith('scale'))
    v = Number(first.text.replace(',', '.'));
  if (/^\d{1,3}\.\d{3}$/.test(first.text) && !scaleNext?.type.startsWith('scale'))
    v = Number(first.text.replace('.', ''));
  r.group = v;
  r.decimal = !Number.isInteger(v);
  r.stage = 3;
  r.j = i + 1;
  r.sawAtom = true;
  r.rules.push(DIGITS);
  digitsScale(r);
  return true;
}

/** `مليون و200 ألف`: digits after و add a part smaller than the last scale. */
export function digitsAfterAnd(r: CardinalReading, atom: Tok, atomAt: number): 'continue' | 'stop' {
  const v = digitsValue(atom.text);
  const scale = wordAt(r.lex, r.toks, atomAt + 1);
  const scaled = scale !== null && (scale.type === 'scale' || scale.type === 'scale-plural');
  const part = v === null ? null : scaled ? v * scale.value : v;
  if (part === null || r.lastScale === Infinity || part >= r.lastScale || r.group !== 0) return 'stop';
  r.total += part;
  r.j = atomAt + (scaled ? 2 : 1);
  r.stage = 3;
  if (scaled) r.lastScale = scale.value;
  return 'continue';
}
