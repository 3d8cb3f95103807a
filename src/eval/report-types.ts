// The evaluation report: plain JSON data (it is also the `--format json` output), so field names
// here are a user-facing contract like the analysis output.

import type { Diagnostic } from '../types.js';
import type { NonQuantityScore } from './non-quantities.js';
import type { OptionalAttributeScore } from './optional-attributes.js';

export interface Ratio {
  readonly hit: number;
  readonly total: number;
}

export interface ClaimScore {
  /** System claims in scored documents. */
  readonly system: number;
  readonly required: number;
  readonly optional: number;
  /** System claims matched to required gold claims. */
  readonly truePositives: number;
  /** Matched to optional gold claims: left out of precision and recall. */
  readonly matchedOptional: number;
  readonly falsePositives: number;
  /** Required gold claims left unmatched. */
  readonly missed: number;
  /** Required gold claims missed because every overlapping system claim gave another figure. */
  readonly figureMismatches: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** What the system said, as shown next to a gold claim. */
export interface SystemClaimView {
  readonly claimId: string;
  readonly document: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly figure: string;
  readonly category: string;
  readonly rules: readonly string[];
}

export type MissReason =
  /** No system claim overlaps the quote. */
  | 'no_overlap'
  /** Some overlap, but none states the gold figure. */
  | 'figure_mismatch'
  /** An agreeing claim overlaps but was assigned to another gold claim. */
  | 'claimed_by_other'
  /** The quote is not in the document text (a gold or input problem). */
  | 'quote_not_found';

export interface MissedClaim {
  readonly goldId: string;
  readonly document: string;
  readonly quote: string;
  readonly required: boolean;
  readonly reason: MissReason;
  readonly expected: string;
  /** Overlapping system claims, if any. */
  readonly system: readonly SystemClaimView[];
}

export interface FalsePositive extends SystemClaimView {
  /** Gold claims whose quote this claim overlaps (a figure mismatch, or a second claim on one quote). */
  readonly overlapsGold: readonly string[];
}

export type AttributeName =
  | 'category'
  | 'subject.group'
  | 'subject.kind'
  | 'stance'
  | 'qualifier'
  | 'speaker'
  | 'via';

export interface AttributeError {
  readonly goldId: string;
  readonly claimId: string;
  readonly document: string;
  readonly quote: string;
  readonly attribute: AttributeName;
  readonly expected: string;
  readonly actual: string;
}

export interface MatchRecord {
  readonly goldId: string;
  readonly claimId: string;
  readonly required: boolean;
  /** Attributes that disagree (empty when all agree). Only required matches are scored. */
  readonly wrong: readonly AttributeName[];
}

export interface SpanError {
  readonly kind: 'claim' | 'sentence' | 'cue' | 'mention' | 'boilerplate' | 'document';
  readonly document: string;
  /** Claim, entity or document id. */
  readonly ref: string;
  readonly message: string;
}

export interface DocumentRow {
  readonly id: string;
  readonly publishedGold: string | null;
  readonly publishedSystem: string | null;
  readonly publishedOk: boolean;
  /** null when the gold outlet is null (not scored). */
  readonly outletGold: string | null;
  readonly outletSystem: string | null;
  readonly outletOk: boolean | null;
  readonly required: number;
  readonly truePositives: number;
  readonly matchedOptional: number;
  readonly falsePositives: number;
  readonly missed: number;
}

export interface ConflictItem {
  readonly claims: readonly string[];
  readonly kinds: readonly string[];
  readonly note: string | null;
  /** The system conflict that holds it, or null. */
  readonly heldBy: string | null;
}

export interface AgreementItem {
  readonly claims: readonly string[];
  readonly note: string | null;
  /** System conflicts that set two of these agreeing claims against each other. */
  readonly falseConflicts: readonly string[];
}

export interface IncidentItem {
  readonly documents: readonly string[];
  readonly note: string | null;
  /** The system incident with exactly this document set, or null. */
  readonly matchedBy: string | null;
}

export interface TimelineItem {
  readonly date: string;
  readonly what: string;
  readonly documents: readonly string[];
  readonly held: boolean;
}

export interface RuleStats {
  readonly rule: string;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly matchedOptional: number;
}

export interface EvalReport {
  readonly corpus: string | null;
  /** Gold documents that had a text and were scored. */
  readonly documents: readonly string[];
  readonly claims: ClaimScore;
  readonly attributes: Readonly<Record<AttributeName, Ratio>>;
  /** The same attributes over matched optional gold claims, apart from `attributes`. */
  readonly optionalAttributes: OptionalAttributeScore;
  /** Unmatched system claims whose figure is no count (a year, an age, a duration…). */
  readonly nonQuantities: NonQuantityScore;
  readonly matches: readonly MatchRecord[];
  readonly missed: readonly MissedClaim[];
  readonly falsePositives: readonly FalsePositive[];
  readonly attributeErrors: readonly AttributeError[];
  readonly spans: { readonly checked: number; readonly errors: readonly SpanError[] };
  readonly metadata: {
    readonly published: Ratio;
    readonly outlet: Ratio;
    readonly rows: readonly DocumentRow[];
  };
  /** null: the gold has no such section (n/a). */
  readonly conflicts: { readonly held: Ratio; readonly items: readonly ConflictItem[] } | null;
  readonly agreements: { readonly falseConflicts: number; readonly items: readonly AgreementItem[] } | null;
  readonly incidents: {
    readonly exact: Ratio;
    /** Pairwise co-clustering of documents; null when there is no pair to count. */
    readonly pairPrecision: number | null;
    readonly pairRecall: number | null;
    readonly items: readonly IncidentItem[];
  } | null;
  readonly timeline: { readonly held: Ratio; readonly items: readonly TimelineItem[] } | null;
  readonly rules: readonly RuleStats[];
  readonly diagnostics: readonly Diagnostic[];
}
