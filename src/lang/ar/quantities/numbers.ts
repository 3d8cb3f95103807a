// Quantities in Arabic news: digits (`374`, `4,000`, `6.1 مليون`, glued `200سجين`), number words
// composed by rule (`أحد عشر`، `خمسة وعشرون`، `ثلاثة آلاف`، `مليون ونصف`), vague amounts
// (`العشرات`، `مئات الآلاف`، `عدد من`), `أحد` + a definite noun, ranges (`بين 60 و90`) and the
// qualifiers around a figure (`نحو`، `أكثر من`، `ما لا يقل عن`، `تجاوز عددهم`، `على الأقل`، `فقط`).
//
// Must match: بأكثر من مئة مسلح · بين 60 و90 مسلحاً · تجاوز الـ 4000 · 374من عناصر · نحو 12 ألف ·
//   نحو أربعة آلاف · 150ألف · ما بين 270 ألفا و330 ألف · مقتل العشرات · أحد المهاجمين
// Must not: الثاني (ordinal) · ثلث (alone, no figure) · عام 2011 (a date: the caller removes dates)

import type { Quantity, Qualifier } from '../../../types.js';
import { fold } from '../normalize/index.js';
import { tokenReadings } from '../read/morphology.js';
import { isA, isOfClass } from '../read/sentence-view.js';
import type { LexWord, Lexicon } from '../lexicon/lexicon.js';
import type { NumberWord, QualifierForm } from '../lexicon/number-words.js';
import type { WordClass } from '../lexicon/closed-words.js';

export interface Tok {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: 'word' | 'number' | 'punct' | 'newline';
  /**
   * The lexicon's record of the word, on tokens of a read sentence (`readSentence`; null for digits
   * and marks). Trusted only while it is the record of `text` (see `recordOf`).
   */
  readonly word?: LexWord | null;
}

/** A stem that is a cardinal number word (`خمسه`، `ثلاث`، `مئه`). */
export function isNumeralStem(lex: Lexicon, stem: string): boolean {
  const w = lex.numberWords.get(stem);
  return w !== undefined && w.type !== 'vague' && w.type !== 'scale-plural' && w.type !== 'fraction';
}

/**
 * The number word a token stands for, through its clitics (`بعشرات`، `والمئات`، `وعشرون`). A word
 * that continues a numeral (`bare`) may carry و only: `خمسة بالمئة` is five percent, not 500.
 */
function numberWord(
  lex: Lexicon,
  spelling: string | Tok,
  allowConjunction: boolean,
  bare = false,
): { word: NumberWord; conj: boolean } | null {
  // A token of a read sentence carries its readings on its record: no lookup of them here.
  for (const r of typeof spelling === 'string' ? lex.readings(spelling) : tokenReadings(spelling)) {
    const word = lex.numberWords.get(r.stem);
    if (!word) continue;
    if (bare && r.prefixes.some((p) => p !== 'و')) continue;
    // `الاثنين` is Monday; a definite unit word is not a count of its own.
    if (r.definite && word.type === 'unit' && opensWithRow(lex, 'two-stem', r.stem)) continue;
    const conj = r.prefixes[0] === 'و';
    if (conj && !allowConjunction && r.prefixes.length === 1) continue;
    return { word, conj };
  }
  return null;
}

/** Whether a stem opens with a word of `cls` (`two-stem` اثن: `اثنين`، `اثنتي`، `اثنا`). */
export function opensWithRow(lex: Lexicon, cls: WordClass, stem: string): boolean {
  for (let n = 1; n <= stem.length; n++) if (lex.closed.hasStem(cls, stem.slice(0, n))) return true;
  return false;
}

function digitsValue(text: string): number | null {
  // 4,000 and 1.300.000 group thousands; 6.1 is a decimal (resolved by a following scale).
  if (/^\d{1,3}([,\u060c]\d{3})+$/.test(text)) return Number(text.replace(/[,\u060c]/g, ''));
  if (/^\d{1,3}(\.\d{3}){2,}$/.test(text)) return Number(text.replace(/\./g, ''));
  const n = Number(text.replace(/,/g, '.'));
  return Number.isFinite(n) ? n : null;
}

export interface Cardinal {
  readonly value: number;
  /** Token index just past the numeral. */
  readonly end: number;
  readonly vague: boolean;
  readonly high: number | null;
  readonly one: boolean;
  readonly rules: readonly string[];
}

/** A number word right at token `k`, without a conjunction. */
function wordAt(lex: Lexicon, toks: readonly Tok[], k: number): NumberWord | null {
  const t = toks[k];
  if (!t || t.kind !== 'word') return null;
  const hit = numberWord(lex, t, false, true);
  return hit && !hit.conj ? hit.word : null;
}

/** Whether a word can open a cardinal: readCardinal reads nothing from a word that is not a number word. */
export function mayOpenCardinal(lex: Lexicon, word: string): boolean {
  return numberWord(lex, word, true) !== null;
}

/** `عدة` (several): a vague count that hedges more than it counts, never a claim (figures.ts). */
export const VAGUE_SEVERAL = 'ar/number/vague-several';

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

