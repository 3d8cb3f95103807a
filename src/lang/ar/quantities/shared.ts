// What the quantity rules (rules/<id tail>.ts) share: the token and the state of one cardinal being
// read, the number word a token stands for, and the tests a rule asks of a figure's neighbours
// (a currency, a time noun, a label or a year, a range's second bound). No rule id is declared here.

import type { Quantity } from '../../../types.js';
import { tokenReadings } from '../read/morphology.js';
import type { LexWord, Lexicon } from '../lexicon/lexicon.js';
import type { WordClass } from '../lexicon/closed-words.js';
import type { NumberWord } from '../lexicon/number-words.js';
import type { SentenceView } from '../read/sentence-view.js';
import { entityInside, isA, isOfClass, nounOf } from '../read/sentence-view.js';
import { mayOpenCardinal, qualifierBefore, readCardinal } from './numbers.js';
import { percentEnd } from './rules/percent.js';

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

export interface Cardinal {
  readonly value: number;
  /** Token index just past the numeral. */
  readonly end: number;
  readonly vague: boolean;
  readonly high: number | null;
  readonly one: boolean;
  readonly rules: readonly string[];
}

/** A stem that is a cardinal number word (`خمسه`، `ثلاث`، `مئه`). */
export function isNumeralStem(lex: Lexicon, stem: string): boolean {
  const w = lex.numberWords.get(stem);
  return (
    w !== undefined &&
    w.type !== 'vague' &&
    w.type !== 'some' &&
    w.type !== 'scale-plural' &&
    w.type !== 'fraction'
  );
}

/** Whether a stem opens with a word of `cls` (`two-stem` اثن: `اثنين`، `اثنتي`، `اثنا`). */
export function opensWithRow(lex: Lexicon, cls: WordClass, stem: string): boolean {
  for (let n = 1; n <= stem.length; n++) if (lex.closed.hasStem(cls, stem.slice(0, n))) return true;
  return false;
}

/**
 * The number word a token stands for, through its clitics (`بعشرات`، `والمئات`، `وعشرون`). A word
 * that continues a numeral (`bare`) may carry و only: `خمسة بالمئة` is five percent, not 500.
 */
