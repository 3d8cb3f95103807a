// What a language gives the incident brief: its words and sentence templates. The brief's logic
// (which facts, which claims cite them) is language-free in brief.ts; each language fills these
// slots in its own file (en.ts, ar.ts). Every template returns one sentence; the caller attaches
// the claims it rests on.

import type { Category, ConflictKind, Qualifier, Stance, SubjectKind } from '../../types.js';

/** A figure with who gives it, ready for a template. */
export interface Given {
  readonly figure: string;
  readonly who: string;
  readonly marks: readonly Mark[];
  /** How many reports give this same figure through the same speaker (copies and relays); 1 when absent. */
  readonly reports?: number;
}

export type Mark = Exclude<Stance, 'asserted'> | 'partisan' | 'superseded';

export interface Slot {
  readonly category: Category;
  /** The side's display name, or null for civilians / people of no named side. */
  readonly side: string | null;
  readonly kind: SubjectKind;
}

export interface SourceLine {
  /** A side that speakers speak for, or null for speakers of no known side. */
  readonly side: string | null;
  /** Outlets reporting in their own voice (no speaker named). */
  readonly own?: boolean;
  readonly speakers: readonly string[];
  readonly outlets: readonly string[];
}

export interface Templates {
  readonly lang: 'en' | 'ar';
  readonly dir: 'ltr' | 'rtl';
  readonly heading: {
    readonly title: string;
    readonly happened: string;
    readonly tolls: string;
    readonly disputed: string;
    readonly unconfirmed: string;
    readonly sources: string;
    readonly references: string;
  };
  number(n: number): string;
  date(iso: string): string;
  quantity(q: {
    readonly qualifier: Qualifier;
    readonly point: number | null;
    readonly low: number | null;
    readonly high: number | null;
  }): string;
  /** `Ghuwayran prison attack` style heading of one incident: place and dates. */
  incidentTitle(place: string, start: string | null, end: string | null): string;
  /** What happened, where and when. */
  happened(input: {
    readonly reports: number;
    readonly outlets: number;
    readonly start: string | null;
    readonly end: string | null;
    readonly place: string | null;
    readonly where: string | null;
    readonly sides: readonly string[];
    readonly events: readonly Category[];
  }): string;
  /** The toll of one slot: its range and who gives which figure. */
  toll(
    slot: Slot,
    range: {
      readonly low: number | null;
      readonly high: number | null;
      readonly conservative: number | null;
    },
    given: readonly Given[],
  ): string;
  conflict(
    kind: ConflictKind,
    slot: Slot,
    sides: { readonly against: readonly Given[]; readonly by: readonly Given[] },
  ): string;
  unconfirmed(given: readonly Given[]): string;
  sources(lines: readonly SourceLine[], independent: number, relayed: number): string;
  /** A report whose outlet isnad does not know. */
  unnamed(document: string): string;
}

export function isTollCategory(c: Category): boolean {
  return c !== 'other';
}
