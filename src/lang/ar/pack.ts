// The Arabic language pack: plugs the Arabic reader into the language-free engine. A batch runs
// through `analyzePipeline` (pipeline.ts) as one: every report is read and dated on its own, then
// the batch lends publication dates to the reports that state none, and only then are dates
// resolved and claims built against each report's publication day.

import type { LanguagePack, PackDocument, PackResult } from '../../engine/pack.js';
import { run } from '../../pipeline/stage.js';
import { NO_TRACE } from '../../pipeline/trace.js';
import type { Trace } from '../../pipeline/trace.js';
import { ArabicDoc } from './document.js';
import type { Lexicon } from './lexicon/lexicon.js';
import { analyzePipeline } from './pipeline.js';

const ARABIC = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/g;
const LETTER = /\p{L}/gu;

/**
 * The Arabic pack reading with `lexicon` (built once by the caller, see `loadArabicLexicon`), and
 * telling `trace` which rules fired on what.
 */
export function createArabicPack(lexicon: Lexicon, trace: Trace = NO_TRACE): LanguagePack {
  return {
    language: 'ar',
    score: arabicShare,
    analyzeBatch(documents: readonly PackDocument[]): PackResult[] {
      const docs = documents.map(
        (d) =>
          new ArabicDoc(
            d.id,
            d.text,
            { source: d.source, published: d.published, ...(d.url ? { url: d.url } : {}) },
            lexicon,
            trace,
          ),
      );
      run(analyzePipeline, docs);
      return docs.map(resultOf);
    },
  };
}

/** Share of the text's letters that are Arabic, 0..1. */
function arabicShare(text: string): number {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const letters = sample.match(LETTER)?.length ?? 0;
  if (letters === 0) return 0;
  return (sample.match(ARABIC)?.length ?? 0) / letters;
}

/** What the engine receives of one document. */
function resultOf(doc: ArabicDoc): PackResult {
  return {
    document: doc.info,
    claims: doc.claims,
    diagnostics: doc.diagnostics,
    mentions: [
      ...doc.entities.map((m) => ({
        entityId: m.entry.id,
        type: m.entry.type,
        name: m.entry.name,
        aliases: m.entry.aliases,
        span: m.span,
        ...(m.entry.parent ? { parent: m.entry.parent } : {}),
        ...(m.entry.country ? { country: m.entry.country } : {}),
      })),
      ...doc.speakerEntities,
    ],
    times: doc.times,
  };
}
