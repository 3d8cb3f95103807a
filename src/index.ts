// The public API of isnad: analyze Arabic reports into source-attributed claims.

import { analyzeDocuments } from './engine/analyze.js';
import { arabicPack } from './lang/ar/pack.js';
import type { AnalysisResult, InputDocument } from './types.js';

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
