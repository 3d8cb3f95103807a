// The last stages of `analyze`: what the engine receives of each document besides its claims —
// the document as the contract lists it, the dates of the timeline, the problems found, and the
// speakers linked into entities across the batch.

import type { PackTime } from '../../engine/pack.js';
import { batchStage, stage } from '../../pipeline/stage.js';
import type { FoldedText } from '../../text/folded.js';
import { toOriginal } from '../../text/folded.js';
import type { DocumentInfo, Span, TextSpan } from '../../types.js';
import type { DateMention } from './dates/index.js';
import type { ArabicDoc } from './document.js';
import { linkSpeakers } from './entities/batch.js';

/** A date that does not hold together (`أمس الأربعاء` when yesterday was no Wednesday). */
export const dateDiagnostics = stage<ArabicDoc>('ar/dates/inconsistent', (doc) => {
  for (const d of doc.dates) {
    if (d.inconsistent) {
      doc.diagnostics.push({
        code: 'date_inconsistent',
        document: doc.id,
        start: d.start,
        end: d.end,
        message: d.inconsistent,
      });
    }
  }
});

/** The document as the JSON contract lists it: its publisher, day, title and boilerplate. */
export const documentInfo = stage<ArabicDoc>('ar/document/info', (doc) => {
  const source = doc.given.source ?? doc.meta.outlet?.name ?? null;
  const boilerplate = doc.boilerplate.map((b) => {
    const s = toOriginal(doc.folded, b.start, b.end);
    return { start: s.start, end: s.end };
  });
  const info: DocumentInfo = {
    id: doc.id,
    source: doc.given.url ? { name: source, url: doc.given.url } : { name: source },
    published: doc.published?.date ?? null,
    title: doc.meta.title?.text ?? null,
    language: 'ar',
    boilerplate,
  };
  doc.info = info;
});

/** Dates and durations with their sentences, for the timeline. */
export const timeline = stage<ArabicDoc>('ar/document/times', (doc) => {
  doc.times = timesOf(doc.text, doc.folded, doc.claimSentences, doc.dates);
});

/**
 * People and unlisted bodies are linked over the whole batch: one report's `X الشامي` is
 * another's `X شامي`. Hops then point at their entities.
 */
export const speakersAcrossBatch = batchStage<ArabicDoc>('ar/entities/speakers', (docs) => {
  const lex = docs[0]?.lexicon;
  if (!lex) return;
  const linked = linkSpeakers(
    docs.map((doc) => ({
      id: doc.id,
      named: doc.speakers,
      claims: doc.claims,
      listed: new Set(doc.entities.map((m) => m.entry.id)),
      publisherSpan: publisherSpan(doc),
    })),
    lex,
  );
  for (const doc of docs) {
    const claims = linked.claims.get(doc.id);
    if (claims) doc.claims = [...claims];
    doc.speakerEntities = linked.mentions.get(doc.id) ?? [];
  }
});

/** Where the text names its own outlet, when the caller named none. */
export function publisherSpan(doc: ArabicDoc): TextSpan | null {
  const outlet = doc.meta.outlet;
  if (doc.given.source || !outlet) return null;
  return { start: outlet.start, end: outlet.end, text: doc.text.slice(outlet.start, outlet.end) };
}

const WORD = /[\p{L}\p{N}]{2,}/gu;

/** How many words of two letters or more `text` holds, counting no further than `max`. */
function wordsUpTo(text: string, max: number): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (n < max && WORD.exec(text) !== null) n++;
  return n;
}

/**
 * Dates and durations with their sentences, for the timeline. A sentence that is little more than
 * its date (a byline: `الأحد 30 يناير 2022 - 12:40`) is marked as not narrative.
 */
function timesOf(
  text: string,
  folded: FoldedText,
  ranges: readonly Span[],
  dates: readonly DateMention[],
): PackTime[] {
  // The ordinal day of a running event (`لليوم الثاني على التوالي`) is no stated length.
  const usable = dates.filter(
    (d) =>
      (d.kind === 'date' && d.date !== null) ||
      (d.kind === 'duration' && d.duration && !d.rules.some((r) => r.includes('consecutive'))),
  );
  if (usable.length === 0) return [];
  const out: PackTime[] = [];
  let k = 0;
  for (const d of [...usable].sort((a, b) => a.foldedStart - b.foldedStart)) {
    while (k < ranges.length && ranges[k]!.end <= d.foldedStart) k++;
    const range = ranges[k];
    if (!range || range.start > d.foldedStart) continue;
    const s = toOriginal(folded, range.start, range.end);
    // Words of the sentence around the date, counted only up to four (a space joins no two words).
    const before = wordsUpTo(folded.text.slice(range.start, d.foldedStart), 4);
    const narrative = before + wordsUpTo(folded.text.slice(d.foldedEnd, range.end), 4 - before) >= 4;
    const precision = d.precision === null ? null : d.precision;
    out.push({
      kind: d.kind === 'duration' ? 'duration' : 'date',
      span: { start: d.start, end: d.end, text: d.text },
      sentence: { start: s.start, end: s.end, text: text.slice(s.start, s.end) },
      date: d.kind === 'date' ? d.date : null,
      precision,
      ...(d.duration ? { duration: { amount: d.duration.amount, unit: d.duration.unit } } : {}),
      narrative,
    });
  }
  return out;
}
