// A range of the clock: `من الساعة 3 إلى 5 مساءً`، `من الساعة الثامنة صباحاً حتى الساعة الرابعة عصراً`،
// `بين الساعة 9 و11 صباحاً`، `من الساعة العاشرة مساءً حتى السادسة صباحاً`. The from-word or between
// word, the clock noun, the first hour (a feminine ordinal or digits, `والنصف`، `:30`), a range-to
// word or و, the clock noun again or not, the last hour (time-words.tsv: from-word, between,
// range-to, clock-noun, hour, fraction, time-adverb). Kind time: `clock` the first time, `untilClock`
// the last, on 24 hours; an adverb said once, after the last hour, is both hours' (`3 إلى 5 مساءً`
// is 15:00 to 17:00), and the range's `timeOfDay` is the one part of the day both share.
//
// Each hour is read as clock-time.ts reads one (clock.ts, hourPattern): with its minutes in words
// (`من الساعة الثالثة إلا ربعاً حتى الخامسة` 2:45 to 5:00), a digit hour from 1 to 24.
//
// Must match: من الساعة 3 إلى 5 مساء · بين الساعة 9 و11 صباحا · من الساعة الثامنة حتى العاشرة ·
//   من الساعة 7 مساء حتى 6 صباحا · من الساعة 10:30 إلى 12:00 · من الساعة الثالثة إلا ربعا حتى الخامسة ·
//   من الساعة الرابعة وعشر دقائق إلى الخامسة
// Must not: من الساعة 3 (no last hour) · من 3 إلى 5 آذار (days: day-range.ts, no clock noun) ·
//   من الساعة 30 إلى 40 (no such hours) · من الساعة 0 إلى 5 (no hour 0)

import { compiled, isTimeOfDay, wordOf } from '../lexicon.js';
import { LBC_HEAD, RB, alternation, boundedMatches, formsOf, wordCue } from '../patterns.js';
import { clockOf, hourMinutes, hourPattern } from '../clock.js';
import type { DateExpression, DateExtractor, TimeOfDay } from '../types.js';

const PATTERN = compiled((dates) => {
  const adverbs = alternation(formsOf(dates, 'time-adverb'));
  const saa = `(?:ال)?(?:${alternation(formsOf(dates, 'clock-noun'))})`;
  const lead = alternation([...formsOf(dates, 'from-word'), ...formsOf(dates, 'between')]);
  const to = alternation(formsOf(dates, 'range-to').filter((f) => f.length > 1));
  const hour = (k: number): string =>
    `${hourPattern(dates, String(k), true)}(?:\\s+(?<adv${k}>${adverbs})${RB})?`;
  return new RegExp(
    `${LBC_HEAD}(?:${lead})\\s+${saa}\\s+${hour(1)}\\s+(?:(?:${to})\\s+|و\\s?)(?:${saa}\\s+)?${hour(2)}`,
    'gu',
  );
});

export const clockRange: DateExtractor = {
  id: 'ar/time/clock-range',
  kind: 'time',
  cue: compiled((dates) => wordCue(formsOf(dates, 'clock-noun'))),
  extract(text, { dates, scan }) {
    const out: DateExpression[] = [];
    for (const m of boundedMatches(text, PATTERN(dates), scan)) {
      const g = m.groups ?? {};
      const times = [1, 2].map((k) => {
        const time = hourMinutes(dates, g, String(k));
        const adv = g[`adv${k}`];
        const value = adv !== undefined ? wordOf(dates, 'time-adverb', adv)?.value : undefined;
        return { time, timeOfDay: isTimeOfDay(value) ? value : undefined };
      });
      const [first, last] = times as [(typeof times)[0], (typeof times)[0]];
      // An adverb said once, after the last hour, is the first hour's too.
      const firstPart: TimeOfDay | undefined = first.timeOfDay ?? last.timeOfDay;
      const lastPart: TimeOfDay | undefined = last.timeOfDay ?? first.timeOfDay;
      if (first.time === null || last.time === null) continue;
      const clock = clockOf(first.time.hour, first.time.minute, firstPart);
      const untilClock = clockOf(last.time.hour, last.time.minute, lastPart);
      if (clock === null || untilClock === null) continue;
      out.push({
        kind: 'time',
        start: m.index,
        end: m.index + m[0].length,
        anchor: { type: 'none' },
        clock,
        untilClock,
        ...(firstPart !== undefined && firstPart === lastPart ? { timeOfDay: firstPart } : {}),
        rules: [this.id],
      });
    }
    return out;
  },
};