export function numberWord(
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

export function digitsValue(text: string): number | null {
  // 4,000 and 1.300.000 group thousands; 6.1 is a decimal (resolved by a following scale).
  if (/^\d{1,3}([,\u060c]\d{3})+$/.test(text)) return Number(text.replace(/[,\u060c]/g, ''));
  if (/^\d{1,3}(\.\d{3}){2,}$/.test(text)) return Number(text.replace(/\./g, ''));
  const n = Number(text.replace(/,/g, '.'));
  return Number.isFinite(n) ? n : null;
}

/** A number word right at token `k`, without a conjunction. */
export function wordAt(lex: Lexicon, toks: readonly Tok[], k: number): NumberWord | null {
  const t = toks[k];
  if (!t || t.kind !== 'word') return null;
  const hit = numberWord(lex, t, false, true);
  return hit && !hit.conj ? hit.word : null;
}

/** The state of reading one cardinal: the one object every step of readCardinal reads and moves. */
export interface CardinalReading {
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
export type CardinalStep = 'continue' | 'stop' | 'atom';

/** A scale multiplies the group before it; false when it is not smaller than the last scale. */
export function applyScale(r: CardinalReading, scale: number): boolean {
  if (scale >= r.lastScale) return false;
  r.total += (r.group === 0 ? 1 : r.group) * scale;
  r.group = 0;
  r.stage = 0;
  r.lastScale = scale;
  return true;
}

/** A figure that measures rather than counts: never a claim. */
export type QuantityUnit = 'percent' | 'money';

export interface QuantityMention {
  /** Token range of the whole expression (qualifiers included). */
  readonly qStart: number;
  readonly qEnd: number;
  /** Token range of the numeral itself. */
  readonly numStart: number;
  readonly numEnd: number;
  /** Characters of the first token left out of the span (a glued `و`). */
  readonly lead: number;
  readonly quantity: Quantity;
  readonly rules: readonly string[];
  /** `أحد المهاجمين`: one of a plural. */
  readonly one: boolean;
  /** The numeral is a dual noun (`عنصرين`): the noun is the numeral's own token. */
  readonly dual: boolean;
  /** The numeral follows its noun as an adjective (`أطفال ثلاثة`، `شخص واحد`): the noun's token. */
  readonly nounBefore: number | null;
  readonly unit: QuantityUnit | null;
}

/** What one step of the reader found at a token, and where the next step starts. */
export interface QuantityStep {
  readonly found: readonly QuantityMention[];
  readonly next: number;
}

/** A number read at a token: the cardinal or vague amount, the tokens it was read on, a glued `و`. */
export interface NumberAt {
  readonly num: Cardinal;
  readonly vague: boolean;
  readonly toks: readonly Tok[];
  readonly lead: number;
}

const FOUND_NONE: readonly QuantityMention[] = [];

export function skipTo(next: number): QuantityStep {
  return { found: FOUND_NONE, next };
}

export function mention(
  qStart: number,
  qEnd: number,
  quantity: Quantity,
  rules: string[],
  extra: Partial<Pick<QuantityMention, 'one' | 'dual' | 'nounBefore' | 'lead' | 'numStart' | 'numEnd'>> = {},
): QuantityMention {
  return {
    qStart,
    qEnd,
    numStart: extra.numStart ?? qStart,
    numEnd: extra.numEnd ?? qEnd,
    lead: extra.lead ?? 0,
    quantity,
    rules,
    one: extra.one ?? false,
    dual: extra.dual ?? false,
    nounBefore: extra.nounBefore ?? null,
    unit: null,
  };
}

/** A currency after a figure (units.tsv, on the lexicon): `500 دولار` measures, it does not count. */
export function isCurrency(view: SentenceView, tok: Tok | undefined): boolean {
  if (!tok || tok.kind !== 'word') return false;
  const forms = view.lex.currencies;
  return tokenReadings(tok).some((r) => forms.has(r.stem));
}

/**
 * Tokens with the conjunction glued to token `k` cut off (`وثلاث` → `ثلاث`), for reading a cardinal
 * there; null when no cardinal can start at the cut word.
 */
export function withoutConjunction(lex: Lexicon, toks: readonly Tok[], k: number): Tok[] | null {
  const tok = toks[k];
  if (!tok || tok.kind !== 'word' || !/^[وف]/.test(tok.text) || tok.text.length < 3) return null;
  if (!mayOpenCardinal(lex, tok.text.slice(1))) return null;
  const shifted = [...toks];
  shifted[k] = { ...tok, start: tok.start + 1, text: tok.text.slice(1) };
  return shifted;
}

/** A cardinal after `و`, separate or glued (`وألف`، `وتسعين`). */
export function cardinalAfterAnd(lex: Lexicon, toks: readonly Tok[], k: number): Cardinal | null {
  const tok = toks[k];
  if (!tok || tok.kind !== 'word') return null;
  if (tok.text === 'و') return readCardinal(lex, toks, k + 1);
  if (!tok.text.startsWith('و')) return null;
  const shifted = withoutConjunction(lex, toks, k);
  return shifted ? readCardinal(lex, shifted, k) : null;
}

/**
 * A month's name at token `k` (months.tsv, one word or two: `يونيو`، `كانون الثاني`): the figure
 * before it is a day of that month — a date (`في 30 يونيو`) or a name made of one (`ثورة 25 يناير`،
 * `ملعب 5 جويلية`, which the date reader leaves as names) — never a count. صفر, also "zero", is no
 * month after a bare figure (`3 صفر` a score).
 * Must: 25 يناير · 13 تشرين الثاني · 6 إبريل · 9 رمضان
 * Must not: 3 صفر · 21 عملية (after `نيسان/أبريل`: the month is before the figure)
 */
export function isMonthAt(view: SentenceView, k: number): boolean {
  const tok = view.toks[k];
  if (tok?.kind !== 'word') return false;
  const months = view.lex.dates.monthByName;
  const next = view.toks[k + 1];
  const month =
    months.get(tok.text) ?? (next?.kind === 'word' ? months.get(`${tok.text} ${next.text}`) : undefined);
  return month !== undefined && !month.strict;
}

export function isTimeNoun(view: SentenceView, tok: Tok | undefined): boolean {
  return isA(view, tok, 'time-noun');
}

export function glued(a: Tok | undefined, b: Tok | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** The second bound of a range after token `k` (`إلى 30`، `حتى 30`، `أو أربعة`), or null. */
export function upperBound(lex: Lexicon, toks: readonly Tok[], k: number, link: WordClass): Cardinal | null {
  const tok = toks[k];
  if (!tok || tok.kind !== 'word' || !isOfClass(lex, tok, link)) return null;
  return readCardinal(lex, toks, k + 1);
}

/**
 * ما بين 270 ألفا و330 ألف · بين 2000 و3000 ألف (2 to 3 million): a scale on the second bound covers
 * the first when the first, so scaled, is below the second and within a tenth of it. Must not: بين 2
 * و2000 (2 to 2,000: scaled, the first would be the second).
 */
export function rangeQuantity(a: Cardinal, b: Cardinal): Quantity | null {
  let low = a.value;
  const high = b.value;
  for (const scale of [1e9, 1e6, 1e3]) {
    if (low * scale < high && low * scale >= high / 10) {
      low *= scale;
      break;
    }
  }
  if (high <= low) return null;
  return { low, high, point: null, qualifier: 'range' };
}

/**
 * A verb of change a few words before token `i` (`ارتفع من 20 إلى 30`): its figures are no range.
 * A rate noun right before the figures names the change's amount (`ارتفع بنسبة 10 إلى 15%`: a range;
 * but `ارتفع معدل البطالة من 10 إلى 15%` is a before and after).
 */
export function changeVerbBefore(view: SentenceView, i: number): boolean {
  const toks = view.toks;
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const t = toks[k]!;
    if (t.kind === 'punct' || t.kind === 'number') return false;
    if (k === i - 1 && isOfClass(view.lex, t, 'rate-noun')) return false;
    if (isOfClass(view.lex, t, 'change-verb')) return true;
  }
  return false;
}

/**
 * A number word with the article (`الثلاثة`، `الاثنين`) points back to a known count or is a day. The
 * vague words and the scales' plurals (`العشرات`، `الآلاف`) are none: numbers.tsv types them so.
 */
export function isDefiniteNumeral(lex: Lexicon, tok: Tok): boolean {
  return (
    tok.kind === 'word' &&
    tokenReadings(tok).some(
      (r) => r.definite && (isNumeralStem(lex, r.stem) || opensWithRow(lex, 'two-stem', r.stem)),
    )
  );
}

const GLUED_CONJUNCTION = /^[وف]/;

/**
 * Whether a word can open anything readQuantities reads, by its letters alone: a number word (also
 * after a glued و/ف), a range's `بين`/`من`, `عدد من`, `أحد`/`إحدى`, a definite numeral. Most words
 * of a sentence are none of these; duals are the lexicon's (`mayOpen`).
 */
export function opensByLetters(lex: Lexicon, tok: Tok): boolean {
  const text = tok.text;
  return (
    lex.closed.has('range-from', text) ||
    mayOpenCardinal(lex, text) ||
    (GLUED_CONJUNCTION.test(text) && mayOpenCardinal(lex, text.slice(1))) ||
    isDefiniteNumeral(lex, tok) ||
    lex.closed.has('range-between', text) ||
    lex.closed.has('number-of', text) ||
    lex.closed.has('one-of', text)
  );
}

/** A counted noun after digit run `i`: a plural, or the accusative singular after 11–99 (`15 عضوا`). */
export function countedAfter(view: SentenceView, i: number): boolean {
  const noun = nounOf(view, i + 1);
  if (!noun) return false;
  // `البيان رقم 15 لعمليات سيناء`: a noun behind the preposition ل is no counted noun of the digits.
  const next = view.toks[i + 1]!;
  if (/^ل/.test(next.text) && !view.lex.isBareNoun(next.text)) return false;
  const value = Number(view.toks[i]!.text);
  // After 11–99 the counted noun is an accusative singular (`30 متظاهرا`); after a hundred or more a
  // singular without the article or a preposition (`الشارع 300 متظاهر`, but `القرار 2231 بهدف`).
  return (
    noun.number === 'pl' ||
    (value >= 11 && value <= 99 && /ا$/.test(next.text)) ||
    (value >= 100 &&
      noun.number === 'sg' &&
      !DEFINITE_HEAD.test(next.text) &&
      !(/^ب/.test(next.text) && !view.lex.isBareNoun(next.text)))
  );
}

const LATIN = /[A-Za-z]/;

const DEFINITE_HEAD = /^[وفبل]?(ال|لل)/;

/**
 * `+963 11 2345678`، `011 2345678`: digits after a country code (`+` glued to them, a group after
 * it) or a trunk prefix (`0` first), in groups apart, are a phone number's, each group after the first too.
 * Must not: 2011 15 شخصا (no prefix opens the chain) · +5% (no group after it)
 */
function phonePart(toks: readonly Tok[], i: number, depth: number): boolean {
  const tok = toks[i];
  if (tok?.kind !== 'number' || !/^\d+$/.test(tok.text)) return false;
  const prev = toks[i - 1];
  const code = prev?.kind === 'punct' && prev.text === '+' && glued(prev, tok);
  if (code && toks[i + 1]?.kind === 'number') return true;
  if (/^0\d/.test(tok.text)) return true;
  return depth > 0 && prev?.kind === 'number' && phonePart(toks, i - 1, depth - 1);
}

/**
 * A digit run that names rather than counts: phone numbers, a number after a label
 * (`القرار 2254`، `اللواء 93`), model names (`F-16`، `إف-16`، `كوفيد-19`), clock times and
 * numeric dates the date reader left (`10:30`، `3/12`), scores and ordinals in digits (`الـ 70`
 * after a definite noun).
 */
export function isLabelNumber(view: SentenceView, i: number): boolean {
  const toks = view.toks;
  const tok = toks[i]!;
  if (tok.kind !== 'number') return false;
  const digits = tok.text.replace(/\D/g, '');
  if (/^0\d/.test(tok.text) || phonePart(toks, i, 4) || (digits.length >= 9 && !/[,.]/.test(tok.text)))
    return true;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (isNamingForm(view, i)) return true;
  // 10:30 · 3/12: digits joined by a colon or slash.
  if (
    prev?.kind === 'punct' &&
    /^[:/]$/.test(prev.text) &&
    toks[i - 2]?.kind === 'number' &&
    glued(prev, tok)
  )
    return true;
  if (
    next?.kind === 'punct' &&
    /^[:/]$/.test(next.text) &&
    toks[i + 2]?.kind === 'number' &&
    glued(tok, next)
  )
    return true;
  // Scores and codes: 2-1 · 3 - 0 · 1 –صفر (a range was read before, when the second is larger).
  const dash = (t: Tok | undefined): boolean => t?.kind === 'punct' && /^[-\u2013]$/.test(t.text);
  const scorePart = (t: Tok | undefined): boolean => t?.kind === 'number' || isA(view, t, 'score-zero');
  if (
    dash(next) &&
    scorePart(toks[i + 2]) &&
    Number(tok.text) >= Number(toks[i + 2]!.text.replace(/\D/g, '') || 0)
  )
    return true;
  // `3-4 آلاف`، `2-3 ملايين`، `3-4 أشخاص`: a scale or a counted noun after the second figure makes
  // it a range.
  if (
    dash(prev) &&
    scorePart(toks[i - 2]) &&
    (Number(toks[i - 2]!.text.replace(/\D/g, '') || 0) >= Number(digits || 0) || Number(digits || 0) < 10) &&
    (readCardinal(view.lex, toks, i)?.end ?? i + 1) === i + 1 &&
    !countedAfter(view, i)
  )
    return true;
  // F-16 · إف-16 · كوفيد-19 · M4 · 5G
  if (prev?.kind === 'word' && glued(prev, tok) && LATIN.test(prev.text)) return true;
  if (next?.kind === 'word' && glued(tok, next) && LATIN.test(next.text)) return true;
  if (prev?.text === '-' && glued(prev, tok) && glued(toks[i - 2], prev) && toks[i - 2]?.kind === 'word')
    return true;
  if (prev && prev.kind === 'word' && LATIN.test(prev.text)) return true;
  // فرانس24 · بازار360: digits glued to a long word the lexicons do not know, with nothing counted
  // after them, are part of a name. A missing space after a known word (`مقتل25 شخصا`، `وأصيب119`،
  // `في20 تشرين`) or a glued clitic (`و40`، `لـ15`) still opens a figure.
  if (prev?.kind === 'word' && glued(prev, tok) && isNameGlued(view, i)) return true;
  // القرار 2254 · المادة 5 · القرار رقم 2254 · بوينغ 727 · آيفون 8 (but `خلال هذه الدورة 10 أفلام`
  // counts: a counted noun after the digits, plural or the accusative singular after 11–99).
  if (afterLabel(view, i)) return true;
  if (linkedLabel(view, i)) return true;
  // `تشاكا (52)`: digits alone in parentheses after a name are a minute or a rank; after a word
  // the reader knows (`بمقتل (25)`، `بينهم (25)`، `عدد (7)`) they are the figure, set off.
  if (prev?.text === '(' && next?.text === ')' && !nounOf(view, i + 2) && afterName(view, i - 2)) return true;
  // الذكرى الـ 70 · دور الـ16: ال + digits is an ordinal, unless it counts a plural before it
  // (`الجرحى الـ 15`) or after it (`الـ 4000 موقوف`), or a qualifier governs it (`تجاوز الـ 4000`).
  if (prev && /^[وف]?ال$/.test(prev.text) && toks[i - 2]?.kind === 'word') {
    const counted =
      nounOf(view, i - 2)?.number === 'pl' ||
      nounOf(view, i + 1) !== null ||
      qualifierBefore(view.lex, toks, i) !== null;
    if (!counted) return true;
  }
  return modelNumber(view, i);
}

/**
 * إس 400 · إف 16 · تي 72 · إم إتش 17: a Latin letter spelled in Arabic names a model, a hyphen between
 * or not (`إس- 300`، `بي سي -6`). A model's number takes no scale: `بي.دي.في.اس.ايه 1.19 مليون برميل`
 * counts.
 */
function modelNumber(view: SentenceView, i: number): boolean {
  const toks = view.toks;
  const tok = toks[i]!;
  const prev = toks[i - 1];
  if (isA(view, prev, 'letter-name')) return (readCardinal(view.lex, toks, i)?.end ?? i + 1) === i + 1;
  return (
    prev?.kind === 'punct' &&
    /^[-\u2013]$/.test(prev.text) &&
    isA(view, toks[i - 2], 'letter-name') &&
    (glued(toks[i - 2], prev) || glued(prev, tok))
  );
}

/**
 * `المادتين 5 و7`، `في الدقيقتين 39 و50`، `بوينغ 737-800`: digits after و or a hyphen glued to them
 * that follow a label name one more, unless a noun follows them (`في سن 16 و50 طفلة`).
 */
function linkedLabel(view: SentenceView, i: number): boolean {
  const toks = view.toks;
  const prev = toks[i - 1];
  const link = prev?.text === 'و' || (prev?.kind === 'punct' && /^[-\u2013]$/.test(prev.text));
  return (
    link &&
    glued(prev, toks[i]) &&
    toks[i - 2]?.kind === 'number' &&
    nounOf(view, i + 1) === null &&
    isLabelNumber(view, i - 2)
  );
}

/**
 * Digits after a word that labels, ranks or ages them: a maker (`بوينغ 727`), a label (`القرار 2254`،
 * `المادة 5`), a document past its issuer (`قرار مجلس الأمن 2216`), a rank (`في المركز 12`), an age
 * (`بعمر 16`، `عن عمر يناهز 97`), a label past its adjective (`الخط الساخن 1122`), unless something is
 * counted after them.
 */
function afterLabel(view: SentenceView, i: number): boolean {
  const toks = view.toks;
  const prev = toks[i - 1];
  if (isA(view, prev, 'model-maker')) return true;
  if (isA(view, prev, 'label-head') && !countedAfter(view, i)) return true;
  // `الرقم العسكري 4521`، `الخط الساخن 1122`: a definite label and its adjective before the digits.
  if (labelAndAdjective(view, i) && !countedAfter(view, i)) return true;
  // قرار مجلس الأمن 2216 · القرار الأممي 2254: a document's number after its issuer's name or its
  // adjective; a word with the article after it is the document's (`2216 الصادر`), never counted.
  if (documentNumber(view, i) && !(countedAfter(view, i) && !DEFINITE_HEAD.test(toks[i + 1]!.text)))
    return true;
  // `في المركز 12`، `المرحلة 24`: after a definite head that ranks or numbers a series (figures.ts
  // reads the same), unless something is counted after it.
  if (isA(view, prev, 'rank-head') && DEFINITE_HEAD.test(prev!.text) && !countedAfter(view, i)) return true;
  // `ومصنف 182`، `مصنفة 5 عالميا`: a participle of ranking makes a rank with or without the article.
  if (isA(view, prev, 'rank-participle') && !countedAfter(view, i)) return true;
  // `البالغ من العمر 63`، `بعمر 16`: an age without its unit.
  if (isA(view, prev, 'age-noun') && !countedAfter(view, i)) return true;
  // `عن عمر يناهز 97`، `عن عمر ناهز الـ80`: the same age with a qualifier between.
  if (ageQualified(view, i) && !countedAfter(view, i)) return true;
  return false;
}

/** How far before its number a document head may stand. */
const DOCUMENT_GAP = 6;

/**
 * Whether the digits at `i` follow a document head (closed class document-head) past its issuer's
 * name or its adjectives, each a word with the article, the head of a construct, a gazetteer name or
 * a date (`قرار مجلس الأمن 2216`، `القرار الأممي الصادر عام 2015 2254`). Must not: `قرار الحكومة إرسال 2000 جندي` (a word without the article).
 */
function documentNumber(view: SentenceView, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - DOCUMENT_GAP); k--) {
    const t = view.toks[k]!;
    if (isA(view, t, 'document-head')) return k < i - 1;
    if (view.excluded.has(k) || entityInside(view, k) !== null) continue;
    if (t.kind !== 'word') return false;
    // A word without the article heads a construct whose next word has it (`مجلس الأمن`).
    const next = view.toks[k + 1]!;
    if (!DEFINITE_HEAD.test(t.text) && !(k + 1 < i && DEFINITE_HEAD.test(next.text))) return false;
  }
  return false;
}

