// Sets: what recurs, not a date. `كل` (time-words.tsv, every-word) before a unit of time (`كل يوم`،
// `كل أسبوع`، `كل ساعتين`، `كل ثلاثة أيام`، `كل 24 ساعة`), a weekday (`كل جمعة`، `كل يوم أحد`) or
// a part of the day (`كل ليلة`، `كل صباح`), and the adverbs that say one alone (set-adverb: `يومياً`،
// `أسبوعياً`، `شهرياً`، `سنوياً`). Kind set, its period in `every` (a weekday recurs every week, a
// part of the day every day), no date: it dates no claim, and the longer whole keeps a weekday or a
// count inside it from being read as a day or a duration.
//
// Must match: كل يوم · يومياً · كل جمعة · كل يوم أحد · كل ليلة · كل ساعتين · كل ثلاثة أيام ·
//   كل 24 ساعة · أسبوعياً · سنوياً
// Must not: كل أحد ("everyone": أحد and اثنين need يوم) · كل اثنين ("every two") · كل الأيام
//   (the article: all the days) · يومي (an adjective: تقرير يومي)

import { compiled, isTimeOfDay, wordOf } from '../lexicon.js';
import { LBC_HEAD, RB, alternation, boundedMatches, countWords, formsOf, wordCue } from '../patterns.js';
import type { DateExpression, DateExtractor, DurationUnit } from '../types.js';

const PATTERN = compiled((dates) => {
  const units = [...dates.units];
  const single = alternation(units.filter(([, u]) => u.count !== 0).map(([form]) => form));
  const any = alternation(units.map(([form]) => form));
  const numbers = countWords(dates);
  const weekdays = [...dates.weekdayByStem.keys()];
  // A weekday's bare noun that is also a number word (أحد "one", اثنين "two") needs يوم before it.
  const bare = alternation(weekdays.filter((w) => !dates.numbers.has(w) && !dates.numberWords.has(w)));
  const dayNoun = alternation(
    formsOf(dates, 'day-noun').filter((f) => wordOf(dates, 'day-noun', f)?.detail.includes('1')),
  );
  const parts = alternation(formsOf(dates, 'part-of-day').filter((f) => !f.includes(' ')));
  const every = alternation(formsOf(dates, 'every-word'));
  return new RegExp(
    `${LBC_HEAD}(?:(?:${every})\\s+(?:` +
      `(?:(?<num>${numbers})|(?<digits>\\d{1,3}))\\s*(?<unitN>${any})` +
      `|(?:${dayNoun})\\s+(?:ال)?(?<dayWd>${alternation(weekdays)})` +
      `|(?<wd>${bare})` +
      `|(?<unit>${single})` +
      `|(?<part>${parts})` +
      `)|(?<adv>${alternation(formsOf(dates, 'set-adverb'))}))${RB}`,
    'gu',
  );
});

export const set: DateExtractor = {
  id: 'ar/set/every',
  kind: 'set',
  cue: compiled((dates) => wordCue([...formsOf(dates, 'every-word'), ...formsOf(dates, 'set-adverb')])),
  extract(text, { dates, scan }) {
    const out: DateExpression[] = [];
    for (const m of boundedMatches(text, PATTERN(dates), scan)) {
      const g = m.groups ?? {};
      let amount = 1;
      let unit: DurationUnit | undefined;
      let weekday: number | undefined;
      let timeOfDay: string | undefined;
      if (g['adv'] !== undefined)
        unit = wordOf(dates, 'set-adverb', g['adv'])?.value as DurationUnit | undefined;
      else if (g['unitN'] !== undefined) {
        const u = dates.units.get(g['unitN']);
        const n = g['digits'] !== undefined ? Number(g['digits']) : dates.numbers.get(g['num'] ?? '');
        // A count goes with a plural or a singular (كل 24 ساعة), never with a dual.
        if (!u || u.count === 2 || n === undefined || n < 1) continue;
        unit = u.unit;
        amount = n;
      } else if (g['unit'] !== undefined) {
        const u = dates.units.get(g['unit']);
        if (!u) continue;
        unit = u.unit;
        amount = u.count === 2 ? 2 : 1;
      } else if (g['wd'] !== undefined || g['dayWd'] !== undefined) {
        weekday = dates.weekdayByStem.get(g['wd'] ?? g['dayWd'] ?? '');
        unit = 'week';
      } else if (g['part'] !== undefined) {
        timeOfDay = wordOf(dates, 'part-of-day', g['part'])?.value;
        unit = 'day';
      }
      if (unit === undefined) continue;
      out.push({
        kind: 'set',
        start: m.index,
        end: m.index + m[0].length,
        anchor: { type: 'none' },
        every: { amount, unit },
        ...(weekday !== undefined ? { weekday } : {}),
        ...(isTimeOfDay(timeOfDay) ? { timeOfDay } : {}),
        rules: [this.id],
      });
    }
    return out;
  },
};
