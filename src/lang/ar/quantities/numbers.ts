// Quantities in Arabic news: digits (`374`, `4,000`, `6.1 مليون`, glued `200سجين`), number words
// composed by rule (`أحد عشر`، `خمسة وعشرون`، `ثلاثة آلاف`، `مليون ونصف`), vague amounts
// (`العشرات`، `مئات الآلاف`، `عدد من`), `أحد` + a definite noun, ranges (`بين 60 و90`) and the
// qualifiers around a figure (`نحو`، `أكثر من`، `ما لا يقل عن`، `تجاوز عددهم`، `على الأقل`، `فقط`).
// Each rule a number is read by lives in rules/<id tail>.ts (`ar/number/teens` is rules/teens.ts);
// this file steps through a cardinal and hands each word to the rule of its place.
//
// Must match: بأكثر من مئة مسلح · بين 60 و90 مسلحاً · تجاوز الـ 4000 · 374من عناصر · نحو 12 ألف ·
//   نحو أربعة آلاف · 150ألف · ما بين 270 ألفا و330 ألف · مقتل العشرات · أحد المهاجمين
// Must not: الثاني (ordinal) · ثلث (alone, no figure) · عام 2011 (a date: the caller removes dates)

import type { Quantity, Qualifier } from '../../../types.js';
import { fold } from '../normalize/index.js';
import { tokenReadings } from '../read/morphology.js';
import { isOfClass } from '../read/sentence-view.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { NumberWord, QualifierForm } from '../lexicon/number-words.js';
import type { Cardinal, CardinalReading, CardinalStep, Tok } from './shared.js';
import { numberWord, wordAt } from './shared.js';
import { atDecimalMark, spokenDecimal } from './rules/decimal.js';
import { digitsAfterAnd, readDigits } from './rules/digits.js';
import { fractionOfScale, halfAfterAnd, unitsOfFraction } from './rules/fraction.js';
import { dualConstruct, dualScaleAfterAnd, scaleAfterAtom, scaleAtom } from './rules/scale.js';
import { eleven, elevenAfterAnd, teenOfUnit } from './rules/teens.js';
import { someAndTens } from './rules/some-and-tens.js';
import { vagueWord } from './rules/vague.js';
import { numberOf } from './rules/vague-some.js';
import { groupWord, hundredsOfUnit, rankAfterAnd } from './rules/words.js';

export type { Cardinal, Tok } from './shared.js';
export { isNumeralStem, opensWithRow } from './shared.js';
export { VAGUE_SEVERAL } from './rules/vague-several.js';

/** Whether a word can open a cardinal: readCardinal reads nothing from a word that is not a number word. */
export function mayOpenCardinal(lex: Lexicon, word: string): boolean {
  return numberWord(lex, word, true) !== null;
}

/**
 * Reads a cardinal starting at token `i`. Digits may be followed by a scale word; number words
 * compose by Arabic grammar. Within a group below a thousand the order is hundreds, then units,
 * then tens (`مئة وخمسة وعشرون`), each joined by و; teens are a unit + عشر; a scale multiplies
 * the group before it; after a scale only a smaller part may follow (`مليون و200 ألف`). Two atoms
 * of one rank never add up: `ثلاثة وخمسة` is 3, then a second number (`بين ثلاثة وخمسة` is 3–5).
 */
export function readCardinal(lex: Lexicon, toks: readonly Tok[], i: number): Cardinal | null {
  const first = toks[i];
  if (!first) return null;
  const r: CardinalReading = {
    lex,
    toks,
    i,
    total: 0,
    group: 0,
    stage: 0,
    lastScale: Infinity,
    j: i,
    sawAtom: false,
    decimal: false,
    rules: [],
  };
  if (first.kind === 'number' && !readDigits(r, first)) return null;
  while (r.j < toks.length && cardinalStep(r) === 'continue');
  if (!r.sawAtom) return null;
  const raw = r.total + r.group;
  const value = r.decimal && r.lastScale === Infinity ? raw : Math.round(raw);
  if (value <= 0 && first.kind !== 'number') return null;
  return { value, end: r.j, vague: false, high: null, one: false, rules: [...new Set(r.rules)] };
}

