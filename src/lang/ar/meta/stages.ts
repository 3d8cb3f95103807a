// The metadata stages of the Arabic pipeline: the publication day, the page's title and outlet, and
// the days a batch lends.

import { batchStage, stage } from '../../../pipeline/stage.js';
import { resolveDateExpressions } from '../dates/index.js';
import type { ArabicDoc } from '../document.js';
import { detectOutlet } from './outlet.js';
import { detectPublished } from './published.js';
import { inferPublishedFromBatch, lendPublished, placesNamed } from './published-batch.js';
import { detectTitle } from './title.js';

/**
 * The publication day: the caller's (`published`, or extract's reference date), else what the text
 * states or implies. Needs the date expressions and the boilerplate.
 */
export const publishedStage = stage<ArabicDoc>('ar/meta/published', (doc) => {
  const given = doc.given.published;
  if (given) {
    doc.published = { date: given, rule: 'caller', confidence: 'stated' };
    return;
  }
  const { folded, expressions, boilerplate } = doc;
  // Only a calendar date can state the day (detectPublished reads fully stated dates): durations
  // and clock times are resolved once, later, against the day found.
  const unresolved = resolveDateExpressions(
    folded,
    expressions.filter((e) => e.kind === 'date'),
    null,
  );
  doc.published = detectPublished(
    folded,
    doc.lines,
    unresolved,
    expressions,
    boilerplate,
    doc.lexicon,
    doc.given.url,
  );
});

/** The headline and the outlet the page names itself by. */
export const pageMetaStage = stage<ArabicDoc>('ar/meta/page', (doc) => {
  doc.meta = {
    title: detectTitle(doc.folded, doc.lines, doc.boilerplate, doc.lexicon.phrases),
    outlet: detectOutlet(doc.folded, doc.lines, doc.boilerplate, doc.lexicon),
  };
});

/**
 * Publication dates missing from some reports, lent by the batch (inferPublishedFromBatch); a date
 * isnad inferred rather than read is reported as a diagnostic.
 */
export const batchPublishedStage = batchStage<ArabicDoc>('ar/meta/published-batch', (docs) => {
  // A batch is read with one lexicon (the pack's).
  const dates = docs[0]?.lexicon.dates;
  if (!dates) return;
  const published = inferPublishedFromBatch(
    docs.map((doc) => ({
      folded: doc.folded,
      published: doc.published,
      exprs: doc.expressions,
      places: placesNamed(doc),
    })),
    dates,
  );
  docs.forEach((doc, k) => lendPublished(doc, published[k] ?? null));
});
