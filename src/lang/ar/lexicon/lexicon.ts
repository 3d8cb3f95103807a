// The Arabic lexicons compiled into lookup tables, once per lexicon (`loadArabicLexicon`). Every
// entry is folded the way text is folded, and expanded into the surface forms the morphology module
// generates.

import type { Category, EventKind, HopKind, Stance, StrikeMeans, SubjectKind, Unit } from '../../../types.js';
import { EVENT_KINDS, STRIKE_MEANS, SUBJECT_KINDS, UNITS, isOneOf } from '../../../vocabulary.js';
import { fold, noListedWords, normalizerWith } from '../normalize/index.js';
import type { ListedWords } from '../normalize/index.js';
import type { FoldedText } from '../../../text/folded.js';
import { loadListedWords } from './listed-words.js';
import type { GrammaticalNumber } from '../read/morphology.js';
import { ReadingCache, nounForms, stripPronoun, verbForms } from '../read/morphology.js';
import { IsnadError } from '../../../errors.js';
import { foldedList, listCell, readTsv } from './tsv.js';
import type { Row } from './tsv.js';
import { ClosedWords, isCliticRule, isWordClass } from './closed-words.js';
import type { Reading } from '../read/morphology.js';
import { RecordTable } from './record-table.js';
import { addQualifiers, emptyQualifiers } from './number-words.js';
import type { NumberWord, QualifierTables } from './number-words.js';
import { emptyDateLexicon, loadDateLexicon } from '../dates/lexicon.js';
import { PhraseTable, addPhrases } from './phrases.js';
import type { DateLexicon } from '../dates/lexicon.js';
import type { SecondWords } from './second-words.js';

export interface NounEntry {
  readonly lemma: string;
  readonly kind: SubjectKind;
  readonly unit: Unit;
  readonly category: Category | null;
  readonly armed: boolean;
}

export interface NounHit {
  readonly entry: NounEntry;
  readonly number: GrammaticalNumber;
  readonly construct: boolean;
  /** A pronoun suffix read off the word (`مقاتليهم` → `هم`). */
  readonly pronoun?: string;
}

export interface EventEntry {
  readonly form: string;
  readonly pos: 'noun' | 'verb' | 'phrase';
  readonly category: Category;
  /**
   * `stock`: a standing population (تحتجز); `needs-prisoners`: escaped only when prisoners flee;
   * `yields`: a toll named alone gives way to an event next to the figure.
   */
  readonly notes: readonly string[];
}

/** The contexts an event word may need (event-mentions.tsv's `note` column). */
export const MENTION_NOTES = ['figurative', 'verdict', 'ceasefire', 'quote'] as const;
export type MentionNote = (typeof MENTION_NOTES)[number];

function isMentionNote(value: string | undefined): value is MentionNote {
  return (MENTION_NOTES as readonly (string | undefined)[]).includes(value);
}

/** A word of event-mentions.tsv: it tells of an event by itself, with or without a figure. */
export interface MentionEntry {
  readonly form: string;
  readonly pos: 'noun' | 'verb' | 'phrase';
  readonly kind: EventKind;
  /** The context it needs (see data/ar/event-mentions.tsv), or null. */
  readonly note: MentionNote | null;
  /** For a phrase: its folded words, the article set aside (matched with `Lexicon.wordMatches`). */
  readonly words: readonly string[];
}

export type CueRole = 'report' | 'transmit' | 'deny' | 'hedge';

export interface CueEntry {
  readonly form: string;
  readonly pos: 'verb' | 'prep' | 'phrase' | 'noun' | 'participle';
  readonly role: CueRole;
  readonly stance: Stance;
}

export interface RoleEntry {
  readonly form: string;
  readonly kind: HopKind;
  readonly takesOf: boolean;
}

export type GazetteerType =
  | 'armed_group'
  | 'government'
  | 'organization'
  | 'outlet'
  | 'location'
  | 'facility';

export interface GazetteerEntry {
  readonly id: string;
  readonly type: GazetteerType;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly parent: string | null;
  readonly country: string | null;
}

/** A head word of place names (place-heads.tsv): what it names, and whether it names a settlement. */
export interface PlaceHead {
  readonly type: 'facility' | 'location';
  /** `مدينة`، `بلدة`، `قرية`: outlets call one settlement by any of them. */
  readonly settlement: boolean;
  /** The lemma as the table writes it, hamza included (the key is folded). */
  readonly written: string;
}

/** A word read as a place head: the type of place it names, the length of the clitics before it,
 * and the head's lemma as written. */
export interface PlaceHeadReading {
  readonly type: 'facility' | 'location';
  readonly prefixes: number;
  readonly written: string;
}

export interface DemonymEntry {
  readonly adjective: string;
  readonly country: string;
}

/** What one word can be, by lexicon. */
export interface WordInfo {
  readonly nouns: readonly NounHit[];
  readonly events: readonly EventEntry[];
  readonly cues: readonly CueEntry[];
  readonly roles: readonly RoleEntry[];
  readonly demonyms: readonly DemonymEntry[];
  readonly entities: readonly GazetteerEntry[];
}

/**
 * One spelling as the lexicons see it (see `Lexicon.word`). Besides what the lexicons say, the
 * record keeps what each reader has once worked out from the spelling alone, so that a word seen
 * again costs a field read: the optional fields below are such answers, filled on first asking.
 */
