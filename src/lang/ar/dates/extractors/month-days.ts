// A stretch of days inside a named month: its nth week (`الأسبوع الأول من آذار`، `الأسبوع الأخير من
// الشهر الجاري`: days 1–7, the last seven days) or ten of its days (time-words.tsv, month-tenth:
// `العشر الأواخر من رمضان` the 21st to the month's end, `العشر الأوائل من ذي الحجة` the first ten).
// Precision week, the value its first day and `range` to its last; the month resolves as it does
// alone (the nearest such month, its relation, its year, a Hijri month through Umm al-Qura).
//
// Must match: الأسبوع الأول من آذار · في الأسبوع الثاني من شهر أكتوبر · الأسبوع الأخير من مايو/أيار ·
//   الأسبوع الأخير من الشهر الجاري · العشر الأواخر من رمضان · العشر الأواخر من شهر رمضان الماضي ·
//   العشر الأوائل من ذي الحجة
// Must not: الأسبوع الأول من استخدامه (no month) · الأسبوع الأول (alone) · الدقائق العشر الأولى من
//   المباراة · العشر الأوائل شركات (no month) · الأسبوع الأول من الدوري

import { compiled, monthNamed, plausibleYear, wordsOf } from '../lexicon.js';
import type { DateLexicon } from '../lexicon.js';
import {
  ARTICLE,
  LBC_HEAD,
  RB,
  alternation,
  boundedMatches,
  dayNouns,
  formsOf,
  fromWord,
  monthNouns,
  relationPattern,
  relationValue,
  wordCue,
  yearNouns,
} from '../patterns.js';
import type { Anchor, DateExpression, DateExtractor } from '../types.js';

/** The week's ranks after it (time-words.tsv, weekday-rank `after`: الأول … الخامس، الأخير). */
const RANKS = compiled(
  (dates): ReadonlyMap<string, number> =>
    new Map(
      wordsOf(dates, 'weekday-rank')
        .filter((w) => w.detail.includes('after'))
        .map((w) => [w.form, Number(w.value)]),
    ),
);

/** The week noun's forms (time-words.tsv, period `week`). */
const WEEK = compiled((dates) =>
  wordsOf(dates, 'period')
    .filter((w) => w.value === 'week')
    .map((w) => w.form),
);

/** Ten days of a month (time-words.tsv, month-tenth), by form: first and last day. */
const TENTHS = compiled(
  (dates): ReadonlyMap<string, { from: number; to: number }> =>
    new Map(
      wordsOf(dates, 'month-tenth').map((w) => [w.form, { from: Number(w.value), to: Number(w.detail[0]) }]),
    ),
);

const PATTERN = compiled((dates) => {
  const month = alternation(dates.months.filter((m) => !m.regions.includes('english')).map((m) => m.name));
  const tenths = alternation([...TENTHS(dates).keys()].map((f) => f.replace(/^ال/, '')));
  return new RegExp(
    `${LBC_HEAD}(?:${ARTICLE}(?:${alternation(WEEK(dates))})\\s+ال(?<rank>${alternation(RANKS(dates).keys())})` +
      `|(?:${ARTICLE}(?:${dayNouns(dates, 'n')})\\s+)?(?:${ARTICLE})(?<tenth>${tenths}))` +
      `\\s+(?:${fromWord(dates)})\\s+(?:(?:(?:ال)?(?:${monthNouns(dates, '1')})\\s+)?(?<m1>${month})` +
      `|ال(?:${monthNouns(dates, '1')})\\s+(?<mrel>${relationPattern(dates)}))` +
      `(?:\\s*[/\\\\|]\\s*(?<m2>${month})|\\s*\\(\\s*(?<m3>${month})\\s*\\))?` +
      `(?:\\s*[،,]?\\s*(?:(?:(?:${fromWord(dates)})\\s+)?(?:ال)?(?:${yearNouns(dates, '1')})\\s+)?(?<year>\\d{4})|\\s+(?<rel>${relationPattern(dates)}))?${RB}`,
    'gdu',
  );
});

/** The first and last day a match names (negative: from the month's end), or null. */
function daysOf(
  dates: DateLexicon,
  g: Record<string, string | undefined>,
): { from: number; to: number } | null {
  if (g['tenth'] !== undefined) return TENTHS(dates).get(`ال${g['tenth']}`) ?? null;
  const rank = RANKS(dates).get(g['rank'] ?? '');
  if (rank === undefined) return null;
  return rank < 0 ? { from: -7, to: -1 } : { from: 7 * (rank - 1) + 1, to: 7 * rank };
}

/** The month a match names, or null. */
function monthOf(dates: DateLexicon, g: Record<string, string | undefined>): Anchor | null {
  const ofReference = relationValue(dates, g['mrel']);
  if (ofReference !== undefined)
    return {
      type: 'calendar',
      calendar: 'gregorian',
      month: 1,
      relation: ofReference,
      monthFromReference: true,
    };
  const month = monthNamed(dates, g['m1']);
  if (!month) return null;
  const pair = monthNamed(dates, g['m2'] ?? g['m3']);
  if (pair && pair.month !== month.month) return null;
  const year = g['year'] !== undefined ? Number(g['year']) : undefined;
  if (year !== undefined && !plausibleYear(year, month.calendar)) return null;
  const relation = relationValue(dates, g['rel']);
  return {
    type: 'calendar',
    calendar: month.calendar,
    month: month.month,
    ...(year !== undefined ? { year } : {}),
    ...(relation !== undefined ? { relation } : {}),
  };
}

export const monthDays: DateExtractor = {
  id: 'ar/date/month-days',
  kind: 'date',
  cue: compiled((dates) => wordCue([...WEEK(dates), ...formsOf(dates, 'month-tenth')], true)),
  extract(text, { dates, scan }) {
    const out: DateExpression[] = [];
    for (const m of boundedMatches(text, PATTERN(dates), scan)) {
      const g = m.groups ?? {};
      const days = daysOf(dates, g);
      const month = monthOf(dates, g);
      if (days === null || month === null || month.type !== 'calendar') continue;
      out.push({
        kind: 'date',
        start: m.index,
        end: m.index + m[0].length,
        anchor: { type: 'month-days', month, ...days },
        rules: [this.id],
      });
    }
    return out;
  },
};
