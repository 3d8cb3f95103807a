// A weekday inside a week named relative to the reference: `الأسبوع القادم يوم الأحد`، `الأسبوع
// الماضي الثلاثاء`، `يوم الأحد من الأسبوع المقبل`، `الاثنين من هذا الأسبوع`. The week decides (weeks
// run Saturday to Friday, as ACLED's and the date reader's): read apart, the weekday alone would
// take the nearest past such day, which is no day of the next week.
//
// Must match: الأسبوع القادم يوم الأحد · الأسبوع الماضي الخميس · يوم الأحد من الأسبوع المقبل ·
//   الثلاثاء من الأسبوع الماضي · الاثنين من هذا الأسبوع
// Must not: الأسبوع الماضي (no weekday) · الخميس الماضي (no week) · الأسبوع الماضي. الأحد (a
//   sentence break between) · أسبوع الموضة الأحد (no relation)

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
  dayNouns,
  thisWords,
} from '../patterns.js';
import { compiled, wordsOf } from '../lexicon.js';
import type { DateExpression, DateExtractor } from '../types.js';

const PATTERN = compiled((dates) => {
  const stems = alternation(dates.weekdayByStem.keys());
  const week = alternation(
    wordsOf(dates, 'period')
      .filter((w) => w.value === 'week')
      .map((w) => w.form),
  );
  const rel = relationPattern(dates);
  const named = `(?:${ARTICLE}(?:${week})\\s+(?<rel>${rel})|[بل]?(?:${thisWords(dates, 'masculine')})\\s+ال(?:${week}))`;
  const named2 = `(?:ال(?:${week})\\s+(?<rel2>${rel})|(?:${thisWords(dates, 'masculine')})\\s+ال(?:${week}))`;
  const day = (name: string): string =>
    `(?:[بل]?(?:${dayNouns(dates, '1')})\\s+)?${ARTICLE}(?<${name}>${stems})`;
  // The preposition between them (time-words.tsv, within-word): `الأسبوع المقبل في يوم الأحد`، `الأحد
  // من الأسبوع المقبل`.
  const within = (order: string): string =>
    alternation(
      wordsOf(dates, 'within-word')
        .filter((w) => w.detail.includes(order))
        .map((w) => w.form),
    );
  const before = within('period-first');
  return new RegExp(
    `${LBC_HEAD}(?:(?:${named})\\s+${before === '' ? '' : `(?:(?:${before})\\s+)?`}${day('stem')}` +
      `|${day('stem2')}\\s+(?:${within('day-first')})\\s+${named2})${RB}`,
    'gdu',
  );
});

export const weekWeekday: DateExtractor = {
  id: 'ar/date/week-weekday',
  kind: 'date',
  cue: compiled((dates) => wordCue(dates.weekdayByStem.keys())),
  extract(text, { dates, scan }) {
    const out: DateExpression[] = [];
    for (const m of boundedMatches(text, PATTERN(dates), scan)) {
      const g = m.groups ?? {};
      const weekday = dates.weekdayByStem.get(g['stem'] ?? g['stem2'] ?? '');
      if (weekday === undefined) continue;
      const relText = g['rel'] ?? g['rel2'];
      const offset = relText !== undefined ? relationValue(dates, relText) : 0;
      if (offset === undefined) continue;
      const future = offset === 1 || futureBefore(dates, text, m.index);
      out.push({
        kind: 'date',
        start: m.index,
        end: m.index + m[0].length,
        anchor: { type: 'week-weekday', weekday, offset },
        weekday,
        rules: [this.id],
        ...(future ? { future } : {}),
      });
    }
    return out;
  },
};
