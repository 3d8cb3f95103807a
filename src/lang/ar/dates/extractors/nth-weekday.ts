// The nth weekday of a month: a weekday, an ordinal from first to fifth or `الأخير`, and a month
// (`الخميس الثاني من تشرين الأول`، `الجمعة الأخيرة من رمضان`، `يوم الاثنين الأول من شهر أيلول
// المقبل`). Read apart from a weekday joined to a day of the month, which would take the ordinal
// for the day (2 October): resolve.ts keeps that reading only when the month's nth day is that
// very weekday (`الخميس الثاني من أكتوبر` when the 2nd is a Thursday), else the nth such weekday.
//
// Must match: الخميس الثاني من تشرين الأول · الجمعة الأخيرة من رمضان · يوم الأحد الأول من شهر
//   أيار المقبل · الثلاثاء الثالث من نوفمبر 2020 · آخر جمعة من شهر رمضان · أول خميس من أيلول ·
//   الاثنين الأخير من الشهر الجاري · أول جمعة من الشهر المقبل (the reference's month, or its neighbour)
// Must not: الخميس الثاني من نوعه (no month) · الخميس الحادي عشر من أكتوبر (a day beyond the 5th:
//   the weekday and its date) · الأسبوع الثاني من يونيو (no weekday) · آخر جمعة (no month) ·
//   أول أحد (أحد "one": no month)

import { compiled, monthNamed, plausibleYear, wordsOf } from '../lexicon.js';
import type { DateLexicon } from '../lexicon.js';
import {
  ARTICLE,
  LBC_HEAD,
  RB,
  alternation,
  boundedMatches,
  futureBefore,
  relationPattern,
  relationValue,
  wordCue,
  yearNouns,
  monthNouns,
  dayNouns,
  fromWord,
} from '../patterns.js';
import type { Anchor, DateExpression, DateExtractor } from '../types.js';

/** Ranks of a weekday in its month (time-words.tsv, weekday-rank), by where they stand. */
const RANKS = compiled((dates) => {
  const ranks = (position: string): ReadonlyMap<string, number> =>
    new Map(
      wordsOf(dates, 'weekday-rank')
        .filter((w) => w.detail.includes(position))
        .map((w) => [w.form, Number(w.value)]),
    );
  // After the weekday, both genders (`الجمعة الأخيرة`); before a bare weekday (`آخر جمعة`، `أول خميس`).
  return { after: ranks('after'), before: ranks('before') };
});

const PATTERN = compiled((dates) => {
  const lex = dates;
  const { after, before } = RANKS(dates);
  const stems = alternation(lex.weekdayByStem.keys());
  const month = alternation(lex.months.filter((m) => !m.regions.includes('english')).map((m) => m.name));
  return new RegExp(
    `${LBC_HEAD}(?:(?:[بل]?(?:${dayNouns(dates, '1')})\\s+)?${ARTICLE}(?<stem>${stems})\\s+ال(?<rank>${alternation(after.keys())})` +
      // `آخر جمعة من رمضان`، `أول خميس من الشهر المقبل`: the rank before a bare weekday.
      `|[بل]?(?<lead>${alternation(before.keys())})\\s+(?:(?:${dayNouns(dates, '1')})\\s+)?(?<stem2>${stems}))` +
      `\\s+(?:(?:${fromWord(dates)})\\s+)?(?:(?:(?:ال)?(?:${monthNouns(dates, '1')})\\s+)?(?<m1>${month})` +
      // `الاثنين الأخير من الشهر الجاري`: a month named by its relation to the reference.
      `|ال(?:${monthNouns(dates, '1')})\\s+(?<mrel>${relationPattern(dates)}))` +
      `(?:\\s*[/\\\\|]\\s*(?<m2>${month})|\\s*\\(\\s*(?<m3>${month})\\s*\\))?` +
      `(?:\\s*[،,]?\\s*(?:(?:(?:${fromWord(dates)})\\s+)?(?:ال)?(?:${yearNouns(dates, '1')})\\s+)?(?<year>\\d{4})|\\s+(?<rel>${relationPattern(dates)}))?${RB}`,
    'gdu',
  );
});

export const nthWeekday: DateExtractor = {
  id: 'ar/date/nth-weekday',
  kind: 'date',
  cue: compiled((dates) => wordCue(dates.weekdayByStem.keys())),
  extract(text, { dates, scan }) {
    const out: DateExpression[] = [];
    for (const m of boundedMatches(text, PATTERN(dates), scan)) {
      const g = m.groups ?? {};
      const weekday = dates.weekdayByStem.get(g['stem'] ?? g['stem2'] ?? '');
      const ranks = RANKS(dates);
      const nth = g['lead'] !== undefined ? ranks.before.get(g['lead']) : ranks.after.get(g['rank'] ?? '');
      if (weekday === undefined || nth === undefined) continue;
      const ofReference = relationValue(dates, g['mrel']);
      if (ofReference !== undefined) {
        out.push(nthOfReferenceMonth(text, m, weekday, nth, ofReference, dates, this.id));
        continue;
      }
      const month = monthNamed(dates, g['m1']);
      if (!month) continue;
      const pair = monthNamed(dates, g['m2'] ?? g['m3']);
      if (pair && pair.month !== month.month) continue;
      const year = g['year'] !== undefined ? Number(g['year']) : undefined;
      if (year !== undefined && !plausibleYear(year, month.calendar)) continue;
      const relation = relationValue(dates, g['rel']);
      const anchor: Anchor = {
        type: 'nth-weekday',
        weekday,
        nth,
        month: {
          type: 'calendar',
          calendar: month.calendar,
          month: month.month,
          ...(year !== undefined ? { year } : {}),
          ...(relation !== undefined ? { relation } : {}),
        },
      };
      const future = relation === 1 || futureBefore(dates, text, m.index);
      out.push({
        kind: 'date',
        start: m.index,
        end: m.index + m[0].length,
        anchor,
        weekday,
        rules: [this.id],
        ...(future ? { future } : {}),
      });
    }
    return out;
  },
};

/** `الاثنين الأخير من الشهر الجاري`: the nth weekday of the reference's month, or the one before or after it. */
function nthOfReferenceMonth(
  text: string,
  m: RegExpExecArray,
  weekday: number,
  nth: number,
  relation: -1 | 0 | 1,
  dates: DateLexicon,
  id: string,
): DateExpression {
  const future = relation === 1 || futureBefore(dates, text, m.index);
  return {
    kind: 'date',
    start: m.index,
    end: m.index + m[0].length,
    anchor: {
      type: 'nth-weekday',
      weekday,
      nth,
      month: { type: 'calendar', calendar: 'gregorian', month: 1, relation, monthFromReference: true },
    },
    weekday,
    rules: [id],
    ...(future ? { future } : {}),
  };
}
