// A season, a quarter or a half of a year (time-words.tsv, type year-part): `صيف 2017`، `الصيف
// الماضي`، `هذا الشتاء`، `صيف العام الماضي`، `الربع الأول من العام`، `النصف الثاني من 2017`.
// Precision month, the value its first month, `range` to the end of its last (winter runs from
// December to February: `شتاء 2017` is December 2016 to February 2017). A season needs a year, a
// relation or `هذا` (`الصيف` alone is the season in general); a quarter or a half needs its year
// (`الربع الأول من المباراة` is no date).
//
// Must match: صيف 2017 · في الصيف الماضي · هذا الشتاء · صيف العام الماضي · الربع الأول من العام ·
//   النصف الثاني من عام 2017 · في الربع الثالث من العام الجاري
// Must not: الصيف (alone) · الربع الأول من المباراة · النصف الأول (alone) · صيف العام الدراسي

import {
  formsOf,
  relationPattern,
  relationValue,
  LBC_HEAD,
  RB,
  alternation,
  boundedMatches,
  wordCue,
  yearNouns,
  thisWords,
  fromWord,
} from '../patterns.js';
import { compiled, plausibleYear, wordOf } from '../lexicon.js';
import type { DateLexicon, TimeWord } from '../lexicon.js';
import type { Anchor, DateExpression, DateExtractor } from '../types.js';

/** The forms without a leading article: the pattern adds it with its clitics. */
const bareForms = compiled((dates) => formsOf(dates, 'year-part').map((f) => f.replace(/^ال/, '')));

const PATTERN = compiled((dates) => {
  const part = alternation(bareForms(dates));
  const rel = relationPattern(dates);
  const yearTail = `\\s+(?:(?:${fromWord(dates)})\\s+)?(?:(?:ال)?(?:${yearNouns(dates, '1')})\\s*)?(?<year>\\d{4})`;
  const ofYear =
    `\\s+(?:(?:${fromWord(dates)})\\s+)?(?:(?<of>ال(?:${yearNouns(dates, '1')}))(?:\\s+(?<yrel>${rel}))?|(?<ofthis>(?:${thisWords(dates, 'masculine')})\\s+ال(?:${yearNouns(dates, 'masculine')})|(?:${thisWords(dates, 'feminine')})\\s+ال(?:${yearNouns(dates, 'feminine')})))` +
    `(?!\\s+[وفبلك]?ال)`;
  return new RegExp(
    `${LBC_HEAD}(?:(?<dem>${thisWords(dates)})\\s+ال(?<p2>${part})${RB}` +
      `|(?<art>[بل]?ال|لل)?(?<p1>${part})${RB}(?:${yearTail}|${ofYear}|\\s+(?<rel>${rel})))${RB}`,
    'gdu',
  );
});

function entryOf(dates: DateLexicon, part: string | undefined): TimeWord | undefined {
  if (part === undefined) return undefined;
  return wordOf(dates, 'year-part', part) ?? wordOf(dates, 'year-part', `ال${part}`);
}

/** The anchor of a matched year part, or null when the match names none. */
function anchorOf(dates: DateLexicon, g: Record<string, string | undefined>): Anchor | null {
  const entry = entryOf(dates, g['p1'] ?? g['p2']);
  if (!entry) return null;
  const season = !entry.form.includes(' ');
  const first = Number(entry.value);
  const last = Number(entry.detail[0]);
  const wraps = last < first;
  const base = { type: 'calendar', calendar: 'gregorian', month: first, untilMonth: last } as const;
  if (g['year'] !== undefined) {
    const year = Number(g['year']);
    return plausibleYear(year, 'gregorian') ? { ...base, year: wraps ? year - 1 : year } : null;
  }
  if (g['of'] !== undefined || g['ofthis'] !== undefined) {
    const offset = g['yrel'] !== undefined ? relationValue(dates, g['yrel']) : 0;
    return offset === undefined ? null : { ...base, yearOffset: offset - (wraps ? 1 : 0) };
  }
  // `الصيف الماضي`، `هذا الشتاء`: a season only, with its article.
  if (!season || (g['dem'] === undefined && g['art'] === undefined)) return null;
  const relation = g['dem'] !== undefined ? 0 : relationValue(dates, g['rel']);
  return relation === undefined ? null : { ...base, relation };
}

export const yearPart: DateExtractor = {
  id: 'ar/date/year-part',
  kind: 'date',
  cue: compiled((dates) => wordCue(bareForms(dates))),
  extract(text, { dates, scan }) {
    const out: DateExpression[] = [];
    for (const m of boundedMatches(text, PATTERN(dates), scan)) {
      const anchor = anchorOf(dates, m.groups ?? {});
      if (!anchor) continue;
      out.push({ kind: 'date', start: m.index, end: m.index + m[0].length, anchor, rules: [this.id] });
    }
    return out;
  },
};
