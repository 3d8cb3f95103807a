// A range of weekdays as one mention: `من الأحد إلى الخميس`، `من يوم السبت حتى الثلاثاء`، `بين يومي
// الأحد والخميس`. Precision day, the value the first day, `range` to the last (told of the past, the
// range ends on the last such weekday before the reference). Read apart, the two days were two dates.
// A relation after the last day is the range's (`من الأحد إلى الخميس المقبل`: the range that starts on
// the first Sunday after the reference; `من السبت حتى الثلاثاء الماضي`: the one that ends on the last
// Tuesday before it).
//
// Must match: من الأحد إلى الخميس · من يوم السبت حتى الثلاثاء · بين يومي الأحد والخميس ·
//   من الأحد إلى الخميس المقبل · من السبت حتى الثلاثاء الماضي
// Must not: من الأحد (no second day) · الأحد والخميس (two days, no range word) ·
//   من الأحد إلى الأحد (no span)

import { compiled } from '../lexicon.js';
import {
  LBC_HEAD,
  RB,
  alternation,
  boundedMatches,
  wordCue,
  formsOf,
  dayNouns,
  relationPattern,
  relationValue,
  betweenWords,
  fromWord,
} from '../patterns.js';
import type { DateExpression, DateExtractor } from '../types.js';
import { weekdayMode } from './weekday.js';

const PATTERN = compiled((dates) => {
  const stems = alternation(dates.weekdayByStem.keys());
  const day = (k: string): string => `(?:(?:${dayNouns(dates, '1')})\\s+)?ال(?<${k}>${stems})`;
  return new RegExp(
    `${LBC_HEAD}(?:(?:${fromWord(dates)})\\s+${day('a1')}\\s*(?:${alternation(formsOf(dates, 'range-to'))}|-|–)\\s*${day('a2')}(?:\\s+(?<rel>${relationPattern(dates)})${RB})?` +
      `|${betweenWords(dates)}\\s+(?:(?:${dayNouns(dates, '2')})\\s+)?ال(?<b1>${stems})\\s+و\\s?ال(?<b2>${stems}))${RB}`,
    'gdu',
  );
});

export const weekdayRange: DateExtractor = {
  id: 'ar/date/weekday-span',
  kind: 'date',
  cue: compiled((dates) => wordCue(dates.weekdayByStem.keys())),
  extract(text, reading) {
    const { dates, scan } = reading;
    const out: DateExpression[] = [];
    const stems = dates.weekdayByStem;
    for (const m of boundedMatches(text, PATTERN(dates), scan)) {
      const g = m.groups ?? {};
      const first = stems.get(g['a1'] ?? g['b1'] ?? '');
      const last = stems.get(g['a2'] ?? g['b2'] ?? '');
      if (first === undefined || last === undefined || first === last) continue;
      const relation = relationValue(dates, g['rel']);
      const mode = weekdayMode(relation, text, m.index, reading);
      out.push({
        kind: 'date',
        start: m.index,
        end: m.index + m[0].length,
        anchor: { type: 'weekday', weekday: first, mode, untilWeekday: last },
        weekday: first,
        rules: [this.id],
        ...(mode === 'future' || mode === 'next' ? { future: true } : {}),
      });
    }
    return out;
  },
};
