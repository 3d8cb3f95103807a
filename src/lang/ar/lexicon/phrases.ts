// The phrases of data/ar/phrases.tsv by class, folded, and the regex alternations the readers build
// from them, kept on the lexicon: the page readers (meta/, read/boilerplate.ts) match a class as
// written, one phrase after another in the file's order, with the gap between words their pattern
// had (one space, or `\s+`).
//
// Must read: `تاريخ النشر` as `تاريخ النشر` (published-label) · `بحسب` beside `حسب` (outlet-citation,
//   a written form) · `اتصال هاتفي` as `اتصال\s+هاتفي` where the reader asks for `\s+`
// Must not: read a phrase of one class for another

import { fold } from '../normalize/index.js';
import { listCell, readTsv } from './tsv.js';

/** The classes of phrases.tsv, each read by one reader (data/ar/README.md). */
export const PHRASE_CLASSES = [
  'published-label',
  'published-label-link',
  'updated-label',
  'date-line-word',
  'time-zone-head',
  'outlet-citation',
  'statement-noun',
  'statement-adjective',
  'promo-word',
  'promo-content-head',
  'newsletter-head',
  'newsletter-adjective',
  'copyright-sign',
  'copyright-all',
  'copyright-rights',
  'copyright-kind',
  'copyright-reserved',
  'exclusive-tag',
  'correspondent-noun',
  'follow-verb',
  'follow-via',
  'boilerplate-script',
  'read-also-verb',
  'read-also-what',
  'boilerplate-may-interest',
  'boilerplate-comments',
  'boilerplate-more-from',
  'boilerplate-related',
  'boilerplate-newsletter',
  'boilerplate-social-verb',
  'boilerplate-social-network',
  'boilerplate-caption',
  'boilerplate-copyright',
] as const;

export type PhraseClass = (typeof PHRASE_CLASSES)[number];

export function isPhraseClass(value: string | undefined): value is PhraseClass {
  return (PHRASE_CLASSES as readonly (string | undefined)[]).includes(value);
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** The phrases of one lexicon, and what its readers compile from them. */
export class PhraseTable {
  private readonly byClass = new Map<PhraseClass, string[]>();
  private readonly alternations = new Map<string, string>();
  private readonly kept = new Map<object, unknown>();
  /** `anyIn`'s pattern of each class asked (null: a class without forms). */
  private readonly finders = new Map<PhraseClass, RegExp | null>();

  /** Adds a phrase and its other written forms (folded as given) to a class, after the others. */
  add(cls: PhraseClass, ...forms: readonly string[]): void {
    let list = this.byClass.get(cls);
    if (!list) this.byClass.set(cls, (list = []));
    list.push(...forms);
    this.finders.delete(cls);
    for (const key of [...this.alternations.keys()])
      if (key.startsWith(`${cls}\t`)) this.alternations.delete(key);
  }

  /** The folded forms of a class, in the file's order (each row's phrase, then its written forms). */
  forms(cls: PhraseClass): readonly string[] {
    return this.byClass.get(cls) ?? [];
  }

  /**
   * Whether `text` holds one of the class's forms anywhere (a page holding none needs no pattern).
   * One pass of one pattern, the forms as literal code units (no `u` flag, as `includes` compares
   * them), rather than a search of the whole text for each form: several times faster on a page
   * that holds none, which is most pages.
   */
  anyIn(text: string, cls: PhraseClass): boolean {
    let finder = this.finders.get(cls);
    if (finder === undefined) {
      // A literal space between words: the alternation is each form escaped, as written.
      finder = this.forms(cls).length === 0 ? null : new RegExp(this.alternation(cls));
      this.finders.set(cls, finder);
    }
    return finder !== null && finder.test(text);
  }

  /**
   * The forms of a class as a regex alternation (no group), in order, their words joined by `gap`
   * (a literal space by default, or a pattern such as `\\s+`).
   */
  alternation(cls: PhraseClass, gap = ' '): string {
    const key = `${cls}\t${gap}`;
    let source = this.alternations.get(key);
    if (source === undefined) {
      source = this.forms(cls)
        .map((form) => form.split(' ').map(escapeRegex).join(gap))
        .join('|');
      this.alternations.set(key, source);
    }
    return source;
  }

  /**
   * What `build` makes of this table (a pattern; never undefined), built the first time a reader asks
   * and kept: a reader's pattern compiles once per lexicon.
   */
  compiled<T>(build: (table: PhraseTable) => T): T {
    const kept = this.kept.get(build);
    if (kept !== undefined) return kept as T;
    const value = build(this);
    this.kept.set(build, value);
    return value;
  }
}

/** phrases.tsv into a table: each row's phrase, then its written forms, folded. */
export function addPhrases(table: PhraseTable): void {
  for (const row of readTsv('phrases.tsv')) {
    const cls = row['class'];
    const phrase = fold(row['phrase'] ?? '').trim();
    if (!isPhraseClass(cls) || phrase === '') continue;
    table.add(cls, phrase, ...listCell(row['written']).map((w) => fold(w).trim()));
  }
}