/** One step of the cardinal at token `r.j`: a conjunction and what follows it, or a number word. */
function cardinalStep(r: CardinalReading): 'continue' | 'stop' {
  const { toks, j } = r;
  const tok = toks[j]!;
  if (atDecimalMark(r)) return spokenDecimal(r);
  // The conjunction: a token of its own (`خمسة و عشرون`) or glued (`وعشرون`).
  let conj = false;
  let atomAt = j;
  let word: NumberWord | null = null;
  if (tok.kind === 'word' && tok.text === 'و') {
    conj = true;
    atomAt = j + 1;
  } else if (tok.kind === 'word') {
    const hit = numberWord(r.lex, tok, true, j > r.i);
    if (hit) {
      word = hit.word;
      conj = hit.conj;
    }
  }
  if (conj && !r.sawAtom) return 'stop';
  const atom = toks[atomAt];
  if (!atom) return 'stop';
  if (atomAt !== j) word = atom.kind === 'number' ? null : wordAt(r.lex, toks, atomAt);
  if (conj && atom.kind === 'number') return digitsAfterAnd(r, atom, atomAt);
  if (!word || word.type === 'vague' || word.type === 'some') return 'stop';
  const step = conj ? afterAnd(r, word, atomAt) : r.sawAtom ? afterAtom(r, word) : opening(r, word, tok);
  return step === 'atom' ? groupAtom(r, word, conj) : step;
}

/**
 * The first number word: eleven (`أحد عشر`), a fraction of a scale (`نصف مليون`), a dual scale in
 * construct (`ألفا شخص`); any other is read as the group's atom.
 */
function opening(r: CardinalReading, word: NumberWord, tok: Tok): CardinalStep {
  if (word.type === 'one') return eleven(r);
  if (word.type === 'fraction') return fractionOfScale(r, word);
  if (word.type === 'scale-plural') return 'stop'; // آلاف alone is vague
  return dualConstruct(r, word, tok);
}

/** A number word right after another, with no و: teens, hundreds of a unit, a scale. */
function afterAtom(r: CardinalReading, word: NumberWord): CardinalStep {
  // `وأحد` folds to `واحد` (one): before عشر it is و + eleven's أحد (`ألفين وأحد عشر`).
  const elevenFolded =
    word.type === 'unit' && word.value === 1 && /^و/.test(r.toks[r.j]!.text) ? elevenAfterAnd(r, r.j) : null;
  return (
    elevenFolded ??
    teenOfUnit(r, word) ??
    hundredsOfUnit(r, word) ??
    unitsOfFraction(r, word) ??
    scaleAfterAtom(r, word)
  );
}

/** After و: the next rank of the group, a smaller part after a scale, or a fraction of it. */
function afterAnd(r: CardinalReading, word: NumberWord, atomAt: number): CardinalStep {
  if (word.type === 'fraction') return halfAfterAnd(r, word, atomAt);
  if (word.type === 'scale-dual') return dualScaleAfterAnd(r, word, atomAt);
  if (word.type === 'one') return elevenAfterAnd(r, atomAt) ?? 'stop';
  return rankAfterAnd(r, word, atomAt);
}

/** An atom of the group: unit, ten, hundred, or a scale standing alone (ألفين). */
function groupAtom(r: CardinalReading, word: NumberWord, conj: boolean): 'continue' | 'stop' {
  if (word.type === 'scale-dual' || word.type === 'scale') return scaleAtom(r, word);
  return groupWord(r, word, conj);
}

/**
 * The readers of a vague amount at a token, in order: an unnamed unit and a ten (`بضعة وعشرون`),
 * a vague number word (`العشرات`، `بضع مئات`، `عدة`), then `عدد من`. `عدد` is no number word, so at most one answers; the order is the one the
 * reader has always asked them in.
 */
const VAGUE_READERS = [someAndTens, vagueWord, numberOf] as const;

/**
 * Vague amounts: العشرات، مئات، آلاف، ألوف، عشرات الآلاف، مئات الآلاف، ملايين، بضعة، بضع مئات،
 * بضعة آلاف، عدد من. The low is ACLED's conservative reading (tens 10, hundreds 100, thousands 1000).
 */
export function readVague(lex: Lexicon, toks: readonly Tok[], i: number): Cardinal | null {
  for (const read of VAGUE_READERS) {
    const found = read(lex, toks, i);
    if (found) return found;
  }
  return null;
}

function matchForm(lex: Lexicon, toks: readonly Tok[], i: number, form: QualifierForm, from = 0): number {
  let j = i + from;
  for (let k = from; k < form.words.length; k++) {
    if (!formWordAt(lex, toks[j], form, k)) return -1;
    j++;
  }
  return j;
}

