// What the API hands out, as the UI reads it. The claim model is the JSON contract of src/types.ts.

import type {
  Claim,
  Conflict,
  Estimate,
  Incident,
  TimelineEntry,
  Quantity,
  Category,
  SubjectKind,
  Stance,
} from '../../src/types.js';
import type { DocumentSummary } from '../../src/store/shapes.js';
import type { BriefIncident, BriefReference } from '../../src/export/brief/shapes.js';

export type { Claim, Conflict, Estimate, Incident, TimelineEntry, Quantity, Category, SubjectKind, Stance };
export type { AddedDocument, CaseSummary, DocumentSummary } from '../../src/store/shapes.js';
export type {
  BriefIncident,
  BriefReference,
  Sentence as BriefSentence,
} from '../../src/export/brief/shapes.js';

/** The brief as the UI reads it from `GET /api/cases/{id}/brief`. */
export interface Brief {
  readonly lang: 'ar' | 'en';
  readonly dir: 'ltr' | 'rtl';
  readonly title: string;
  readonly headings: Readonly<Record<string, string>>;
  readonly incidents: readonly BriefIncident[];
  readonly references: readonly BriefReference[];
}

export interface StoredClaim extends Claim {
  readonly review: 'confirmed' | 'rejected' | null;
  readonly corrected: boolean;
  readonly machine?: Claim;
  readonly republication?: string;
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface DocumentFull extends Omit<DocumentSummary, 'claims'> {
  readonly text: string;
  readonly claims: readonly StoredClaim[];
  readonly info: { readonly boilerplate?: readonly Span[] } | null;
  readonly entities: readonly {
    readonly id: string;
    readonly type: string;
    readonly name: string;
    readonly start: number;
    readonly end: number;
    readonly text: string;
  }[];
  readonly dates: readonly {
    readonly kind: string;
    readonly start: number;
    readonly end: number;
    readonly text: string;
    readonly date: string | null;
    readonly precision: string | null;
  }[];
}

export type CaseEstimate = Estimate & { readonly incident: string };

export interface GeoFeature {
  readonly id: string;
  readonly geometry: { readonly type: 'Point'; readonly coordinates: readonly [number, number] } | null;
  readonly properties: {
    readonly title: string;
    readonly location: string | null;
    readonly location_en: string | null;
    readonly start: string | null;
    readonly end: string | null;
    readonly geo_note: string | null;
    readonly claims: number;
    readonly estimates: readonly Estimate[];
  };
}