export interface LexWord {
  readonly text: string;
  /** Its clitic readings (`readings`), kept with it. */
  readonly readings: readonly Reading[];
  readonly info: WordInfo;
  readonly phrases: readonly Phrase[];
  /** The same phrases by the kind of their payload, each list in `phrases` order. */
  readonly phrasesByKind: PhrasesByKind;
  /**
   * What the lexicons say of the word that lets a reader pass it over, a bit each (`WORD_CUE`, `WORD_ANSWER`, `WORD_NAME`, `WORD_EVENT`), set
   * when the record is made; the sentence reader copies them into one array per sentence
   * (`SentenceView.flags`), read there without fetching the record.
   */
  readonly flags: number;
  /** Whether the word can open a quantity, once the quantity reader has asked. */
  opensQuantity?: boolean | undefined;
  /** Its surface keys, once a phrase has been matched against it. */
  keys?: SurfaceKeys | undefined;
  /** Whether some clitic reading carries the article, once asked (see `isDefinite`). */
  definite?: boolean | undefined;
  /** Which date extractors' cues the word holds, once the date reader has asked (a bit each). */
  dateCues?: number | undefined;
  /** The event the word stands for by itself (null: none), once the sentence reader has asked. */
  event?: EventEntry | null | undefined;
  /** Stems of its definite readings that name a body back (`التنظيم`), once asked. */
  anaphoric?: readonly string[] | undefined;
  /** What it can open as an event mention (`Lexicon.mentionStarts`), once the mention reader has asked. */
  starts?: MentionStarts | undefined;
  /** The place head it can be (null: none), once the place reader has asked (entities/places.ts). */
  placeHead?: PlaceHeadReading | null | undefined;
  /** The closed classes' answers for it (`ClosedWords.hasWord`), as they are asked. */
  classes?: Uint8Array | undefined;
  classesBy?: ClosedWords | undefined;
  classesAt?: number | undefined;
  /** Its entity phrases by their second word (`lexicon/second-words.ts`), once a name is sought. */
  entitySeconds?: SecondWords | undefined;
  /** Its cue phrases by their second word, once a cue is sought. */
  cueSeconds?: SecondWords | undefined;
}

/** `LexWord.flags`: the word is a reporting or stance cue, or opens a cue phrase (`نقلا عن`). */
export const WORD_CUE = 1;
/** `LexWord.flags`: the word is an `answer-word` or an `answer-ground`, which may open an answer clause. */
export const WORD_ANSWER = 2;
/** `LexWord.flags`: the word opens an entity phrase or names an entity by itself. */
export const WORD_NAME = 4;
/** `LexWord.flags`: the word opens an event phrase, is an event word, or a noun of some category. */
export const WORD_EVENT = 8;

// Not frozen: a frozen array leaves V8's fast path for `for…of`, which then allocates per step.
const NOTHING: readonly never[] = [];

/** The event phrases a word can open and the event words it can be (`Lexicon.mentionStarts`). */
export interface MentionStarts {
  readonly phrases: readonly MentionEntry[];
  readonly words: readonly MentionEntry[];
}
const NO_STARTS: MentionStarts = { phrases: [], words: [] };
/** Most spellings are in no lexicon: they share one empty record rather than six empty lists each. */
const UNKNOWN_WORD: WordInfo = Object.freeze({
  nouns: NOTHING,
  events: NOTHING,
  cues: NOTHING,
  roles: NOTHING,
  demonyms: NOTHING,
  entities: NOTHING,
});

/** A word's phrases by kind: a reader looking for one kind passes over none of the others. */
export type PhrasesByKind = { readonly [K in PhrasePayload['kind']]: readonly Phrase[] };

const NO_PHRASES: PhrasesByKind = Object.freeze({
  event: NOTHING,
  cue: NOTHING,
  role: NOTHING,
  entity: NOTHING,
  noun: NOTHING,
});

function byKind(phrases: readonly Phrase[]): PhrasesByKind {
  if (phrases.length === 0) return NO_PHRASES;
  const of = (kind: PhrasePayload['kind']): readonly Phrase[] => {
    const list = phrases.filter((p) => p.payload.kind === kind);
    return list.length > 0 ? list : NOTHING;
  };
  return { event: of('event'), cue: of('cue'), role: of('role'), entity: of('entity'), noun: of('noun') };
}

/**
 * Spellings kept at once; the table starts over when full. A record costs about a kilobyte with its
 * splits (`READINGS_MAX`): a worker of a whole-corpus run meets some 150k spellings, and kept them
 * all at some 170 MB a worker, where the frequent ones, which are most of the lookups, are found
 * again soon after the table starts over.
 */
const RECORDS_MAX = 100_000;

export type PhrasePayload =
  | { readonly kind: 'event'; readonly entry: EventEntry }
  | { readonly kind: 'cue'; readonly entry: CueEntry }
  | { readonly kind: 'role'; readonly entry: RoleEntry }
  | { readonly kind: 'entity'; readonly entry: GazetteerEntry }
  | { readonly kind: 'noun'; readonly entry: NounEntry; readonly number: GrammaticalNumber };

export interface Phrase {
  /** Folded words; the first may also appear inflected as a verb. */
  readonly words: readonly string[];
  /** Which words carry the article as written: a name's `الدولي` must not meet a bare `دولي`. */
  readonly articles: readonly boolean[];
  readonly firstForms: ReadonlySet<string>;
  readonly payload: PhrasePayload;
  /** Each word as a match target (see `Lexicon.recordMatches`). */
  readonly targets: readonly TargetKeys[];
}

interface MutableInfo {
  nouns: NounHit[];
  events: EventEntry[];
  cues: CueEntry[];
  roles: RoleEntry[];
  demonyms: DemonymEntry[];
  entities: GazetteerEntry[];
}

