// Counts of time units (data/ar/time-words.tsv: unit, number, fraction, qualifier, preposition):
// `سبعة أيام`, `بعد ستة أيام`, `يومين`, `خلال 24 ساعة`, `يوم ونيف`, `نصف ساعة`, `منذ أكثر من أسبوع`.
// One construct, two readings: an exact count after قبل/منذ is a point in the past (`قبل ثلاثة
// أيام`, `منذ يومين`: kind date, rule ar/date/ago, the count kept in `duration`); everything else is
// a duration (rule ar/duration/count). Number words 1–10 and digits are read here; larger number
// words are left to the quantity reader.
//
// Must match: قبل ثلاثة أيام · منذ يومين · قبل أسبوع · بعد ستة أيام · سبعة أيام · منذ أكثر من أسبوع ·
//   يوم ونيف · قبل يوم واحد · خلال 24 ساعة · لمدة 15 يوماً · قبل نحو شهرين · بعد نصف ساعة · 45 دقيقة · خلال 30 ثانية
// Must be a date ahead: من المقرر أن يصل الوفد بعد أسبوعين · سيصل الوزير بعد يومين (a verb the
//   future prefix marks: patterns.ts, futureVerbBefore) · بعد أسبوعين من الآن (from the reference, said)
// Must not be a date: بعد أسبوعين (no future cue) · سيطرت القوات على البلدة بعد يومين (a past verb) · قبل ست دقائق على انتهاء الشوط (counted from another event)
// Must not: ثلاثة محاور (no time unit) · مرة ثانية · معلومات دقيقة · طفل عمره 12 عاماً / (12 عاما) / البالغ من العمر 30 عاما (ages) ·
//   يوم (alone) · منذ أيام (no count) · اليوم

import { compiled, wordOf, wordsOf } from '../lexicon.js';
import type { DateLexicon } from '../lexicon.js';
import {
  LBC_HEAD,
  RB,
  alternation,
  boundedMatches,
  formsOf,
  fractionForms,
  stemCandidates,
  teenForms,
  teenValue,
  wordAfter,
  wordBefore,
  endingCue,
  fromWord,
  futureBefore,
  futureVerbBefore,
} from '../patterns.js';
import type { Lexicon } from '../../lexicon/lexicon.js';
import type { DateExpression, DateExtractor, DurationUnit } from '../types.js';

const PATTERN = compiled((dates) => {
  const lex = dates;
  const prep = alternation(formsOf(dates, 'preposition'));
  const qual = alternation(formsOf(dates, 'qualifier'));
  const words = wordsOf(dates, 'number');
  const plain = alternation(words.filter((w) => w.detail.length === 0).map((w) => w.form));
  const units = alternation(words.filter((w) => !w.detail.includes('tens')).map((w) => w.form));
  const tens = alternation(words.filter((w) => w.detail.includes('tens')).map((w) => w.form));
  // سبعة عشر، أحد عشر، خمسة وعشرين، ثلاثين، ستة.
  const numbers = `(?:${units})\\s+(?:${alternation(teenForms(dates))})|(?:${units})\\s+و\\s?(?:${tens})|(?:${tens})|(?:${plain})`;
  const unitForms = alternation(lex.units.keys());
  const fractions = alternation(formsOf(dates, 'fraction'));
  const one = alternation(words.filter((w) => w.value === '1' && w.detail.length === 0).map((w) => w.form));
  return new RegExp(
    `${LBC_HEAD}(?:(?<prep>${prep})\\s+)?(?:(?<qual>${qual})\\s+)?` +
      '(?:' +
      `(?:ال\\s?)?(?<num>\\d+(?:[.,]\\d+)?|[ب]?(?:${numbers}))\\s*(?<unit>${unitForms})` +
      `|(?<lfrac>${alternation(fractionForms(dates))})\\s+(?<unit2>${unitForms})` +
      // `يوم واحد`، `دقيقة واحدة`: one said after its unit belongs to the count.
      `|(?<unit3>${unitForms})(?:\\s+(?<one>${one}))?` +
      ')' +
      `(?:\\s+و\\s?(?<frac>${fractions}))?${RB}`,
    'gdu',
  );
});

/** `ساعة متأخرة`: adjectives that make a lone unit "a late hour" (time-words.tsv, hour-adjective), with ة. */
const LATE = compiled((dates) => new Set(formsOf(dates, 'hour-adjective').flatMap((w) => [w, `${w}ه`])));

/**
 * A count then من (`قبل يومين من الانتخابات`, `يومين فقط من`) counts from another event, and so does
 * a count of minutes then على (`قبل ست دقائق على انتهاء الشوط`): the preposition after the unit
 * (time-words.tsv: from-word, and event-word for the units its detail lists), an only-word (فقط)
 * may stand between.
 */
