// Non-quantities reported as quantities: system claims that match no gold claim and whose figure is
// no count at all — a year, a date, an age, a duration, a clock time, a model or resolution number,
// a match score. CLAIMS.md: "dates, durations, … ages and prices are not claims". A false positive
// that does count something (an unannotated toll, a price, a percentage) is a wrong claim but a
// real figure, so it is not counted here: this number measures the figure reader, not the claim
// logic. Like fold.ts, the harness reads the text with its own small word lists, apart from the
// engine's lexicons, so an engine bug cannot hide itself.
//
// Must count: `عام 2015` · `(25 عاماً)` · `البالغ من العمر 40 عاما` · `منذ 7 سنوات` · `لمدة 3 أيام` ·
//   `الساعة 10` · `10:30` · `15 أيار` · `مقاتلات إف-16` · `القرار 2254` · `بنتيجة 2-1`
// Must not count: `20 شخصاً` · `2000 عائلة` · `مقتل 15 مدنيا` · `نحو 40 بالمئة` · `500 دولار`

import type { Claim } from '../types.js';
import type { SystemClaimView } from './report-types.js';

export type NonQuantityKind = 'year' | 'date' | 'age' | 'duration' | 'time' | 'identifier' | 'score';

export const NON_QUANTITY_KINDS: readonly NonQuantityKind[] = [
  'year',
  'date',
  'age',
  'duration',
  'time',
  'identifier',
  'score',
];

export interface NonQuantityItem extends SystemClaimView {
  readonly kind: NonQuantityKind;
}

export interface NonQuantityScore {
  /** Unmatched system claims whose figure is no count. */
  readonly count: number;
  /** System claims in scored documents (the denominator of `rate`). */
  readonly system: number;
  /** count / system (0 when there are no system claims). */
  readonly rate: number;
  readonly byKind: Readonly<Record<NonQuantityKind, number>>;
  readonly items: readonly NonQuantityItem[];
}

const LETTERS: Readonly<Record<string, string>> = { أ: 'ا', إ: 'ا', آ: 'ا', ى: 'ي', ة: 'ه' };

