// ar/meta/outlet-told — a reporting verb, a source, then `لـ"<outlet>" أن` (told to us), or
// `في تصريح/حديث لـ"<outlet>"`; not when the text cites the same name as a third party
// (`صحيفة <name>`, `بحسب <name>`: outlet.ts).
//
// Must read: «وأضاف المصدر لـ"شبكة الأخبار" أن …» · «في حديث لـ"إذاعة المدينة"»
// Must not: «القائد العام لـ"الفصيل"» (a title: of X) · an unquoted name after ل (`لحقوق الإنسان`)

import { matchesOf } from '../../../../text/matches.js';
import type { Span } from '../../../../types.js';
import type { Lexicon } from '../../lexicon/lexicon.js';
import type { PhraseTable } from '../../lexicon/phrases.js';
import { nameAt, validName, wordsBefore } from './names.js';
import type { OutletHit } from './names.js';

/**
 * `في تصريح/حديث لـ"` (phrases.tsv: statement-noun, statement-adjective): the noun first, then "not
 * glued to a letter" as a lookbehind over the noun itself, so that V8 scans for the noun's letters
 * instead of testing a \p class at every position. The same matches as a leading `(?<![\p{L}])`, as
 * long as no noun of the class ends another.
 */
function statementTo(phrases: PhraseTable): RegExp {
  const noun = `(?:${phrases.alternation('statement-noun', '\\s+')})`;
  const adjective = phrases.alternation('statement-adjective');
  return new RegExp(`${noun}(?<!\\p{L}${noun})(?:\\s+(?:${adjective}))?\\s+ل\\s*(?=")`, 'gu');
}

/** A verb of saying by the lexicon (data/ar/cues.tsv, role report). */
function isReportVerb(lex: Lexicon, word: string): boolean {
  return lex.lookup(word).cues.some((c) => c.pos === 'verb' && c.role === 'report');
}

export function toldHits(text: string, lex: Lexicon): OutletHit[] {
  const out: OutletHit[] = [];
  // `وأضاف X لـ"<outlet>" أن`, `وأفادت مصادر لـ"<outlet>" أن`. Only quoted names: unquoted, a word
  // after ل is as often a name that begins with ل (لافروف، لندن) or a genitive (لحقوق الإنسان).
  const quoted = /(?<![\p{L}\p{N}])ل\s*(?="[^"\n]{2,40}"\s*(?:ان|بان|:)(?![\p{L}]))/gu;
  const check = (at: number, span: Span | null): void => {
    if (!span || !validName(lex, text, span)) return;
    const first = text.slice(span.start, span.end).split(' ')[0]!;
    if (/^ل/.test(first)) return;
    const before = wordsBefore(text, at, 8);
    // A title closed before لـ (`القائد العام لـ"X"` is "of X", not "told X").
    if (before.length === 0 || lex.closed.has('title-tail', before[0]!)) return;
    if (!before.some((word) => isReportVerb(lex, word))) return;
    out.push({ ...span, rule: 'ar/meta/outlet-told' });
  };
  for (const m of matchesOf(text, quoted)) check(m.index, nameAt(lex, text, m.index + 1));
  // `في تصريح خاص لـ"<outlet>"`, `في حديث لـ"<outlet>"`.
  for (const m of matchesOf(text, lex.phrases.compiled(statementTo))) {
    const span = nameAt(lex, text, m.index + m[0].length);
    if (span && validName(lex, text, span)) {
      out.push({ ...span, rule: 'ar/meta/outlet-told' });
    }
  }
  return out;
}
