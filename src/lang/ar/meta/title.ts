// ar/meta/title — the headline: the first line with Arabic letters that is not boilerplate, a byline
// or an outlet tag, when it looks like a headline (short, no closing full stop).
//
// Must read: «هجوم على سجن في المدينة» above the body · a title under a `خاص-<outlet>` tag line
// Must not: a byline with a timestamp (`<name> 2022-01-23 06:41`) · a long first paragraph ending in `.`

import type { FoldedText } from '../../../text/folded.js';
import { toOriginal } from '../../../text/folded.js';
import { insideAny } from '../../../text/segment.js';
import type { Span } from '../../../types.js';
import type { PhraseTable } from '../lexicon/phrases.js';
import { ARABIC, wordCount } from './lines.js';
import type { Line } from './lines.js';

/** What a page says about itself besides its date: its headline and its publisher. */
export interface PageMeta {
  /** The first non-boilerplate line, original offsets. */
  readonly title: { readonly start: number; readonly end: number; readonly text: string } | null;
  /** `name` is the original text of the outlet. */
  readonly outlet: {
    readonly name: string;
    readonly start: number;
    readonly end: number;
    readonly rule: string;
  } | null;
}

/** An outlet tag line (`خاص-<outlet>`: phrases.tsv, exclusive-tag), never a title. */
function exclusiveLine(phrases: PhraseTable): RegExp {
  const tag = `(?:${phrases.alternation('exclusive-tag')})`;
  return new RegExp(`^${tag}\\s*[-–:|]|[-–|]\\s*${tag}$|^${tag}\\s+ل`);
}
/** A numeric or written date on a short line: a byline, never a title. */
const DATE_LIKE = /\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{1,2}:\d{2}/;

/** The headline: the first line with Arabic letters that is no boilerplate, byline or outlet tag. */
export function detectTitle(
  folded: FoldedText,
  lines: readonly Line[],
  boiler: readonly Span[],
  phrases: PhraseTable,
): PageMeta['title'] {
  const tagLine = phrases.compiled(exclusiveLine);
  for (const line of lines.slice(0, 12)) {
    if (insideAny(line, boiler)) continue;
    if (!ARABIC.test(line.text)) continue;
    if (tagLine.test(line.text)) continue;
    if (DATE_LIKE.test(line.text) && wordCount(line.text) <= 12) continue;
    const words = wordCount(line.text);
    if (line.text.length > 220 || words > 35 || (/[.]$/.test(line.text) && !/\.\.$/.test(line.text)))
      return null;
    const span = toOriginal(folded, line.start, line.end);
    return { start: span.start, end: span.end, text: folded.original.slice(span.start, span.end) };
  }
  return null;
}
