// A report's publication day as its own text gives it (first that applies):
//   ar/meta/published-label   نشر في / تاريخ النشر + a full date; آخر تحديث + a full date, or the
//                             earliest full date of its line (a page prints the first publication
//                             beside the update: `12 نوفمبر 2023 | آخر تحديث: 13 نوفمبر 2023`)
//   ar/meta/byline-date       a short line near the top with a name and a timestamp
//                             (`<name> 2022-01-23 06:41:00`)
//   ar/meta/dateline          `<place>، 23 كانون الثاني 2022 (<agency>) -` at the head of a line
//   ar/meta/date-line         a line holding nothing but a full date and what outlets print beside
//                             it (dateline.ts), among the lines above the body or the last lines
//   ar/meta/agency-dateline   `<place> في 12 نوفمبر /أ ش أ/` at the head: the day and month, the year
//                             from the page's address or the text's latest full date (agency-dateline.ts)
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
import type { Lexicon } from '../lexicon/lexicon.js';
import type { PhraseTable } from '../lexicon/phrases.js';
import { agencyDateline } from './agency-dateline.js';
import { DATE_LINE_RULE, dateLine } from './date-line.js';
import { wordCount } from './lines.js';
import type { Line } from './lines.js';

export type { PublishedDate } from '../dates/publication.js';

/**
 * A label that ends right before a date: `تاريخ النشر:`، `نشر في` (phrases.tsv, published-label),
 * `آخر تحديث:` (updated-label, the group `updated`).
 */
function labelPattern(phrases: PhraseTable): RegExp {
  const label = phrases.alternation('published-label');
  const updated = phrases.alternation('updated-label');
  const link = phrases.alternation('published-label-link');
  return new RegExp(`(?:${label}|(?<updated>${updated}))\\s*(?:${link})?\\s*:?\\s*$`, 'u');
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
  all: readonly Line[],
  dates: readonly DateMention[],
  boiler: readonly Span[],
  phrases: PhraseTable,
): PublishedDate | null {
  const label = phrases.compiled(labelPattern);
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
    const onLine = full.filter((m) => m.foldedStart >= line.start && m.foldedEnd <= line.end);
    for (const m of onLine) {
      const found = label.exec(folded.text.slice(line.start, m.foldedStart));
      if (!found) continue;
      // An update is later than the publication the line may print before it.
      const first = found.groups?.['updated'] ? earliest(onLine) : m;
      return make(first, 'ar/meta/published-label');
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
  const line = dateLine(folded, all, dates, boiler, isFull, phrases);
  return line ? make(line, DATE_LINE_RULE) : null;
}

/** An agency's dateline among the lines above the body and the first body paragraph. */
function headDateline(
  folded: FoldedText,
  all: readonly Line[],
  dates: readonly DateMention[],
  exprs: readonly DateExpression[],
  boiler: readonly Span[],
  url: string | undefined,
): PublishedDate | null {
  const head = all.filter((l) => !insideAny(l, boiler)).slice(0, 6);
  const firstBody = head.findIndex((l) => wordCount(l.text) >= 20);
  const lines = firstBody >= 0 ? head.slice(0, firstBody + 1) : head;
  return agencyDateline(folded, lines, exprs, dates.filter(isFull), url);
}

function earliest(dates: readonly DateMention[]): DateMention {
  return dates.reduce((a, b) => (b.date! < a.date! ? b : a));
}

function embeddedPost(
  lines: readonly Line[],
  dates: readonly DateMention[],
  exprs: readonly DateExpression[],
): PublishedDate | null {
  const speaksOfToday = exprs.some((e) => e.anchor.type === 'day-offset' && e.anchor.days === 0);
  if (!speaksOfToday) return null;
  let best: DateMention | null = null;
  for (const line of lines) {
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
 * `lines` are the text's content lines (`contentLines`, cut once per document); `dates` are the
 * document's dates resolved with no reference: only fully stated ones are used; the lexicon gives the
 * labels before a date (its phrases) and the date words the inference reads; `url` is the page's
 * address, whose date can give an agency dateline its year.
 */
export function detectPublished(
  folded: FoldedText,
  lines: readonly Line[],
  dates: readonly DateMention[],
  exprs: readonly DateExpression[],
  boilerplate: readonly Span[],
  lexicon: Pick<Lexicon, 'phrases' | 'dates'>,
  url?: string,
): PublishedDate | null {
  return (
    stated(folded, lines, dates, boilerplate, lexicon.phrases) ??
    headDateline(folded, lines, dates, exprs, boilerplate, url) ??
    embeddedPost(lines, dates, exprs) ??
    inferPublished(lexicon.dates, folded, exprs)
  );
}
