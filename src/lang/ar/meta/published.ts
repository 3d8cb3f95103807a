// A report's publication day as its own text gives it (first that applies):
//   ar/meta/published-label   نشر في / تاريخ النشر / آخر تحديث + a full date
//   ar/meta/byline-date       a short line near the top with a name and a timestamp
//                             (`<name> 2022-01-23 06:41:00`)
//   ar/meta/dateline          `<place>، 23 كانون الثاني 2022 (<agency>) -` at the head of a line
//   ar/meta/embedded-post     `— Name (@handle) January 21, 2022` when the text also speaks of
//                             اليوم: the post is today's (inferred)
//   ar/meta/published-latest-mention   the dates the text mentions (dates/publication.ts, inferred)
// A batch lends the others theirs (published-batch.ts).

import type { FoldedText } from '../../../text/folded.js';
import { insideAny } from '../../../text/segment.js';
import type { Span } from '../../../types.js';
import type { DateExpression, DateMention } from '../dates/index.js';
import { inferPublished } from '../dates/publication.js';
import type { PublishedDate } from '../dates/publication.js';
import type { PhraseTable } from '../lexicon/phrases.js';
import { contentLines, wordCount } from './lines.js';

export type { PublishedDate } from '../dates/publication.js';

/** A label that ends right before a date: `تاريخ النشر:`، `نشر في` (phrases.tsv, published-label). */
function labelPattern(phrases: PhraseTable): RegExp {
  const label = phrases.alternation('published-label');
  const link = phrases.alternation('published-label-link');
  return new RegExp(`(?:${label})\\s*(?:${link})?\\s*:?\\s*$`, 'u');
}

function isFull(m: DateMention): boolean {
  return (
    m.kind === 'date' &&
    m.precision === 'day' &&
    m.date !== null &&
    !m.relative &&
    m.stated.year &&
    m.stated.month &&
    m.stated.day
  );
}

function stated(
  folded: FoldedText,
  dates: readonly DateMention[],
  boiler: readonly Span[],
  phrases: PhraseTable,
): PublishedDate | null {
  const label = phrases.compiled(labelPattern);
  const all = contentLines(folded.text);
  const head = all.filter((l) => !insideAny(l, boiler)).slice(0, 6);
  const tail = all.slice(-5);
  const full = dates.filter(isFull);
  const make = (m: DateMention, rule: string): PublishedDate => ({
    date: m.date!,
    start: m.start,
    end: m.end,
    rule,
    confidence: 'stated',
  });
  for (const line of [...head, ...tail]) {
    for (const m of full) {
      if (m.foldedStart < line.start || m.foldedEnd > line.end) continue;
      if (label.test(folded.text.slice(line.start, m.foldedStart))) return make(m, 'ar/meta/published-label');
    }
  }
  // Bylines sit between the title and the body; a dateline opens the first body paragraph. Dated
  // lines further down are list headings or asides (`14 فبراير 2018` above a list item).
  const firstBody = head.findIndex((l) => wordCount(l.text) >= 20);
  const bylineZone = firstBody < 0 ? head : head.slice(0, firstBody);
  for (const line of bylineZone) {
    if (line.text.includes('(@')) continue;
    for (const m of full) {
      if (m.foldedStart < line.start || m.foldedEnd > line.end) continue;
      // `<name> 2022-01-23 06:41:00`, `23 يناير 2022 | <name>`: a date at one end of a short line.
      const before = folded.text.slice(line.start, m.foldedStart);
      const after = folded.text.slice(m.foldedEnd, line.end);
      const atEnd = wordCount(after.replace(/\d{1,2}:\d{2}(?::\d{2})?/g, '')) === 0;
      const atStart = wordCount(before) === 0;
      if ((atEnd || atStart) && wordCount(before) + wordCount(after) <= 6 && !/\.\s*$/.test(line.text)) {
        return make(m, 'ar/meta/byline-date');
      }
    }
  }
  const lead = firstBody >= 0 ? head[firstBody] : undefined;
  if (lead) {
    for (const m of full) {
      if (m.foldedStart < lead.start || m.foldedEnd > lead.end || m.foldedStart - lead.start > 80) continue;
      const after = folded.text.slice(m.foldedEnd, Math.min(lead.end, m.foldedEnd + 40));
      if (/^\s*(?:\([^()]{2,40}\))?\s*-/.test(after)) return make(m, 'ar/meta/dateline');
    }
  }
  return null;
}

function embeddedPost(
  folded: FoldedText,
  dates: readonly DateMention[],
  exprs: readonly DateExpression[],
): PublishedDate | null {
  const speaksOfToday = exprs.some((e) => e.anchor.type === 'day-offset' && e.anchor.days === 0);
  if (!speaksOfToday) return null;
  let best: DateMention | null = null;
  for (const line of contentLines(folded.text)) {
    const handle = line.text.search(/\(@[a-z0-9_]+\)/);
    if (handle < 0 || !/^[-–—]/.test(line.text)) continue;
    for (const m of dates) {
      if (!isFull(m) || m.foldedStart < line.start + handle || m.foldedEnd > line.end) continue;
      if (best === null || m.date! > best.date!) best = m;
    }
  }
  return best
    ? {
        date: best.date!,
        start: best.start,
        end: best.end,
        rule: 'ar/meta/embedded-post',
        confidence: 'inferred',
      }
    : null;
}

/**
 * The publication date the text states (a labelled date, a byline, a dateline), else the date of an
 * embedded post that speaks of today, else the latest the text's own dates allow (inferred).
 * `dates` are the document's dates resolved with no reference: only fully stated ones are used;
 * `phrases` are the lexicon's (the labels before a date).
 */
export function detectPublished(
  folded: FoldedText,
  dates: readonly DateMention[],
  exprs: readonly DateExpression[],
  boilerplate: readonly Span[],
  phrases: PhraseTable,
): PublishedDate | null {
  return (
    stated(folded, dates, boilerplate, phrases) ??
    embeddedPost(folded, dates, exprs) ??
    inferPublished(folded, exprs)
  );
}
