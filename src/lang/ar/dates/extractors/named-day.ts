// Named days: religious feasts and holidays that fall on one day of a calendar every year
// (data/ar/named-days.tsv): `عيد الفطر` (1 Shawwal), `عيد الأضحى` (10 Dhu al-Hijja), `عاشوراء`,
// `المولد النبوي`, `رأس السنة الهجرية`, `عيد الميلاد` (25 December), `رأس السنة`, with `أول/ثاني/ثالث
// أيام` before (the feast's first, second, third day) and a relation after (`عيد الفطر الماضي`). A
// Hijri day is converted through Umm al-Qura (calendar.ts); without a relation a name resolves, as
// a day and month without a year do, to the occurrence nearest the reference. After a day's rank a
// bare `العيد` (`ثالث أيام العيد`) is one of the feasts named-days.tsv marks `feast`: the one nearest
// the reference, no date when none is within a month of it. The eve of a name (time-words.tsv,
// feast-eve: `عشية عيد الفطر`, `ليلة عيد الأضحى`) is the day before it, at that part of the day.
//
// A preposition glued to the first word stays out of the span (`برأس السنة`: `رأس السنة`).
//
// Must match: عيد الفطر · أول أيام عيد الأضحى · خامس أيام عيد الفطر · ثاني أيام عيد الفطر المبارك · بعيد الميلاد ·
//   ليلة رأس السنة · ذكرى عاشوراء · المولد النبوي الشريف · عيد الأضحى الماضي · رأس السنة الهجرية ·
//   ثالث أيام العيد · في أول أيام العيد · عشية عيد الفطر (the day before) · ليلة عيد الأضحى ·
//   وعشية العيد (the day before the nearest feast) · الأضحى المبارك · أول أيام الفطر السعيد
// Must not: العيد الوطني · عيد الاستقلال (dates that differ by country) · عيد ميلاده (his birthday) ·
//   عيد الميلاد الـ90 للملكة / عيد الميلاد الخمسين (a birthday) · عيد الميلاد لدى الأقباط (7 January
//   in the Eastern churches: no date rather than a wrong one) · احتفل الأقباط بعيد الميلاد · رأس السنة الصينية · العيد (alone) ·
//   خلال أيام العيد (no rank) · ثاني أيام العيد الوطني (another feast)

import { compiled, isTimeOfDay, wordOf, wordsOf } from '../lexicon.js';
import type { DateLexicon, NamedDay } from '../lexicon.js';
import {
  LBC_HEAD,
  RB,
  alternation,
  boundedMatches,
  cliticized,
  dayNouns,
  formsOf,
  relationPattern,
  relationValue,
  wordAfter,
  wordCue,
} from '../patterns.js';
import type { ScanContext } from '../scan.js';
import type { DateExpression, DateExtractor, TimeOfDay } from '../types.js';

/**
 * `أول أيام`, `ثاني أيام`: the feast's first, second … day (time-words.tsv, feast-day-rank, then the
 * plural day-noun).
 */
const NTH = compiled(
  (dates): ReadonlyMap<string, number> =>
    new Map(wordsOf(dates, 'feast-day-rank').map((w) => [w.form, Number(w.value)])),
);

/** `عشية`, `ليلة` before a name: its eve, at the part of the day the word says (time-words.tsv, feast-eve). */
const EVE = compiled(
  (dates): ReadonlyMap<string, string> => new Map(wordsOf(dates, 'feast-eve').map((w) => [w.form, w.value])),
);

/** The eve words, after an optional ب (`بعشية`). */
function eveAlternation(dates: DateLexicon): string {
  return `[ب]?(?:${alternation(EVE(dates).keys())})`;
}

/** The part of the day an eve word of a match says (`عشية` evening, `ليلة` night). */
function eveTime(dates: DateLexicon, word: string): TimeOfDay | undefined {
  const value = EVE(dates).get(word.replace(/^ب/u, ''));
  return isTimeOfDay(value) ? value : undefined;
}