/** The state of reading one cardinal: the one object every step of readCardinal reads and moves. */
interface CardinalReading {
  readonly lex: Lexicon;
  readonly toks: readonly Tok[];
  /** The token the cardinal starts at. */
  readonly i: number;
  /** Sum of the groups already closed by a scale. */
  total: number;
  /** The group being read (below a thousand, or a digit run). */
  group: number;
  /** 0 nothing yet in the group, 1 hundreds, 2 units, 3 tens, teens or digits (complete). */
  stage: number;
  lastScale: number;
  /** The next token to read. */
  j: number;
  sawAtom: boolean;
  decimal: boolean;
  readonly rules: string[];
}

/** What a step did: read on, end the cardinal, or leave the word to be read as an atom of the group. */
type CardinalStep = 'continue' | 'stop' | 'atom';

/** A scale multiplies the group before it; false when it is not smaller than the last scale. */
function applyScale(r: CardinalReading, scale: number): boolean {
  if (scale >= r.lastScale) return false;
  r.total += (r.group === 0 ? 1 : r.group) * scale;
  r.group = 0;
  r.stage = 0;
  r.lastScale = scale;
  return true;
}

/** A digit run opening the cardinal, with the scale word after it (`12 ألف`، `3.5 مليون`). */
function readDigits(r: CardinalReading, first: Tok): boolean {
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
  r.rules.push('ar/number/digits');
  // 12 ألف، 150ألف، 3.5 مليون، 45 ألفا، 5 آلاف (but a digit run before و starts a new number).
  const scale = wordAt(r.lex, toks, r.j);
  if (scale && scale.type.startsWith('scale') && scale.type !== 'scale-dual' && applyScale(r, scale.value)) {
    r.j++;
    r.rules.push('ar/number/digits-scale');
  }
  return true;
}

/** One step of the cardinal at token `r.j`: a conjunction and what follows it, or a number word. */
function cardinalStep(r: CardinalReading): 'continue' | 'stop' {
  const { toks, j } = r;
  const tok = toks[j]!;
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
  if (!word || word.type === 'vague') return 'stop';
  const step = conj ? afterAnd(r, word, atomAt) : r.sawAtom ? afterAtom(r, word) : opening(r, word, tok);
  return step === 'atom' ? groupAtom(r, word, conj) : step;
}

/** `مليون و200 ألف`: digits after و add a part smaller than the last scale. */
function digitsAfterAnd(r: CardinalReading, atom: Tok, atomAt: number): 'continue' | 'stop' {
  const v = digitsValue(atom.text);
  const scale = wordAt(r.lex, r.toks, atomAt + 1);
  const scaled = scale !== null && scale.type === 'scale';
  const part = v === null ? null : scaled ? v * scale.value : v;
  if (part === null || r.lastScale === Infinity || part >= r.lastScale || r.group !== 0) return 'stop';
  r.total += part;
  r.j = atomAt + (scaled ? 2 : 1);
  r.stage = 3;
  if (scaled) r.lastScale = scale.value;
  return 'continue';
}

/** The first number word: eleven (`أحد عشر`), a fraction of a scale, a dual scale in construct. */
function opening(r: CardinalReading, word: NumberWord, tok: Tok): CardinalStep {
  const { toks, j } = r;
  // أحد عشر / إحدى عشرة are 11; a lone أحد is read by the caller.
  if (word.type === 'one') {
    const ten = wordAt(r.lex, toks, j + 1);
    if (!ten || ten.value !== 10 || ten.type !== 'unit') return 'stop';
    r.group = 11;
    r.stage = 3;
    r.j += 2;
    r.sawAtom = true;
    r.rules.push('ar/number/teens');
    return 'continue';
  }
  if (word.type === 'fraction') {
    // نصف مليون، ربع مليون
    const scale = wordAt(r.lex, toks, j + 1);
    if (!scale || scale.type !== 'scale') return 'stop';
    r.total += word.value * scale.value;
    r.lastScale = scale.value;
    r.j += 2;
    r.sawAtom = true;
    r.rules.push('ar/number/fraction');
    return 'continue';
  }
  if (word.type === 'scale-plural') return 'stop'; // آلاف alone is vague
  // ألفا شخص، مليونا نازح: the dual in construct (two thousand) when a noun follows at once.
  const after = toks[j + 1];
  const dualConstruct =
    word.type === 'scale' &&
    /ا$/.test(fold(tok.text)) &&
    after?.kind === 'word' &&
    !numberWord(r.lex, after, true);
  if (!dualConstruct || isA(r.lex, after, 'count-partitive')) return 'atom';
  r.total = 2 * word.value;
  r.lastScale = word.value;
  r.j++;
  r.sawAtom = true;
  r.rules.push('ar/number/scale');
  return 'continue';
}

