// Closed-class words (data/ar/closed-class.tsv): grammar the claim reader reasons with, not
// vocabulary: complementizers, contrast connectives, heads that make a phrase an outlet, time nouns.
// Entries are bare lemmas; a word is matched one way, by its stems under the clitic readings the
// morphology gives (`وبينما` meets `بينما`). A class whose words take fewer clitics says so in its
// `clitics` column, never by listing clitic forms.
//
// Must match: `وبينما` as contrast (بينما) · `للحرب` as war-noun (حرب) · `ارتفعت` as change-verb
// Must not:   `البيان` as a statement noun where the class takes no clitics (`none`)
//
// A class read as written (`none`) meets each row's word and the written forms the row lists, clitic
// forms included (`وسط` and `بوسط`; `كان/كون` as `كان`، `كانت`، `يكون`…): the listed forms are the
// whole of what it meets, for the readers whose outputs move when such words are read by stem.

import { fold } from '../normalize/index.js';
import { stripPronoun, verbForms } from '../read/morphology.js';
import type { Reading, ReadingCache } from '../read/morphology.js';

/** The classes, each with the reason the reader keeps it (see data/ar/README.md). */
export const WORD_CLASSES = [
  'contrast',
  'denied-content',
  'contrast-break',
  'war-noun',
  'war-onset',
  'war-span',
  'war-since',
  'war-of',
  'time-noun',
  'label-head',
  'document-head',
  'model-maker',
  'era-noun',
  'year-word',
  'change-verb',
  'ordinal-unit',
  'government-head',
  'government-act',
  'addressee-preposition',
  'border-noun',
  'border-preposition',
  'landmark-word',
  'launch-act',
  'origin-preposition',
  'near-noun',
  'near-noun-preposition',
  'count-head',
  'partitive',
  'count-partitive',
  'list-link',
  'list-link-preposition',
  'captor',
  'from-captivity',
  'place-head',
  'namesake-head',
  'country-namesake-head',
  'issued-by',
  'issuer-preposition',
  'issued-it',
  'relayed-it',
  'anaphoric-head',
  'corpse-noun',
  'sport-word',
  'figurative-qualifier',
  'halt-noun',
  'verdict-word',
  'carried-out',
  'unrealized',
  'plan-word',
  'anniversary-noun',
  'years-noun',
  'years-on',
  'weapon-word',
  'toxic-word',
  'fiction-word',
  'relative',
  'people-relative',
  'statement-noun',
  'saying-noun',
  'outlet-head',
  'organization-head',
  'body-noun',
  'thing-partitive',
  'equivalence',
  'rank-head',
  'rank-participle',
  'era-mark',
  'audience',
  'complementizer',
  'speaker-stop',
  'year-noun',
  'letter-name',
  'clock-zone',
  'compound-first',
  'negation',
  't-perfect',
  'campaign-noun',
  'superlative',
  'appears-in',
  'affiliation',
  'writing-verb',
  'publishing-verb',
  'published-thing',
  'victim-noun',
  'falls-victim',
  'dies-victim',
  'regular-soldier',
  'losses-noun',
  'function-word',
  'name-complementizer',
  'told-complementizer',
  'impersonal-report',
  'place-name-stop',
  'common-word-place',
  'before-place',
  'bound-first',
  'anonymous-head',
  'holding',
  'qualifier-gap',
  'count-subject',
  'qualifier-preposition',
  'outlet-name-stop',
  'name-title',
  'name-joining',
  'name-joined',
  'not-counted',
  'relative-end',
  'object-relative',
  'said-relative',
  'clause-opener',
  'passive-auxiliary',
  'body-adjective',
  'leading-connective',
  'perfect-particle',
  'particle-qad',
  'hedge-particle',
  'speaker-preposition',
  'member-preposition',
  'lineage-word',
  'ya-name',
  'institution-adjective',
  'agency-field',
  'not-media',
  'thing-outlet-head',
  'place-preposition',
  'person-preposition',
  'media-plural',
  'source-preposition',
  'source-relative',
  'transmit-source',
  'through-word',
  'generic-outlet-word',
  'correspondent-kind',
  'percent-word',
  'appears-in-preposition',
  'in-it',
  'channel-preposition',
  'hundred-word',
  'two-stem',
  'several-word',
  'number-of',
  'exception-particle',
  'range-from',
  'range-between',
  'among-lead',
  'range-lead',
  'score-zero',
  'era-letter',
  'percent-hundred',
  'spoken-hundred',
  'percent-preposition',
  'past-auxiliary',
  'count-pronoun',
  'force-member',
  'civil-service',
  'service-head',
  'reflexive-noun',
  'opponent-preposition',
  'singular-relative',
  'strike-target',
  'operation-noun',
  'speaker-object',
  'civil-operation',
  'carry-verb',
  'agent-lead',
  'others-noun',
  'ranks-noun',
  'fraction-word',
  'pronoun-preposition',
  'title-tail',
  'range-link',
  'range-end',
  'extent-word',
  'alternative',
  'era-direction',
  'ten-word',
  'two-word',
  'dual-nisba',
  'one-of',
  'identity-copula',
  'age-noun',
  'captivity-preposition',
  'grip-preposition',
  'grip-noun',
  'afflicts-verb',
  'addition-word',
  'answer-word',
  'answer-preposition',
  'answer-ground',
  'consequence-verb',
  'other-clause',
  'other-clause-head',
  'other-clause-preposition',
  'homograph-verb',
  'suffer-verb',
  'attempt-noun',
  'animal-noun',
  'rate-noun',
  'multiple-word',
  'decimal-mark',
  'estimate-verb',
  'head-count',
] as const;
export type WordClass = (typeof WORD_CLASSES)[number];

