// ar/meta/published-batch — inferPublishedFromBatch: a batch of reports on one incident lends a
// document without a year its year and the incident's first day.

import type { FoldedText } from '../../../text/folded.js';
import { parseIsoDate } from '../dates/calendar.js';
import type { DayNumber } from '../dates/calendar.js';
import type { DateExpression } from '../dates/index.js';
import { inferPublished } from '../dates/publication.js';
import type { PublishedDate } from '../dates/publication.js';
import { resolveExpression } from '../dates/resolve.js';
import type { ArabicDoc } from '../document.js';

export interface BatchDocument {
  readonly folded: FoldedText;
  /** The publication date the document has (the caller's or its own), or null. */
  readonly published: PublishedDate | null;
  /** The document's date expressions. */
  readonly exprs: readonly DateExpression[];
}

/** Batch dates are looked for this many days before the earliest known publication date. */
const BATCH_LOOKBACK = 14;

/**
 * Publication dates for a batch of reports on one incident. Documents that already have a date keep
 * it. For the others:
 *  1. The batch's known publication dates (stated or inferred with a year) give a reference: their
 *     median resolves day-and-month dates without a year in every document (nearest year).
 *  2. The incident's first day is the earliest day-precision date any document states within
 *     BATCH_LOOKBACK days before the earliest known publication date (or that date itself).
 *  3. Each undated document is searched from that first day (inferPublished with a batch context):
 *     its weekdays, its dated days and its elapsed times (`بعد ستة أيام من …`) rule days out; of
 *     the consistent days the one nearest the median known date wins. The result is `inferred`,
 *     rule ar/meta/published-batch.
 * With no known date in the batch nothing changes.
 */
export function inferPublishedFromBatch(docs: readonly BatchDocument[]): (PublishedDate | null)[] {
  const known = docs.map((d) => (d.published ? parseIsoDate(d.published.date) : null));
  const lent = batchLending(known);
  if (!lent) return docs.map((d) => d.published);
  const context = batchContext(
    lent,
    docs.map((d, k) => statedDays(d.exprs, known[k] ?? lent.median)),
  );
  return docs.map((d) => d.published ?? inferPublished(d.folded, d.exprs, context));
}

/** The batch's known days, when some documents have one and some not (else it lends nothing). */
export function batchLending(
  known: readonly (DayNumber | null)[],
): { earliest: DayNumber; latest: DayNumber; median: DayNumber } | null {
  const days = known.filter((d): d is DayNumber => d !== null).sort((a, b) => a - b);
  if (days.length === 0 || days.length === known.length) return null;
  return { earliest: days[0]!, latest: days[days.length - 1]!, median: days[Math.floor(days.length / 2)]! };
}

/** The days a document's calendar dates state, resolved against `reference`, in text order. */
export function statedDays(exprs: readonly DateExpression[], reference: DayNumber): DayNumber[] {
  const out: DayNumber[] = [];
  for (const e of exprs) {
    if (e.kind !== 'date' || e.anchor.type !== 'calendar' || e.anchor.day === undefined || e.future) continue;
    const day = resolveExpression(e, reference).date;
    if (day !== null) out.push(day);
  }
  return out;
}

/** The incident's first day (step 2 above) from every document's stated days, in batch order. */
export function batchContext(
  lent: { earliest: DayNumber; latest: DayNumber; median: DayNumber },
  days: readonly (readonly DayNumber[])[],
): { start: DayNumber; startStated: boolean; expected: DayNumber } {
  let start = lent.earliest;
  let startStated = false;
  for (const list of days)
    for (const day of list)
      if (day >= lent.earliest - BATCH_LOOKBACK && day <= lent.latest && day <= start) {
        start = day;
        startStated = true;
      }
  return { start, startStated, expected: lent.median };
}

/** A document's publication day as the batch leaves it, with the diagnostic when it was inferred. */
export function lendPublished(doc: ArabicDoc, inferred: PublishedDate | null): void {
  doc.published = inferred;
  if (!doc.given.published && inferred?.confidence === 'inferred') {
    doc.diagnostics.push({
      code: 'published_inferred',
      document: doc.id,
      message: `publication date ${inferred.date} inferred (${inferred.rule}), not stated`,
    });
  }
}