/** A named day with what may stand around it, without the left boundary. */
function namedDayBody(dates: DateLexicon): string {
  const groups = dates.namedDays.map((d) => `(${cliticized(d.form)})`);
  return (
    `(?:(?<eve>${eveAlternation(dates)})\\s+)?(?:[ب]?(?<nth>${alternation(NTH(dates).keys())})\\s+(?:${dayNouns(dates, 'n')})\\s+)?(?:${groups.join('|')})` +
    `(?:\\s+(?<rel>${relationPattern(dates)}))?${RB}`
  );
}

const PATTERN = compiled((dates) => new RegExp(`${LBC_HEAD}${namedDayBody(dates)}`, 'gdu'));

/** The same, anchored: does a match still hold without its first letter? */
const WITHOUT_CLITIC = compiled((dates) => new RegExp(namedDayBody(dates), 'uy'));

/**
 * Where a match's span starts: after a preposition glued to its first word (`برأس السنة`، `بعيد
 * الفطر`، `لعيد الأضحى`، `بالمولد النبوي`), when what follows is the same match without it; the
 * preposition stays out of the span, as it does for every other date. `ليلة رأس السنة` keeps its ل.
 */
function spanStart(dates: DateLexicon, text: string, m: RegExpExecArray): number {
  if (!/^[بكل]/u.test(m[0])) return m.index;
  const sticky = WITHOUT_CLITIC(dates);
  sticky.lastIndex = m.index + 1;
  const again = sticky.exec(text);
  return again && again.index + again[0].length === m.index + m[0].length ? m.index + 1 : m.index;
}

/** `ثالث أيام العيد`: a rank, the plural day noun and the bare feast word (the first word of the
 * feasts marked `feast`, with its article). */
const BARE_FEAST = compiled((dates) => {
  const feasts = dates.namedDays.filter((d) => d.detail.includes('feast'));
  const word = alternation(new Set(feasts.map((d) => d.form.split(' ')[0]!)));
  return {
    feasts,
    regex: new RegExp(
      `${LBC_HEAD}(?:(?<eve>${eveAlternation(dates)})\\s+ال(?:${word})|[ب]?(?<nth>${alternation(NTH(dates).keys())})\\s+(?:${dayNouns(dates, 'n')})\\s+ال(?:${word}))${RB}`,
      'gu',
    ),
  };
});

/** Words near `عيد الميلاد` that name another church, whose Christmas is another day (time-words.tsv, eastern-church). */
const EASTERN = compiled((dates) => new RegExp(`(?:${alternation(formsOf(dates, 'eastern-church'))})`, 'u'));

/** Words right after `عيد الميلاد` that make it a birthday (time-words.tsv, birthday-word). */
const BIRTHDAY = compiled((dates): ReadonlySet<string> => new Set(formsOf(dates, 'birthday-word')));

function isBirthdayOrEastern(dates: DateLexicon, text: string, start: number, end: number): boolean {
  // `احتفل الأقباط بعيد الميلاد`: the Eastern church is named before.
  if (EASTERN(dates).test(text.slice(Math.max(0, start - 30), start))) return true;
  const next = wordAfter(text, end)?.word;
  if (next === undefined) return false;
  const bare = next.replace(/^ال/, '');
  const lex = dates;
  if (/^(?:ال)?\d/.test(next) || /^ل/.test(next) || BIRTHDAY(dates).has(next)) return true;
  if (next.startsWith('ال') && (lex.ordinals.has(bare) || lex.numbers.has(bare))) return true;
  return EASTERN(dates).test(text.slice(end, end + 40));
}

/** `رأس السنة الصينية`: another adjective makes it another calendar's new year. */
function hasOtherAdjective(dates: DateLexicon, text: string, end: number): boolean {
  const next = wordAfter(text, end)?.word;
  return (
    next !== undefined &&
    next.startsWith('ال') &&
    wordOf(dates, 'relation', next.replace(/ه$/, '')) === undefined
  );
}

