// Days named relative to the reference (data/ar/time-words.tsv, type relative-day): اليوم، أمس،
// البارحة، أول أمس، أول من أمس، غداً، بعد غد، بعد الغد، الليلة، الليلة الماضية، بعد منتصف الليلة
// الماضية — with clitics (واليوم، بالأمس، لليوم) and an optional يوم before (يوم أمس).
//
// Must match: اليوم · أمس · يوم أمس · بالأمس · أول أمس · أول من أمس · قبل (يوم) أمس · غداً · بعد الغد
//   · الليلة الماضية · بعد منتصف الليلة الماضية · اليوم الخميس (then joined with the weekday) ·
//   صباح الغد / مساء غد الجمعة / يوم الغد / الغد صباحاً (الغد and غد only after a part of the day or
//   يوم, or before an adverb of the day) · وصل اليوم إلى المطار (إلى, folded الى, is no adjective)
// Must not: اليوم الثاني / اليوم التالي / اليوم العالمي (an adjective makes يوم an ordinary noun) ·
//   ذلك اليوم / في نفس اليوم (that day, the same day) · تلك الليلة · صحيفة الغد / جيل الغد

import { compiled, isTimeOfDay, wordOf, wordsOf } from '../lexicon.js';
import type { DateLexicon, TimeWord } from '../lexicon.js';
import {
  ARTICLE,
  LBC_HEAD,
  PROCLITICS,
  RB,
  boundedMatches,
  phrase,
  stemCandidates,
  wordAfter,
  wordBefore,
  wordCue,
  formsOf,
  dayNouns,
  nounForms,
} from '../patterns.js';
import type { DateExpression, DateExtractor } from '../types.js';

const PATTERN = compiled((dates) => {
  const entries = [...wordsOf(dates, 'relative-day')].sort((a, b) => b.form.length - a.form.length);
  const groups = entries.map((w) => {
    const body = w.form.startsWith('ال')
      ? `${ARTICLE}${phrase(w.form.slice(2))}`
      : `(?:${ARTICLE}|${PROCLITICS})${phrase(w.form)}`;
    return `(${body})`;
  });
  const day = dayNouns(dates, '1');
  const regex = new RegExp(`${LBC_HEAD}(?:[بل]?(?:${day})\\s+)?(?:${groups.join('|')})${RB}`, 'gu');
  /** The match begins with the day noun (`يوم الغد`). */
  const afterDay = new RegExp(`^[بل]?(?:${day})\\s`, 'u');
  /** The definite day noun alone (`اليوم`), "per day" after a rate preposition (time-words.tsv). */
  const perDay = new Set(nounForms(dates, 'day-noun', '1').map((d) => `ال${d}`));
  const rate = new Set(formsOf(dates, 'rate-preposition'));
  return { regex, entries, afterDay, perDay, rate };
});

/** Words before اليوم/الليلة that make it "that day", "the same day" (time-words.tsv, demonstrative). */
const DEMONSTRATIVE = compiled((dates) => new Set(formsOf(dates, 'demonstrative')));

/** `اليوم نفسه`, `في اليوم ذاته`: the same day as one already named (time-words.tsv, same-word). */
const SAME = compiled((dates) => new Set(formsOf(dates, 'same-word')));

function isAdjectiveFollowing(dates: DateLexicon, text: string, end: number): boolean {
  const next = wordAfter(text, end)?.word;
  if (next !== undefined && SAME(dates).has(next)) return true;
  if (next === undefined || !/^(?:ال|لل)/.test(next)) return false;
  // `اليوم إلى المطار` (folded `الى`): a preposition that begins as the article does is no adjective.
  if (wordOf(dates, 'range-to', next) !== undefined) return false;
  // `اليوم الخميس`: a weekday is no adjective.
  return !dates.weekdayByStem.has(next.replace(/^(?:ال|لل)/, ''));
}

function isWeekdayFollowing(dates: DateLexicon, text: string, end: number): boolean {
  const next = wordAfter(text, end)?.word;
  return next !== undefined && dates.weekdayByStem.has(next.replace(/^(?:ال|لل)/, ''));
}

/** `الغد صباحاً`: an adverb of the day (time-words.tsv, time-adverb) right after. */
function beforeTimeAdverb(dates: DateLexicon, text: string, end: number): boolean {
  const next = wordAfter(text, end)?.word;
  return next !== undefined && wordOf(dates, 'time-adverb', next) !== undefined;
}

/** `صباح الغد`, `ومساء غد`: a part of the day (time-words.tsv) right before. */
function afterPartOfDay(dates: DateLexicon, text: string, start: number): boolean {
  const before = wordBefore(text, start);
  if (!before) return false;
  if ([...stemCandidates(before.word)].some((w) => wordOf(dates, 'part-of-day', w) !== undefined))
    return true;
  // Two-word parts: `بعد ظهر الغد`, `منتصف ليل غد`.
  const two = wordBefore(text, before.start);
  return (
    two !== undefined &&
    two !== null &&
    wordOf(dates, 'part-of-day', `${two.word} ${before.word}`) !== undefined
  );
}

export const relativeDay: DateExtractor = {
  id: 'ar/date/relative-day',
  kind: 'date',
  cue: compiled((dates) => wordCue(formsOf(dates, 'relative-day'), true)),
  extract(text, { dates, scan }) {
    const out: DateExpression[] = [];
    const { regex, entries, afterDay, perDay, rate } = PATTERN(dates);
    for (const m of boundedMatches(text, regex, scan)) {
      let entry: TimeWord | undefined;
      for (let k = 0; k < entries.length; k++) {
        if (m[k + 1] !== undefined) {
          entry = entries[k];
          break;
        }
      }
      if (!entry) continue;
      const end = m.index + m[0].length;
      if (
        entry.detail.includes('bound') &&
        !afterDay.test(m[0]) &&
        !afterPartOfDay(dates, text, m.index) &&
        !beforeTimeAdverb(dates, text, end)
      )
        continue;
      const noAdjective = entry.detail.includes('noadj');
      if (noAdjective) {
        if (isAdjectiveFollowing(dates, text, end)) continue;
        const before = wordBefore(text, m.index)?.word;
        if (before !== undefined && [...stemCandidates(before)].some((w) => DEMONSTRATIVE(dates).has(w)))
          continue;
        // `مليون برميل في اليوم`: per day. `في اليوم` is "today" only before a weekday.
        if (
          before !== undefined &&
          rate.has(before) &&
          perDay.has(entry.form) &&
          m[0] === entry.form &&
          !isWeekdayFollowing(dates, text, end)
        )
          continue;
      }
      const time = entry.detail.find(isTimeOfDay);
      out.push({
        kind: 'date',
        start: m.index,
        end,
        anchor: { type: 'day-offset', days: Number(entry.value) },
        rules: [this.id],
        ...(time !== undefined && isTimeOfDay(time) ? { timeOfDay: time } : {}),
      });
    }
    return out;
  },
};
