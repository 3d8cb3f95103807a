// The closed vocabularies of the claim contract (CLAIMS.md), as tables keyed by the types' unions:
// the compiler checks that every value of a union is listed, so a value added to types.ts must be
// added here, and every reader and checker (eval, lexicon loader, fixtures) takes them from here.

import type {
  Category,
  ConflictKind,
  EventKind,
  HopKind,
  Qualifier,
  Stance,
  StrikeMeans,
  SubjectKind,
  Unit,
} from './types.js';

export type Vocabulary<T extends string> = Readonly<Record<T, true>>;

export const QUALIFIERS: Vocabulary<Qualifier> = {
  exact: true,
  approx: true,
  at_least: true,
  more_than: true,
  at_most: true,
  less_than: true,
  range: true,
  vague: true,
};

export const CATEGORIES: Vocabulary<Category> = {
  killed: true,
  wounded: true,
  killed_or_wounded: true,
  arrested: true,
  abducted: true,
  escaped: true,
  released: true,
  missing: true,
  displaced: true,
  surrendered: true,
  combatants: true,
  strikes: true,
  held: true,
  other: true,
};

export const SUBJECT_KINDS: Vocabulary<SubjectKind> = {
  combatants: true,
  civilians: true,
  prisoners: true,
  staff: true,
  families: true,
  mixed: true,
  other: true,
  unknown: true,
};

export const STANCES: Vocabulary<Stance> = {
  asserted: true,
  probable: true,
  possible: true,
  denied: true,
  uncommitted: true,
};

export const UNITS: Vocabulary<Unit> = {
  person: true,
  family: true,
  strike: true,
  vehicle: true,
  other: true,
};

export const STRIKE_MEANS: Vocabulary<StrikeMeans> = {
  air: true,
  missile: true,
  artillery: true,
  explosive: true,
};

export const EVENT_KINDS: Vocabulary<EventKind> = {
  killing: true,
  strike: true,
  shelling: true,
  attack: true,
  explosion: true,
  clash: true,
  shooting: true,
  arrest: true,
  abduction: true,
  displacement: true,
  execution: true,
};

export const HOP_KINDS: Vocabulary<HopKind> = {
  outlet: true,
  person: true,
  organization: true,
  anonymous: true,
  document: true,
  unknown: true,
};

export const CONFLICT_KINDS: Vocabulary<ConflictKind> = {
  disagreement: true,
  denial: true,
  revision: true,
  sum_mismatch: true,
};

/** True when `value` is one of the vocabulary's words. */
export function isOneOf<T extends string>(vocabulary: Vocabulary<T>, value: unknown): value is T {
  return typeof value === 'string' && Object.hasOwn(vocabulary, value);
}

/** The vocabulary's words, in their listed order. */
export function wordsOf<T extends string>(vocabulary: Vocabulary<T>): readonly T[] {
  return Object.keys(vocabulary) as T[];
}