export const namedDay: DateExtractor = {
  id: 'ar/date/named-day',
  kind: 'date',
  cue: compiled((dates) =>
    wordCue(
      dates.namedDays.map((d) => d.form),
      true,
    ),
  ),
  extract(text, { dates, scan }) {
    const out: DateExpression[] = [...bareFeasts(text, dates, scan, this.id)];
    const days = dates.namedDays;
    for (const m of boundedMatches(text, PATTERN(dates), scan)) {
      let entry: NamedDay | undefined;
      let nameEnd = m.index;
      // Group 1 is `eve`, group 2 `nth`; the names are groups 3 … in the order of DAYS.
      for (let k = 0; k < days.length; k++) {
        if (m[k + 3] !== undefined) {
          entry = days[k];
          nameEnd = m.indices?.[k + 3]?.[1] ?? nameEnd;
          break;
        }
      }
      if (!entry) continue;
      const g = m.groups ?? {};
      if (
        entry.detail.includes('birthday') &&
        g['rel'] === undefined &&
        isBirthdayOrEastern(dates, text, m.index, nameEnd)
      )
        continue;
      if (entry.detail.includes('noadj') && g['rel'] === undefined && hasOtherAdjective(dates, text, nameEnd))
        continue;
      const offset = NTH(dates).get(g['nth'] ?? '') ?? 0;
      const relation = relationValue(dates, g['rel']);
      const eve = g['eve'];
      const time = eve !== undefined ? eveTime(dates, eve) : entry.detail.find(isTimeOfDay);
      out.push({
        kind: 'date',
        start: spanStart(dates, text, m),
        end: m.index + m[0].length,
        anchor: {
          type: 'calendar',
          calendar: entry.calendar,
          month: entry.month,
          day: entry.day + offset,
          ...(relation !== undefined ? { relation } : {}),
          ...(eve !== undefined ? { eve: true as const } : {}),
        },
        rules: [this.id],
        ...(time !== undefined && isTimeOfDay(time) ? { timeOfDay: time } : {}),
        ...(relation === 1 ? { future: true } : {}),
      });
    }
    return out;
  },
};

/** `ثالث أيام العيد`: the day of whichever feast is nearest the reference (resolve.ts). */
function bareFeasts(
  text: string,
  dates: DateLexicon,
  scan: ScanContext | null | undefined,
  id: string,
): DateExpression[] {
  const out: DateExpression[] = [];
  const { feasts, regex } = BARE_FEAST(dates);
  if (feasts.length === 0) return out;
  for (const m of boundedMatches(text, regex, scan)) {
    // `ثاني أيام العيد الوطني`: another feast, whose day differs by country.
    const next = wordAfter(text, m.index + m[0].length)?.word;
    if (
      next !== undefined &&
      next.startsWith('ال') &&
      wordOf(dates, 'relation', next.replace(/ه$/, '')) === undefined
    )
      continue;
    const offset = NTH(dates).get(m.groups?.['nth'] ?? '') ?? 0;
    const eve = m.groups?.['eve'];
    const time = eve !== undefined ? eveTime(dates, eve) : undefined;
    out.push({
      kind: 'date',
      start: m.index,
      end: m.index + m[0].length,
      anchor: {
        type: 'nearest',
        within: FEAST_REACH,
        options: feasts.map((f) => ({
          type: 'calendar' as const,
          calendar: f.calendar,
          month: f.month,
          day: f.day + offset,
          ...(eve !== undefined ? { eve: true as const } : {}),
        })),
      },
      rules: [id],
      ...(time !== undefined ? { timeOfDay: time } : {}),
    });
  }
  return out;
}

/** How many days from the reference a feast named by a bare `العيد` may be. */
const FEAST_REACH = 30;
