// What the figure reader makes and passes between its rules: the `Figure` of one counted quantity,
// the `Draft` a figure is read into, and what the figures of one sentence share.

import type { Category, Quantity, SubjectKind, Unit } from '../../../types.js';
import type { GazetteerEntry, Lexicon, NounHit } from '../lexicon/lexicon.js';
import type { EntityHit, EventHit, SentenceView } from '../read/sentence-view.js';
import type { QuantityMention } from '../quantities/sentence.js';

export interface Figure {
  /** Token range of the quantity expression (qualifier + numeral), then of the counted noun. */
  readonly qStart: number;
  readonly qEnd: number;
  readonly nounStart: number;
  /** The end of the counted phrase (`مدنيين اثنين`); the counted noun itself ends at `subjectEnd`. */
  readonly nounEnd: number;
  readonly subjectEnd: number;
  readonly quantity: Quantity;
  readonly unit: Unit;
  readonly category: Category;
  readonly kind: SubjectKind;
  readonly group: GazetteerEntry | null;
  /** The noun carries a possessive pronoun (`مقاتليهم`): its group is the speaker's side. */
  readonly possessed: boolean;
  /** Index of the figure this one is a part of (`منهم 77`), within the sentence. */
  readonly partOf: number | null;
  /** The counted noun's lemma, when there is one. */
  readonly lemma: string | null;
  readonly rules: readonly string[];
  /** Who holds the people counted (`رهائن لدى التنظيم`): the captor, never their side. */
  readonly holder?: GazetteerEntry;
}

/** What the figures of one sentence share: the quantities read, the figures so far, groups taken. */
export interface SentenceFigures {
  readonly view: SentenceView;
  readonly lex: Lexicon;
  readonly raws: readonly QuantityMention[];
  readonly figures: Figure[];
  readonly consumed: Set<number>;
}

/** One figure being read: its quantity, what it counts, and the rule ids that fired, in order. */
export interface Draft {
  readonly raw: QuantityMention;
  readonly rules: string[];
  noun: NounHit | null;
  nounStart: number;
  nounEnd: number;
  entityAfter: EntityHit | null;
  anchor: number | null;
  kind: SubjectKind;
}

/** The event predicate chosen for a figure, with the rule id that chose it, or null. */
export type ChosenEvent = { hit: EventHit; rule: string } | null;

/**
 * Whether a figure counts civilians or families and no armed noun (`مدنيين`، `مستوطنين`، `عائلات`):
 * people who are never a fighting force (ar/category/civilian-force, civilian-crowd, recruits).
 */
export function civilianCount(d: Draft): boolean {
  return (d.kind === 'civilians' || d.kind === 'families') && !d.noun?.entry.armed;
}

export const CASUALTY_NOUN = new Set<Category>(['killed', 'wounded', 'killed_or_wounded', 'missing']);
/** Categories of people in someone's hands, who may name a holder. */
export const HELD = new Set<Category>(['abducted', 'held', 'arrested']);

/**
 * Where an event word stands to a figure, read once for every event rule (`event.ts`): on which side
 * of the count, how many tokens away (a comma that ends a clause weighs six), and what it is.
 */
export interface EventPlace {
  readonly hit: EventHit;
  /** Before the count, after its counted noun, or over them (neither). */
  readonly side: 'before' | 'after' | 'over';
  readonly gap: number;
  /** What an attack word or a toll named alone loses against an event next to the figure. */
  readonly penalty: number;
  /** How far before the count the event may stand: a standing population's verb stays close. */
  readonly reach: number;
  /** A verb after the count agreeing with it in the plural (`قتلوا`). */
  readonly plural: boolean;
  /** Where the counted noun was named earlier in the sentence (`عددها`), or null. */
  readonly anchor: number | null;
}

/** A rule that scores an event word for a figure (lower is better), or null when it does not apply. */
export interface EventRule {
  readonly id: string;
  score(place: EventPlace): number | null;
}

/** What the rules that tell a category more closely read: the figure, its event, the noun's own category. */
export interface CategoryReading {
  readonly view: SentenceView;
  readonly d: Draft;
  readonly event: ChosenEvent;
  readonly nounCat: Category | null;
}

/** A rule that tells a figure's category more closely: the category, or null to drop the figure. */
export type CategoryRefiner = (r: CategoryReading, category: Category) => Category | null;

/**
 * What the side rules read (`side.ts`): the figure, whether those counted are held, and once the
 * counted phrase names no side, the words around it: a side the noun names itself, one after the
 * count (taken, so no later figure reads it before its own count), one before it, a parallel figure.
 */
export interface SideLook {
  readonly s: SentenceFigures;
  readonly d: Draft;
  readonly unit: Unit;
  readonly held: boolean;
  /** Those counted surrendered: a side after `ل` (`للجيش`) is the one they surrendered to. */
  readonly surrendered?: boolean;
  readonly self?: EntityHit | null;
  readonly after?: GazetteerEntry | null;
  readonly before?: GazetteerEntry | null;
  readonly parallel?: Figure | undefined;
}

/** A rule that names the side counted: a side, null for none (no later rule asked), or undefined. */
export type SideRule = (look: SideLook) => GazetteerEntry | null | undefined;
