// Every quantity expression of a sentence, counted thing or not: what `isnad extract` lists and
// what the claim reader (figures.ts) picks its figures from. One pass left to right, no overlaps:
// at each token the readers of READERS are asked in order; each rule a quantity is read by lives in
// rules/<id tail>.ts (`ar/quantity/range-or` is rules/range-or.ts), their helpers in shared.ts.
//
// Must match: بين 60 و90 · ما بين 20 إلى 30 ألف · من 20 إلى 30 · 20 إلى 30 · 60-90 · ثلاثة أو أربعة
//   · نحو 200سجين · وثلاث نساء (a second coordinated figure) · أطفال ثلاثة · شخص واحد · عنصرين
//   · أحد المهاجمين · العشرات · بضع مئات · على الأقل 15 · 50 في المئة (unit percent)
//   · 500 مليون دولار (unit money) · صفر إصابات (zero) · أكثر من 10 وأقل من 20 (one range, 11–19) · بنسبة 10 إلى 15%
//   (a range after a verb of change) · 3 فاصل 5 بالمئة (3.5)
// Must not: الثاني · عام 2011 · 1441 هـ · سنة 69 للهجرة · القرار 2254 · اللواء 93
//   · فرانس24 · إف-16 · 0933123456 · +963
//   · 10:30 · الاثنين (Monday) · الثلاثة (a definite numeral points back) · ثلث (a fraction alone)
//   · 30 عاما (an age: a duration) · الذكرى الـ 70 (an ordinal written in digits)
//   · لم يتعرض أحد لإصابات (nobody: `أحد` after a negated verb) · ثلاثة أضعاف (a multiple)
//   · شارع 15 · كيو400 · المادتين 5 و7 · في سن 18

import type { Qualifier, Quantity } from '../../../types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { SentenceView } from '../read/sentence-view.js';
import { isA, isOfClass, isWord, nounOf } from '../read/sentence-view.js';
import {
  interval,
  qualifierAfter,
  qualifierBefore,
  qualifierRule,
  readCardinal,
  readVague,
} from './numbers.js';
import type { Cardinal, NumberAt, QuantityMention, QuantityStep, QuantityUnit, Tok } from './shared.js';
import {
  isCurrency,
  isDefiniteNumeral,
  isLabelNumber,
  isMonthAt,
  isTimeNoun,
  isYear,
  isYearInWords,
  mention,
  numberWord,
  opensByLetters,
  rangeQuantity,
  skipTo,
  withoutConjunction,
} from './shared.js';
import { readDual, twoAfter } from './rules/dual.js';
import { isMoney, MONEY } from './rules/money.js';
import { readOneOf } from './rules/one-of.js';
import { PERCENT, percentBefore, percentEnd } from './rules/percent.js';
import { readBetween } from './rules/range-between.js';
import { rangeDash } from './rules/range-dash.js';
import { readFromTo } from './rules/range-from-to.js';
import { readFuneralDead } from './rules/funeral-dead.js';
import { APPROX_DEFINITE, approximatedDefinite } from './rules/approx-definite.js';
import { readOpenRange } from './rules/range-open.js';
import { rangeOr } from './rules/range-or.js';
import { boundsRange, RANGE_OF_BOUNDS } from './rules/range-bounds.js';
import type { RangeBound } from './rules/range-to.js';
import { rangeTo } from './rules/range-to.js';
import { readZero } from './rules/zero.js';

export type { QuantityMention, QuantityUnit } from './shared.js';

function isPercentWord(lex: Lexicon, tok: Tok): boolean {
  return tok.kind === 'word' && isOfClass(lex, tok, 'percent-word');
}

