// ar/meta/published-batch — inferPublishedFromBatch: reports on one incident lend a document
// without a year their year and the incident's first day. A batch is often a feed of many events
// over months: a batch whose known days lie within an incident's span lends as one; a wider batch
// lends an undated report only the days of the reports that name one of its places (a city, a
// district, a facility — never a country), and only when those days lie within that span too.
//
// Must lend: five reports of one attack, one of them undated · an undated report naming a town
//   that two reports of the same week name, in a feed of months · a report with no day word, among
//   reports of one attack on two days (the first day)
// Must not: an undated 2025 report in a feed holding 2023 and 2025 reports of its town · an
//   undated report that names no place, in a feed of months

import type { FoldedText } from '../../../text/folded.js';
import { isoDate, parseIsoDate } from '../dates/calendar.js';
import type { DayNumber } from '../dates/calendar.js';
import type { DateExpression } from '../dates/index.js';
import type { DateLexicon } from '../dates/lexicon.js';
import { searchPublished } from '../dates/publication.js';
import type { PublishedDate } from '../dates/publication.js';
import { resolveExpression } from '../dates/resolve.js';
import type { ArabicDoc } from '../document.js';

export interface BatchDocument {
  readonly folded: FoldedText;
  /** The publication date the document has (the caller's or its own), or null. */
  readonly published: PublishedDate | null;
  /** The document's date expressions. */
  readonly exprs: readonly DateExpression[];
  /** The gazetteer ids of the places it names below the country (placesNamed). */
  readonly places: ReadonlySet<string>;
}

/** Batch dates are looked for this many days before the earliest known publication date. */
const BATCH_LOOKBACK = 14;

/** Lenders' known days lie within this many days of each other: the longest span of one incident. */
const LEND_SPREAD = 21;

/** Share of the neighbours' known days the densest span must hold to lend (a clear majority). */
const LEND_MAJORITY = 2 / 3;

/**
 * The places a document names below the country, by unambiguous gazetteer names: locations with a
 * parent, and facilities.
 */
export function placesNamed(doc: ArabicDoc): Set<string> {
  const out = new Set<string>();
  for (const sentence of doc.sentences)
    for (const candidates of sentence.names) {
      if (candidates?.entries.length !== 1) continue;
      const { type, parent, id } = candidates.entries[0]!;
      if (type === 'facility' || (type === 'location' && parent !== null)) out.add(id);
    }
  return out;
}

function withinSpread(known: readonly (DayNumber | null)[], group: readonly number[]): boolean {
  let low = Infinity;
  let high = -Infinity;
  for (const k of group) {
    const day = known[k];
    if (day === null || day === undefined) continue;
    if (day < low) low = day;
    if (day > high) high = day;
  }
  return high >= low && high - low <= LEND_SPREAD;
}

/**
 * For each document, the documents whose days it may borrow (itself included), in batch order; null
 * for a dated document and for an undated one that nothing may lend to. A batch whose known days lie
 * within LEND_SPREAD lends as one; a wider one lends through places named in common.
 */
export function lendingGroups(
  known: readonly (DayNumber | null)[],
  places: readonly ReadonlySet<string>[],
): (readonly number[] | null)[] {
  const all = known.map((_, k) => k);
  if (!known.includes(null)) return known.map(() => null);
  if (withinSpread(known, all)) return known.map((day) => (day === null ? all : null));
  const byPlace = new Map<string, number[]>();
  places.forEach((set, k) => {
    for (const id of set) {
      let list = byPlace.get(id);
      if (!list) byPlace.set(id, (list = []));
      list.push(k);
    }
  });
  return known.map((day, k) => {
    if (day !== null) return null;
    const group = new Set<number>([k]);
    for (const id of places[k] ?? []) for (const j of byPlace.get(id) ?? []) group.add(j);
    const sorted = [...group].sort((a, b) => a - b);
    if (sorted.length < 2) return null;
    if (withinSpread(known, sorted)) return sorted;
    return densestWindow(known, sorted, k);
  });
}

