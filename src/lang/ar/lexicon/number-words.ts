// The number words and qualifiers of data/ar (numbers.tsv, qualifiers.tsv) as the quantity reader
// looks them up: number words by folded form, qualifier forms by position, longest first. Loaded
// with the rest of the lexicon and kept on it (`Lexicon.numberWords`, `Lexicon.qualifiers`).

import type { Qualifier } from '../../../types.js';
import { fold } from '../normalize/index.js';
import { jussiveForms, verbForms } from '../read/morphology.js';
import { readTsv } from './tsv.js';

export type NumberType =
  | 'unit'
  | 'one'
  | 'ten'
  | 'hundred'
  | 'scale'
  | 'scale-plural'
  | 'scale-dual'
  | 'fraction'
  | 'vague'
  /** An unnamed unit that counts only before و and a ten (`نيف وعشرون`): some-and-tens. */
  | 'some';

export interface NumberWord {
  readonly value: number;
  readonly type: NumberType;
  readonly high: number | null;
}

export interface QualifierForm {
  readonly words: readonly string[];
  readonly firstForms: ReadonlySet<string> | null;
  readonly position: 'before' | 'after';
  readonly qualifier: Qualifier;
  readonly verb: boolean;
}

/** Qualifier forms by position, longest first; and, per word, the forms it opens (filled as asked). */
export interface QualifierTables {
  readonly before: QualifierForm[];
  readonly after: QualifierForm[];
  readonly opening: {
    readonly before: Map<string, readonly QualifierForm[]>;
    readonly after: Map<string, readonly QualifierForm[]>;
  };
}

export function emptyQualifiers(): QualifierTables {
  return { before: [], after: [], opening: { before: new Map(), after: new Map() } };
}

/** numbers.tsv: every number word by its folded form. */
export function addNumberWords(into: Map<string, NumberWord>): void {
  for (const row of readTsv('numbers.tsv')) {
    const form = fold(row['form'] ?? '');
    if (!form) continue;
    into.set(form, {
      value: Number(row['value']),
      type: (row['type'] ?? 'unit') as NumberType,
      high: row['high'] ? Number(row['high']) : null,
    });
  }
}

/** qualifiers.tsv: the forms before and after a figure, longest first (`ما لا يقل عن` over `يقل`). */
export function addQualifiers(into: QualifierTables): void {
  for (const row of readTsv('qualifiers.tsv')) {
    const raw = row['form'] ?? '';
    if (!raw) continue;
    const verb = row['type'] === 'verb';
    let firstForms: Set<string> | null = null;
    let words: string[];
    if (verb) {
      const [perfect, imperfect] = raw.split('/').map((s) => fold(s.trim()));
      firstForms = verbForms(perfect!, imperfect ?? null);
      // `لم يتخطَّ 20`: a bound's verb after لم is the jussive.
      for (const f of jussiveForms(imperfect ?? '')) firstForms.add(f);
      words = [perfect!];
    } else words = fold(raw).split(/\s+/);
    const form: QualifierForm = {
      words,
      firstForms,
      position: row['position'] === 'after' ? 'after' : 'before',
      qualifier: (row['qualifier'] ?? 'exact') as Qualifier,
      verb,
    };
    (form.position === 'before' ? into.before : into.after).push(form);
  }
  const byLength = (a: QualifierForm, b: QualifierForm): number => b.words.length - a.words.length;
  into.before.sort(byLength);
  into.after.sort(byLength);
}
