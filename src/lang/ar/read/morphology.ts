// Arabic clitics and inflection, in the folded view (ة→ه, ى→ي, أإآ→ا, no diacritics).
// Lexicons hold bare lemmas; these functions produce the surface forms text actually uses,
// so `وبالقتلى`, `مقاتليهم`, `عنصرين`, `قتلوا` and `يفرون` all meet their lexicon entries.

export interface Reading {
  /** The word with proclitics removed. */
  readonly stem: string;
  /** Proclitics removed, outermost first (`و`, `ب`, `ال`). */
  readonly prefixes: readonly string[];
  readonly definite: boolean;
}

const CONJUNCTIONS = ['و', 'ف'];
const PREPOSITIONS = ['ب', 'ل', 'ك'];
/** A stem must keep at least this many letters after clitics are removed. */
const MIN_STEM = 2;

/**
 * Every plausible split of a word into proclitics and a stem, the unsplit word first. Over-generation
 * is intended: lexicon lookup decides which reading exists. Split afresh on each call: a reader
 * asks its lexicon (`Lexicon.readings`), which keeps the splits of the words it has seen.
 */
export function readings(word: string): readonly Reading[] {
  return splitClitics(word);
}

/** Words recur across a batch: their splits, kept (bounded, started over when full). */
export class ReadingCache {
  private readonly splits = new Map<string, readonly Reading[]>();

  /** `readings(word)`, split once. */
  of(word: string): readonly Reading[] {
    const cached = this.splits.get(word);
    if (cached) return cached;
    if (this.splits.size >= READINGS_MAX) this.splits.clear();
    const out = splitClitics(word);
    this.splits.set(word, out);
    return out;
  }

  /** How many words' splits are kept. */
  get size(): number {
    return this.splits.size;
  }
}

/** A token that may carry its lexicon record (a token of a read sentence, `readSentence`). */
interface RecordedToken {
  readonly text: string;
  readonly word?: { readonly text: string; readonly readings: readonly Reading[] } | null;
}

/** `readings(tok.text)`, read off the token's lexicon record while it is the record of its text. */
export function tokenReadings(tok: RecordedToken): readonly Reading[] {
  const word = tok.word;
  return word != null && word.text === tok.text ? word.readings : readings(tok.text);
}

/** Splits a reading cache keeps at once: as many as the lexicon's records (`RECORDS_MAX`). */
const READINGS_MAX = 100_000;

const NO_PREFIXES: readonly string[] = [];

function splitClitics(word: string): Reading[] {
  const out: Reading[] = [{ stem: word, prefixes: NO_PREFIXES, definite: false }];
  const seen = new Set([word]);
  const add = (stem: string, prefixes: string[], definite: boolean): void => {
    if (stem.length < MIN_STEM || seen.has(stem)) return;
    seen.add(stem);
    out.push({ stem, prefixes, definite });
  };
  const afterConj: [string, string[]][] = [[word, []]];
  for (const c of CONJUNCTIONS) if (word.startsWith(c)) afterConj.push([word.slice(c.length), [c]]);
  for (const [w1, p1] of afterConj) {
    if (p1.length > 0) add(w1, p1, false);
    const afterPrep: [string, string[]][] = [[w1, p1]];
    for (const p of PREPOSITIONS) if (w1.startsWith(p)) afterPrep.push([w1.slice(1), [...p1, p]]);
    for (const [w2, p2] of afterPrep) {
      if (p2.length > p1.length) add(w2, p2, false);
      if (w2.startsWith('ال')) add(w2.slice(2), [...p2, 'ال'], true);
    }
    // لل = ل + ال with the alef dropped (للمدنيين).
    if (w1.startsWith('لل')) {
      add('ال' + w1.slice(2), [...p1, 'ل'], false);
      add(w1.slice(2), [...p1, 'ل', 'ال'], true);
    }
  }
  return out;
}

export type GrammaticalNumber = 'sg' | 'du' | 'pl';

export interface NounForm {
  readonly form: string;
  readonly number: GrammaticalNumber;
  /** Construct state (first term of an idafa: `مقاتلي`, `عنصري`), often with a pronoun after. */
  readonly construct: boolean;
}

