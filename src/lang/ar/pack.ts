// The Arabic language pack: plugs the Arabic reader into the language-free engine.
//
// A batch is read in two passes. First every document is folded and its own metadata found
// (byline, outlet, stated dates); then publication dates missing from some documents are inferred
// from the batch (one report's year dates another's "Thursday, 20 January"), and only then are the
// documents' dates resolved and their claims built against their publication day.

import type { LanguagePack, PackDocument, PackResult, PackTime } from '../../engine/pack.js';
import type { FoldedText } from '../../text/folded.js';
import { toOriginal } from '../../text/folded.js';
import type { Span } from '../../types.js';
import type { DateMention } from './dates/index.js';
import { analyzeArabic } from './analyze.js';
import { findBoilerplate } from './boilerplate.js';
import { parseDateExpressions, resolveDateExpressions } from './dates/index.js';
import { parseIsoDate } from './dates/calendar.js';
import { detectDocumentMeta, inferPublishedFromBatch } from './document-meta.js';
import type { DocumentMeta } from './document-meta.js';
import { normalize } from './normalize/index.js';
import { linkSpeakers } from './entities/batch.js';
import { arabicLexicon } from './lexicon/index.js';

const ARABIC = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/g;
const LETTER = /\p{L}/gu;

export const arabicPack: LanguagePack = {
  language: 'ar',
  score(text: string): number {
    const sample = text.length > 20000 ? text.slice(0, 20000) : text;
    const letters = sample.match(LETTER)?.length ?? 0;
    if (letters === 0) return 0;
    return (sample.match(ARABIC)?.length ?? 0) / letters;
  },
  analyzeBatch(documents: readonly PackDocument[]): PackResult[] {
    const prepared = documents.map((doc) => {
      // Each document is folded, cut into boilerplate and read for dates once; the dates are
      // resolved again once the publication day is known.
      const folded = normalize(doc.text);
      const boilerplate = findBoilerplate(folded.text);
      const exprs = parseDateExpressions(folded);
      const dates = resolveDateExpressions(folded, exprs, parseIsoDate(doc.published));
      const found = detectDocumentMeta(folded, dates, { exprs, boilerplate });
      // Caller-given metadata wins over what isnad infers.
      const meta: DocumentMeta = doc.published
        ? { ...found, published: { date: doc.published, rule: 'caller', confidence: 'stated' } }
        : found;
      return { doc, folded, boilerplate, exprs, meta };
    });
    const published = inferPublishedFromBatch(prepared);
    const read = prepared.map(({ doc, folded, boilerplate, exprs, meta }, k) => {
      const date = published[k]?.date ?? null;
      const dates = resolveDateExpressions(folded, exprs, parseIsoDate(date));
      const source = doc.source ?? meta.outlet?.name ?? null;
      const r = analyzeArabic(
        { id: doc.id, text: doc.text, source, published: date, ...(doc.url ? { url: doc.url } : {}) },
        { folded, dates, boilerplate, title: meta.title?.text ?? null },
      );
      const diagnostics = [...r.diagnostics];
      const inferred = published[k];
      if (!doc.published && inferred?.confidence === 'inferred') {
        diagnostics.push({
          code: 'published_inferred',
          document: doc.id,
          message: `publication date ${inferred.date} inferred (${inferred.rule}), not stated`,
        });
      }
      for (const d of dates) {
        if (d.inconsistent) {
          diagnostics.push({
            code: 'date_inconsistent',
            document: doc.id,
            start: d.start,
            end: d.end,
            message: d.inconsistent,
          });
        }
      }
      const publisherSpan =
        !doc.source && meta.outlet
          ? {
              start: meta.outlet.start,
              end: meta.outlet.end,
              text: doc.text.slice(meta.outlet.start, meta.outlet.end),
            }
          : null;
      return { r, diagnostics, publisherSpan, times: timesOf(doc.text, folded, r.sentences, dates) };
    });
    // People and unlisted bodies are linked over the whole batch: one report's `X الشامي` is
    // another's `X شامي`.
    const speakers = linkSpeakers(
      read.map(({ r, publisherSpan }) => ({
        id: r.document.id,
        named: r.named,
        claims: r.claims,
        listed: new Set(r.mentions.map((m) => m.entry.id)),
        publisherSpan,
      })),
      arabicLexicon(),
    );
    return read.map(({ r, diagnostics, times }) => ({
      document: r.document,
      claims: speakers.claims.get(r.document.id) ?? r.claims,
      diagnostics,
      mentions: [
        ...r.mentions.map((m) => ({
          entityId: m.entry.id,
          type: m.entry.type,
          name: m.entry.name,
          aliases: m.entry.aliases,
          span: m.span,
          ...(m.entry.parent ? { parent: m.entry.parent } : {}),
          ...(m.entry.country ? { country: m.entry.country } : {}),
        })),
        ...(speakers.mentions.get(r.document.id) ?? []),
      ],
      times,
    }));
  },
};

const WORD = /[\p{L}\p{N}]{2,}/gu;

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
    const rest =
      folded.text.slice(range.start, d.foldedStart) + ' ' + folded.text.slice(d.foldedEnd, range.end);
    const narrative = (rest.match(WORD)?.length ?? 0) >= 4;
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
