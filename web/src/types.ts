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

export type { Claim, Conflict, Estimate, Incident, TimelineEntry, Quantity, Category, SubjectKind, Stance };

export interface StoredClaim extends Claim {
  readonly review: 'confirmed' | 'rejected' | null;
  readonly corrected: boolean;
  readonly machine?: Claim;
  readonly republication?: string;
}

export interface CaseSummary {
  readonly id: number;
  readonly name: string;
  readonly created: string;
  readonly updated: string;
  readonly documents: number;
  readonly claims: number;
}

export interface DocumentSummary {
  readonly id: string;
  readonly position: number;
  readonly source: string | null;
  readonly published: string | null;
  readonly url: string | null;
  readonly title: string | null;
  readonly status: string;
  readonly republicationOf: string | null;
  readonly claims: number;
  readonly length: number;
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

export interface BriefSentence {
  readonly text: string;
  readonly claims: readonly string[];
}

export interface Brief {
  readonly lang: 'ar' | 'en';
  readonly dir: 'ltr' | 'rtl';
  readonly title: string;
  readonly headings: Readonly<Record<string, string>>;
  readonly incidents: readonly {
    readonly id: string;
    readonly title: string;
    readonly sections: readonly { readonly heading: string; readonly sentences: readonly BriefSentence[] }[];
  }[];
  readonly references: readonly {
    readonly label: string;
    readonly claim: string;
    readonly quote: string;
    readonly chain: string;
    readonly outlet: string;
    readonly published: string | null;
    readonly url: string | null;
    readonly document: string;
  }[];
}

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

export interface AddedDocument {
  readonly document: string;
  readonly status: 'added' | 'duplicate' | 'failed';
  readonly existing?: string;
  readonly claims: number;
  readonly message?: string;
}