/** Whether token `i` may open a quantity: digits, a word that opens one, or a dual noun. */
function mayOpen(view: SentenceView, i: number): boolean {
  const tok = view.toks[i]!;
  const word = view.words[i];
  if (tok.kind === 'number' || !word) return true;
  word.opensQuantity ??=
    opensByLetters(view.lex, tok) ||
    word.info.nouns.some((n) => n.number === 'du') ||
    isA(view, tok, 'score-zero');
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

/** Whether token `i` cannot open a quantity: in a date, not a word or a number, a percent, or no opener. */
function opensNothing(view: SentenceView, i: number): boolean {
  const tok = view.toks[i]!;
  return (
    view.excluded.has(i) ||
    (tok.kind !== 'word' && tok.kind !== 'number') ||
    // Whether a word opens anything is kept on its record: asked first, it turns most words away.
    !mayOpen(view, i) ||
    // `في المئة` is a share; `نحو المئة` the round hundred approached.
    (isPercentWord(view.lex, tok) && !approximatedDefinite(view, i))
  );
}

/** A reader of what may start at token `i`: the step it makes, or null when nothing of its own starts there. */
type QuantityReader = (view: SentenceView, i: number) => QuantityStep | null;

/** A reader of one mention that opens at a word (`بين`، `من`), as a step past its end. */
function asStep(read: (view: SentenceView, i: number) => QuantityMention | null): QuantityReader {
  return (view, i) => {
    const found = read(view, i);
    return found ? { found: [found], next: found.qEnd } : null;
  };
}

/** `الحادي عشر`، `السادسة عشرة`: the ten of a teen ordinal counts nothing. */
function tenOfOrdinal(view: SentenceView, i: number): QuantityStep | null {
  const ordinal =
    isA(view, view.toks[i], 'ten-word') && view.lex.closed.has('ordinal-unit', view.toks[i - 1]?.text ?? '');
  return ordinal ? skipTo(i + 1) : null;
}

/**
 * `الاثني عشر`، `الخمسة عشر`: a definite numeral, its teen part included, points back; after a
 * funeral it counts the dead it buries (`وشيع الآلاف الشهداء الثلاثة`); after an approximation it
 * is the round figure approached (`قرابة الألف`: read as a number).
 */
function definiteNumeral(view: SentenceView, i: number): QuantityStep | null {
  const tok = view.toks[i]!;
  if (tok.kind !== 'word' || !isDefiniteNumeral(view.lex, tok)) return null;
  if (approximatedDefinite(view, i)) return null;
  const dead = readFuneralDead(view, i);
  if (dead) return { found: [dead], next: i + 1 };
  return skipTo(i + (isA(view, view.toks[i + 1], 'ten-word') ? 2 : 1));
}

/** A number at token `i` (a vague amount, a cardinal, one after a glued `و`) and what it measures. */
function aNumber(view: SentenceView, i: number): QuantityStep | null {
  const at = numberAt(view, i);
  if (!at) return null;
  if (fractionOfDefinite(view, i, at)) return skipTo(at.num.end);
  if (namesOrTimes(view, i, at)) return skipTo(at.num.end);
  const nounBefore = nounBeforeNumber(view, i, at);
  if (nounBefore === undefined) return skipTo(at.num.end);
  return measured(view, i, at, nounBefore);
}

/**
 * What may start at a token, asked in this order; the first that answers makes the step. The order
 * matters: an ordinal's ten and a definite numeral are set aside before anything counts them
 * (`الحادي عشر`، `الخمسة عشر`); a range opened by `بين` or `من` is read before the number after it
 * (`بين 60 و90` is one range, not 60 then 90), and one whose far end is a bound (`من 42 إلى أكثر
 * من 60`); a number before one of a plural or a dual, which answers last and always (`أحد عشر` is
 * eleven, not one of what follows).
 */
const READERS: readonly QuantityReader[] = [
  tenOfOrdinal,
  definiteNumeral,
  asStep(readBetween),
  asStep(readFromTo),
  asStep(readOpenRange),
  asStep(readZero),
  aNumber,
  noNumberAt,
];

/**
 * The ranges a figure opens, asked in this order after it: a dash, `إلى`/`حتى`, `أو`. Each reads the
 * token right after the figure, so at most one answers; the order is the one the reader has always
 * asked them in.
 */
const RANGE_BOUNDS: readonly RangeBound[] = [rangeDash, rangeTo, rangeOr];

/** The quantities that start at token `i`, one that may open one: the first of READERS that answers. */
function quantityAt(view: SentenceView, i: number): QuantityStep {
  for (const read of READERS) {
    const step = read(view, i);
    if (step) return step;
  }
  return skipTo(i + 1);
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
  // `من 22 إلى 30 يونيو`، `بين ثلاثة وستة أشهر`، `ثلاثة أو أربعة أيام`. A link the date reader read
  // as the head of its own mention is none: `ارتفع عددهم إلى ثمانية حتى الآن`.
  const link = toks[num.end];
  if (
    link &&
    (((link.text === '-' || view.lex.closed.has('range-link', link.text)) &&
      view.excluded.has(num.end + 1) &&
      !view.excluded.has(num.end)) ||
      (/^و/.test(link.text) && view.excluded.has(num.end)))
  )
    return true;
  // Figures of time: durations and ages are the date reader's (`30 عاما`، `ستة أيام`), and a
  // day before its month's name is a date or a name (`ثورة 25 يناير`).
  const after = toks[num.end];
  if (isTimeNoun(view, after) || isMonthAt(view, num.end)) return true;
  // A fraction's numerator counts nothing: `ثلاثة أرباع السكان` is a share (numbers.tsv, fraction).
  if (after?.kind === 'word' && numberWord(view.lex, after, false, true)?.word.type === 'fraction')
    return true;
  // A multiple counts nothing either: `ثلاثة أضعاف` (three times as many).
  if (isA(view, after, 'multiple-word')) return true;
  const tok = view.toks[i]!;
  // A plain number word after a label or a time noun, with nothing counted after it: after `رقم` it
  // names, as digits there do (`الهدف رقم مئة`, but `الرقم أكثر من 12200 مكالمة` counts; other
  // labels are ordinary nouns before a count: `الهاتف ثلاث كاميرات`، `فصل الآلاف`); after its time
  // noun it is a duration (`ساعة واحدة`، `ليلتين اثنتين`, but `بأيام أربعة أشخاص` counts).
  if (tok.kind === 'word' && !at.vague && at.lead === 0 && nounOf(view, num.end) === null) {
    const before = toks[i - 1];
    if (isWord(before, 'رقم') && !isA(view, after, 'count-partitive')) return true;
    if (isTimeNoun(view, before)) return true;
  }
  if (tok.kind === 'word' && !at.vague && num.end === i + 1 && verbLastu(view, i)) return true;
  return (
    tok.kind === 'word' && !at.vague && isDefiniteNumeral(view.lex, tok) && !approximatedDefinite(view, i)
  );
}

/**
 * `لست الشخص الذي يقرر`، `فلست من بين` ("I am not"): `لست` is read as ل + ست only before what six
 * counts (`لست سنوات`، `لست دول`: an indefinite noun) or a scale; before anything else it is the verb.
 * Must not: لست سنوات · لست دول · لست مئة
 */
function verbLastu(view: SentenceView, i: number): boolean {
  if (!/^[وف]?لست$/.test(view.toks[i]!.text)) return false;
  const next = view.toks[i + 1];
  if (next?.kind !== 'word') return true;
  if (
    view.lex.numberWords.get(next.text) !== undefined ||
    isA(view, next, 'hundred-word') ||
    isTimeNoun(view, next)
  )
    return false;
  // What a unit counts is indefinite: `لست الشخص` is the verb before a definite noun too.
  return /^(?:ال|لل)/.test(next.text) || nounOf(view, i + 1) === null;
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
    // `عدد القتلى أربعة`: after a count head and its noun the number is what the count is, no
    // adjective of the noun (`القتلى الأربعة` has the article).
    if (isA(view, toks[i - 2], 'count-head') && !/^(ال|لل)/.test(view.toks[i]!.text)) return null;
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
  const rules = [...num.rules];
  if (!num.vague && approximatedDefinite(view, i)) rules.push(APPROX_DEFINITE);
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
    const range = rangeFrom(view, i, at, qStart) ?? boundedRange(view, i, at, qualifier, qStart, rules);
    if (range) return range;
    quantity = interval(num.value, qualifier);
    const pct = percentEnd(view, num.end);
    const signBefore = pct > 0 || lead !== 0 ? -1 : percentBefore(view, i);
    if (pct > 0 || signBefore >= 0) {
      unit = 'percent';
      qEnd = Math.max(qEnd, pct);
      if (signBefore >= 0) qStart = Math.min(qStart, signBefore);
      rules.push(PERCENT);
    }
  }
  // 500 دولار · 3 ملايين ليرة · $500
  if (!unit && isMoney(view, toks, i, num.end)) {
    unit = 'money';
    rules.push(MONEY);
  }
  const found = {
    ...mention(qStart, qEnd, quantity, rules, { numStart: i, numEnd: num.end, lead, nounBefore }),
    unit,
  };
  return { found: [found], next: Math.max(num.end, qEnd) };
}

