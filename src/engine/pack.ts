// The seam between the language-free engine and a language pack. The engine knows no Arabic:
// it hands each document to the pack that claims its language and assembles the results.

import type { Claim, Diagnostic, DocumentInfo, TextSpan } from '../types.js';

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
}

export interface PackResult {
  readonly document: DocumentInfo;
  readonly claims: readonly Claim[];
  readonly mentions: readonly PackMention[];
  readonly diagnostics: readonly Diagnostic[];
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
}