/** A number word right after another, with no و: teens, hundreds of a unit, a scale. */
function afterAtom(r: CardinalReading, word: NumberWord): CardinalStep {
  // ثلاثة عشر، اثنا عشر
  if (word.type === 'unit' && word.value === 10 && r.stage === 2 && r.group % 100 < 10 && r.group % 100 > 0) {
    r.group += 10;
    r.stage = 3;
    r.j++;
    r.rules.push('ar/number/teens');
    return 'continue';
  }
  // ثلاث مئة
  if (word.type === 'hundred' && word.value === 100 && r.stage === 2 && r.group < 10) {
    r.group *= 100;
    r.stage = 1;
    r.j++;
    return 'continue';
  }
  if (word.type !== 'scale' && word.type !== 'scale-plural') return 'stop';
  if (word.type === 'scale-plural' && (r.group < 3 || r.group > 10)) return 'stop';
  if (!applyScale(r, word.value)) return 'stop';
  r.j++;
  r.rules.push('ar/number/scale');
  return 'continue';
}

/** After و: the next rank of the group, a smaller part after a scale, or a fraction of it. */
function afterAnd(r: CardinalReading, word: NumberWord, atomAt: number): CardinalStep {
  if (word.type === 'fraction') return halfAfterAnd(r, word, atomAt);
  if (word.type === 'hundred') {
    if (r.group !== 0 || word.value >= r.lastScale) return 'stop';
  } else if (word.type === 'unit' && word.value !== 10) {
    if (r.stage >= 2) return 'stop';
  } else if (word.type === 'ten' || word.type === 'unit') {
    if (r.stage >= 3) return 'stop';
  } else if (word.type === 'scale-dual') {
    if (r.group !== 0 || word.value >= r.lastScale) return 'stop';
    r.total += word.value;
    r.lastScale = word.value / 2;
    r.j = atomAt + 1;
    r.rules.push('ar/number/scale');
    return 'continue';
  } else return 'stop';
  r.j = atomAt;
  return 'atom';
}

/** `مليون ونصف`، `مليون ونصف المليون`، `ألف ونصف الألف`: half of the last scale. */
function halfAfterAnd(r: CardinalReading, word: NumberWord, atomAt: number): CardinalStep {
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
  r.rules.push('ar/number/fraction');
  return 'continue';
}

/** An atom of the group: unit, ten, hundred, or a dual scale standing alone (ألفين). */
function groupAtom(r: CardinalReading, word: NumberWord, conj: boolean): 'continue' | 'stop' {
  if (word.type === 'scale-dual' || word.type === 'scale') {
    if (r.sawAtom) return 'stop';
    if (word.type === 'scale-dual') {
      r.total += word.value;
      r.lastScale = word.value / 2;
    } else applyScale(r, word.value);
    r.j++;
    r.sawAtom = true;
    r.rules.push('ar/number/scale');
    return 'continue';
  }
  if (word.type !== 'unit' && word.type !== 'ten' && word.type !== 'hundred') return 'stop';
  if (r.sawAtom && !conj) return 'stop';
  r.group += word.value;
  r.stage = word.type === 'hundred' ? 1 : word.type === 'ten' || word.value === 10 ? 3 : 2;
  r.j++;
  r.sawAtom = true;
  r.rules.push('ar/number/words');
  return 'continue';
}

/**
 * Vague amounts: العشرات، مئات، آلاف، ألوف، عشرات الآلاف، مئات الآلاف، ملايين، بضعة، بضع مئات،
 * بضعة آلاف، عدد من. The low is ACLED's conservative reading (tens 10, hundreds 100, thousands 1000).
 */
export function readVague(lex: Lexicon, toks: readonly Tok[], i: number): Cardinal | null {
  const tok = toks[i];
  if (!tok || tok.kind !== 'word') return null;
  const hit = numberWord(lex, tok, true);
  if (hit) {
    const w = hit.word;
    if (w.type === 'vague' || w.type === 'scale-plural') {
      let low = w.value;
      let high = w.high ?? w.value * 10 - 1;
      let end = i + 1;
      // عشرات الآلاف، مئات الآلاف، بضع مئات، بضعة آلاف، عشرات الملايين
      for (let k = 0; k < 2; k++) {
        const nxt = toks[end];
        const scale = nxt && nxt.kind === 'word' ? numberWord(lex, nxt, false) : null;
        if (!scale || scale.conj) break;
        const sw = scale.word;
        const multiplies =
          (w.type === 'vague' && sw.type === 'scale-plural') ||
          (w.high !== null && w.high < 10 && k === 0 && sw.type === 'vague' && sw.value >= 10);
        if (!multiplies) break;
        low *= sw.value;
        high = (high + 1) * sw.value - 1;
        end++;
      }
      // `عدة` (several) is listed but, like `العديد`, hedges more than it counts: never a claim.
      const several = isOfClass(lex, tok, 'several-word');
      const rule = several ? VAGUE_SEVERAL : 'ar/number/vague';
      return { value: low, end, vague: true, high, one: false, rules: [rule] };
    }
  }
  // عدد من / العديد من: ACLED reads "a number of" as at least a few.
  // `العديد من` (many) is left out: it hedges more than it counts; so is `العدد` (the article).
  if (lex.closed.reading('number-of', tok.text, true) && isA(lex, toks[i + 1], 'count-partitive'))
    return { value: 3, end: i + 2, vague: true, high: null, one: false, rules: ['ar/number/vague-some'] };
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
  return detachedQualifier(lex, toks, i);
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
