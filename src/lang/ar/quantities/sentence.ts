// Every quantity expression of a sentence, counted thing or not: what `isnad extract` lists and
// what the claim reader (figures.ts) picks its figures from. One pass left to right, no overlaps.
//
// Must match: بين 60 و90 · ما بين 20 إلى 30 ألف · من 20 إلى 30 · 20 إلى 30 · 60-90 · ثلاثة أو أربعة
//   · نحو 200سجين · وثلاث نساء (a second coordinated figure) · أطفال ثلاثة · شخص واحد · عنصرين
//   · أحد المهاجمين · العشرات · بضع مئات · على الأقل 15 · 50 في المئة (unit percent)
//   · 500 مليون دولار (unit money)
// Must not: الثاني · عام 2011 · 1441 هـ · سنة 69 للهجرة · القرار 2254 · اللواء 93
//   · فرانس24 · إف-16 · 0933123456 · +963
//   · 10:30 · الاثنين (Monday) · الثلاثة (a definite numeral points back) · ثلث (a fraction alone)
//   · 30 عاما (an age: a duration) · الذكرى الـ 70 (an ordinal written in digits)
//   · لم يتعرض أحد لإصابات (nobody: `أحد` after a negated verb)

import type { Quantity } from '../../../types.js';
import { tokenReadings } from '../read/morphology.js';
import type { Lexicon, NounHit } from '../lexicon/lexicon.js';
import type { WordClass } from '../lexicon/closed-words.js';
import type { Cardinal, Tok } from './numbers.js';
import {
  interval,
  isNumeralStem,
  mayOpenCardinal,
  opensWithRow,
  qualifierAfter,
  qualifierBefore,
  qualifierRule,
  readCardinal,
  readVague,
} from './numbers.js';
import type { SentenceView } from '../read/sentence-view.js';
import { entityInside, isA, isOfClass, nounOf } from '../read/sentence-view.js';

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

/** A currency after a figure (units.tsv, on the lexicon): `500 دولار` measures, it does not count. */
function isCurrency(view: SentenceView, tok: Tok | undefined): boolean {
  if (!tok || tok.kind !== 'word') return false;
  const forms = view.lex.currencies;
  return tokenReadings(tok).some((r) => forms.has(r.stem));
}

/**
 * Tokens with the conjunction glued to token `k` cut off (`وثلاث` → `ثلاث`), for reading a cardinal
 * there; null when no cardinal can start at the cut word.
 */
function withoutConjunction(lex: Lexicon, toks: readonly Tok[], k: number): Tok[] | null {
  const tok = toks[k];
  if (!tok || tok.kind !== 'word' || !/^[وف]/.test(tok.text) || tok.text.length < 3) return null;
  if (!mayOpenCardinal(lex, tok.text.slice(1))) return null;
  const shifted = [...toks];
  shifted[k] = { ...tok, start: tok.start + 1, text: tok.text.slice(1) };
  return shifted;
}

/** A cardinal after `و`, separate or glued (`وألف`، `وتسعين`). */
function cardinalAfterAnd(lex: Lexicon, toks: readonly Tok[], k: number): Cardinal | null {
  const tok = toks[k];
  if (!tok || tok.kind !== 'word') return null;
  if (tok.text === 'و') return readCardinal(lex, toks, k + 1);
  if (!tok.text.startsWith('و')) return null;
  const shifted = withoutConjunction(lex, toks, k);
  return shifted ? readCardinal(lex, shifted, k) : null;
}

function isTimeNoun(view: SentenceView, tok: Tok | undefined): boolean {
  return isA(view, tok, 'time-noun');
}

