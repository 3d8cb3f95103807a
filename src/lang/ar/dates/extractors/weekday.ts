// Weekdays (data/ar/weekdays.tsv) with their article and clitics (`الأحد`, `والأحد`, `بالخميس`,
// `للخميس`, `يوم الجمعة`), an optional relation (`الخميس الماضي`, `الأحد المقبل`), one week further
// with the word before the relation (`الأحد بعد المقبل`, `الخميس قبل الماضي`), and the night
// between two days (`ليل الجمعة السبت`, `ليلة الأربعاء-الخميس`: one mention on the first day).
// How a bare weekday resolves depends on narration: past by default (news reports what happened),
// forward when a future cue governs the clause (`من المقرر أن يجتمع المجلس الخميس`) or a verb the
// future prefix marks stands a few words before it, no comma between (`سيزور الرئيس العاصمة يوم
// الاثنين`: patterns.ts, futureVerbNear).
//
// Must match: الخميس · والأحد، أعلن · بالخميس · يوم الجمعة · الأربعاء الماضي · الأحد المقبل ·
//   ليل الجمعة السبت · الإثنين · الأحد بعد المقبل (the Sunday after next) · الخميس قبل الماضي
// Must not: أحد المنازل (no article) · الأحد عشر (the eleven) · كلا الاثنين / الطرفين الاثنين (both) ·
//   جمعة (a given name, no article)
// Must be past: قال إنه سيرد على الهجوم، وكان الجيش قد قصف المدينة الخميس (a comma between) ·
//   سياسة الحكومة الخميس (no verb: سياسة is a noun)

import { compiled, wordsOf } from '../lexicon.js';
import type { DateLexicon } from '../lexicon.js';
import {
  ARTICLE,
  LBC_HEAD,
  RB,
  alternation,
  boundedMatches,
  formsOf,
  futureBefore,
  futureVerbNear,
  relationPattern,
  relationValue,
  furtherValue,
  teenValue,
  wordAfter,
  wordBefore,
  wordCue,
  dayNouns,
} from '../patterns.js';
import type { DateExpression, DateExtractor, DateReading, WeekdayMode } from '../types.js';

const PATTERNS = compiled((dates) => {
  const stems = alternation(dates.weekdayByStem.keys());
  return {
    main: new RegExp(
      `${LBC_HEAD}(?:(?<yawm>[بل]?(?:${dayNouns(dates, '1')}))\\s+)?(?<art>${ARTICLE})(?<stem>${stems})${RB}(?:\\s+(?:(?<further>${alternation(formsOf(dates, 'further'))})\\s+)?(?<rel>${relationPattern(dates)})${RB})?`,
      'gdu',
    ),
    // The second day of a night span, right after the first: ليل الجمعة السبت / الجمعة-السبت.
    second: new RegExp(`(?:\\s*[-/]\\s*|\\s+)ال(?<stem>${stems})${RB}`, 'uy'),
    // After ليل/ليلة the days may also be joined by a word (time-words.tsv, night-joiner) or و:
    // ليلة الجمعة على السبت، ليل الخميس إلى الجمعة.
    secondAfterNight: new RegExp(
      `\\s+(?:${alternation(['و', ...formsOf(dates, 'night-joiner')])})\\s*ال(?<stem>${stems})${RB}`,
      'uy',
    ),
    /** The words before a weekday that open a night span (time-words.tsv, night-head). */
    nightHeads: new Set(formsOf(dates, 'night-head')),
  };
});

/** The words beside `الاثنين` that make it "the two" (time-words.tsv, both-word), by side. */
const BOTH = compiled((dates) => {
  const side = (value: string): ReadonlySet<string> =>
    new Set(
      wordsOf(dates, 'both-word')
        .filter((w) => w.value === value)
        .map((w) => w.form),
    );
  return { before: side('before'), after: side('after') };
});

/** `الاثنين` is also "the two": not after كلا/كلتا/هذين, nor after a definite dual (الطرفين الاثنين). */
function isBoth(dates: DateLexicon, text: string, start: number, end: number): boolean {
  const before = wordBefore(text, start)?.word;
  const after = wordAfter(text, end)?.word;
  const words = BOTH(dates);
  if (before !== undefined && words.before.has(before)) return true;
  if (before !== undefined && /^(?:ال|لل|وال|بال)\S+(?:ين|ان)$/.test(before)) return true;
  return after !== undefined && words.after.has(after);
}

export const weekday: DateExtractor = {
  id: 'ar/date/weekday',
  kind: 'date',
  cue: compiled((dates) => wordCue(dates.weekdayByStem.keys())),
  // Every match holds its weekday, the cue, at most `يوم` before it.
  cueGroup: 'stem',
  extract(text, reading) {
    const { dates, scan } = reading;
    const out: DateExpression[] = [];
    const { main, second, secondAfterNight, nightHeads } = PATTERNS(dates);
    const stems = dates.weekdayByStem;
    for (const m of boundedMatches(text, main, scan)) {
      const g = m.groups ?? {};
      const wd = stems.get(g['stem'] ?? '');
      if (wd === undefined) continue;
      const idx = m.indices?.groups ?? {};
      const nameStart = idx['art']![0];
      const nameEnd = idx['stem']![1];
      const afterName = wordAfter(text, nameEnd)?.word;
      if (wd === 0 && teenValue(dates, afterName) !== undefined) continue;
      if (wd === 1 && g['yawm'] === undefined && isBoth(dates, text, nameStart, nameEnd)) continue;
      let end = m.index + m[0].length;
      const relation = relationValue(dates, g['rel']);
      // `الأحد بعد المقبل`: one week past the next Sunday; a word against its relation (`قبل
      // المقبل`) adds nothing.
      const further = furtherValue(dates, g['further']);
      const weeks = further === relation ? further : 0;
      const rules = [this.id];
      if (relation === undefined) {
        const afterNight = nightHeads.has(wordBefore(text, m.index)?.word ?? '');
        let s: RegExpExecArray | null = null;
        for (const re of afterNight ? [second, secondAfterNight] : [second]) {
          re.lastIndex = end;
          s = re.exec(text);
          if (s) break;
        }
        if (s && stems.get(s.groups?.['stem'] ?? '') === (wd + 1) % 7) {
          end = s.index + s[0].length;
          rules.push('ar/date/night-span');
        }
      }
      const mode = weekdayMode(relation, text, m.index, reading);
      out.push({
        kind: 'date',
        start: m.index,
        end,
        anchor: { type: 'weekday', weekday: wd, mode, ...(weeks !== 0 ? { weeks } : {}) },
        weekday: wd,
        rules,
        ...(mode === 'future' || mode === 'next' ? { future: true } : {}),
      });
    }
    return out;
  },
};

/**
 * A weekday's mode: its relation word decides (`الماضي` last, `المقبل` next, `الحالي` this); with
 * none, a future word before it or a verb the future prefix marks near it puts it ahead, else it is
 * the last one before the reference.
 */
export function weekdayMode(
  relation: -1 | 0 | 1 | undefined,
  text: string,
  index: number,
  { lexicon, dates }: DateReading,
): WeekdayMode {
  if (relation === -1) return 'last';
  if (relation === 1) return 'next';
  if (relation === 0) return 'this';
  return futureBefore(dates, text, index) || futureVerbNear(lexicon, text, index) ? 'future' : 'past';
}