/**
 * `الرقم العسكري 4521`، `النسخة الـ71`: a definite label head, then a definite word that counts no
 * plural or dual, before whole digits. Must not: `يرتفع الرقم إلى 80%` (a preposition, no adjective) ·
 * `الشوط الأول 71 بالمئة` (a share) · `الرقم الإجمالي 6.7 طنا` (a decimal measures).
 */
function labelAndAdjective(view: SentenceView, i: number): boolean {
  const head = view.toks[i - 2];
  const adjective = view.toks[i - 1];
  return (
    head?.kind === 'word' &&
    adjective?.kind === 'word' &&
    /^\d+$/.test(view.toks[i]!.text) &&
    DEFINITE_HEAD.test(head.text) &&
    (adjective.text === 'الـ' || tokenReadings(adjective).some((r) => r.definite)) &&
    !isA(view, adjective, 'range-end') &&
    isA(view, head, 'label-head') &&
    (nounOf(view, i - 1)?.number ?? 'sg') === 'sg' &&
    percentEnd(view, i + 1) < 0 &&
    !isCurrency(view, view.toks[i + 1])
  );
}

/** An age noun right before the qualifier of the digits at `i` (`عن عمر يناهز 97`). */
function ageQualified(view: SentenceView, i: number): boolean {
  const near = (k: number): boolean => isA(view, view.toks[k], 'age-noun');
  if (!near(i - 2) && !near(i - 3) && !near(i - 4)) return false;
  const q = qualifierBefore(view.lex, view.toks, i);
  return q !== null && near(q.start - 1);
}