/** Whether a token is word `k` of a qualifier form (a verb's first word in any of its forms). */
function formWordAt(lex: Lexicon, tok: Tok | undefined, form: QualifierForm, k: number): boolean {
  if (!tok || tok.kind !== 'word') return false;
  if (k === 0 && form.firstForms) return tokenReadings(tok).some((r) => form.firstForms!.has(r.stem));
  return lex.wordMatches(tok.text, form.words[k]!);
}

/**
 * The qualifier forms (of one position, in table order) whose first word a token is. Cached per
 * word on the lexicon: a figure's neighbourhood is tried against every form, and most words open none.
 */
function formsOpening(
  lex: Lexicon,
  tok: Tok | undefined,
  position: 'before' | 'after',
): readonly QualifierForm[] {
  if (!tok || tok.kind !== 'word') return [];
  const cache = lex.qualifiers.opening[position];
  const known = cache.get(tok.text);
  if (known) return known;
  const forms = lex.qualifiers[position].filter((form) => formWordAt(lex, tok, form, 0));
  if (cache.size >= 200_000) cache.clear();
  cache.set(tok.text, forms);
  return forms;
}

export interface QualifierMatch {
  readonly qualifier: Qualifier;
  readonly start: number;
  readonly end: number;
  /** Set off by commas after the figure (`متظاهر واحد، على الأقل،`): the span stays on the figure. */
  readonly setOff?: boolean;
}

/** The rule id of a qualifier (`أكثر من` → `ar/qualifier/more_than`): every reader of qualifiers names it so. */
export function qualifierRule(qualifier: Qualifier): string {
  return `ar/qualifier/${qualifier}`;
}

/**
 * A qualifier ending right before token `i`, skipping `الـ`, quotes and the words of the closed
 * class qualifier-gap (`عددهم`، `حاليا`، `بالفعل`).
 */
export function qualifierBefore(lex: Lexicon, toks: readonly Tok[], i: number): QualifierMatch | null {
  // Tokens allowed between a qualifier and the figure.
  let gapStart = i;
  while (gapStart > 0) {
    const t = toks[gapStart - 1]!;
    const skippable =
      (t.kind === 'punct' && (t.text === '"' || t.text === '(')) ||
      (t.kind === 'word' && (t.text === 'ال' || t.text === 'ب' || isOfClass(lex, t, 'qualifier-gap')));
    if (!skippable || i - gapStart >= 3) break;
    gapStart--;
  }
  for (let s = gapStart; s <= i; s++) {
    for (let start = Math.max(0, s - 4); start < s; start++) {
      for (const form of formsOpening(lex, toks[start], 'before')) {
        if (matchForm(lex, toks, start, form, 1) !== s) continue;
        // `حتى 30` is up to 30; `حتى الآن 30` is 30 so far: a qualifier that is itself a gap word
        // stands right before the figure.
        if (s < i && form.words.some((w) => lex.closed.has('qualifier-gap', w))) continue;
        return negatedVerb(lex, toks, form, { qualifier: form.qualifier, start, end: s });
      }
    }
  }
  return detachedQualifier(lex, toks, i) ?? estimatedAt(lex, toks, i);
}

/** How far back in its clause a verb of estimating may stand (`قدرت الأمم المتحدة عدد النازحين بـ`). */
const ESTIMATE_REACH = 8;

/**
 * `يقدر عدد النازحين بـ 50 ألفا`، `قدرت الخسائر ب 300 مليون`: a figure right after ب whose clause has
 * a verb of estimating (class estimate-verb) before it is approximate. The span stays on the figure.
 * Must not: `قدر المسؤول الجهود وأشاد بـ 50 متطوعا` (a verb of its own between), `قتل 50` (no ب).
 */
function estimatedAt(lex: Lexicon, toks: readonly Tok[], i: number): QualifierMatch | null {
  const prev = toks[i - 1];
  if (prev?.kind !== 'word' || fold(prev.text) !== 'ب') return null;
  for (let h = i - 2; h >= Math.max(0, i - ESTIMATE_REACH); h--) {
    const t = toks[h]!;
    if (t.kind !== 'word' || t.text === 'و') return null;
    if (isOfClass(lex, t, 'estimate-verb')) return { qualifier: 'approx', start: i, end: i };
  }
  return null;
}

/** What a verb of excess or shortfall bounds once negated: `لا تتجاوز 14%` is at most 14 %. */
const NEGATED: Partial<Record<Qualifier, Qualifier>> = { more_than: 'at_most', less_than: 'at_least' };