export class Lexicon {
  /**
   * The words the matching view reads (censored-words.tsv, letter-names.tsv): the sets themselves,
   * so that a word added here is read by `normalize` from then on.
   */
  readonly listed: ListedWords;
  /** Folds a document (or a name cut from one) into its matching view with `listed`. */
  readonly normalize: (text: string) => FoldedText;
  /**
   * The date words (months.tsv, weekdays.tsv, time-words.tsv, named-days.tsv) and what the date
   * reader compiles from them, kept with them (`DateLexicon.compiled`).
   */
  readonly dates: DateLexicon;

  constructor(listed: ListedWords = noListedWords(), dates: DateLexicon = emptyDateLexicon()) {
    this.listed = listed;
    this.normalize = normalizerWith(listed);
    this.dates = dates;
    this.numberWords = dates.numberWords;
  }

  /** `normalize(text).text`: a name cut from the original text, folded as its document was. */
  fold(text: string): string {
    return this.normalize(text).text;
  }

  private readonly words = new Map<string, MutableInfo>();
  private readonly phrasesByFirst = new Map<string, Phrase[]>();
  private readonly records = new RecordTable<LexWord>(RECORDS_MAX);
  readonly entities: GazetteerEntry[] = [];
  readonly entityById = new Map<string, GazetteerEntry>();
  /** What a strike noun says of the weapon, by the noun's folded lemma (strike-means.tsv). */
  readonly strikeMeans = new Map<string, StrikeMeans>();
  /** Surface forms of the currencies of units.tsv (`دولار`، `دولارات`، `دولارين`). */
  readonly currencies = new Set<string>();
  /** Every inflected form of the illnesses of illnesses.tsv (`كوليرا`، `الحصبة`), folded. */
  readonly illnesses = new Set<string>();
  /**
   * The side a noun of nouns.tsv names its members by (`حوثي` → الحوثيون، `قاعدي` → تنظيم القاعدة):
   * the gazetteer entry its `side` column names by id.
   */
  readonly nisbaSides = new Map<NounEntry, GazetteerEntry>();
  /**
   * The same nisbas as adjectives after a counted noun, folded, with and without the article
   * (`مقاتلين حوثيين`، `عناصر حمساوية`، `المسلحين القاعديين`), to the side they name.
   */
  readonly nisbaAdjectives = new Map<string, GazetteerEntry>();
  /**
   * Every inflected form of the hazards and accidents of hazards.tsv (`زلزال`، `السيول`), folded,
   * with the folded words one of which must follow it (`حادث` → `سير`، `مرور`…), empty for none.
   */
  readonly hazards = new Map<string, ReadonlySet<string>>();
  /** Number words by folded form (numbers.tsv): the date lexicon's table (`DateLexicon.numberWords`). */
  readonly numberWords: Map<string, NumberWord>;
  /** Qualifier forms around a figure (qualifiers.tsv), and the forms each word opens, once asked. */
  readonly qualifiers: QualifierTables = emptyQualifiers();
  /** Head words of place names by folded lemma (place-heads.tsv). */
  readonly placeHeads = new Map<string, PlaceHead>();
  /**
   * The place heads by their last letter's code: a clitic reading that can be a head is the word
   * with proclitics taken off its front, so a word that ends in no head is none (see places.ts).
   */
  readonly placeHeadsByLast = new Map<number, string[]>();
  /** The splits of the words this lexicon has been asked about (`readings`), kept. */
  readonly readingCache = new ReadingCache();
  /** Phrases the page readers match as written (phrases.tsv), and the patterns made of them. */
  readonly phrases = new PhraseTable();
  /**
   * Closed-class words by class (closed-class.tsv), split by this lexicon's reading cache. A change
   * drops the records: their flags (`WORD_ANSWER`) were set from the classes as they were.
   */
  readonly closed = new ClosedWords(this.readingCache, () => this.records.clear());
  /** Event words of event-mentions.tsv by folded surface form (nouns with their plurals, verbs). */
  readonly mentionWords = new Map<string, MentionEntry[]>();
  /** Event phrases of event-mentions.tsv by their first word without the article. */
  readonly mentionPhrases = new Map<string, MentionEntry[]>();
  /** Phrase words as match targets, made once per target (`targetKeys`). */
  private readonly targetCache = new Map<string, TargetKeys>();
  /** Keys of words matched without their record (`wordMatches`): a qualifier's neighbours recur. */
  private readonly surfaceCache = new Map<string, SurfaceKeys>();
  /** Verb forms' folded perfects (`perfectOf`): the lexicon's forms are few and fixed. */
  private readonly perfects = new Map<string, string>();

  /** The event each casualty noun stands for (`القتلى` → killed), made once per entry when first asked. */
  readonly nounEvents = new Map<NounEntry, EventEntry>();
  /** Whether each gazetteer entry's one-word name is read only as written (entities/link.ts), once asked. */
  readonly readAsWritten = new Map<GazetteerEntry, boolean>();
  /** The head words each gazetteer entry can be named back by (`التنظيم`), found once when first asked. */
  readonly anaphoricHeads = new Map<GazetteerEntry, readonly string[]>();

  /** Every clitic reading of a folded word (`readings` of the morphology), split once per word. */
  readings(word: string): readonly Reading[] {
    return this.readingCache.of(word);
  }

  /**
   * Which date extractors' cues a token without a record holds (digits, marks: a bit each), once the
   * date reader has asked; a word keeps its own on its record (`LexWord.dateCues`).
   */
  readonly dateCuesOfTokens = new Map<string, number>();

  /** What readers built of this lexicon or keep beside it (`kept`), by the builder that made it. */
  private readonly keptBy = new Map<object, unknown>();

  /**
   * What `build` makes of this lexicon (a table, a bounded cache; never undefined), made the first time
   * a reader asks and kept on the lexicon: a reader keeps no state of its own beside the lexicon it is
   * handed, and a lexicon built anew starts with none.
   */
  kept<T>(build: (lex: Lexicon) => T): T {
    const value = this.keptBy.get(build);
    if (value !== undefined) return value as T;
    const made = build(this);
    this.keptBy.set(build, made);
    return made;
  }

