// The public API of isnad: analyze Arabic reports into source-attributed claims.

import { analyzeDocuments } from './engine/analyze.js';
import { arabicPack } from './lang/ar/pack.js';
import { extractArabic } from './lang/ar/extract.js';
import type { AnalysisResult, ExtractOptions, ExtractResult, InputDocument } from './types.js';

export type * from './types.js';
export { IsnadError } from './errors.js';
export { VERSION } from './version.js';

/** Analyzes a batch of documents (one incident's reports, or any set) into the JSON contract. */
export function analyzeMany(documents: readonly InputDocument[]): AnalysisResult {
  return analyzeDocuments(documents, { packs: [arabicPack] });
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
export function extract(text: string, options: ExtractOptions = {}): ExtractResult {
  return extractArabic(text, options);
}