/**
 * Which clitic readings of a word may meet a class's lemma:
 * - `any`: every reading the morphology gives (conjunctions, prepositions, the article);
 * - `pronoun`: those readings, and each with a pronoun suffix cut off (`لكنهم` → لكن);
 * - `indefinite`: those readings without the article (`سلطات صنعاء`, not `السلطات`);
 * - `prep-article`: every reading, but a preposition only before the article (`بالإضافة إلى` links
 *   a list, `بإضافة` is "by adding");
 * - `long`: every reading for a lemma of three letters or more; a two-letter lemma as written
 *   (`في`، `له`): behind a clitic two letters are too often part of another word (`الله`، `كله`، `الفي`);
 * - `article`: the word as written, or with the article alone (`مراسل حربي`، `المراسل الحربي`);
 * - `none`: the word as written.
 */
export const CLITIC_RULES = [
  'any',
  'pronoun',
  'indefinite',
  'prep-article',
  'long',
  'article',
  'none',
] as const;
export type CliticRule = (typeof CLITIC_RULES)[number];

/**
 * The longest lemma the rule `long` reads only as written: behind a clitic a lemma this short is too
 * often part of another word (`في` in `الفي`). The data check lets a row of a class read as written
 * be such a lemma with a clitic, a word of its own (`كيو` beside `يو`).
 */
export const SHORT_LEMMA = 2;

const PREPOSITIONS = new Set(['ب', 'ل', 'ك']);

function allowed(rule: CliticRule, r: Reading, indefinite: boolean): boolean {
  if (indefinite && r.definite) return false;
  return rule !== 'prep-article' || r.definite || !r.prefixes.some((p) => PREPOSITIONS.has(p));
}

export function isWordClass(value: string | undefined): value is WordClass {
  return (WORD_CLASSES as readonly (string | undefined)[]).includes(value);
}

export function isCliticRule(value: string | undefined): value is CliticRule {
  return (CLITIC_RULES as readonly (string | undefined)[]).includes(value);
}

interface ClassTable {
  readonly forms: Set<string>;
  rule: CliticRule;
  /** The class's place in WORD_CLASSES: its byte in a word's kept answers (`hasWord`). */
  readonly index: number;
}

/** A word that keeps what the closed classes answered for it (a lexicon record, `LexWord`). */
export interface ClassAnswers {
  readonly text: string;
  /**
   * Two bits per class of WORD_CLASSES, four classes to a byte (`ANSWER_BYTES`): 0 not asked yet,
   * 1 not of the class, 2 of the class.
   */
  classes?: Uint8Array | undefined;
  /** The tables that answered: answers are kept for one ClosedWords, as it was. */
  classesBy?: ClosedWords | undefined;
  classesAt?: number | undefined;
}

/**
 * The bytes of a word's kept answers. Four to a byte they stay under the 64 bytes V8 keeps a typed
 * array inside the JS heap; a byte a class (163) put a buffer outside it for every word asked, at
 * some 400 bytes a word all told, where this takes about 270.
 */
const ANSWER_BYTES = (WORD_CLASSES.length + 3) >> 2;

export class ClosedWords {
  private readonly classes = new Map<WordClass, ClassTable>();

  /**
   * `readings` are the splits of the lexicon that holds these words (`Lexicon.readings`); `changed`
   * is told of every addition and removal (the lexicon drops the word flags it set from the classes).
   */
  constructor(
    private readonly readings: ReadingCache,
    private readonly changed: () => void = () => {},
  ) {}

  /** Counts the additions and removals, so that answers kept on words before one are asked again. */
  private additions = 0;

  /**
   * Adds a lemma (folded here) or a verb as `perfect/imperfect` stems, under the class's rule; a
   * class read as written (`none`) takes a verb's perfect as written and the `written` forms given.
   */
  add(cls: WordClass, word: string, rule: CliticRule, written: readonly string[] = []): void {
    let table = this.classes.get(cls);
    if (!table) this.classes.set(cls, (table = { forms: new Set(), rule, index: WORD_CLASSES.indexOf(cls) }));
    table.rule = rule;
    this.additions++;
    this.changed();
    if (rule === 'none') {
      for (const f of [word.split('/')[0]!, ...written]) table.forms.add(fold(f));
    } else if (word.includes('/')) {
      const [perfect, imperfect] = word.split('/');
      for (const f of verbForms(fold(perfect!), imperfect ? fold(imperfect) : null)) table.forms.add(f);
    } else table.forms.add(fold(word));
  }