  /** Names folded (`foldedName`), kept: a batch meets one speaker's or listed body's name again and again. */
  private readonly foldedNames = new Map<string, string>();

  /**
   * `fold(name)` (this lexicon's fold), kept: the name readers fold each speaker, body and listed name they
   * meet, and the whole normalizer is a long way round for a name folded a moment before.
   */
  foldedName(name: string): string {
    let folded = this.foldedNames.get(name);
    if (folded === undefined) {
      if (this.foldedNames.size >= KEYS_MAX) this.foldedNames.clear();
      this.foldedNames.set(name, (folded = this.fold(name)));
    }
    return folded;
  }

  /** What a word's record can open as an event mention, found once and kept on the record. */
  startsOf(word: LexWord): MentionStarts {
    return (word.starts ??= this.mentionStarts(word.text));
  }

  /**
   * What a word can open: the event phrases whose first word is one of its readings' stems (in the
   * readings' order), and the event words it can be over its clitic readings (a verb never with the
   * article, a noun also with a pronoun suffix: `مقتله`، `اعتقالهم`). Kept on the word's record by
   * the mention reader (`LexWord.starts`), so it is found once per word.
   */
  mentionStarts(word: string): MentionStarts {
    const words: MentionEntry[] = [];
    const phrases: MentionEntry[] = [];
    const push = (out: MentionEntry[], e: MentionEntry): void => void (out.includes(e) || out.push(e));
    const homograph = this.homographSplit(word);
    for (const r of this.readings(word)) {
      for (const e of this.mentionPhrases.get(r.stem) ?? NOTHING) push(phrases, e);
      for (const e of this.mentionWords.get(r.stem) ?? NOTHING)
        if (e.pos !== 'verb' || this.readsVerb(r, homograph, e.form)) push(words, e);
      for (const { base } of stripPronoun(r.stem))
        for (const e of this.mentionWords.get(base) ?? NOTHING) if (e.pos === 'noun') push(words, e);
    }
    return words.length + phrases.length === 0
      ? NO_STARTS
      : { words: words.length > 0 ? words : NOTHING, phrases: phrases.length > 0 ? phrases : NOTHING };
  }

  private slot(form: string): MutableInfo {
    let info = this.words.get(form);
    if (!info) {
      info = { nouns: [], events: [], cues: [], roles: [], demonyms: [], entities: [] };
      this.words.set(form, info);
    }
    return info;
  }

  addNoun(entry: NounEntry, singular: string, plurals: readonly string[], taMarbuta?: boolean): void {
    for (const f of nounForms(singular, plurals, taMarbuta)) {
      if (f.form.includes(' ')) {
        this.addPhrase(f.form.split(' '), { kind: 'noun', entry, number: f.number }, false);
      } else this.slot(f.form).nouns.push({ entry, number: f.number, construct: f.construct });
    }
  }

  addVerbOrNoun(
    form: string,
    pos: 'noun' | 'verb' | 'phrase' | 'prep' | 'participle',
    push: (info: MutableInfo) => void,
    payload: PhrasePayload,
  ): void {
    if (pos === 'verb') {
      const [perfect, imperfect] = form.split('/');
      for (const f of verbForms(fold(perfect!.trim()), imperfect ? fold(imperfect.trim()) : null))
        push(this.slot(f));
      return;
    }
    const folded = fold(form);
    if (folded.includes(' ')) {
      this.addPhrase(folded.split(' '), payload, true);
      return;
    }
    push(this.slot(folded));
    // Participles and verbal nouns take the accusative alif (مرجحا، مشيرا، مؤكدة → مؤكده).
    if (pos === 'noun' && !/[اهي]$/.test(folded)) push(this.slot(folded + 'ا'));
  }

  addPhrase(words: readonly string[], payload: PhrasePayload, firstMayInflect: boolean): void {
    const first = words[0]!;
    const firstForms = new Set([first]);
    if (firstMayInflect) {
      const [perfect, imperfect] = first.split('/');
      for (const f of verbForms(perfect!, imperfect ?? null)) firstForms.add(f);
    }
    const raw = [first.split('/')[0]!, ...words.slice(1)];
    const clean = raw.map(articleKey);
    firstForms.add(articleKey(first));
    const articles = raw.map((w, k) => clean[k] !== w);
    const targets = clean.map((w) => this.targetKeys(w));
    const phrase: Phrase = { words: clean, articles, firstForms, payload, targets };
    for (const f of firstForms) {
      let list = this.phrasesByFirst.get(f);
      if (!list) this.phrasesByFirst.set(f, (list = []));
      list.push(phrase);
    }
  }

  addCueForm(form: string, entry: CueEntry): void {
    this.slot(form).cues.push(entry);
  }

  addDemonym(form: string, entry: DemonymEntry): void {
    this.slot(form).demonyms.push(entry);
  }

  addEntity(entry: GazetteerEntry): void {
    this.entities.push(entry);
    this.entityById.set(entry.id, entry);
    const names = new Set([entry.name, ...entry.aliases].map((n) => fold(n)).filter((n) => n !== ''));
    for (const name of names) {
      const words = name.split(/\s+/);
      // A one-word name keeps its article (`الجزيرة` the channel, not `جزيرة` an island); every
      // clitic reading of `بالجزيرة`، `للجزيرة` still reaches the written form.
      if (words.length === 1) this.slot(words[0]!).entities.push(entry);
      else this.addPhrase(words, { kind: 'entity', entry }, false);
    }
  }

