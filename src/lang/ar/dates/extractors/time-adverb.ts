// A part of the day said as an adverb after its day (data/ar/time-words.tsv, type time-adverb):
// `غداً صباحاً`، `اليوم مساءً`، `أمس ليلاً`، `الخميس عصراً`. Alone the adverb is no date; the refiner
// joins it to the day right before it (`ar/date/join-day-adverb`) and drops the rest, as it does
// with a part of the day before its day (part-of-day.ts). After a clock time it is the clock's
// (`الساعة الثالثة عصراً`: clock-time.ts reads the longer whole).
//
// Must match (joined): غدا صباحا · اليوم مساء · أمس ليلا · يوم الخميس عصرا · 12 آذار فجرا
// Must not (alone): يعمل صباحا ومساء · صباحا (no day before it) · الساعة 10 صباحا (a clock time)

import { compiled } from '../lexicon.js';
import { LBC_HEAD, RB, alternation, formsOf, wordCue } from '../patterns.js';
import type { DateExtractor } from '../types.js';
import { timeOfDayWords } from './part-of-day.js';

const PATTERN = compiled(
  (dates) => new RegExp(`${LBC_HEAD}(?<form>${alternation(formsOf(dates, 'time-adverb'))})${RB}`, 'gu'),
);

export const TIME_ADVERB_RULE = 'ar/time/adverb';

export const timeAdverb: DateExtractor = {
  id: TIME_ADVERB_RULE,
  kind: 'time',
  cue: compiled((dates) => wordCue(formsOf(dates, 'time-adverb'))),
  extract(text, reading) {
    return timeOfDayWords(reading, text, PATTERN(reading.dates), 'time-adverb', this.id);
  },
};
