// A clock hour said without `الساعة`: the feminine ordinal of the hour after a preposition, with
// its adverb (`عند الرابعة فجراً`، `في الخامسة مساءً`، `قرابة العاشرة والنصف ليلاً`) or after `تمام`
// (`في تمام الخامسة`). Kind time, like clock-time.ts; the adverb becomes timeOfDay. Without the
// preposition an ordinal is more often an adjective (`الجلسة الخامسة مساء اليوم`: the fifth session).
//
// Must match: عند الرابعة فجرا · في الخامسة مساء · في تمام الخامسة · قرابة العاشرة والنصف ليلا
// Must not: الجلسة الخامسة مساء اليوم (an ordinal) · في الخامسة من عمره (an age) · في الخامسة (alone)

import { compiled, isTimeOfDay, wordOf } from '../lexicon.js';
import { LBC_HEAD, RB, alternation, boundedMatches, formsOf, fractionForms, wordCue } from '../patterns.js';
import { clockOf, fractionMinutes, hourValue } from '../clock.js';
import type { DateExpression, DateExtractor } from '../types.js';

const PATTERN = compiled((dates) => {
  const adverb = alternation(formsOf(dates, 'time-adverb'));
  const hour = alternation(formsOf(dates, 'hour'));
  return new RegExp(
    `${LBC_HEAD}(?:(?:${alternation(formsOf(dates, 'hour-preposition'))})\\s+)(?<tamam>(?:${alternation(formsOf(dates, 'hour-exact'))})\\s+)?` +
      `(?<clock>ال(?<hw>${hour})(?:\\s+و\\s?(?:ال)?(?<frac>${alternation(fractionForms(dates))}))?${RB}(?:\\s+(?<adv>${adverb}))?)${RB}`,
    'gdu',
  );
});

export const bareHour: DateExtractor = {
  id: 'ar/time/bare-hour',
  kind: 'time',
  cue: compiled((dates) => wordCue([...formsOf(dates, 'time-adverb'), ...formsOf(dates, 'hour-exact')])),
  extract(text, { dates, scan }) {
    const out: DateExpression[] = [];
    for (const m of boundedMatches(text, PATTERN(dates), scan)) {
      const g = m.groups ?? {};
      if (g['adv'] === undefined && g['tamam'] === undefined) continue;
      const at = m.indices?.groups?.[g['tamam'] !== undefined ? 'tamam' : 'clock'];
      if (!at) continue;
      const value = g['adv'] !== undefined ? wordOf(dates, 'time-adverb', g['adv'])?.value : undefined;
      const timeOfDay = isTimeOfDay(value) ? value : undefined;
      const clock = clockOf(hourValue(dates, g['hw']) ?? NaN, fractionMinutes(dates, g['frac']), timeOfDay);
      out.push({
        kind: 'time',
        start: at[0],
        end: m.index + m[0].length,
        anchor: { type: 'none' },
        rules: [this.id],
        ...(timeOfDay !== undefined ? { timeOfDay } : {}),
        ...(clock !== null ? { clock } : {}),
      });
    }
    return out;
  },
};