  /**
   * The record of one spelling: what the lexicons know of it and the phrases it may open, built on
   * first sight and kept, so that a reader pays one table lookup per token.
   */
  word(word: string): LexWord {
    return this.records.get(word, 0, word.length, this.newRecord);
  }

  /** `word` for the spelling text[start, end), cut from the text only the first time it is seen. */
  wordAt(text: string, start: number, end: number): LexWord {
    return this.records.get(text, start, end, this.newRecord);
  }

  private readonly newRecord = (word: string): LexWord => {
    // Every field present from the start, so that all records share one shape.
    const phrases = this.phrasesOf(word);
    const info = this.infoOf(word);
    const phrasesByKind = byKind(phrases);
    return {
      text: word,
      readings: this.readings(word),
      info,
      phrases,
      phrasesByKind,
      flags: this.flagsOf(word, info, phrasesByKind),
      opensQuantity: undefined,
      keys: undefined,
      definite: undefined,
      dateCues: undefined,
      event: undefined,
      anaphoric: undefined,
      starts: undefined,
      placeHead: undefined,
      classes: undefined,
      classesBy: undefined,
      classesAt: undefined,
      entitySeconds: undefined,
      cueSeconds: undefined,
    };
  };

  /** A new record's `flags`. */
  private flagsOf(word: string, info: WordInfo, phrasesByKind: PhrasesByKind): number {
    const cue = info.cues.length > 0 || phrasesByKind.cue.length > 0;
    const answer = this.closed.has('answer-word', word) || this.closed.has('answer-ground', word);
    const name = phrasesByKind.entity.length > 0 || info.entities.length > 0;
    const event =
      phrasesByKind.event.length > 0 ||
      info.events.length > 0 ||
      info.nouns.some((n) => n.entry.category !== null);
    return (
      (cue ? WORD_CUE : 0) | (answer ? WORD_ANSWER : 0) | (name ? WORD_NAME : 0) | (event ? WORD_EVENT : 0)
    );
  }

  /** Everything the lexicons know about a word, over all its clitic readings. */
  lookup(word: string): WordInfo {
    return this.word(word).info;
  }

  /**
   * Whether a folded form is a noun as written, a pronoun suffix allowed but no proclitic taken off:
   * `بلدة` (a town) and `مقاتليها` are, `بمدينة` (ب + مدينة) is not. What a number counts follows it
   * so (`2000 بلدة`, never `2017 بمدينة`).
   */
  isBareNoun(form: string): boolean {
    const isNoun = (w: string): boolean => (this.words.get(w)?.nouns.length ?? 0) > 0;
    return isNoun(form) || stripPronoun(form).some(({ base }) => isNoun(base));
  }

  private infoOf(word: string): WordInfo {
    const info: MutableInfo = { nouns: [], events: [], cues: [], roles: [], demonyms: [], entities: [] };
    const homograph = this.homographSplit(word);
    for (const r of this.readings(word)) {
      const hit = this.words.get(r.stem);
      // Verbs never take the article: `القدرة` is not the cue `قدّره`.
      if (hit && r.definite) mergeNominal(info, hit, r.stem);
      // Before the homograph split every verb is read (`readsVerb`), so nothing is filtered.
      else if (hit && r.prefixes.length < homograph) merge(info, hit);
      else if (hit) merge(info, hit, (form) => this.readsVerb(r, homograph, form));
      // Construct nouns with a pronoun (مقاتليهم، عناصره).
      for (const { base, suffix } of stripPronoun(r.stem)) {
        const h = this.words.get(base);
        if (!h) continue;
        for (const n of h.nouns)
          if (n.construct || n.number !== 'du') info.nouns.push({ ...n, pronoun: suffix });
        // Verbal nouns with a pronoun (`مصرعهم`، `مقتلهم`، `اعتقاله`).
        for (const e of h.events) if (e.pos === 'noun' && !info.events.includes(e)) info.events.push(e);
        // Hedge nouns with a pronoun (`مخاوفها`، `تقديراتها`).
        for (const c of h.cues)
          if (c.role === 'hedge' && c.pos !== 'verb' && !info.cues.includes(c)) info.cues.push(c);
      }
    }
    const known =
      info.nouns.length + info.events.length + info.cues.length + info.roles.length + info.demonyms.length;
    return known + info.entities.length > 0 ? info : UNKNOWN_WORD;
  }

  /**
   * The fewest clitics a reading of the word takes off to leave a verb of another root that an event
   * or cue verb would be read in (closed class homograph-verb), or Infinity: from that reading on, no
   * verb is read. `وصفتها` is وصف (described it), never و + صفّت; `أفقد` (deprived) is no `أفقد`
   * (I lose) of فقد.
   */
  private homographSplit(word: string): number {
    let fewest = Infinity;
    for (const r of this.readings(word))
      if (!r.definite && r.prefixes.length < fewest && this.closed.hasStem('homograph-verb', r.stem))
        fewest = r.prefixes.length;
    return fewest;
  }

  /**
   * Whether a clitic reading of a word may be the verb `form` (an event, cue or mention verb): never
   * with the article, and from the reading `homographSplit` names on only when the verb is that verb
   * of another root itself (`أفقد`, an event of its own; `وصفتها` is no و + صفّت). One rule for
   * what a word is (`infoOf`) and what it opens as an event mention (`mentionStarts`).
   */
  private readsVerb(r: Reading, homograph: number, form: string): boolean {
    if (r.definite) return false;
    return r.prefixes.length < homograph || this.closed.hasStem('homograph-verb', this.perfectOf(form));
  }

  /** A verb form's folded perfect (`قتل/يقتل` → `قتل`), folded once per form. */
  private perfectOf(form: string): string {
    let perfect = this.perfects.get(form);
    if (perfect === undefined) this.perfects.set(form, (perfect = fold(form.split('/')[0]!)));
    return perfect;
  }

