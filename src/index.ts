// The public API of isnad: analyze Arabic reports into source-attributed claims.

import {
  analyzeDocuments,
  assembleReadings,
  finishAlone,
  packDocumentOf,
  readAlone,
  readDocuments,
} from './engine/analyze.js';
import type { AloneReading, DocumentReading, Readings } from './engine/analyze.js';
import type { Trace } from './pipeline/trace.js';
import { createArabicPack } from './lang/ar/pack.js';
import { extractArabic } from './lang/ar/extract.js';
import type { Lexicon } from './lang/ar/lexicon/lexicon.js';
import { loadArabicLexicon } from './lang/ar/lexicon/lexicon.js';
import type { AnalysisResult, Diagnostic, ExtractOptions, ExtractResult, InputDocument } from './types.js';

export type * from './types.js';
export type { Trace, TraceEvent } from './pipeline/trace.js';
export { collectingTrace } from './pipeline/trace.js';
export { IsnadError } from './errors.js';
export { VERSION } from './version.js';
export type { AloneReading, DocumentReading, Readings } from './engine/analyze.js';
export type { PackMention, PackResult, PackTime } from './engine/pack.js';

export type { Lexicon } from './lang/ar/lexicon/lexicon.js';

/**
 * A new Arabic lexicon read from data/ar: what every call below reads with when handed one (its
 * words may be changed before the first reading; what readers build of it is kept on it).
 */
export function loadLexicon(): Lexicon {
  return loadArabicLexicon();
}

let lexicon: Lexicon | undefined;

/** The lexicon a call reads with: the one it is handed, else the default, read once on first use. */
function arabicLexicon(given?: Lexicon): Lexicon {
  if (given) return given;
  lexicon ??= loadArabicLexicon();
  return lexicon;
}

export interface LexiconOption {
  /** The lexicon to read with (`loadLexicon`); the default is read from data/ar once and shared. */
  readonly lexicon?: Lexicon;
}

export interface AnalyzeOptions extends LexiconOption {
  /** Told which rules fired on which text, per claim (`isnad analyze --trace`). */
  readonly trace?: Trace;
}

/** Analyzes a batch of documents (one incident's reports, or any set) into the JSON contract. */
export function analyzeMany(
  documents: readonly InputDocument[],
  options: AnalyzeOptions = {},
): AnalysisResult {
  return analyzeDocuments(documents, {
    packs: [createArabicPack(arabicLexicon(options.lexicon), options.trace)],
  });
}

/** Analyzes one text. */
export function analyze(
  text: string,
  options: Omit<InputDocument, 'text'> = { id: 'document' },
): AnalysisResult {
  return analyzeMany([{ ...options, text }]);
}

/**
 * Every quantity, date and gazetteer entity the Arabic reader finds in a text, with no claim logic.
 * Relative dates resolve against `referenceDate`, else against the publication date read from the
 * text (`reference` says which). Never throws on text; a malformed `referenceDate` is an IsnadError.
 */
export function extract(text: string, options: ExtractOptions & LexiconOption = {}): ExtractResult {
  const { lexicon: given, ...extractOptions } = options;
  return extractArabic(text, extractOptions, arabicLexicon(given));
}

/**
 * Reads documents one by one without linking them (what a store keeps per document). Documents
 * given together share batch facts (a year one report states dates another's weekday).
 */
export function readMany(documents: readonly InputDocument[], options: LexiconOption = {}): Readings {
  return readDocuments(documents, { packs: [createArabicPack(arabicLexicon(options.lexicon))] });
}

/**
 * Reads one document alone (any thread may call it): with `finishReadingsAlone` over the documents
 * of a batch, in order, the same readings as `readMany`. `finishReadingsAlone` needs the documents
 * whose reading is not `dated` again (the batch lends them a day); null when one is missing.
 * `id` must already be unique in the batch.
 */
export function readOneAlone(id: string, document: InputDocument, options: LexiconOption = {}): AloneReading {
  return readAlone(id, document, { packs: [createArabicPack(arabicLexicon(options.lexicon))] });
}

export function finishReadingsAlone(
  alone: readonly AloneReading[],
  documentOf: (k: number) => { readonly id: string; readonly document: InputDocument } | undefined,
  options: LexiconOption = {},
): Readings | null {
  return finishAlone(alone, { packs: [createArabicPack(arabicLexicon(options.lexicon))] }, (k) => {
    const d = documentOf(k);
    return d ? packDocumentOf(d.id, d.document) : undefined;
  });
}

/** Links stored readings into the JSON contract: entities, incidents, conflicts, estimates, timeline. */
export function linkReadings(
  readings: readonly DocumentReading[],
  earlier: readonly Diagnostic[] = [],
): AnalysisResult {
  return assembleReadings(readings, earlier);
}

/**
 * The matching view of a text for search: the reader's own folding (hamza and alef forms, ya/ta
 * marbuta, diacritics, tatweel, obfuscation such as داعـ.ـش, digits). Not for display.
 */
export function foldForSearch(text: string, options: LexiconOption = {}): string {
  return arabicLexicon(options.lexicon).fold(text);
}
