// The evaluation harness behind `isnad eval`: parse a gold file, score an analysis, format a report.

export { parseGold } from './gold.js';
export type {
  Gold,
  GoldClaim,
  GoldDocument,
  GoldConflict,
  GoldAgreement,
  GoldIncident,
  GoldTimelineEntry,
} from './gold.js';
export { scoreAnalysis } from './score.js';
export type { ScoreOptions } from './score.js';
export { formatEvalReport } from './report.js';
export type { FormatOptions } from './report.js';
export { foldName, foldTokens, namesEqual, namesOverlap } from './fold.js';
export type * from './report-types.js';