/** `أكثر من 10 وأقل من 20`: a lower bound and an upper one after it make one range (rules/range-bounds.ts). */
function boundedRange(
  view: SentenceView,
  i: number,
  at: NumberAt,
  qualifier: Qualifier,
  qStart: number,
  rules: readonly string[],
): QuantityStep | null {
  const { num, toks } = at;
  const r = boundsRange(view.lex, toks, num, qualifier);
  if (!r || view.excluded.has(r.end - 1)) return null;
  return rangeMention(view, at, i, qStart, r.end, r.quantity, [...rules, ...r.second.rules, RANGE_OF_BOUNDS]);
}

/** Ranges a figure opens: 60-90 · 20 إلى 30 · ثلاثة أو أربعة; a range of time is the date reader's. */
function rangeFrom(view: SentenceView, i: number, at: NumberAt, qStart: number): QuantityStep | null {
  const { num, toks } = at;
  let bound: RangeBound | null = null;
  let b: Cardinal | null = null;
  for (const kind of RANGE_BOUNDS) {
    b = kind.bound(view, i, at);
    if (b) {
      bound = kind;
      break;
    }
  }
  if (!bound || !b) return null;
  // `4 أو 5 ثوان`: a range of time is a duration, both bounds included.
  if (isTimeNoun(view, toks[b.end]) || bound.skips?.(view, at, b)) return skipTo(b.end);
  const r = !view.excluded.has(b.end - 1) && !isYear(view, num.end + 1, b.end) ? rangeQuantity(num, b) : null;
  if (!r || bound.refuses?.(view, at, b) || isLabelNumber(view, num.end + 1)) return null;
  return rangeMention(view, at, i, qStart, b.end, r, [...num.rules, bound.id]);
}

/** A range read up to `end`: a `%` or a currency after its last figure gives its unit. */
function rangeMention(
  view: SentenceView,
  at: NumberAt,
  i: number,
  qStart: number,
  end: number,
  quantity: Quantity,
  rules: string[],
): QuantityStep {
  const pctEnd = percentEnd(view, end);
  const unit: QuantityUnit | null = pctEnd > 0 ? 'percent' : isCurrency(view, at.toks[end]) ? 'money' : null;
  const found = {
    ...mention(qStart, pctEnd > 0 ? pctEnd : end, quantity, rules, {
      numStart: i,
      numEnd: end,
      lead: at.lead,
    }),
    unit,
  };
  return { found: [found], next: end };
}