const FROM_EVENT = compiled((dates) => {
  const only = alternation(formsOf(dates, 'only-word'));
  const from = formsOf(dates, 'from-word');
  const pattern = (ties: readonly string[]): RegExp =>
    new RegExp(`^\\s+(?:(?:${only})\\s+)?(?:${alternation(ties)})\\s`, 'u');
  const tiesByUnit = new Map<string, string[]>();
  for (const w of wordsOf(dates, 'event-word'))
    for (const unit of w.detail.flatMap((d) => d.split('|')))
      tiesByUnit.set(unit, [...(tiesByUnit.get(unit) ?? from), w.form]);
  const byUnit = new Map([...tiesByUnit].map(([unit, ties]) => [unit, pattern(ties)]));
  return { any: pattern(from), byUnit };
});

const ageCues = compiled((dates) => new Set(formsOf(dates, 'age-cue')));

/** An age, not a duration: `عمره 12 عاما`, `البالغ من العمر 30 عاما`, `طفل (12 عاما)`. */
function isAge(dates: DateLexicon, text: string, start: number, end: number): boolean {
  let at = start;
  for (let k = 0; k < 4; k++) {
    const w = wordBefore(text, at);
    if (!w) break;
    for (const stem of stemCandidates(w.word)) if (ageCues(dates).has(stem)) return true;
    at = w.start;
  }
  const open = text.slice(Math.max(0, start - 3), start).trim();
  const close = text.slice(end, end + 3).trim();
  // `طفل (12 عاما)`, and the apposition `دون سترجيس، 44 عاما،`.
  return (open.endsWith('(') && close.startsWith(')')) || (/[،,]$/.test(open) && /^[،,.)]/.test(close));
}

function parseNumber(dates: DateLexicon, raw: string): number | undefined {
  if (/^\d/.test(raw)) {
    const n = Number(raw.replace(',', '.'));
    return Number.isFinite(n) ? n : undefined;
  }
  const numbers = dates.numbers;
  const value = (w: string): number | undefined =>
    numbers.get(w) ?? (w.startsWith('ب') ? numbers.get(w.slice(1)) : undefined);
  const words = raw.split(/\s+/);
  const first = value(words[0] ?? '');
  if (first === undefined) return undefined;
  if (words.length === 1) return first;
  const last = words[words.length - 1]!;
  const teen = teenValue(dates, last);
  if (teen !== undefined) return first + teen;
  const tens = value(last.replace(/^و/, ''));
  return tens !== undefined ? first + tens : undefined;
}

interface Count {
  readonly start: number;
  readonly end: number;
  readonly amount: number;
  readonly unit: DurationUnit;
  readonly role: DateExpression['durationRole'] | undefined;
  readonly approximate: boolean;
}

/** Nothing more of the clause after a count: a mark or the end of the text. */
const CLAUSE_END = /^\s*(?:[^\p{L}\p{M}\p{N}\s]|$)/u;
/** How far after a count CLAUSE_END looks for the mark, in folded characters. */
const CLAUSE_END_REACH = 4;

/** `من الآن` right after a count (not `من اليوم`: `قبل أسبوع من اليوم العالمي للمرأة`): it counts from the reference. */
const FROM_NOW = compiled((dates) => new RegExp(`^\\s+(?:${fromWord(dates)})\\s+(?:الان)${RB}`, 'u'));
/** How far after a count FROM_NOW, then FROM_EVENT, look, in folded characters. */
const FROM_NOW_REACH = 16;
const FROM_EVENT_REACH = 12;

/**
 * The point in time an exact count names, if any: after قبل/منذ so many units back from the
 * reference (`قبل ثلاثة أيام`، rule ar/date/ago), after بعد told as the future so many ahead
 * (`سيعقد الاجتماع بعد أسبوعين`، rule ar/date/ahead); none when it counts from another event
 * (`قبل يومين من الانتخابات`).
 */