  private phrasesOf(word: string): readonly Phrase[] {
    const out: Phrase[] = [];
    for (const r of this.readings(word)) {
      const list = this.phrasesByFirst.get(r.stem);
      if (list) out.push(...list);
    }
    return out.length > 0 ? out : NOTHING;
  }

  /** True when `word` is `target` once clitics and a pronoun suffix are set aside. */
  wordMatches(word: string, target: string): boolean {
    let keys = this.surfaceCache.get(word);
    if (!keys) {
      if (this.surfaceCache.size >= KEYS_MAX) this.surfaceCache.clear();
      this.surfaceCache.set(word, (keys = surfaceKeys(this.readings(word))));
    }
    return keysMatch(keys, this.targetKeys(target));
  }

  /** A phrase word as a match target, made once per target. */
  private targetKeys(target: string): TargetKeys {
    let keys = this.targetCache.get(target);
    if (keys) return keys;
    keys = {
      target,
      key: articleKey(target),
      bases: [target, ...stripPronoun(target).map((p) => p.base)],
      // An adjective agrees with an accusative noun in its tanween alif (`20 برميلا متفجرا`).
      accusative: /[اهيى]$/.test(target) ? null : target + 'ا',
    };
    if (this.targetCache.size >= KEYS_MAX) this.targetCache.clear();
    this.targetCache.set(target, keys);
    return keys;
  }

  /** `wordMatches` for a word's record and a phrase word's target, with no table lookup. */
  static recordMatches(word: LexWord, target: TargetKeys): boolean {
    word.keys ??= surfaceKeys(word.readings);
    return keysMatch(word.keys, target);
  }

  /** The keys `recordMatches` compares a word's record by, kept on the record. */
  static surfaceOf(word: LexWord): SurfaceKeys {
    word.keys ??= surfaceKeys(word.readings);
    return word.keys;
  }
}

/** Whether some clitic reading of the word carries the article (`الجزيرة`، `بالتحالف`). */
export function isDefinite(word: LexWord): boolean {
  word.definite ??= word.readings.some((r) => r.definite);
  return word.definite;
}

function keysMatch(w: SurfaceKeys, t: TargetKeys): boolean {
  return (
    w.stems.includes(t.target) ||
    w.stems.includes(t.key) ||
    t.bases.some((b) => w.bases.includes(b)) ||
    (t.accusative !== null && w.stems.includes(t.accusative))
  );
}

/** A word's stems under every clitic reading, and those stems with a pronoun suffix cut off (a
 * handful each: lists, which cost less to keep per word than sets). */
export interface SurfaceKeys {
  readonly stems: readonly string[];
  readonly bases: readonly string[];
}

/** A phrase word as a target: itself, without its article, and with a pronoun suffix cut off. */
export interface TargetKeys {
  readonly target: string;
  readonly key: string;
  readonly bases: readonly string[];
  /** The indefinite accusative with its tanween alif (`متفجرا` for `متفجر`), or null. */
  readonly accusative: string | null;
}

/** Target and surface keys kept at once on a lexicon; each table starts over when full. */
const KEYS_MAX = 200_000;

/** Cached on a word's lexicon record (`recordMatches`), else on the lexicon (`wordMatches`). */
function surfaceKeys(split: readonly Reading[]): SurfaceKeys {
  const stems: string[] = [];
  const bases: string[] = [];
  for (const r of split) {
    stems.push(r.stem);
    for (const { base } of stripPronoun(r.stem)) if (!bases.includes(base)) bases.push(base);
  }
  return { stems, bases };
}

/**
 * Lexicon phrases are keyed without the article so that `التحالف`, `للتحالف`, `بالتحالف` and
 * `والتحالف` all meet the entry `التحالف الدولي` (token readings always include the bare stem).
 */
export function articleKey(word: string): string {
  return word.startsWith('ال') && word.length > 4 ? word.slice(2) : word;
}

function mergeNominal(into: MutableInfo, from: MutableInfo, stem: string): void {
  into.nouns.push(...from.nouns);
  // Verbal nouns are often spelled like their verb's perfect (`الهرب`، `القتل`), so those events
  // stay; an imperfect never takes the article (`التخلي` gives up, it is no `تخلي` of أخلى).
  into.events.push(...from.events.filter((e) => e.pos !== 'verb' || e.form.split('/')[0] === stem));
  into.cues.push(...from.cues.filter((c) => c.pos !== 'verb' && c.pos !== 'participle'));
  into.roles.push(...from.roles);
  into.demonyms.push(...from.demonyms);
  // A place whose name has no article is never written with one: `المالي` is financial, not Mali;
  // `الحديثة` modern, not Haditha; `الأب` a father, not Ibb; `الدوما` Russia's Duma, not Douma;
  // `السورية` an adjective. Names that have it (`العراق`) are listed with it and met without this.
  for (const e of from.entities) if (e.type !== 'location' && e.type !== 'facility') into.entities.push(e);
}

/** Adds what `from` reads to `into`; with `verbKept`, only the verbs (events, cues) it keeps. */
function merge(into: MutableInfo, from: MutableInfo, verbKept?: (form: string) => boolean): void {
  into.nouns.push(...from.nouns);
  into.events.push(...(verbKept ? keptVerbs(from.events, verbKept) : from.events));
  into.cues.push(...(verbKept ? keptVerbs(from.cues, verbKept) : from.cues));
  into.roles.push(...from.roles);
  into.demonyms.push(...from.demonyms);
  into.entities.push(...from.entities);
}