/**
 * A verb qualifier after a negation (`لا تتجاوز`، `لم يتخط`، `ولا يفوق`، `ألا تتعدى`) bounds the other
 * way, the negation included in the span; anything else is returned as it is. Phrases that hold
 * their negation (`ما لا يقل عن`) are rows of their own.
 */
function negatedVerb(
  lex: Lexicon,
  toks: readonly Tok[],
  form: QualifierForm,
  m: QualifierMatch,
): QualifierMatch {
  const flipped = NEGATED[m.qualifier];
  const neg = toks[m.start - 1];
  if (!form.verb || !flipped || neg?.kind !== 'word') return m;
  if (!isOfClass(lex, neg, 'negation') && !lex.closed.has('exception-particle', fold(neg.text))) return m;
  return { ...m, qualifier: flipped, start: m.start - 1 };
}

/**
 * A qualifier verb whose subject is the count, set apart from the figure: `تجاوز عدد النازحين
 * 85 ألفا`، `لا يقل عدد القتلى عن 50`، `تخطت حصيلة الضحايا 300`. The span stays on the figure.
 * The count's noun is the closed class count-subject (`عدد`، `حصيلة`), the preposition a verb's
 * form may end in the class qualifier-preposition (`يقل عن`).
 */
function detachedQualifier(lex: Lexicon, toks: readonly Tok[], i: number): QualifierMatch | null {
  const { before } = lex.qualifiers;
  const prev = toks[i - 1];
  const prep = prev?.kind === 'word' && isOfClass(lex, prev, 'qualifier-preposition') ? prev.text : null;
  const last = prep ? i - 2 : i - 1;
  for (let h = last; h >= Math.max(0, last - 7); h--) {
    const t = toks[h]!;
    if (t.kind !== 'word') return null;
    // The class's answer kept on the word's record: most words before a figure are no count's noun.
    if (!isOfClass(lex, t, 'count-subject')) continue;
    for (const form of before) {
      const tail = form.words[form.words.length - 1]!;
      const split = form.words.length > 1 && lex.closed.has('qualifier-preposition', tail);
      if ((split ? tail : null) !== prep) continue;
      const core: QualifierForm = split ? { ...form, words: form.words.slice(0, -1) } : form;
      for (let start = Math.max(0, h - 3); start < h; start++) {
        if (matchForm(lex, toks, start, core) !== h) continue;
        const negated = negatedVerb(lex, toks, form, { qualifier: form.qualifier, start, end: h });
        return { qualifier: negated.qualifier, start: i, end: i };
      }
    }
    return null;
  }
  return null;
}

/** A qualifier right after token index `i` (`على الأقل`، `تقريبا`، `فقط`). */
export function qualifierAfter(lex: Lexicon, toks: readonly Tok[], i: number): QualifierMatch | null {
  const direct = qualifierAt(lex, toks, i);
  if (direct) return direct;
  // `مقتل متظاهر واحد، على الأقل، واعتقال …`: set off by commas, when no other figure follows it
  // (in `قتل 5، على الأقل 3 منهم أطفال` the qualifier is the next figure's).
  const t = toks[i];
  if (t?.kind !== 'punct' || (t.text !== '،' && t.text !== ',')) return null;
  const apart = qualifierAt(lex, toks, i + 1);
  const next = apart ? toks[apart.end] : undefined;
  return apart && (next === undefined || next.kind === 'punct') ? { ...apart, setOff: true } : null;
}

function qualifierAt(lex: Lexicon, toks: readonly Tok[], i: number): QualifierMatch | null {
  for (const form of formsOpening(lex, toks[i], 'after')) {
    const end = matchForm(lex, toks, i, form, 1);
    if (end > 0) return { qualifier: form.qualifier, start: i, end };
  }
  return null;
}

/** Approximate figures get a ±10 % band (the project's documented approximation band). */
export const APPROX_BAND = 0.1;

export function interval(point: number, qualifier: Qualifier): Quantity {
  switch (qualifier) {
    case 'approx': {
      const d = Math.round(point * APPROX_BAND);
      return { low: point - d, high: point + d, point, qualifier };
    }
    case 'more_than':
      return { low: point + 1, high: null, point, qualifier };
    case 'at_least':
      return { low: point, high: null, point, qualifier };
    case 'less_than':
      return { low: null, high: point - 1, point, qualifier };
    case 'at_most':
      return { low: null, high: point, point, qualifier };
    default:
      return { low: point, high: point, point, qualifier };
  }
}