/** Surface forms of a noun from its singular and plurals (all folded). */
export function nounForms(
  singular: string,
  plurals: readonly string[],
  taMarbuta = /ه$/.test(singular.split(' ')[0]!),
): NounForm[] {
  const out: NounForm[] = [];
  const push = (form: string, number: GrammaticalNumber, construct = false): void => {
    if (form.length >= 2) out.push({ form, number, construct });
  };
  const words = singular.split(' ');
  const head = words[0]!;
  const tail = words.length > 1 ? ' ' + words.slice(1).join(' ') : '';
  push(singular, 'sg');
  // Accusative tanween alif: عنصرا، شخصا، مدنيا (not after ة/ه or a final alif).
  // Accusative tanween alif: عنصرا، شخصا، مدنيا، مشتبها — never after ة (folded to ه) or an alif.
  if (!/ا$/.test(head) && !(taMarbuta && /ه$/.test(head))) push(head + 'ا' + tail, 'sg');
  // Dual: عنصران/عنصرين, غارة → غارتان/غارتين; construct drops ن (عنصرا/عنصري).
  const dualBase = head.endsWith('ه') ? head.slice(0, -1) + 'ت' : head;
  for (const suffix of ['ان', 'ين']) push(dualBase + suffix + tail, 'du');
  push(dualBase + 'ي' + tail, 'du', true);
  for (const plural of plurals) {
    const pw = plural.split(' ');
    const ph = pw[0]!;
    const pt = pw.length > 1 ? ' ' + pw.slice(1).join(' ') : '';
    push(plural, 'pl');
    // Sound masculine plural: مقاتلون/مقاتلين ↔ construct مقاتلو/مقاتلي.
    if (/(ون|ين)$/.test(ph)) {
      const base = ph.slice(0, -2);
      push(base + 'ون' + pt, 'pl');
      push(base + 'ين' + pt, 'pl');
      push(base + 'و' + pt, 'pl', true);
      push(base + 'ي' + pt, 'pl', true);
    }
    // Accusative on broken plurals with tanween: ألفا-style forms are rare; اسرى، قتلى take none.
    if (/[^اهيو]$/.test(ph) && !/ات$/.test(ph)) push(ph + 'ا' + pt, 'pl');
  }
  // Sound masculine plural from a nisba singular when none is listed: مدني → مدنيون/مدنيين.
  if (head.endsWith('ي') && plurals.length === 0) {
    for (const s of ['ون', 'ين']) push(head + s + tail, 'pl');
    push(head + 'و' + tail, 'pl', true);
  }
  return out;
}

/** Object and possessive pronoun suffixes, longest first. */
export const PRONOUN_SUFFIXES = ['هما', 'هم', 'هن', 'ها', 'كم', 'نا', 'ه', 'ي'];

export function stripPronoun(word: string): { base: string; suffix: string }[] {
  const out: { base: string; suffix: string }[] = [];
  for (const suffix of PRONOUN_SUFFIXES) {
    if (word.length - suffix.length >= MIN_STEM && word.endsWith(suffix)) {
      out.push({ base: word.slice(0, -suffix.length), suffix });
    }
  }
  return out;
}

const PERFECT_SUFFIXES = ['', 'ت', 'وا', 'ا', 'تا', 'ن', 'نا', 'تم', 'تن', 'و'];
const IMPERFECT_PREFIXES = ['ي', 'ت', 'ن', 'ا'];
const IMPERFECT_SUFFIXES = ['', 'ون', 'ان', 'ين', 'ن', 'وا', 'ا'];
/** Object pronouns on verbs: قتلهم، نفته، أسرتهم. */
const OBJECT_SUFFIXES = ['', 'ه', 'ها', 'هم', 'هن'];

/**
 * The jussive of a verb whose last radical is weak (`لم يتخطَّ`، `لم يتعدَّ` of `يتخطى`، `يتعدى`):
 * the imperfect with its long final vowel dropped, met after `لم`. Nothing for a sound verb, whose
 * jussive is written as the imperfect.
 */
export function jussiveForms(imperfect: string): string[] {
  if (!/[يا]$/.test(imperfect) || imperfect.length < 3) return [];
  return IMPERFECT_PREFIXES.map((pre) => pre + imperfect.slice(0, -1));
}

/**
 * Surface forms of a verb from its perfect and imperfect stems (`قتل/قتل`, `أصيب/صاب`, `قال/قول`).
 * The passive shares the active's letters once diacritics are folded.
 */
export function verbForms(perfect: string, imperfect: string | null): Set<string> {
  const out = new Set<string>();
  const perfects = [perfect];
  // Weak final radical: قضى (folded قضي) → قضوا، قضت.
  if (/[يا]$/.test(perfect)) perfects.push(perfect.slice(0, -1));
  for (const p of perfects) {
    const shortened = p !== perfect;
    for (const s of PERFECT_SUFFIXES) {
      if (shortened && !['وا', 'ت', 'تا', 'و'].includes(s)) continue;
      for (const o of OBJECT_SUFFIXES) {
        // قتلوا + هم is written قتلوهم: the plural's alif drops before an object pronoun.
        out.add(s === 'وا' && o !== '' ? p + 'و' + o : p + s + o);
      }
    }
  }
  if (imperfect) {
    const stems = [imperfect];
    if (/[يا]$/.test(imperfect)) stems.push(imperfect.slice(0, -1));
    for (const stem of stems) {
      for (const pre of IMPERFECT_PREFIXES) {
        for (const suf of IMPERFECT_SUFFIXES) {
          if (stem !== imperfect && suf === '') continue;
          for (const o of OBJECT_SUFFIXES) out.add(pre + stem + suf + o);
        }
      }
    }
  }
  for (const f of [...out]) if (f.length < 2) out.delete(f);
  return out;
}
