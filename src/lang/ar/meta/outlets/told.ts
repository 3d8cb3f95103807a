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

/** A quoted name of 2–40 characters and the spaces after it. */
const QUOTED_NAME = /"[^"\n]{2,40}"\s*/uy;
/** The word after them. */
const WORD = /\p{L}+/uy;
const SPACE = /\s/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const LETTER = /^\p{L}$/u;

/**
 * Whether a quoted name of 2–40 characters starts at `q` and is followed by a told-complementizer
 * (`أن`، `بأن`: closed-class.tsv) or a colon not glued to a letter: what `لـ` is told to.
 */
function quotedToldName(text: string, q: number, lex: Lexicon): boolean {
  QUOTED_NAME.lastIndex = q;
  if (!QUOTED_NAME.test(text)) return false;
  const at = QUOTED_NAME.lastIndex;
  if (text[at] === ':') return at + 1 >= text.length || !LETTER.test(codePointAt(text, at + 1));
  WORD.lastIndex = at;
  const word = WORD.exec(text)?.[0];
  return word !== undefined && lex.closed.has('told-complementizer', word);
}

/**
 * Where `ل` not glued to a letter or digit stands before spaces and a quoted name told to
 * (`لـ"<outlet>" أن`, `quotedToldName`), found from each quote back rather than by trying a pattern
 * at every `ل` (the commonest letter of the language).
 */
function toldTo(text: string, lex: Lexicon): number[] {
  const out: number[] = [];
  for (let q = text.indexOf('"'); q >= 0; q = text.indexOf('"', q + 1)) {
    let at = q;
    while (at > 0 && SPACE.test(text[at - 1]!)) at--;
    if (at === 0 || text[at - 1] !== 'ل') continue;
    at--;
    if (at > 0 && LETTER_OR_DIGIT.test(codePointBefore(text, at))) continue;
    if (quotedToldName(text, q, lex)) out.push(at);
  }
  return out;
}

/** The code point that starts at `at` (a surrogate pair whole). */
function codePointAt(text: string, at: number): string {
  return String.fromCodePoint(text.codePointAt(at)!);
}

/** The code point that ends right before `at` (a surrogate pair whole). */
function codePointBefore(text: string, at: number): string {
  const low = text.charCodeAt(at - 1);
  const high = at > 1 ? text.charCodeAt(at - 2) : 0;
  const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return text.slice(pair ? at - 2 : at - 1, at);
}

export function toldHits(text: string, lex: Lexicon): OutletHit[] {
  const out: OutletHit[] = [];
  // `وأضاف X لـ"<outlet>" أن`, `وأفادت مصادر لـ"<outlet>" أن`. Only quoted names: unquoted, a word
  // after ل is as often a name that begins with ل (لافروف، لندن) or a genitive (لحقوق الإنسان).
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
  for (const at of toldTo(text, lex)) check(at, nameAt(lex, text, at + 1));
  // `في تصريح خاص لـ"<outlet>"`, `في حديث لـ"<outlet>"`.
  for (const m of matchesOf(text, lex.phrases.compiled(statementTo))) {
    const span = nameAt(lex, text, m.index + m[0].length);
    if (span && validName(lex, text, span)) {
      out.push({ ...span, rule: 'ar/meta/outlet-told' });
    }
  }
  return out;
}