function glued(a: Tok | undefined, b: Tok | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

const LATIN = /[A-Za-z]/;
const DEFINITE_HEAD = /^[وفبل]?(ال|لل)/;

/**
 * A digit run that names rather than counts: phone numbers, a number after a label
 * (`القرار 2254`، `اللواء 93`), model names (`F-16`، `إف-16`، `كوفيد-19`), clock times and
 * numeric dates the date reader left (`10:30`، `3/12`), scores and ordinals in digits (`الـ 70`
 * after a definite noun).
 */
function isLabelNumber(view: SentenceView, i: number): boolean {
  const toks = view.toks;
  const tok = toks[i]!;
  if (tok.kind !== 'number') return false;
  const digits = tok.text.replace(/\D/g, '');
  if (/^0\d/.test(tok.text) || (digits.length >= 9 && !/[,.]/.test(tok.text))) return true;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (prev?.kind === 'punct' && /^[+#№]$/.test(prev.text)) return true;
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
  if (isA(view, prev, 'model-maker')) return true;
  if (isA(view, prev, 'label-head') && !countedAfter(view, i)) return true;
  // `في المركز 12`، `المرحلة 24`: after a definite head that ranks or numbers a series (figures.ts
  // reads the same), unless something is counted after it.
  if (isA(view, prev, 'rank-head') && DEFINITE_HEAD.test(prev!.text) && !countedAfter(view, i)) return true;
  // `البالغ من العمر 63`، `بعمر 16`: an age without its unit.
  if (isA(view, prev, 'age-noun') && !countedAfter(view, i)) return true;
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
  // إس 400 · إف 16 · تي 72: a Latin letter spelled in Arabic names a model.
  if (isA(view, prev, 'letter-name')) return true;
  return false;
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

/** A counted noun after digit run `i`: a plural, or the accusative singular after 11–99 (`15 عضوا`). */
function countedAfter(view: SentenceView, i: number): boolean {
  const noun = nounOf(view, i + 1);
  if (!noun) return false;
  const value = Number(view.toks[i]!.text);
  return noun.number === 'pl' || (value >= 11 && value <= 99 && /ا$/.test(view.toks[i + 1]!.text));
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

function isYear(view: SentenceView, i: number, end: number): boolean {
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
  // A counted noun never opens with the conjunction: `كأس العالم 1998 وبطولة أوروبا 2000`.
  const counted = nounOf(view, end);
  const conjoined = counted !== null && /^و/.test(next?.text ?? '') && !/^و/.test(counted.entry.lemma);
  return (!counted || conjoined) && !isA(view, next, 'count-partitive') && !isCurrency(view, next);
}

/**
 * `في صيف العام ثلاثة وخمسين`، `حرب سبعة وستين`: two digits of a year said in words after a year
 * word or an event named by its year, with nothing counted after them.
 */
function isYearInWords(view: SentenceView, i: number, num: Cardinal): boolean {
  const tok = view.toks[i]!;
  if (tok.kind !== 'word' || num.vague || num.value < 10 || num.value > 99) return false;
  const prev = view.toks[i - 1];
  if (!isA(view, prev, 'year-word') && !isA(view, prev, 'era-noun')) return false;
  return nounOf(view, num.end) === null && !isTimeNoun(view, view.toks[num.end]);
}

/** `50 في المئة`، `50%`، `50 بالمئة`: the token index just past the percent sign, or -1. */
function percentEnd(view: SentenceView, end: number): number {
  const next = view.toks[end];
  const after = view.toks[end + 1];
  if (next?.kind === 'punct' && (next.text === '%' || next.text === '\u066a')) return end + 1;
  const hundred = isA(view, next, 'percent-hundred') || isA(view, next, 'spoken-hundred');
  if (hundred && /^(بال|لل)/.test(next!.text)) return end + 1;
  if (isA(view, next, 'percent-preposition') && isA(view, after, 'percent-hundred')) return end + 2;
  return -1;
}

// Patterns of the per-token tests below, compiled once: a regex literal inside a function is a new
// object each time the function runs, and these run on most tokens of every sentence.
const GLUED_CONJUNCTION = /^[وف]/;

function isPercentWord(lex: Lexicon, tok: Tok): boolean {
  return tok.kind === 'word' && isOfClass(lex, tok, 'percent-word');
}

/** The second bound of a range after token `k` (`إلى 30`، `حتى 30`، `أو أربعة`), or null. */
function upperBound(lex: Lexicon, toks: readonly Tok[], k: number, link: WordClass): Cardinal | null {
  const tok = toks[k];
  if (!tok || tok.kind !== 'word' || !isOfClass(lex, tok, link)) return null;
  return readCardinal(lex, toks, k + 1);
}

/** ما بين 270 ألفا و330 ألف: a scale on the second bound covers the first. */
function rangeQuantity(a: Cardinal, b: Cardinal): Quantity | null {
  let low = a.value;
  const high = b.value;
  for (const scale of [1e9, 1e6, 1e3]) {
    if (low < scale && low * scale <= high && low * scale >= high / 10) {
      low *= scale;
      break;
    }
  }
  if (high <= low) return null;
  return { low, high, point: null, qualifier: 'range' };
}

function changeVerbBefore(view: SentenceView, i: number): boolean {
  const toks = view.toks;
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const t = toks[k]!;
    if (t.kind === 'punct' || t.kind === 'number') return false;
    if (isOfClass(view.lex, t, 'change-verb')) return true;
  }
  return false;
}

/** بين 60 و90 · بين 60 إلى 90 · من 20 إلى 30 (not after a verb of change: `ارتفع من 20 إلى 30`). */
function readRange(view: SentenceView, i: number): QuantityMention | null {
  const toks = view.toks;
  const tok = toks[i]!;
  const between = isA(view, tok, 'range-between') && !isA(view, toks[i - 1], 'among-lead');
  const from = isA(view, tok, 'range-from');
  if (!between && !from) return null;
  if (view.excluded.has(i + 1)) return null;
  const a = readCardinal(view.lex, toks, i + 1);
  if (!a || isLabelNumber(view, i + 1) || isYear(view, i + 1, a.end)) return null;
  let b: Cardinal | null = null;
  if (between) b = cardinalAfterAnd(view.lex, toks, a.end) ?? upperBound(view.lex, toks, a.end, 'range-end');
  else if (!changeVerbBefore(view, i)) b = upperBound(view.lex, toks, a.end, 'range-end');
  if (!b || view.excluded.has(b.end - 1) || isTimeNoun(view, toks[b.end])) return null;
  const quantity = rangeQuantity(a, b);
  if (!quantity) return null;
  const start = between && isA(view, toks[i - 1], 'range-lead') ? i - 1 : i;
  // ما بين 31 و41 بالمئة
  const pct = percentEnd(view, b.end);
  return {
    qStart: start,
    qEnd: pct > 0 ? pct : b.end,
    numStart: i + 1,
    numEnd: b.end,
    lead: 0,
    quantity,
    rules: [between ? 'ar/quantity/range-between' : 'ar/quantity/range-from-to', ...a.rules],
    one: false,
    dual: false,
    nounBefore: null,
    unit: pct > 0 ? 'percent' : isCurrency(view, toks[b.end]) ? 'money' : null,
  };
}

function mention(
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

/**
 * A number word with the article (`الثلاثة`، `الاثنين`) points back to a known count or is a day. The
 * vague words and the scales' plurals (`العشرات`، `الآلاف`) are none: numbers.tsv types them so.
 */
function isDefiniteNumeral(lex: Lexicon, tok: Tok): boolean {
  return (
    tok.kind === 'word' &&
    tokenReadings(tok).some(
      (r) => r.definite && (isNumeralStem(lex, r.stem) || opensWithRow(lex, 'two-stem', r.stem)),
    )
  );
}

/**
 * Whether a word can open anything readQuantities reads, by its letters alone: a number word (also
 * after a glued و/ف), a range's `بين`/`من`, `عدد من`, `أحد`/`إحدى`, a definite numeral. Most words
 * of a sentence are none of these; duals are the lexicon's (`mayOpen`).
 */
function opensByLetters(lex: Lexicon, tok: Tok): boolean {
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

/** Whether token `i` may open a quantity: digits, a word that opens one, or a dual noun. */
function mayOpen(view: SentenceView, i: number): boolean {
  const tok = view.toks[i]!;
  const word = view.words[i];
  if (tok.kind === 'number' || !word) return true;
  word.opensQuantity ??= opensByLetters(view.lex, tok) || word.info.nouns.some((n) => n.number === 'du');
  return word.opensQuantity;
}

/** Quantity expressions of the sentence, left to right, without overlaps. Never throws. */
export function readQuantities(view: SentenceView): QuantityMention[] {
  const out: QuantityMention[] = [];
  let i = 0;
  while (i < view.toks.length) {
    // Most tokens open nothing: passed over here, without a step for each.
    if (opensNothing(view, i)) {
      i++;
      continue;
    }
    const step = quantityAt(view, i);
    out.push(...step.found);
    i = step.next;
  }
  return out;
}

/** What one step of the reader found at a token, and where the next step starts. */
interface QuantityStep {
  readonly found: readonly QuantityMention[];
  readonly next: number;
}

/** A number read at a token: the cardinal or vague amount, the tokens it was read on, a glued `و`. */
interface NumberAt {
  readonly num: Cardinal;
  readonly vague: boolean;
  readonly toks: readonly Tok[];
  readonly lead: number;
}

const FOUND_NONE: readonly QuantityMention[] = [];

function skipTo(next: number): QuantityStep {
  return { found: FOUND_NONE, next };
}

/** Whether token `i` cannot open a quantity: in a date, not a word or a number, a percent, or no opener. */
function opensNothing(view: SentenceView, i: number): boolean {
  const tok = view.toks[i]!;
  return (
    view.excluded.has(i) ||
    (tok.kind !== 'word' && tok.kind !== 'number') ||
    // Whether a word opens anything is kept on its record: asked first, it turns most words away.
    !mayOpen(view, i) ||
    isPercentWord(view.lex, tok)
  );
}

/** The quantities that start at token `i`, one that may open one: a range, a number, one of a plural, a dual; or none. */
function quantityAt(view: SentenceView, i: number): QuantityStep {
  const tok = view.toks[i]!;
  // `الحادي عشر`، `السادسة عشرة`: the ten of a teen ordinal counts nothing.
  if (isA(view, tok, 'ten-word') && view.lex.closed.has('ordinal-unit', view.toks[i - 1]?.text ?? ''))
    return skipTo(i + 1);
  // `الاثني عشر`، `الخمسة عشر`: a definite numeral, its teen part included, points back.
  if (tok.kind === 'word' && isDefiniteNumeral(view.lex, tok))
    return skipTo(i + (isA(view, view.toks[i + 1], 'ten-word') ? 2 : 1));
  const range = readRange(view, i);
  if (range) return { found: [range], next: range.qEnd };
  const at = numberAt(view, i);
  if (!at) return noNumberAt(view, i);
  if (fractionOfDefinite(view, i, at)) return skipTo(at.num.end);
  if (namesOrTimes(view, i, at)) return skipTo(at.num.end);
  const nounBefore = nounBeforeNumber(view, i, at);
  if (nounBefore === undefined) return skipTo(at.num.end);
  return measured(view, i, at, nounBefore);
}

/** A vague amount or a cardinal at token `i`, or a cardinal after a glued `و` (`وثلاث نساء`). */
function numberAt(view: SentenceView, i: number): NumberAt | null {
  const toks = view.toks;
  const vague = readVague(view.lex, toks, i);
  if (vague) return { num: vague, vague: true, toks, lead: 0 };
  const cardinal = readCardinal(view.lex, toks, i);
  if (cardinal) return { num: cardinal, vague: false, toks, lead: 0 };
  // `وثلاث نساء`: a figure coordinated with the one before.
  const shifted = withoutConjunction(view.lex, toks, i);
  const c = shifted ? readCardinal(view.lex, shifted, i) : null;
  if (c && shifted) return { num: c, vague: false, toks: shifted, lead: 1 };
  return null;
}

/** No number at token `i`: one of a plural (`أحد المهاجمين`) or a dual noun (`عنصرين`). */
function noNumberAt(view: SentenceView, i: number): QuantityStep {
  const found: QuantityMention[] = [];
  let next = i;
  const one = readOneOf(view, i);
  if (one) found.push(one);
  const dual = readDual(view, i);
  if (dual) {
    found.push(dual);
    // `انتحاريين اثنين`: the number adjective repeats the dual.
    if (twoAfter(view, i)) next++;
  }
  return { found, next: next + 1 };
}

/**
 * `خُمس السكان`، `خمس التمويل`: a word that writes both a unit and its fraction (class fraction-word)
 * with a definite noun after it is the fraction (a cardinal counts an indefinite plural: `خمس نساء`).
 * Must not: `خمس نساء`، `خمسة آلاف` (a scale), a longer number (`خمس وعشرون`).
 */
function fractionOfDefinite(view: SentenceView, i: number, at: NumberAt): boolean {
  const tok = at.toks[i];
  if (at.vague || at.num.end !== i + 1 || !tok || !isA(view, tok, 'fraction-word')) return false;
  const next = view.toks[i + 1];
  if (!next || next.kind !== 'word' || !/^(?:ال|لل)/.test(next.text)) return false;
  return view.lex.numberWords.get(next.text) === undefined && !isA(view, next, 'hundred-word');
}

/** A number that names (a label, a year), is half of a date or duration, or a definite numeral. */
function namesOrTimes(view: SentenceView, i: number, at: NumberAt): boolean {
  const { num, toks } = at;
  if (isLabelNumber(view, i) || isYear(view, i, num.end) || isYearInWords(view, i, num)) return true;
  // The first half of a date or duration the date reader read from its second half:
  // `من 22 إلى 30 يونيو`، `بين ثلاثة وستة أشهر`، `ثلاثة أو أربعة أيام`.
  const link = toks[num.end];
  if (
    link &&
    (((link.text === '-' || view.lex.closed.has('range-link', link.text)) &&
      view.excluded.has(num.end + 1)) ||
      (/^و/.test(link.text) && view.excluded.has(num.end)))
  )
    return true;
  // Figures of time: durations and ages are the date reader's (`30 عاما`، `ستة أيام`).
  if (isTimeNoun(view, toks[num.end])) return true;
  const tok = view.toks[i]!;
  return tok.kind === 'word' && !at.vague && isDefiniteNumeral(view.lex, tok);
}

/**
 * `أطفال ثلاثة`، `شخص واحد`، `انتحاريين اثنين`: a number word after its noun. The noun's token,
 * null when the number does not follow its noun, undefined when the number counts nothing here.
 */
function nounBeforeNumber(view: SentenceView, i: number, at: NumberAt): number | null | undefined {
  const { num, toks } = at;
  if (view.toks[i]!.kind !== 'word' || at.vague || num.value > 10 || at.lead !== 0) return null;
  const prev = nounOf(view, i - 1);
  const nextNoun = nounOf(view, num.end);
  if (prev && !nextNoun) {
    const fits =
      num.value === 1 ? prev.number === 'sg' : num.value === 2 ? prev.number !== 'sg' : prev.number === 'pl';
    return fits ? i - 1 : undefined;
  }
  if (num.value === 1) {
    // A lone واحد counts only as one of a plural: `واحد من المسلحين`، `وأحد عناصر الأمن`.
    const of = isA(view, toks[num.end], 'count-partitive') ? num.end + 1 : num.end;
    if (nounOf(view, of)?.number !== 'pl') return undefined;
  }
  return null;
}

/** The quantity of a number: its qualifiers, a range it opens, a percentage or an amount of money. */
function measured(view: SentenceView, i: number, at: NumberAt, nounBefore: number | null): QuantityStep {
  const { num, toks, lead } = at;
  const tok = view.toks[i]!;
  const rules = [...num.rules];
  let qStart = i;
  let qEnd = num.end;
  let quantity: Quantity;
  let unit: QuantityUnit | null = null;
  if (num.vague) {
    quantity = { low: num.value, high: num.high, point: null, qualifier: 'vague' };
  } else {
    const before = qualifierBefore(view.lex, toks, i);
    const afterQ = qualifierAfter(view.lex, toks, num.end);
    let qualifier = before?.qualifier ?? 'exact';
    if (before) {
      qStart = before.start;
      rules.push(qualifierRule(before.qualifier));
    }
    if (afterQ && (!before || afterQ.qualifier === before.qualifier)) {
      qualifier = afterQ.qualifier;
      if (!afterQ.setOff) qEnd = afterQ.end;
      if (!before) rules.push(qualifierRule(afterQ.qualifier));
    }
    const range = rangeFrom(view, i, at, qStart);
    if (range) return range;
    quantity = interval(num.value, qualifier);
    const pct = percentEnd(view, num.end);
    if (pct > 0) {
      unit = 'percent';
      qEnd = Math.max(qEnd, pct);
      rules.push('ar/quantity/percent');
    }
  }
  // 500 دولار · 3 ملايين ليرة · $500
  if (!unit && (isCurrency(view, toks[num.end]) || (toks[i - 1]?.text === '$' && glued(toks[i - 1], tok)))) {
    unit = 'money';
    rules.push('ar/quantity/money');
  }
  const found = {
    ...mention(qStart, qEnd, quantity, rules, { numStart: i, numEnd: num.end, lead, nounBefore }),
    unit,
  };
  return { found: [found], next: Math.max(num.end, qEnd) };
}

/** Ranges: 60-90 · 20 إلى 30 · ثلاثة أو أربعة; a range of time is the date reader's. */
function rangeFrom(view: SentenceView, i: number, at: NumberAt, qStart: number): QuantityStep | null {
  const { num, toks, lead } = at;
  const tok = view.toks[i]!;
  const dash = toks[num.end]?.text === '-' || toks[num.end]?.text === '\u2013';
  const b =
    (dash && toks[num.end + 1]?.kind === tok.kind ? readCardinal(view.lex, toks, num.end + 1) : null) ??
    (!changeVerbBefore(view, i) ? upperBound(view.lex, toks, num.end, 'range-end') : null) ??
    upperBound(view.lex, toks, num.end, 'alternative');
  if (!b) return null;
  const viaOr = isA(view, toks[num.end], 'alternative');
  // `4 أو 5 ثوان`: a range of time is a duration, both bounds included.
  if (isTimeNoun(view, toks[b.end])) return skipTo(b.end);
  const r = !view.excluded.has(b.end - 1) && !isYear(view, num.end + 1, b.end) ? rangeQuantity(num, b) : null;
  // `خسرتها 1-6`، `6-صفر و4-6`: two small figures joined by a dash are a score, not a range.
  const score = dash && b.value < 10 && !nounOf(view, b.end);
  // A score's first figure counts nothing either (`الخسارة 4-5 أمام ليفانتي`).
  if (score && toks[num.end + 1]?.kind === 'number' && num.value < 10) return skipTo(b.end);
  if (!r || score || (viaOr && b.value > num.value * 10) || isLabelNumber(view, num.end + 1)) return null;
  const rule = dash ? 'ar/quantity/range-dash' : viaOr ? 'ar/quantity/range-or' : 'ar/quantity/range-to';
  const pctEnd = percentEnd(view, b.end);
  const unit: QuantityUnit | null = pctEnd > 0 ? 'percent' : isCurrency(view, toks[b.end]) ? 'money' : null;
  const found = {
    ...mention(qStart, pctEnd > 0 ? pctEnd : b.end, r, [...num.rules, rule], {
      numStart: i,
      numEnd: b.end,
      lead,
    }),
    unit,
  };
  return { found: [found], next: b.end };
}

/** أحد المهاجمين / إحدى الغارات: one, when a plural noun follows (definite or a construct head). */
function readOneOf(view: SentenceView, i: number): QuantityMention | null {
  const toks = view.toks;
  if (!isA(view, toks[i], 'one-of') || /^ال/.test(toks[i]!.text)) return null;
  // `لم يتعرض أحد لإصابات`، `لا أحد من`: nobody, the subject of a negated verb, counts no one.
  if (
    isA(view, toks[i - 1], 'negation') ||
    (toks[i - 1]?.kind === 'word' && isA(view, toks[i - 2], 'negation'))
  )
    return null;
  const n = nounOf(view, i + 1);
  if (!n || n.number !== 'pl') return null;
  return mention(i, i + 1, interval(1, 'exact'), ['ar/quantity/one-of'], { one: true });
}

/**
 * The noun at `i` as a dual, where a form is both (a nisba's `-يين`: `مدنيين`، `شرطيين`): read as the
 * plural, it is the dual before `اثنين` (`مدنيين اثنين`), and bare (no number before it) for a noun whose
 * plural news says otherwise (class dual-nisba: `قتل بالرصاص شرطيين`). Must not: `مقتل مدنيين`، `12
 * مدنيين`، `4 شرطيين` (plurals).
 */
function dualNoun(view: SentenceView, i: number): NounHit | null {
  const n = nounOf(view, i);
  if (!n || n.number !== 'pl') return n;
  const dual = (view.info(i)?.nouns ?? []).find(
    (h) => h.number === 'du' && h.entry === n.entry && !h.pronoun && !h.construct,
  );
  const prev = view.toks[i - 1];
  // `خمسة صحافيين اثنان منهم`: after a number the form is the plural, whatever follows.
  if (!dual || prev?.kind === 'number' || (prev?.kind === 'word' && opensByLetters(view.lex, prev))) return n;
  return twoAfter(view, i) || view.lex.closed.hasStem('dual-nisba', n.entry.lemma) ? dual : n;
}

/** `مدنيين اثنين`: the number adjective after a dual, indefinite like it (`الاثنين` is Monday). */
function twoAfter(view: SentenceView, i: number): boolean {
  const next = view.toks[i + 1];
  return isA(view, next, 'two-word') && !/^[وفبلك]?(ال|لل)/.test(next!.text);
}

/** Duals of counted nouns: عنصرين، غارتين، شخصان (not a name ending in -ان: `حركة طالبان`). */
function readDual(view: SentenceView, i: number): QuantityMention | null {
  const n = dualNoun(view, i);
  if (!n || n.number !== 'du' || n.pronoun || n.construct || entityInside(view, i)) return null;
  if (isTimeNoun(view, view.toks[i])) return null;
  // `الصاروخين` (the two missiles) points back to a count already made.
  if (/^[وف]?[بلك]?(ال|لل)/.test(view.toks[i]!.text) && !/^(ال|لل)/.test(n.entry.lemma)) return null;
  const before = qualifierBefore(view.lex, view.toks, i);
  const qualifier = before?.qualifier ?? 'exact';
  const rules = ['ar/quantity/dual', ...(before ? [qualifierRule(qualifier)] : [])];
  // `مدنيين اثنين`: the number adjective belongs to the counted phrase, as a number before a noun does.
  const end = twoAfter(view, i) ? i + 2 : i + 1;
  return {
    ...mention(before ? before.start : i, end, interval(2, qualifier), rules, { dual: true }),
    numStart: i,
  };
}