/**
 * Forms of writing that make digits a name, a code or a time: `90+2`، `AL-culture-1-20180218`، a list
 * item (`1. …`)، a gazetteer name (`فرانس 24`)، `الدقيقتين الثامنة و58`، `4 بتوقيت غرينتش`.
 */
function isNamingForm(view: SentenceView, i: number): boolean {
  const toks = view.toks;
  const tok = toks[i]!;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (prev?.kind === 'punct' && /^[+#№]$/.test(prev.text)) return true;
  // 90+2 · اتفاق 5+1: digits added to digits name a minute or a group, never a count.
  if (next?.text === '+' && glued(tok, next) && toks[i + 2]?.kind === 'number' && glued(next, toks[i + 2]))
    return true;
  // AL-culture-1-20180218 · SA-2018-001: a code whose glued parts hold a Latin word.
  if (inLatinCode(toks, i)) return true;
  if (isListNumber(toks, i)) return true;
  // فرانس 24 · يورونيوز 24: digits inside a name the gazetteer knows are part of it.
  if (entityInside(view, i) !== null) return true;
  // الدقيقتين الثامنة و58: digits joined by و to the ordinal after a dual head (two minutes, two
  // rounds) are the second ordinal (but `في اليوم الثامن و5 في التاسع` counts).
  if (
    prev?.text === 'و' &&
    glued(prev, tok) &&
    isA(view, toks[i - 2], 'ordinal-unit') &&
    DEFINITE_HEAD.test(toks[i - 2]!.text) &&
    /^(?:ال)?\S+تين$/.test(toks[i - 3]?.text ?? '')
  )
    return true;
  // (4 بتوقيت غرينتش): an hour told by its time zone.
  if (isA(view, next, 'clock-zone')) return true;
  return false;
}

/**
 * Token `i` is glued, through hyphens, to a run of tokens that holds a Latin word
 * (`AL-culture-1-20180218`، `62246837-c4d0-4a11`).
 */
function inLatinCode(toks: readonly Tok[], i: number): boolean {
  const dash = (t: Tok | undefined): boolean => t?.kind === 'punct' && t.text === '-';
  const latin = (t: Tok): boolean => t.kind === 'word' && LATIN.test(t.text);
  for (const step of [-1, 1]) {
    let k = i;
    for (;;) {
      const link = toks[k + step];
      const part = toks[k + 2 * step];
      if (
        !dash(link) ||
        !part ||
        !glued(...ordered(toks[k]!, link!, step)) ||
        !glued(...ordered(link!, part, step))
      )
        break;
      k += 2 * step;
      if (latin(part)) return true;
    }
  }
  return false;
}

/** Two neighbouring tokens in text order, met walking the way `step` says. */
function ordered(a: Tok, b: Tok, step: number): [Tok, Tok] {
  return step > 0 ? [a, b] : [b, a];
}

/**
 * `1. نحت …`، `: 1 - مشروع …`: a small number opening its sentence, or after a colon or a full
 * stop, with a point, a bracket or a dash and then a word after it, numbers an item of a list
 * (but `وأصيب 3.` and `3-5 أشخاص` count).
 */
function isListNumber(toks: readonly Tok[], i: number): boolean {
  const tok = toks[i]!;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (!/^\d{1,2}$/.test(tok.text) || next?.kind !== 'punct' || !/^[.)\-\u2013]$/.test(next.text))
    return false;
  if (prev !== undefined && !(prev.kind === 'punct' && /^[:.•*]$/.test(prev.text))) return false;
  const after = toks[i + 2];
  return next.text === '.' || next.text === ')' || after === undefined || after.kind === 'word';
}

const NAME_STOPS = ['function-word', 'partitive', 'count-subject', 'count-head', 'negation'] as const;

/** Token `k` is a word the lexicon knows nothing of (a name: `تشاكا`), and no closed-class word. */
function afterName(view: SentenceView, k: number): boolean {
  const tok = view.toks[k];
  if (tok?.kind !== 'word') return false;
  if (NAME_STOPS.some((cls) => isOfClass(view.lex, tok, cls))) return false;
  const info = view.info(k);
  return !info || info.nouns.length + info.events.length + info.cues.length + info.roles.length === 0;
}

/** The word glued before digit run `i` is an unknown name of five letters or more (`فرانس`). */
function isNameGlued(view: SentenceView, i: number): boolean {
  const prev = view.toks[i - 1]!;
  // A pronoun suffix (`حينها61`) ends a known word, not a name.
  if (!/^[\u0621-\u064a]{5,}$/.test(prev.text) || /(ه|ها|هم|هن|كم|نا)$/.test(prev.text)) return false;
  // `يستعد20 مطعما`: an accusative noun after 11–99 is its تمييز, so the digits count.
  const value = Number(view.toks[i]!.text);
  if (value >= 11 && value <= 99 && /[\u0621-\u064a]{2,}ا$/.test(view.toks[i + 1]?.text ?? '')) return false;
  const after = view.info(i + 1);
  if (nounOf(view, i + 1) || (after && after.demonyms.length > 0) || qualifierBefore(view.lex, view.toks, i))
    return false;
  // A name the gazetteer knows (an outlet: `يورونيوز24`) is a name all the same.
  const info = view.info(i - 1);
  if (!info) return true;
  return info.nouns.length + info.events.length + info.cues.length + info.roles.length === 0;
}

/**
 * A figure that is a year: of an era however short (`سنة 69 للهجرة`), after a year word or before an era's
 * letter (`عام 2011`، `1441 ه`), or a bare 19xx/20xx with nothing counted after it.
 */
export function isYear(view: SentenceView, i: number, end: number): boolean {
  const toks = view.toks;
  const tok = toks[i]!;
  const prev = toks[i - 1];
  const next = toks[end];
  // سنة 69 للهجرة · عام 132 هـ · سنة 44 قبل الميلاد: a year of an era, however short.
  const era = (t: Tok | undefined): boolean => isA(view, t, 'era-mark');
  if (
    tok.kind === 'number' &&
    /^\d{1,4}$/.test(tok.text) &&
    (era(next) || (isA(view, next, 'era-direction') && era(toks[end + 1])))
  )
    return true;
  if (tok.kind !== 'number' || !/^\d{4}$/.test(tok.text)) return false;
  // عام 2011 · 1441 هـ · 2011 م
  if (isA(view, prev, 'year-word')) return true;
  if (isA(view, next, 'era-letter')) return true;
  // A bare 19xx/20xx is a year unless something is counted after it (`2000 شخص`، `2000 من`).
  if (!/^(19|20)\d\d$/.test(tok.text)) return false;
  // `2000-3000 شخص`: a range whose other bound is no year counts.
  const other = toks[end + 1];
  if (next?.kind === 'punct' && /^[-\u2013]$/.test(next.text) && other?.kind === 'number')
    if (!/^(19|20)\d\d$/.test(other.text) || nounOf(view, end + 2)) return false;
  // `2000 إلى 3000 شخص`: so does one up to a larger whole figure that is no year.
  if (isA(view, next, 'range-end') && other?.kind === 'number' && /^\d+$/.test(other.text))
    if (Number(other.text) > Number(tok.text) && countedYearRange(view, end + 1, end + 2)) return false;
  return !countedAfterYear(view, end);
}

/**
 * Whether something is counted right after a bare 19xx/20xx at token `end`: a noun that follows it
 * bare, never with the conjunction (`كأس العالم 1998 وبطولة أوروبا 2000`), a preposition or the
 * article (`في 2009 بالسجن`، `في 2017 بمدينة`، `في 1981 الدول`); `من`; a currency.
 */
function countedAfterYear(view: SentenceView, end: number): boolean {
  const next = view.toks[end];
  const counted = next?.kind === 'word' && view.lex.isBareNoun(next.text) ? nounOf(view, end) : null;
  const conjoined = counted !== null && /^و/.test(next?.text ?? '') && !/^و/.test(counted.entry.lemma);
  return (counted !== null && !conjoined) || isA(view, next, 'count-partitive') || isCurrency(view, next);
}

/**
 * `بين 2000 و3000 شخص`، `من 2000 إلى 3000`: two figures after a year-like first bound are a range of
 * counts when the far bound (tokens `[start, end)`) is no year; two year-like bounds are years, even
 * before a noun (`بين 2014 و2017 مسؤول عن`).
 * Must not: بين 2011 و2014 · بين 1995 و1996 تهمة (two years)
 */
export function countedYearRange(view: SentenceView, start: number, end: number): boolean {
  const far = view.toks[start];
  return !(far?.kind === 'number' && end === start + 1 && /^(19|20)\d\d$/.test(far.text));
}

/**
 * `في صيف العام ثلاثة وخمسين`، `حرب سبعة وستين`: two digits of a year said in words after a year
 * word or an event named by its year, with nothing counted after them; a whole year too (`منذ العام
 * ألفين وأحد عشر`، `عام ألفين وثلاثة عشر`).
 * Must not: `عام ألفين شخص` (counted) · `منذ ثلاثة آلاف عام` (a duration: the date reader's)
 */
export function isYearInWords(view: SentenceView, i: number, num: Cardinal): boolean {
  const tok = view.toks[i]!;
  const twoDigits = num.value >= 10 && num.value <= 99;
  const whole = num.value >= 1900 && num.value <= 2100;
  if (tok.kind !== 'word' || num.vague || (!twoDigits && !whole)) return false;
  const prev = view.toks[i - 1];
  if (!isA(view, prev, 'year-word') && !isA(view, prev, 'era-noun')) return false;
  return nounOf(view, num.end) === null && !isTimeNoun(view, view.toks[num.end]);
}

/**
 * A range opened by a word at token `i` (`بين`، `من`): the first bound right after it, the second
 * read by `second` from the first's end, the span from `start`, the unit after the second bound; null
 * when a bound names or tells a time, or the second does not rise above the first.
 */
export function openedRange(
  view: SentenceView,
  i: number,
  start: number,
  id: string,
  second: (end: number) => Cardinal | null,
): QuantityMention | null {
  const toks = view.toks;
  if (view.excluded.has(i + 1)) return null;
  const a = readCardinal(view.lex, toks, i + 1);
  if (!a || isLabelNumber(view, i + 1)) return null;
  const b = second(a.end);
  if (isYear(view, i + 1, a.end) && !(b && countedYearRange(view, b.end - 1, b.end))) return null;
  if (!b || view.excluded.has(b.end - 1) || isTimeNoun(view, toks[b.end])) return null;
  const quantity = rangeQuantity(a, b);
  if (!quantity) return null;
  // ما بين 31 و41 بالمئة
  const pct = percentEnd(view, b.end);
  return {
    qStart: start,
    qEnd: pct > 0 ? pct : b.end,
    numStart: i + 1,
    numEnd: b.end,
    lead: 0,
    quantity,
    rules: [id, ...a.rules],
    one: false,
    dual: false,
    nounBefore: null,
    unit: pct > 0 ? 'percent' : isCurrency(view, toks[b.end]) ? 'money' : null,
  };
}