/** The entries of `list` but the verbs `verbKept` refuses. */
function keptVerbs<T extends { readonly pos: string; readonly form: string }>(
  list: readonly T[],
  verbKept: (form: string) => boolean,
): T[] {
  return list.filter((e) => e.pos !== 'verb' || verbKept(e.form));
}

function asKind(value: string | undefined): SubjectKind {
  return isOneOf(SUBJECT_KINDS, value) ? value : 'unknown';
}

function asUnit(value: string | undefined): Unit {
  return isOneOf(UNITS, value) ? value : 'other';
}

/**
 * Builds the Arabic lexicon from data/ar. Reading the files takes a while: a caller builds it once
 * and hands it to every document it reads (the document context carries it to every stage).
 */
export function loadArabicLexicon(): Lexicon {
  const lex = new Lexicon(loadListedWords(), loadDateLexicon());
  const sides = addNouns(lex);
  addEvents(lex);
  addCues(lex);
  addRoles(lex);
  addGazetteer(lex);
  linkNounSides(lex, sides);
  addDemonyms(lex);
  addStrikeMeans(lex);
  addClosedWords(lex);
  addPhrases(lex.phrases);
  addPlaceHeads(lex);
  addQualifiers(lex.qualifiers);
  addCurrencies(lex);
  addIllnesses(lex);
  addHazards(lex);
  addEventMentions(lex);
  return lex;
}

/** units.tsv into the lexicon: every form of each currency. */
function addCurrencies(lex: Lexicon): void {
  for (const row of readTsv('units.tsv')) {
    const singular = fold(row['singular'] ?? '');
    if (!singular) continue;
    // A currency with no plural listed gets none made up (`إسترليني` is no nisba with `-ون`).
    const plurals = listCell(row['plurals']).map(fold);
    for (const f of nounForms(singular, plurals.length > 0 ? plurals : [''])) lex.currencies.add(f.form);
  }
}

/** illnesses.tsv into the lexicon: every form of each illness. */
function addIllnesses(lex: Lexicon): void {
  for (const { forms } of nounRows('illnesses.tsv')) for (const f of forms) lex.illnesses.add(f);
}

/** hazards.tsv into the lexicon: every form of each hazard, with the words it needs after it. */
function addHazards(lex: Lexicon): void {
  for (const { row, forms } of nounRows('hazards.tsv')) {
    const withWords = new Set(foldedList(row['with']));
    for (const f of forms) lex.hazards.set(f, withWords);
  }
}

/** The rows of a table of nouns (columns `noun`, `plurals`; `-` for none), each with every form of its noun. */
function nounRows(file: string): { row: Row; forms: string[] }[] {
  const out: { row: Row; forms: string[] }[] = [];
  for (const row of readTsv(file)) {
    const noun = fold(row['noun'] ?? '');
    if (!noun) continue;
    const plurals = foldedList(row['plurals']);
    out.push({ row, forms: nounForms(noun, plurals).map((f) => f.form) });
  }
  return out;
}

/** event-mentions.tsv into the lexicon: every form of each event word, phrases by first word. */
function addEventMentions(lex: Lexicon): void {
  const put = (map: Map<string, MentionEntry[]>, key: string, e: MentionEntry): void => {
    const list = map.get(key);
    if (!list) map.set(key, [e]);
    else if (!list.includes(e)) list.push(e);
  };
  for (const row of readTsv('event-mentions.tsv')) {
    const form = row['form'] ?? '';
    const pos = row['type'];
    const kind = row['kind'];
    if (!form || (pos !== 'noun' && pos !== 'verb' && pos !== 'phrase') || !isOneOf(EVENT_KINDS, kind))
      continue;
    const note = row['note'];
    const words = pos === 'phrase' ? fold(form).split(/\s+/).map(articleKey) : [];
    const entry: MentionEntry = {
      form,
      pos,
      kind,
      note: isMentionNote(note) ? note : null,
      words,
    };
    if (pos === 'phrase') put(lex.mentionPhrases, words[0]!, entry);
    else if (pos === 'verb') {
      const [perfect, imperfect] = form.split('/');
      for (const f of verbForms(fold(perfect!.trim()), imperfect ? fold(imperfect.trim()) : null))
        put(lex.mentionWords, f, entry);
    } else {
      const plurals = foldedList(row['plurals']);
      for (const f of nounForms(fold(form), plurals)) put(lex.mentionWords, f.form, entry);
      // Verbal nouns take the accusative alif (`هجوما`، `قصفا`).
      const folded = fold(form);
      if (!/[اهي]$/.test(folded)) put(lex.mentionWords, folded + 'ا', entry);
    }
  }
}

/** closed-class.tsv into the lexicon. */
function addClosedWords(lex: Lexicon): void {
  for (const row of readTsv('closed-class.tsv')) {
    const cls = row['class'];
    const rule = row['clitics'];
    if (row['word'] && isWordClass(cls) && isCliticRule(rule))
      lex.closed.add(cls, row['word'], rule, listCell(row['written']));
  }
}

/** place-heads.tsv into the lexicon, each head also under its last letter. */
function addPlaceHeads(lex: Lexicon): void {
  for (const row of readTsv('place-heads.tsv')) {
    const written = row['head'] ?? '';
    const head = fold(written);
    const type = row['type'];
    if (!head || (type !== 'facility' && type !== 'location')) continue;
    lex.placeHeads.set(head, { type, settlement: row['settlement'] === 'yes', written });
    const last = head.charCodeAt(head.length - 1);
    lex.placeHeadsByLast.set(last, [...(lex.placeHeadsByLast.get(last) ?? []), head]);
  }
}

