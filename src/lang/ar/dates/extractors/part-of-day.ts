// Parts of the day before a day (data/ar/time-words.tsv, type part-of-day): صباح، مساء، ليل،
// ليلة، فجر، ظهر، عصر، غروب شمس، منتصف ليل. Alone they are no date; the refiner joins each to the
// day right after it (`صباح اليوم الخميس`, `مساء أمس`, `ليل الخميس، 20 يناير`, `فجر السبت`) and
// drops the rest.
//
// Must match (joined): صباح اليوم · مساء أمس · ليل الخميس · فجر اليوم · عند غروب شمس أمس الأربعاء ·
//   منتصف ليل الجمعة · ظهر الثلاثاء
// Must not (alone): صباح الخير · مساء مزدحم · ظهر في الفيديو · عصر النهضة

import { compiled, isTimeOfDay, wordOf } from '../lexicon.js';
import type { TimeWordType } from '../lexicon.js';
import { LBC_HEAD, PROCLITICS, RB, alternation, boundedMatches, formsOf, wordCue } from '../patterns.js';
import type { DateExpression, DateExtractor, DateReading } from '../types.js';

const PATTERN = compiled(
  (dates) =>
    new RegExp(`${LBC_HEAD}${PROCLITICS}(?<form>${alternation(formsOf(dates, 'part-of-day'))})${RB}`, 'gu'),
);

export const PART_OF_DAY_RULE = 'ar/time/part-of-day';

export const partOfDay: DateExtractor = {
  id: PART_OF_DAY_RULE,
  kind: 'time',
  cue: compiled((dates) => wordCue(formsOf(dates, 'part-of-day'))),
  extract(text, reading) {
    return timeOfDayWords(reading, text, PATTERN(reading.dates), 'part-of-day', this.id);
  },
};

/**
 * The parts of the day a pattern finds, each alone (no anchor): the forms of one type of
 * time-words.tsv (`part-of-day` before its day, `time-adverb` after it), for the refiner to join.
 */
export function timeOfDayWords(
  { dates, scan }: DateReading,
  text: string,
  pattern: RegExp,
  type: TimeWordType,
  rule: string,
): DateExpression[] {
  const out: DateExpression[] = [];
  for (const m of boundedMatches(text, pattern, scan)) {
    const value = wordOf(dates, type, m.groups?.['form'] ?? '')?.value;
    if (!isTimeOfDay(value)) continue;
    out.push({
      kind: 'time',
      start: m.index,
      end: m.index + m[0].length,
      anchor: { type: 'none' },
      timeOfDay: value,
      rules: [rule],
    });
  }
  return out;
}