/**
 * The neighbours whose known days fall in the densest span of LEND_SPREAD days (the earliest among
 * equals), with the undated document `self`; null unless that span holds at least two of them and
 * LEND_MAJORITY of those dated: reports of one town months apart are two events, and an undated
 * report borrows from one only when most of its neighbours agree on it.
 */
export function densestWindow(
  known: readonly (DayNumber | null)[],
  group: readonly number[],
  self: number,
): number[] | null {
  const dated = group.filter((j) => known[j] !== null && known[j] !== undefined);
  const days = dated.map((j) => known[j]!).sort((a, b) => a - b);
  let best = 0;
  let from = 0;
  for (let i = 0, j = 0; j < days.length; j++) {
    while (days[j]! - days[i]! > LEND_SPREAD) i++;
    if (j - i + 1 > best) {
      best = j - i + 1;
      from = days[i]!;
    }
  }
  if (best < 2 || best < LEND_MAJORITY * days.length) return null;
  const inside = dated.filter((j) => known[j]! >= from && known[j]! <= from + LEND_SPREAD);
  return [...inside, self].sort((a, b) => a - b);
}

/**
 * Publication dates for a batch of reports. Documents that already have a date keep it. For the
 * others, over the documents they may borrow from (lendingGroups: the whole batch when it is one
 * incident's span, else the reports naming the same places):
 *  1. The batch's known publication dates (stated or inferred with a year) give a reference: their
 *     median resolves day-and-month dates without a year in every document (nearest year).
 *  2. The incident's first day is the earliest day-precision date any document states within
 *     BATCH_LOOKBACK days before the earliest known publication date (or that date itself).
 *  3. Each undated document is searched from that first day (inferPublished with a batch context):
 *     its weekdays, its dated days and its elapsed times (`بعد ستة أيام من …`) rule days out; of
 *     the consistent days the one nearest the median known date wins. The result is `inferred`,
 *     rule ar/meta/published-batch.
 * With no known date in the batch nothing changes. `dates` are the date words the batch is read with.
 */
export function inferPublishedFromBatch(
  docs: readonly BatchDocument[],
  dates: DateLexicon,
): (PublishedDate | null)[] {
  const known = docs.map((d) => (d.published ? parseIsoDate(d.published.date) : null));
  const groups = lendingGroups(
    known,
    docs.map((d) => d.places),
  );
  return docs.map((d, k) => {
    const group = groups[k];
    if (d.published || !group) return d.published;
    const lent = batchLending(group.map((j) => known[j] ?? null));
    if (!lent) return d.published;
    const context = batchContext(
      lent,
      group.map((j) => statedDays(docs[j]!.exprs, known[j] ?? lent.median)),
    );
    return lentDay(dates, d.folded, d.exprs, context, lent.earliest);
  });
}

/**
 * The day a batch lends an undated document: the day its own dates single out in the batch context
 * (inferPublished), which a weekday it names always places. A document that names no weekday and
 * whose dates rule out no day of the search (no day of the incident, no elapsed time, or only
 * background dates such as a truce's day a year before) is dated on `earliest`, its lenders' first
 * known day: a report that never says `أمس` nor names a weekday tells its event as the news of the
 * day it is first reported.
 */
export function lentDay(
  dates: DateLexicon,
  folded: FoldedText,
  exprs: readonly DateExpression[],
  context: ReturnType<typeof batchContext>,
  earliest: DayNumber,
): PublishedDate {
  const { published: day, rulesOut } = searchPublished(dates, folded, exprs, context);
  if (day && exprs.some((e) => e.kind === 'date' && (e.anchor.type === 'weekday' || e.weekday !== undefined)))
    return day;
  if (day && rulesOut) return day;
  return { date: isoDate(earliest), rule: 'ar/meta/published-batch', confidence: 'inferred' };
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