/** strike-means.tsv into the lexicon. */
function addStrikeMeans(lex: Lexicon): void {
  for (const row of readTsv('strike-means.tsv')) {
    const means = row['means'];
    if (isOneOf(STRIKE_MEANS, means)) lex.strikeMeans.set(fold(row['noun'] ?? ''), means);
  }
}

/** nouns.tsv into the lexicon. */
function addNouns(lex: Lexicon): (readonly [NounEntry, string])[] {
  const sides: (readonly [NounEntry, string])[] = [];
  for (const row of readTsv('nouns.tsv')) {
    const singular = fold(row['singular'] ?? '');
    if (!singular) continue;
    const entry: NounEntry = {
      lemma: singular,
      kind: asKind(row['kind']),
      unit: asUnit(row['unit']),
      category: (row['category'] || null) as Category | null,
      armed: row['armed'] === 'yes',
    };
    // The lemma as written tells ة from a root ه, which folding merges (غارة vs مشتبه).
    const taMarbuta = /ة$/.test((row['singular'] ?? '').trim().split(' ')[0] ?? '');
    lex.addNoun(entry, singular, listCell(row['plurals']).map(fold), taMarbuta);
    if (row['side']) sides.push([entry, row['side']]);
  }
  return sides;
}

/**
 * Nouns that name the members of one side (`حوثي`، `قاعدي`) linked to it by the gazetteer id of
 * nouns.tsv's `side` column; an id the gazetteer lacks is a configuration error.
 */
function linkNounSides(lex: Lexicon, sides: readonly (readonly [NounEntry, string])[]): void {
  for (const [entry, id] of sides) {
    const side = lex.entityById.get(id);
    if (!side)
      throw new IsnadError(
        'lexicon_invalid',
        `data/ar/nouns.tsv: «${entry.lemma}» names no gazetteer id «${id}»`,
      );
    lex.nisbaSides.set(entry, side);
    if (!entry.lemma.endsWith('ي')) continue;
    // The nisba's adjective endings: feminine (also after a broken plural), sound plurals, accusative.
    for (const ending of ['', 'ا', 'ه', 'ون', 'ين', 'ات']) {
      lex.nisbaAdjectives.set(entry.lemma + ending, side);
      lex.nisbaAdjectives.set('ال' + entry.lemma + ending, side);
    }
  }
}

/** events.tsv into the lexicon. */
function addEvents(lex: Lexicon): void {
  for (const row of readTsv('events.tsv')) {
    const form = row['form'] ?? '';
    const pos = (row['type'] ?? 'noun') as EventEntry['pos'];
    if (!form) continue;
    const entry: EventEntry = {
      form: fold(form),
      pos,
      category: (row['category'] ?? 'other') as Category,
      notes: listCell(row['note']).flatMap((n) => n.split(/[ ,]+/)),
    };
    lex.addVerbOrNoun(form, pos, (info) => info.events.push(entry), { kind: 'event', entry });
  }
}

/** cues.tsv into the lexicon. */
function addCues(lex: Lexicon): void {
  for (const row of readTsv('cues.tsv')) {
    const form = row['form'] ?? '';
    if (!form) continue;
    const pos = (row['type'] ?? 'verb') as CueEntry['pos'];
    const entry: CueEntry = {
      form: fold(form),
      pos,
      role: (row['role'] ?? 'report') as CueRole,
      stance: (row['stance'] || 'asserted') as Stance,
    };
    lex.addVerbOrNoun(form, pos, (info) => info.cues.push(entry), { kind: 'cue', entry });
    // Active participles carry the same cue with an implicit subject: مؤكدا، مشيرة، مرجحا، معلنة.
    const imperfect = pos === 'verb' ? form.split('/')[1] : undefined;
    if (imperfect) {
      const participle: CueEntry = { ...entry, pos: 'participle' };
      for (const suffix of ['', 'ا', 'ه', 'ين', 'ون', 'تين'])
        lex.addCueForm('م' + fold(imperfect.trim()) + suffix, participle);
    }
  }
}

/** roles.tsv into the lexicon. */
function addRoles(lex: Lexicon): void {
  for (const row of readTsv('roles.tsv')) {
    const form = row['form'] ?? '';
    if (!form) continue;
    const entry: RoleEntry = {
      form: fold(form),
      kind: (row['kind'] || 'person') as HopKind,
      takesOf: row['takes'] === 'of',
    };
    lex.addVerbOrNoun(form, 'noun', (info) => info.roles.push(entry), { kind: 'role', entry });
  }
}

/** gazetteer.tsv into the lexicon. */
function addGazetteer(lex: Lexicon): void {
  for (const row of readTsv('gazetteer.tsv')) {
    const id = row['id'] ?? '';
    // `~` marks a name several rows share on purpose (`~طرابلس`): linking picks one by context.
    const name = (row['name'] ?? '').replace(/^~/, '');
    if (!id || !name) continue;
    lex.addEntity({
      id,
      type: (row['type'] ?? 'organization') as GazetteerType,
      name,
      aliases: listCell(row['aliases']).map((a) => a.replace(/^~/, '')),
      parent: row['parent'] || null,
      country: row['country'] || null,
    });
  }
}

/** demonyms.tsv into the lexicon. */
function addDemonyms(lex: Lexicon): void {
  for (const row of readTsv('demonyms.tsv')) {
    const adjective = row['adjective'] ?? '';
    const country = row['country'] ?? '';
    if (!adjective || !country) continue;
    const entry: DemonymEntry = { adjective: fold(adjective), country };
    for (const base of [adjective, ...listCell(row['variants'])].map(fold)) {
      // أميركي، أميركية، أميركيين، أميركيون، أميركيا
      for (const suffix of ['', 'ه', 'ين', 'ون', 'ا', 'تين', 'تان']) {
        lex.addDemonym(base + suffix, entry);
      }
    }
  }
}
