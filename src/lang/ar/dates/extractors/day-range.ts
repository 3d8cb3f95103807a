// A range of days inside one month as one mention: `من 3 إلى 19 من الشهر الجاري`، `من 8 حتى 11
// آب`، `آب 8 إلى 11`، `يوليو 8-11, 2018`، `بين 3 و5 أيار/مايو`. Precision day, `range` from the first
// day to the last, the value the first day. Read apart the first number was left to the quantity
// reader, which counted `3 إلى 19` as 3 to 19 of something. `24 و25 آذار` and `24-25 آذار` (two
// days, read by month-name.ts as two mentions) stay as they are; a range across two months is
// date-range.ts's.
//
// Must match: من 3 إلى 19 من الشهر الجاري · من 8 حتى 11 آب · آب 8 إلى 11 · يوليو 8-11 · بين 3 و5 أيار ·
//   من يوم 24 وحتى 26 من يوليو · من 24 لغاية 26 تموز ·
//   من الأول إلى العاشر من أيار (ordinals are left to month-name.ts: not read here)
// Must not: من 3 إلى 19 شخصا (no month) · من 20 إلى 30 آذار 2000 شخص (a count: the year is no year)
//   · آب 8 إلى 11 عاما (a count of years) · من 19 إلى 3 آب (backwards) · 31 إلى 33 أيار

import { compiled, monthNamed, plausibleYear } from '../lexicon.js';
import {
  LBC_HEAD,
  RB,
  alternation,
  boundedMatches,
  countFollows,
  futureBefore,
  isMonthDay,
  relationPattern,
  relationValue,
  wordCue,
  yearNouns,
  eraSuffix,
  formsOf,
  monthNouns,
  nounForms,
  fromWord,
} from '../patterns.js';
import type { Anchor, DateExpression, DateExtractor } from '../types.js';

const PATTERN = compiled((dates) => {
  const lex = dates;
  const names = lex.months.filter((m) => !m.regions.includes('english') && !m.strict).map((m) => m.name);
  const month = `(?:${alternation(names)})`;
  const rel = relationPattern(dates);
  const pair = `(?:\\s*[/\\\\|]\\s*(?<p1>${month})|\\s*\\(\\s*(?<p2>${month})\\s*\\))?`;
  const tail =
    `(?:\\s*[،,]?\\s*(?:(?:(?:${fromWord(dates)})\\s+)?(?:ال)?(?:${yearNouns(dates, '1')})\\s+)?(?<year>\\d{4})${eraSuffix(dates)}` +
    `|\\s+(?<rel>${rel}))?`;
  // `من 24 وحتى 26 يوليو`: و may come before the word.
  const to = `\\s*(?:(?:و\\s?)?(?:${alternation(formsOf(dates, 'range-to'))})|-|–)\\s*(?:ال)?`;
  return new RegExp(
    `${LBC_HEAD}(?:` +
      // من 3 إلى 19 من الشهر الجاري
      `(?:${fromWord(dates)}|(?<between>${alternation(formsOf(dates, 'between'))}))\\s+(?:(?:${alternation(nounForms(dates, 'day-noun', '1'))})\\s+)?(?:ال)?(?<a1>\\d{1,2})(?:${to}|\\s+(?<and>و)\\s*)(?<a2>\\d{1,2})\\s+(?:(?:${fromWord(dates)})\\s+)?(?:` +
      `ال(?:${monthNouns(dates, '1')})\\s+(?<mrel>${rel})` +
      `|(?:(?:ال)?(?:${monthNouns(dates, '1')})\\s+)?(?<m1>${month})${pair}${tail})` +
      // آب 8 إلى 11
      `|(?<m2>${month})${pair.replace('p1', 'p3').replace('p2', 'p4')}\\s+(?<b1>\\d{1,2})${to}(?<b2>\\d{1,2})` +
      `(?:\\s*[،,]?\\s*(?<year2>\\d{4}))?` +
      `)${RB}`,
    'gdu',
  );
});

export const dayRange: DateExtractor = {
  id: 'ar/date/day-span',
  kind: 'date',
  cue: compiled((dates) =>
    wordCue([
      ...nounForms(dates, 'month-noun', '1'),
      ...dates.months.filter((m) => !m.regions.includes('english')).map((m) => m.name),
    ]),
  ),
  extract(text, { lexicon, dates, scan }) {
    const out: DateExpression[] = [];
    for (const m of boundedMatches(text, PATTERN(dates), scan)) {
      const g = m.groups ?? {};
      const first = Number(g['a1'] ?? g['b1']);
      const last = Number(g['a2'] ?? g['b2']);
      const end = m.index + m[0].length;
      if (!isMonthDay(first) || !isMonthDay(last) || last <= first) continue;
      // `بين 3 و5 أيار`: و joins the bounds only after بين (`من 3 و5` is no range).
      if (g['and'] !== undefined && g['between'] === undefined) continue;
      const yearText = g['year'] ?? g['year2'];
      const year = yearText !== undefined ? Number(yearText) : undefined;
      if (year !== undefined && !plausibleYear(year, 'gregorian')) continue;
      // `آب 8 إلى 11 عاما`, `من 3 إلى 19 آذار 2000 شخص`: a count follows.
      if (countFollows(text, end, lexicon)) continue;
      const relation = relationValue(dates, g['rel'] ?? g['mrel']);
      let anchor: Anchor;
      if (g['mrel'] !== undefined) {
        if (relation === undefined) continue;
        anchor = {
          type: 'calendar',
          calendar: 'gregorian',
          month: 1,
          day: first,
          untilDay: last,
          relation,
          monthFromReference: true,
        };
      } else {
        const month = monthNamed(dates, g['m1'] ?? g['m2']);
        if (!month) continue;
        const pair = monthNamed(dates, g['p1'] ?? g['p2'] ?? g['p3'] ?? g['p4']);
        if (pair && pair.month !== month.month) continue;
        if (month.calendar === 'hijri' && last > 30) continue;
        anchor = {
          type: 'calendar',
          calendar: month.calendar,
          month: month.month,
          day: first,
          untilDay: last,
          ...(year !== undefined ? { year } : {}),
          ...(relation !== undefined ? { relation } : {}),
        };
      }
      const future = relation === 1 || futureBefore(dates, text, m.index);
      out.push({
        kind: 'date',
        start: m.index,
        end,
        anchor,
        rules: [this.id],
        ...(future ? { future } : {}),
      });
    }
    return out;
  },
};
