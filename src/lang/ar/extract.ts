// `extract` for Arabic: the reading stages, then every mention, with no claim logic. What
// `isnad extract` prints and what a person checks before trusting a claim built on them.
//
//   extractArabic('قتل نحو 200 عنصر من داعش أمس', { referenceDate: '2022-01-27' })
//   → quantities [«نحو 200» ~200 noun «عنصر»], dates [«أمس» 2022-01-26], entities [«داعش»]

import { IsnadError } from '../../errors.js';
import { run } from '../../pipeline/stage.js';
import { NO_TRACE } from '../../pipeline/trace.js';
import type { ExtractOptions, ExtractResult, ReferenceDate } from '../../types.js';
import { parseIsoDate } from './dates/calendar.js';
import { ArabicDoc } from './document.js';
import type { Lexicon } from './lexicon/lexicon.js';
import { byStart, toDate } from './mentions.js';
import { extractPipeline } from './pipeline.js';

const ISO = /^\d{4}-\d\d-\d\d$/;

/**
 * Reads every quantity, date and entity of one Arabic text with `lexicon` (built once by the caller).
 * Throws only on a bad reference date.
 */
export function extractArabic(text: string, options: ExtractOptions, lexicon: Lexicon): ExtractResult {
  const given = options.referenceDate;
  if (given !== undefined && (!ISO.test(given) || parseIsoDate(given) === null))
    throw new IsnadError('reference_date_invalid', `reference date «${given}» is not a YYYY-MM-DD day`);
  const normalized = options.normalized === true;
  const doc = new ArabicDoc('text', text, { source: null, published: given ?? null }, lexicon, NO_TRACE, {
    normalized,
  });
  run(extractPipeline, [doc]);
  return {
    reference: referenceOf(doc),
    quantities: doc.mentions.quantities,
    dates: doc.dates.map((d) => toDate(d, doc.folded, normalized)).sort(byStart),
    entities: doc.mentions.entities,
    ...(normalized ? { normalized: doc.folded.text } : {}),
    diagnostics: [],
  };
}

/** The reference date: the caller's, else the publication date the text states or implies. */
function referenceOf(doc: ArabicDoc): ReferenceDate {
  if (doc.given.published !== null) return { date: doc.given.published, source: 'option' };
  const published = doc.published;
  if (!published) return { date: null, source: 'none' };
  return { date: published.date, source: 'text', rule: published.rule, confidence: published.confidence };
}