/** A light fold, one unit per unit so offsets stay: marks and tatweel become spaces. */
function fold(s: string): string {
  return s
    .replace(/[\u064B-\u065F\u0670\u0640]/gu, ' ')
    .replace(/[أإآىة]/gu, (c) => LETTERS[c] ?? c)
    .replace(/[\u0660-\u0669]/gu, (c) => String(c.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/gu, (c) => String(c.charCodeAt(0) - 0x06f0))
    .toLowerCase();
}

const W = '[\\p{L}\\p{M}]';
const YEAR_UNIT = '(?:عام|عاما|اعوام|سنه|سنوات|سنين|ربيعا)';
const UNIT =
  '(?:ساعه|ساعات|ساعتين|ساعتان|دقيقه|دقائق|دقيقتين|ثانيه|ثوان|يوم|يوما|ايام|يومين|يومان|اسبوع|اسابيع|اسبوعين|شهر|شهرا|اشهر|شهور|شهرين|عام|عاما|اعوام|عامين|سنه|سنوات|سنين|سنتين|عقد|عقود)';
const MONTHS =
  '(?:يناير|فبراير|مارس|ابريل|مايو|يونيو|يونيه|يوليو|يوليه|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين|جانفي|فيفري|افريل|ماي|جوان|جويليه|اوت|محرم|صفر|ربيع|جمادي|رجب|شعبان|رمضان|شوال|ذي|ذو)';

const AGE_BEFORE = new RegExp(
  `(?:عمر|العمر|عمره|عمرها|البالغ|البالغه|يبلغ|تبلغ|سن|بسن|ابن|ابنه|بعمر)\\s*(?:من\\s+العمر\\s*)?[(\\s]*$`,
  'u',
);
const AGE_AFTER = new RegExp(`^\\s*(?:من\\s+العمر|\\)|،?\\s*(?:عاما|سنه)\\s*\\))`, 'u');
const UNIT_END = new RegExp(`(?<!${W})[بل]?(?:ال)?${UNIT}$`, 'u');
const UNIT_AFTER = new RegExp(`^\\s*${UNIT}(?!${W})`, 'u');
const YEAR_END = new RegExp(`(?<!${W})${YEAR_UNIT}$`, 'u');
const YEAR_AFTER = new RegExp(`^\\s*${YEAR_UNIT}(?!${W})`, 'u');
const YEAR_BEFORE = /(?:^|[^\p{L}])(?:[وبل]?(?:ال)?عام|[وبل]?(?:ال)?سنه|عامي|منذ|حتى|عام|لعام|عقد)\s*$/u;
const YEAR_MARK_AFTER = /^\s*(?:م|هـ|ه|ميلادي|للميلاد|هجري)(?![\p{L}])/u;
const MONTH_NEAR_AFTER = new RegExp(`^\\s*(?:من\\s+)?(?:[وبل]?(?:ال)?${MONTHS})(?!${W})`, 'u');
const MONTH_NEAR_BEFORE = new RegExp(`(?<!${W})[وبل]?(?:ال)?${MONTHS}\\s*(?:/\\s*${W}+\\s*)?$`, 'u');
const MONTH_INSIDE = new RegExp(`\\d\\s*(?:من\\s+)?[وبل]?(?:ال)?${MONTHS}(?!${W})`, 'u');
const NUMERIC_DATE = /\d{1,4}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{1,4}/u;
const CLOCK_BEFORE = /(?:الساعه|ساعه|بالساعه)\s*$/u;
const CLOCK = /\d{1,2}\s*:\s*\d{2}/u;
const ID_BEFORE =
  /(?:طراز|موديل|رقم|الرقم|القرار|قرار|الماده|ماده|البند|الفصل|اصدار|الاصدار|نسخه|فئه|الفئه|طريق|الطريق|كود|رمز)\s*$/u;
/** A figure glued to a model name: `إف-16`، `F-16`، `S-400`، `T72`، `ميغ 29`. */
const ID_GLUED = /(?:[a-z\p{L}]-\s?\d|[a-z]\s?\d|\d[a-z])/u;
const ID_WORD_BEFORE = /(?:^|[^\p{L}])(?:اف|اس|سو|ميغ|ميج|تي|بي|سي)\s*-?\s*$/u;
/** `ام`، `اي` are also "mother" and "that is" (`أم لثلاثة أطفال`، `أي 62 مليون دولار`): a model only after another letter (`إم آي 6`). */
const ID_PAIR_BEFORE = /(?:^|[^\p{L}])(?:اف|اس|ام|اي|بي|سي|تي|دي)\s+(?:ام|اي)\s*-?\s*$/u;
const SCORE = /\d+\s*[-–:]\s*\d+/u;
const SCORE_BEFORE = /(?:بنتيجه|النتيجه|نتيجه|بهدف|بهدفين|باهداف|فاز|فوز|تعادل|خسر)\s*[^.]{0,12}$/u;

/** What a claim's figure is when it is no count, or null when it may well be one. */
export function nonQuantityKind(
  text: string,
  claim: Pick<Claim, 'start' | 'end' | 'quantity'>,
): NonQuantityKind | null {
  const span = fold(text.slice(claim.start, claim.end)).trim();
  const before = fold(text.slice(Math.max(0, claim.start - 30), claim.start));
  const after = fold(text.slice(claim.end, claim.end + 20));
  const q = claim.quantity;
  const value = q.point ?? q.low;

  if (SCORE.test(span) && SCORE_BEFORE.test(before)) return 'score';
  if (CLOCK.test(span) || CLOCK_BEFORE.test(before)) return 'time';
  if (NUMERIC_DATE.test(span) || MONTH_INSIDE.test(span)) return 'date';
  if (/^\D*\d{1,2}\D*$/u.test(span) && (MONTH_NEAR_AFTER.test(after) || MONTH_NEAR_BEFORE.test(before)))
    return 'date';
  const yearsCounted = YEAR_END.test(span) || YEAR_AFTER.test(after);
  if (
    yearsCounted &&
    (AGE_BEFORE.test(before) || AGE_AFTER.test(after) || /^\(/u.test(before.slice(-2).trim()))
  )
    return 'age';
  if (UNIT_END.test(span) || UNIT_AFTER.test(after)) return 'duration';
  if (
    ID_BEFORE.test(before) ||
    ID_GLUED.test(span) ||
    ID_WORD_BEFORE.test(before) ||
    ID_PAIR_BEFORE.test(before) ||
    /^-\s*\d/u.test(span)
  )
    return 'identifier';
  // A year: 1900–2100 said as a year (`عام 2015`، `2015م`، `أيار 2015`), or a bare figure after
  // في/خلال/منذ (`في 2015`); `2000 عائلة` counts families.
  const bare = !/\p{L}/u.test(span.replace(/^[وبل]/u, ''));
  if (
    value !== null &&
    Number.isInteger(value) &&
    value >= 1900 &&
    value <= 2100 &&
    q.qualifier === 'exact' &&
    (YEAR_BEFORE.test(before) ||
      YEAR_MARK_AFTER.test(after) ||
      (bare && (MONTH_NEAR_BEFORE.test(before) || /(?:^|\s)(?:في|خلال|منذ)\s*$/u.test(before))))
  )
    return 'year';
  return null;
}

/** Scores the unmatched claims (`unmatched`: indices into `claims`) against their texts. */
export function scoreNonQuantities(
  claims: readonly Claim[],
  unmatched: readonly number[],
  texts: ReadonlyMap<string, string>,
  view: (c: Claim) => SystemClaimView,
): NonQuantityScore {
  const byKind = Object.fromEntries(NON_QUANTITY_KINDS.map((k) => [k, 0])) as Record<NonQuantityKind, number>;
  const items: NonQuantityItem[] = [];
  for (const j of unmatched) {
    const claim = claims[j];
    const text = claim ? texts.get(claim.document) : undefined;
    if (!claim || text === undefined) continue;
    const kind = nonQuantityKind(text, claim);
    if (kind === null) continue;
    byKind[kind]++;
    items.push({ ...view(claim), kind });
  }
  return {
    count: items.length,
    system: claims.length,
    rate: claims.length === 0 ? 0 : items.length / claims.length,
    byKind,
    items,
  };
}
