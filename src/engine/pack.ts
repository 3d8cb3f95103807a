// The seam between the language-free engine and a language pack. The engine knows no Arabic:
// it hands each document to the pack that claims its language and assembles the results.

import type { Claim, Diagnostic, DocumentInfo, MentionRole, TextSpan } from '../types.js';

export interface PackDocument {
  readonly id: string;
  readonly text: string;
  readonly source: string | null;
  readonly url?: string;
  readonly published: string | null;
}

export interface PackMention {
  readonly entityId: string;
  readonly type: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly span: TextSpan;
  readonly parent?: string;
  readonly country?: string;
  /** `voice`: a place named as the government seated there (`موسكو ترد`), not where events happened. */
  readonly role?: MentionRole;
}

/** A resolved date or duration the pack read, with the sentence it stands in (for the timeline). */
export interface PackTime {
  readonly kind: 'date' | 'duration';
  readonly span: TextSpan;
  readonly sentence: TextSpan;
  /** YYYY-MM-DD (the first day for week and month precision); null for durations. */
  readonly date: string | null;
  readonly precision: 'day' | 'week' | 'month' | 'year' | null;
  readonly duration?: { readonly amount: number; readonly unit: string };
  /** The sentence says more than the date: a byline or a dateline alone is not an event. */
  readonly narrative: boolean;
}

export interface PackResult {
  readonly document: DocumentInfo;
  readonly claims: readonly Claim[];
  readonly mentions: readonly PackMention[];
  readonly diagnostics: readonly Diagnostic[];
  readonly times?: readonly PackTime[];
  /** Its headline or lead tells of an event by a toxic gas or chemical arms (for the linker only). */
  readonly toxic?: boolean;
}

/**
 * One document read alone, up to the stages that need the whole batch: plain data, so that it can
 * cross from a worker thread. `dated` says whether the document has a publication day of its own
 * (given or read from its text); `batch` is what the pack's batch stages need of it.
 */
export interface PackReading {
  readonly result: PackResult;
  readonly dated: boolean;
  readonly batch: unknown;
}

export interface LanguagePack {
  readonly language: string;
  /** Share of the text written in this pack's script, 0..1. */
  score(text: string): number;
  /**
   * Analyzes a batch. Packs see the whole batch because some facts are shared by the reports of
   * one incident (a year stated by one report dates another's "Thursday, 20 January").
   */
  analyzeBatch(documents: readonly PackDocument[]): PackResult[];
  /**
   * Reads one document alone (on any thread). `finishBatch` over such readings, in batch order,
   * gives what `analyzeBatch` gives over their documents. A batch lends publication days to
   * undated reports when others are dated: those are read again, and `documentOf(k)` must give
   * the k-th document when its reading is not `dated` (null when it cannot).
   */
  readAlone?(document: PackDocument): PackReading;
  finishBatch?(
    readings: readonly PackReading[],
    documentOf: (k: number) => PackDocument | undefined,
  ): PackResult[] | null;
}