  /** Takes a row out again, as `add` was given it: a lexicon without the row reads as if never listed. */
  remove(cls: WordClass, word: string, written: readonly string[] = []): void {
    const table = this.classes.get(cls);
    if (!table) return;
    this.additions++;
    this.changed();
    if (table.rule === 'none') {
      for (const f of [word.split('/')[0]!, ...written]) table.forms.delete(fold(f));
    } else if (word.includes('/')) {
      const [perfect, imperfect] = word.split('/');
      for (const f of verbForms(fold(perfect!), imperfect ? fold(imperfect) : null)) table.forms.delete(f);
    } else table.forms.delete(fold(word));
  }

  /**
   * Whether a folded word is a word of the class, under the class's clitic rule; `indefinite` keeps
   * to readings without the article where a place asks for one (a time noun counted: `3 أيام`).
   */
  has(cls: WordClass, word: string, indefinite = false): boolean {
    const table = this.classes.get(cls);
    // As written, a set lookup: the name readers ask this of most tokens.
    if (table?.rule === 'none') return table.forms.has(word);
    if (table?.rule === 'article') return asWrittenOrDefinite(table.forms, word);
    return this.reading(cls, word, indefinite) !== null;
  }

  /**
   * `has(cls, word.text)` for a word that keeps its answers (a lexicon record): each class is asked
   * once per word, and a word seen again costs a byte read rather than a lookup of its readings.
   */
  hasWord(cls: WordClass, word: ClassAnswers): boolean {
    const table = this.classes.get(cls);
    if (!table) return false;
    let answers = word.classes;
    if (answers === undefined || word.classesBy !== this || word.classesAt !== this.additions) {
      word.classes = answers = new Uint8Array(ANSWER_BYTES);
      word.classesBy = this;
      word.classesAt = this.additions;
    }
    const at = table.index >> 2;
    const shift = (table.index & 3) << 1;
    const known = (answers[at]! >> shift) & 3;
    if (known !== 0) return known === 2;
    const yes = this.reading(cls, word.text) !== null;
    answers[at] = answers[at]! | ((yes ? 2 : 1) << shift);
    return yes;
  }

  /** The first clitic reading of a folded word whose stem is a word of the class, or null. */
  reading(cls: WordClass, word: string, bare = false): Reading | null {
    const table = this.classes.get(cls);
    if (!table) return null;
    // Classes read as written answer from the word alone: its readings are split only for a member.
    if (table.rule === 'none') return table.forms.has(word) ? this.readings.of(word)[0]! : null;
    if (table.rule === 'article')
      return asWrittenOrDefinite(table.forms, word) ? this.readings.of(word)[0]! : null;
    const all = this.readings.of(word);
    if (table.rule === 'long')
      return (
        all.find(
          (r) => table.forms.has(r.stem) && (r.prefixes.length === 0 || r.stem.length > SHORT_LEMMA),
        ) ?? null
      );
    const indefinite = bare || table.rule === 'indefinite';
    for (const r of all) if (table.forms.has(r.stem) && allowed(table.rule, r, indefinite)) return r;
    if (table.rule === 'pronoun')
      for (const r of all) for (const { base } of stripPronoun(r.stem)) if (table.forms.has(base)) return r;
    return null;
  }

  /**
   * Whether a folded word, as written or with the article only, is a lemma of the class: a head word
   * left once a glued conjunction or preposition is cut off (`و|الشركة`، `ل|هيئة`), never `بالشركة`.
   */
  hasBareOrDefinite(cls: WordClass, word: string): boolean {
    const forms = this.classes.get(cls)?.forms;
    return forms !== undefined && asWrittenOrDefinite(forms, word);
  }

  /** Whether a stem already cut from its clitics is a lemma of the class. */
  hasStem(cls: WordClass, stem: string): boolean {
    return this.classes.get(cls)?.forms.has(stem) ?? false;
  }

  /**
   * Whether a speaker stop is read as a preposition with the article (`العلي` folds to ال + `على`):
   * a preposition never takes the article, so the word is a name's, no stop.
   */
  isArticledPreposition(word: string): boolean {
    const r = this.reading('speaker-stop', word);
    return r?.definite === true && this.hasStem('speaker-preposition', r.stem);
  }
}

/** A folded word that is one of `forms` as written or with the article alone (`ال` + a form). */
function asWrittenOrDefinite(forms: ReadonlySet<string>, word: string): boolean {
  return forms.has(word) || (word.startsWith('ال') && forms.has(word.slice(2)));
}
