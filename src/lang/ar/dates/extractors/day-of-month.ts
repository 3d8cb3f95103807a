// A day of a month named only by its relation to the reference: `في 21 من الشهر الجاري`,
// `الـ15 من الشهر الماضي`, `العاشر من الشهر المقبل`, and with the month left out, `السبت الموافق
// 24 الجاري` (a masculine relation right after the day number can only qualify الشهر).
//
// Must match: في 21 من الشهر الجاري · الـ15 من الشهر الماضي · في الخامس من الشهر الحالي · 24 الجاري ·
//   في 3 من الشهر المنصرم
// Must not: 21 من الشهر (no relation: which month is unknown) · 40 من الشهر الجاري (no such day) ·
//   الساعات الـ24 الماضية / الأيام الـ10 الماضية (a span up to the reference)

import { compiled } from '../lexicon.js';
import {
  LBC_HEAD,
  RB,
  alternation,
  boundedMatches,
  formsOf,
  futureBefore,
  isMonthDay,
  ordinalDayPattern,
  ordinalDayValue,
  relationPattern,
  relationValue,
  wordBefore,
  wordCue,
  monthNouns,
  fromWord,
} from '../patterns.js';
import type { DateExpression, DateExtractor } from '../types.js';

/** A plural time noun before the number (time-words.tsv, span-noun): `الساعات الـ24 الماضية` is a span. */
const SPAN_BEFORE = compiled(
  (dates) => new RegExp(`^(?:[وفبل]?ال|لل)(?:${alternation(formsOf(dates, 'span-noun'))})$`, 'u'),
);

const PATTERN = compiled(
  (dates) =>
    new RegExp(
      `${LBC_HEAD}(?:(?:[ب]?ال\\s?)?(?<day>\\d{1,2})|(?<ord>${ordinalDayPattern(dates)}))\\s+` +
        `(?:(?:${fromWord(dates)})\\s+(?:ال)?(?:${monthNouns(dates, '1')})\\s+(?<rel>${relationPattern(dates)})|(?<bare>(?:${alternation(formsOf(dates, 'relation'))})))${RB}`,
      'gu',
    ),
);

export const dayOfMonth: DateExtractor = {
  id: 'ar/date/day-of-relative-month',
  kind: 'date',
  cue: compiled((dates) => wordCue(formsOf(dates, 'relation'))),
  extract(text, { dates, scan }) {
    const out: DateExpression[] = [];
    for (const m of boundedMatches(text, PATTERN(dates), scan)) {
      const g = m.groups ?? {};
      const day = g['day'] !== undefined ? Number(g['day']) : ordinalDayValue(dates, g['ord'] ?? '');
      const relation = relationValue(dates, g['rel'] ?? g['bare']);
      if (g['bare'] !== undefined && SPAN_BEFORE(dates).test(wordBefore(text, m.index)?.word ?? '')) continue;
      if (day === undefined || !isMonthDay(day) || relation === undefined) continue;
      out.push({
        kind: 'date',
        start: m.index,
        end: m.index + m[0].length,
        anchor: {
          type: 'calendar',
          calendar: 'gregorian',
          month: 1,
          day,
          relation,
          monthFromReference: true,
        },
        rules: [this.id],
        ...(relation === 1 || futureBefore(dates, text, m.index) ? { future: true } : {}),
      });
    }
    return out;
  },
};
