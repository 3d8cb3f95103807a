// The claim model of isnad (CLAIMS.md v1). Field names and enum values here are a contract read by
// other tools: change them only with the contract.

/** Half-open [start, end) in UTF-16 code units of the original decoded text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface TextSpan extends Span {
  readonly text: string;
}

export type Qualifier =
  | 'exact'
  | 'approx'
  | 'at_least'
  | 'more_than'
  | 'at_most'
  | 'less_than'
  | 'range'
  | 'vague';

export type Category =
  | 'killed'
  | 'wounded'
  | 'killed_or_wounded'
  | 'arrested'
  | 'abducted'
  | 'escaped'
  | 'released'
  | 'missing'
  | 'displaced'
  | 'surrendered'
  | 'combatants'
  | 'strikes'
  | 'held'
  | 'other';

export type SubjectKind =
  | 'combatants'
  | 'civilians'
  | 'prisoners'
  | 'staff'
  | 'families'
  | 'mixed'
  | 'other'
  | 'unknown';

export type Stance = 'asserted' | 'probable' | 'possible' | 'denied' | 'uncommitted';

export type Unit = 'person' | 'family' | 'strike' | 'vehicle' | 'other';

export type HopKind = 'outlet' | 'person' | 'organization' | 'anonymous' | 'document' | 'unknown';

export interface Quantity {
  readonly low: number | null;
  readonly high: number | null;
  readonly point: number | null;
  readonly qualifier: Qualifier;
}

export interface Hop {
  readonly name: string;
  readonly kind: HopKind;
  readonly role?: string;
  readonly affiliation?: string;
  readonly entity?: string;
  readonly cue?: TextSpan;
}

export interface Subject {
  readonly text: string;
  readonly group: string | null;
  readonly kind: SubjectKind;
}

export interface ClaimTime {
  readonly date?: string;
  readonly start?: string;
  readonly end?: string;
  readonly text?: string;
}

export interface Claim extends TextSpan {
  readonly id: string;
  readonly document: string;
  readonly sentence: Span;
  readonly quantity: Quantity;
  readonly unit: Unit;
  readonly category: Category;
  readonly subject: Subject;
  readonly stance: Stance;
  readonly attribution: readonly Hop[];
  readonly time?: ClaimTime;
  readonly location?: { readonly name: string; readonly entity?: string };
  readonly incident?: string;
  readonly rules: readonly string[];
  /** Beyond the contract: the claim whose figure this one is a part of (`منهم 77 …`). */
  readonly partOf?: string;
  /** Beyond the contract: `background` for a war-wide figure cited as context (`منذ اندلاع الحرب`). */
  readonly scope?: 'background';
  /** Beyond the contract: a party to the fighting speaking of its enemy's losses. */
  readonly partisan?: { readonly speaker: string; readonly about: string };
}

export interface DocumentSource {
  readonly name: string | null;
  readonly url?: string;
}

export interface DocumentInfo {
  readonly id: string;
  readonly source: DocumentSource;
  readonly published: string | null;
  readonly title: string | null;
  readonly language: string;
  readonly boilerplate: readonly Span[];
}

export interface EntityMention extends TextSpan {
  readonly document: string;
}

export type EntityType =
  | 'person'
  | 'organization'
  | 'armed_group'
  | 'outlet'
  | 'location'
  | 'facility'
  | 'government'
  | 'other';

export interface Entity {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly mentions: readonly EntityMention[];
  /** Beyond the contract: the id of the larger body or place (قوى الأمن الداخلي → قسد, a city → its country). */
  readonly parent?: string;
  /** Beyond the contract: ISO 3166 code of the state the entity belongs to. */
  readonly country?: string;
}

export interface Estimate {
  readonly category: Category;
  readonly group: string | null;
  readonly kind: SubjectKind;
  readonly low: number | null;
  readonly best: number | null;
  readonly high: number | null;
  readonly conservative: number | null;
  readonly claims: readonly string[];
  readonly basis: string;
}

export interface Incident {
  readonly id: string;
  readonly title: string;
  readonly documents: readonly string[];
  readonly location?: string;
  readonly start?: string;
  readonly end?: string;
  readonly estimates: readonly Estimate[];
  /** Beyond the contract: the claims grouped into the incident. */
  readonly claims?: readonly string[];
  /** Beyond the contract: reports that disagree on when or how long (six days vs seven days). */
  readonly disputes?: readonly IncidentDispute[];
}

export interface IncidentDispute {
  readonly kind: 'date' | 'duration';
  readonly note: string;
  readonly documents: readonly string[];
  readonly spans: readonly (TextSpan & { readonly document: string })[];
}

export type ConflictKind = 'disagreement' | 'denial' | 'revision' | 'sum_mismatch';

export interface Conflict {
  readonly id: string;
  readonly kind: ConflictKind;
  readonly claims: readonly string[];
  readonly note: string;
}

export interface TimelineEntry {
  readonly date: string;
  readonly precision: 'day' | 'week' | 'month';
  readonly text: string;
  readonly claims: readonly string[];
  readonly documents: readonly string[];
  /** Beyond the contract: the incident the entry belongs to, and where each source says it. */
  readonly incident?: string;
  readonly mentions?: readonly (TextSpan & { readonly document: string })[];
}

export interface Diagnostic {
  readonly code: string;
  readonly document?: string;
  readonly start?: number;
  readonly end?: number;
  readonly message: string;
}

/** The JSON contract of `isnad analyze --format json`. */
export interface AnalysisResult {
  readonly isnad: string;
  readonly documents: readonly DocumentInfo[];
  readonly entities: readonly Entity[];
  readonly claims: readonly Claim[];
  readonly incidents: readonly Incident[];
  readonly conflicts: readonly Conflict[];
  readonly timeline: readonly TimelineEntry[];
  readonly diagnostics: readonly Diagnostic[];
}

/** A document as handed to the engine: decoded text plus whatever the caller knows about it. */
export interface InputDocument {
  readonly id: string;
  readonly text: string;
  readonly source?: string;
  readonly published?: string;
  readonly url?: string;
}
