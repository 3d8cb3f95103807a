// Clock times: `06:41`, `الساعة 20:45`, `الساعة الثامنة صباحاً`, `الساعة العاشرة والنصف`,
// `الساعة (الرابعة والنصف عصراً)`,
// `الساعة 10 مساء`. Kind time: no date of its own (a byline's `2022-01-23 06:41:00` is read whole by
// the numeric date rule), its clock on 24 hours (clock.ts). The adverb after the hour becomes
// timeOfDay.
//
// Minutes in words after the hour (`الساعة الخامسة وعشر دقائق`، `والثلث`) or taken off it (`الساعة
// الثالثة إلا ربعاً` 2:45, `التاسعة إلا عشر دقائق` 8:50, time-words.tsv clock-minus); a digit hour
// with a part of the day after it (`الساعة 10 صباح اليوم`), which the refiner joins to its day.
//
// Must match: 06:41 · الساعة 20:45 بتوقيت غرينتش · الساعة الثامنة صباحاً · الساعة 10 مساء ·
//   الساعة الخامسة إلا ربعاً · الساعة الخامسة وعشر دقائق مساء · الساعة 6 من صباح أمس
// Must not: الساعة 10 (no adverb, no part of the day) · 3:1 (a score) · 24:99 · الساعة الذكية (a smart watch) · 24 ساعة (a duration)

import { matchesOf } from '../../../../text/matches.js';
import { compiled, isTimeOfDay, wordOf } from '../lexicon.js';
import { LBC, LBC_HEAD, RB, alternation, boundedMatches, formsOf } from '../patterns.js';
import { isSpace } from '../scan.js';
import { clockOf, hourMinutes, hourPattern } from '../clock.js';
import type { DateExpression, DateExtractor } from '../types.js';

const PATTERNS = compiled((dates) => {
  const adverb = `(?:\\s+(?<adv>${alternation(formsOf(dates, 'time-adverb'))})${RB})?`;
  const nouns = formsOf(dates, 'clock-noun');
  const saa = `[ب]?(?:ال)?(?:${alternation(nouns)})`;
  const from = alternation(formsOf(dates, 'from-word'));
  const parts = alternation(formsOf(dates, 'part-of-day'));
  return {
    digits: new RegExp(
      `(?<![\\d:.])(?<h>\\d{1,2}):(?<m>\\d{2})(?::(?<s>\\d{2}))?(?![\\d]|[:.]\\d)${adverb}`,
      'gu',
    ),
    // `الساعة 20:45`: the word before the digits joins the span. Tried back from the digits rather
    // than ahead of them, so that the search for digits never tests a lookbehind at every letter.
    hour: new RegExp(`(?<![\\d:.])${LBC}${saa}\\s+`, 'uy'),
    /** The shortest and longest the clock noun may be, with ب and ال before it (`بالساعة`). */
    hourLength: {
      min: Math.min(...nouns.map((n) => n.length)),
      max: Math.max(...nouns.map((n) => n.length)) + 3,
    },
    // `part`: a part of the day follows (`الساعة 10 صباح اليوم`), looked at, not taken.
    words: new RegExp(
      `${LBC_HEAD}${saa}\\s+(?<open>\\(\\s*)?${hourPattern(dates, '')}` +
        `${adverb}(?<close>\\s*\\))?(?=(?<part>\\s+(?:${from}\\s+)?(?:${parts})${RB})?)`,
      'gu',
    ),
  };
});
export const clockTime: DateExtractor = {
  id: 'ar/time/clock',
  kind: 'time',
  cue: compiled((dates) => new RegExp(`:|${alternation(formsOf(dates, 'clock-noun'))}`, 'u')),
  extract(text, { dates, scan }) {
    const out: DateExpression[] = [];
    const { digits, words, hour, hourLength } = PATTERNS(dates);
    /** Where `الساعة` ends right before the digits at `at` begins, else `at`: the leftmost start wins. */
    const hourBefore = (at: number): number => {
      let w = at;
      while (w > 0 && isSpace(text.charCodeAt(w - 1))) w--;
      if (w === at) return at;
      for (let start = Math.max(0, w - hourLength.max); start <= w - hourLength.min; start++) {
        hour.lastIndex = start;
        if (hour.test(text) && hour.lastIndex === at) return start;
      }
      return at;
    };
    const push = (
      start: number,
      end: number,
      adv: string | undefined,
      hour: number,
      minute: number,
    ): void => {
      const value = adv !== undefined ? wordOf(dates, 'time-adverb', adv)?.value : undefined;
      const timeOfDay = isTimeOfDay(value) ? value : undefined;
      const clock = clockOf(hour, minute, timeOfDay);
      out.push({
        kind: 'time',
        start,
        end,
        anchor: { type: 'none' },
        rules: [this.id],
        ...(timeOfDay !== undefined ? { timeOfDay } : {}),
        ...(clock !== null ? { clock } : {}),
      });
    };
    for (const m of matchesOf(text, digits)) {
      const g = m.groups ?? {};
      if (Number(g['h']) > 24 || Number(g['m']) > 59 || Number(g['s'] ?? 0) > 59) continue;
      push(hourBefore(m.index), m.index + m[0].length, g['adv'], Number(g['h']), Number(g['m']));
    }
    for (const m of boundedMatches(text, words, scan)) {
      const g = m.groups ?? {};
      // `الساعة 10` needs an adverb or a part of the day after it (`الساعة 10 صباح اليوم`، `الساعة 6
      // من صباح أمس`: joined to its day by the refiner); a bare number after الساعة is too often a
      // count or a model.
      if (g['hd'] !== undefined && g['adv'] === undefined && g['part'] === undefined) continue;
      // `الساعة (الرابعة والنصف عصراً)`: the hour in parentheses, both of them in the span.
      if (g['open'] !== undefined && g['close'] === undefined) continue;
      const close = g['open'] === undefined ? (g['close']?.length ?? 0) : 0;
      const time = hourMinutes(dates, g, '');
      if (time === null) continue;
      push(m.index, m.index + m[0].length - close, g['adv'], time.hour, time.minute);
    }
    return out;
  },
};