function pointOf(lexicon: Lexicon, text: string, c: Count): DateExpression | null {
  const dates = lexicon.dates;
  if (c.approximate || !Number.isInteger(c.amount)) return null;
  const back = c.role === 'ago' || c.role === 'since';
  if (!back && c.role !== 'after') return null;
  // `بعد أسبوعين من الآن`: counted from the reference, said so; the words join the span.
  const now = FROM_NOW(dates).exec(text.slice(c.end, c.end + FROM_NOW_REACH));
  if (now === null) {
    const ties = FROM_EVENT(dates);
    if ((ties.byUnit.get(c.unit) ?? ties.any).test(text.slice(c.end, c.end + FROM_EVENT_REACH))) return null;
    // `يوماً بعد يوم`: day after day, no count from anything.
    const before = wordBefore(text, c.start)?.word;
    if (
      c.role === 'after' &&
      c.amount === 1 &&
      before !== undefined &&
      [...stemCandidates(before)].some((w) => dates.units.get(w.replace(/ا$/, ''))?.unit === c.unit)
    )
      return null;
    // Told of the future by a cue (`من المقرر`، `سوف`), or by a verb's prefix when nothing follows
    // the count in its clause (`سيصل الوزير بعد يومين.`: not `ستنقل … بعد يومين فحسب من نقل`).
    if (
      !back &&
      !futureBefore(dates, text, c.start) &&
      !(
        CLAUSE_END.test(text.slice(c.end, c.end + CLAUSE_END_REACH)) &&
        futureVerbBefore(lexicon, text, c.start)
      )
    )
      return null;
  }
  const { start, amount, unit } = c;
  const end = c.end + (now?.[0].length ?? 0);
  return {
    kind: 'date',
    start,
    end,
    anchor: { type: back ? 'ago' : 'ahead', amount, unit },
    duration: { amount, unit },
    durationRole: c.role,
    ...(back ? {} : { future: true }),
    rules: [back ? 'ar/date/ago' : 'ar/date/ahead'],
  };
}

export const duration: DateExtractor = {
  id: 'ar/duration/count',
  kind: 'duration',
  // A unit ends its token (RB, or a space before `و` and a fraction); a number word may be glued before it.
  cue: compiled((dates) => endingCue(dates.units.keys())),
  extract(text, { lexicon, dates, scan }) {
    const out: DateExpression[] = [];
    const lex = dates;
    for (const m of boundedMatches(text, PATTERN(dates), scan)) {
      const g = m.groups ?? {};
      const unitForm = g['unit'] ?? g['unit2'] ?? g['unit3'] ?? '';
      const unitInfo = lex.units.get(unitForm);
      if (!unitInfo) continue;
      const unit: DurationUnit = unitInfo.unit;
      let amount: number | undefined;
      if (g['num'] !== undefined) amount = parseNumber(dates, g['num']);
      else if (g['lfrac'] !== undefined) amount = Number(wordOf(dates, 'fraction', g['lfrac'])?.value);
      else if (unitInfo.count === 2) amount = 2;
      else if (unitInfo.count === 1) amount = 1;
      if (amount === undefined || !(amount > 0)) continue;
      if (g['num'] !== undefined && unitInfo.count === 2) continue;
      const frac = g['frac'] !== undefined ? Number(wordOf(dates, 'fraction', g['frac'])?.value ?? 0) : 0;
      amount += frac;
      const prepWord = g['prep'] !== undefined ? wordOf(dates, 'preposition', g['prep']) : undefined;
      const role = prepWord?.value as DateExpression['durationRole'] | undefined;
      const approximate = g['qual'] !== undefined;
      const bare = prepWord === undefined && !approximate && g['frac'] === undefined;
      // A lone singular (`يوم`, `عام`) is a count only with a preposition, a qualifier, a fraction or one
      // after it (`يوم واحد`).
      if (
        bare &&
        g['num'] === undefined &&
        g['lfrac'] === undefined &&
        g['one'] === undefined &&
        unitInfo.count === 1
      )
        continue;
      const start = m.index;
      const end = m.index + m[0].length;
      // `خلال عام 2017`، `منذ عام 48`: a year, read by the year rules (two-digit-year.ts).
      if (g['num'] === undefined && /^\s+\d{4}(?!\d)/.test(text.slice(end, end + 6))) continue;
      if (
        g['num'] === undefined &&
        unit === 'year' &&
        /^\s+\d{2}(?![\d/.,:%-])/.test(text.slice(end, end + 5))
      )
        continue;
      // `بعد ساعة متأخرة من مساء أمس`: "a late hour", not one hour.
      if (
        g['num'] === undefined &&
        g['lfrac'] === undefined &&
        LATE(dates).has(wordAfter(text, end)?.word ?? '')
      )
        continue;
      if (prepWord === undefined && isAge(dates, text, start, end)) continue;
      if (prepWord !== undefined && (unit === 'year' || unit === 'month') && isAge(dates, text, start, end))
        continue;
      const point = pointOf(lexicon, text, { start, end, amount, unit, role, approximate });
      if (point) {
        out.push(point);
        continue;
      }
      out.push({
        kind: 'duration',
        start,
        end,
        anchor: { type: 'none' },
        duration: { amount, unit },
        ...(role !== undefined ? { durationRole: role } : {}),
        ...(approximate ? { approximate } : {}),
        rules: [this.id],
      });
    }
    return out;
  },
};
