// The claim model of isnad (CLAIMS.md v1). Field names and enum values here are a contract read by
// other tools: change them only with the contract.

/** Half-open [start, end) in UTF-16 code units of the original decoded text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface TextSpan extends Span {
  readonly text: string;
}

export type Qualifier =
  | 'exact'
  | 'approx'
  | 'at_least'
  | 'more_than'
  | 'at_most'
  | 'less_than'
  | 'range'
  | 'vague';

export type Category =
  | 'killed'
  | 'wounded'
  | 'killed_or_wounded'
  | 'arrested'
  | 'abducted'
  | 'escaped'
  | 'released'
  | 'missing'
  | 'displaced'
  | 'surrendered'
  | 'combatants'
  | 'strikes'
  | 'held'
  | 'other';

export type SubjectKind =
  | 'combatants'
  | 'civilians'
  | 'prisoners'
  | 'staff'
  | 'families'
  | 'mixed'
  | 'other'
  | 'unknown';

export type Stance = 'asserted' | 'probable' | 'possible' | 'denied' | 'uncommitted';

export type Unit = 'person' | 'family' | 'strike' | 'vehicle' | 'other';

/** Beyond the contract: what a counted strike was, as its noun says (`غارة` air, `قذيفة` artillery). */
export type StrikeMeans = 'air' | 'missile' | 'artillery' | 'explosive';

export type HopKind = 'outlet' | 'person' | 'organization' | 'anonymous' | 'document' | 'unknown';

export interface Quantity {
  readonly low: number | null;
  readonly high: number | null;
  readonly point: number | null;
  readonly qualifier: Qualifier;
}

export interface Hop {
  readonly name: string;
  readonly kind: HopKind;
  readonly role?: string;
  readonly affiliation?: string;
  readonly entity?: string;
  readonly cue?: TextSpan;
}

export interface Subject {
  readonly text: string;
  readonly group: string | null;
  readonly kind: SubjectKind;
}

export interface ClaimTime {
  readonly date?: string;
  readonly start?: string;
  readonly end?: string;
  readonly text?: string;
}

export interface Claim extends TextSpan {
  readonly id: string;
  readonly document: string;
  readonly sentence: Span;
  readonly quantity: Quantity;
  readonly unit: Unit;
  readonly category: Category;
  readonly subject: Subject;
  readonly stance: Stance;
  readonly attribution: readonly Hop[];
  readonly time?: ClaimTime;
  readonly location?: { readonly name: string; readonly entity?: string };
  readonly incident?: string;
  readonly rules: readonly string[];
  /** Beyond the contract: the claim whose figure this one is a part of (`منهم 77 …`). */
  readonly partOf?: string;
  /**
   * Beyond the contract: `background` for a war-wide figure cited as context (`منذ اندلاع الحرب`);
   * `campaign` for a running total since an offensive began (`منذ بدء الهجوم`), never a day's toll.
   */
  readonly scope?: 'background' | 'campaign';
  /** Beyond the contract: for strikes, the weapon the counted noun names (`16 صاروخا` missile). */
  readonly means?: StrikeMeans;
  /** Beyond the contract: a party to the fighting speaking of its enemy's losses. */
  readonly partisan?: { readonly speaker: string; readonly about: string };
  /** Beyond the contract: the campaign a running figure of a longer offensive belongs to (`منذ بدء الحملة`). */
  readonly campaign?: string;
  /**
   * Beyond the contract: `bodies` for a count of bodies found or recovered (`انتشال 35 جثة`) — what the
   * party holding the ground counted, evidence rather than a party's claim of its enemy's losses.
   */
  readonly evidence?: 'bodies';
  /**
   * Beyond the contract: for people held (abducted, held, arrested), the side holding them when the
   * text names it (`رهائن لدى التنظيم`): the captor, never the side the people belong to.
   */
  readonly holder?: { readonly name: string; readonly entity: string };
}

export interface DocumentSource {
  readonly name: string | null;
  readonly url?: string;
}

export interface DocumentInfo {
  readonly id: string;
  readonly source: DocumentSource;
  readonly published: string | null;
  readonly title: string | null;
  readonly language: string;
  readonly boilerplate: readonly Span[];
  /** Beyond the contract: the id of the document this one republishes (syndication). */
  readonly syndicatedFrom?: string;
  /** Beyond the contract: the pages of a paged source (a PDF) as spans of the text. */
  readonly pages?: readonly TextPage[];
  /** Beyond the contract: whether the report tells of an event (and so may open an incident), and why. */
  readonly event?: DocumentEvent;
  /**
   * Beyond the contract: the words that tell of an event (`مقتل`، `غارة`، `اعتقال`), with or without a
   * figure, each with its sentence's place and date and, when it tells of no event of the report's
   * own days, why (`aside`).
   */
  readonly eventMentions?: readonly EventMention[];
  /**
   * Beyond the contract: the cue that makes the report look back (`الذكرى الثانية`، `عام على`) when
   * its headline tells of no event of its own: its figures are recalled, not the report's own.
   */
  readonly retrospective?: TextSpan;
}

/** Beyond the contract: the kinds of event a word can tell of without a figure. */
export type EventKind =
  | 'killing'
  | 'strike'
  | 'shelling'
  | 'attack'
  | 'explosion'
  | 'clash'
  | 'shooting'
  | 'arrest'
  | 'abduction'
  | 'displacement'
  | 'execution';

/** Beyond the contract: a word or phrase telling of an event, anchored in the original text. */
export interface EventMention extends TextSpan {
  readonly kind: EventKind;
  /** The sentence it stands in (original offsets). */
  readonly sentence: Span;
  /** Where the report tells it: its headline, its lead (first sentence) or its body. */
  readonly where: 'title' | 'lead' | 'body';
  /** The day its sentence gives (YYYY-MM-DD), if one. */
  readonly date?: string;
  /** The place its sentence names nearest to it. */
  readonly place?: { readonly name: string; readonly entity: string };
  /**
   * Why it tells of no event of the report's own days: `question`, `sport`, `fiction`, `figurative`,
   * `ceasefire`, `verdict`, `unrealized`, `recalled`, `retrospective`. Absent: it tells of one.
   */
  readonly aside?: EventAside;
}

export type EventAside =
  | 'question'
  | 'sport'
  | 'fiction'
  | 'figurative'
  | 'ceasefire'
  | 'verdict'
  | 'unrealized'
  | 'recalled'
  | 'retrospective';

/** Beyond the contract: does a report tell of violence or its consequences? */
export interface DocumentEvent {
  readonly status: 'event' | 'no_event';
  /** Why, in words a reader can check against the report's figures. */
  readonly reason: string;
  /** How many of its claims are event figures. */
  readonly claims: number;
  /**
   * How many of its event mentions tell of an event of its own days, when the report tells of one
   * by its words alone (no event figure): such a report joins an incident and opens none.
   */
  readonly mentions?: number;
}

/** Beyond the contract: how a mention names its entity, when not plainly (`voice`: a place named as
 * the government seated there, `موسكو ترد`، `أعلنت واشنطن`: it says who speaks, not where;
 * `answered`: the place of an earlier event that the report's event answers, `ضربات ردا على هجوم في
 * دوما`: it says what the event follows, not where it happened). */
export type MentionRole = 'voice' | 'answered';

export interface EntityMention extends TextSpan {
  readonly document: string;
  readonly role?: MentionRole;
}

export type EntityType =
  | 'person'
  | 'organization'
  | 'armed_group'
  | 'outlet'
  | 'location'
  | 'facility'
  | 'government'
  | 'other';

export interface Entity {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly mentions: readonly EntityMention[];
  /** Beyond the contract: the id of the larger body or place (قوى الأمن الداخلي → قسد, a city → its country). */
  readonly parent?: string;
  /** Beyond the contract: ISO 3166 code of the state the entity belongs to. */
  readonly country?: string;
}

export interface Estimate {
  readonly category: Category;
  readonly group: string | null;
  readonly kind: SubjectKind;
  readonly low: number | null;
  readonly best: number | null;
  readonly high: number | null;
  readonly conservative: number | null;
  readonly claims: readonly string[];
  readonly basis: string;
  /**
   * Beyond the contract, present when some figure of the slot comes from a republished copy: the
   * outlets behind the slot's current figures (each stays visible) and how many independent
   * sources they are (five outlets carrying one wire are one).
   */
  readonly outlets?: readonly string[];
  readonly independentSources?: number;
}

export interface Incident {
  readonly id: string;
  readonly title: string;
  readonly documents: readonly string[];
  readonly location?: string;
  readonly start?: string;
  readonly end?: string;
  readonly estimates: readonly Estimate[];
  /** Beyond the contract: the claims grouped into the incident. */
  readonly claims?: readonly string[];
  /** Beyond the contract: reports that disagree on when or how long (six days vs seven days). */
  readonly disputes?: readonly IncidentDispute[];
  /** Beyond the contract: the campaign this incident is a part of. */
  readonly campaign?: string;
  /** Beyond the contract: the parties most reports name (names). */
  readonly parties?: readonly string[];
  /** Beyond the contract: the kinds of event counted (claim categories, most frequent first). */
  readonly events?: readonly Category[];
  /** Beyond the contract: the country of the incident's place (ISO 3166 code, when known). */
  readonly country?: string;
}

/** Beyond the contract: incidents that are parts of one longer offensive, and its running figures. */
export interface Campaign {
  readonly id: string;
  readonly title: string;
  readonly location?: string;
  readonly country?: string;
  readonly start?: string;
  readonly end?: string;
  readonly incidents: readonly string[];
  /** Running figures since the campaign began (`منذ بدء الحملة`), never compared with a day's toll. */
  readonly claims: readonly string[];
}

export interface IncidentDispute {
  readonly kind: 'date' | 'duration';
  readonly note: string;
  readonly documents: readonly string[];
  readonly spans: readonly (TextSpan & { readonly document: string })[];
}

export type ConflictKind = 'disagreement' | 'denial' | 'revision' | 'sum_mismatch';

export interface Conflict {
  readonly id: string;
  readonly kind: ConflictKind;
  readonly claims: readonly string[];
  readonly note: string;
  /** Beyond the contract, when a republished copy takes part: the independent sources among its claims. */
  readonly independentSources?: number;
}

export interface TimelineEntry {
  readonly date: string;
  readonly precision: 'day' | 'week' | 'month';
  readonly text: string;
  readonly claims: readonly string[];
  readonly documents: readonly string[];
  /** Beyond the contract: the incident the entry belongs to, and where each source says it. */
  readonly incident?: string;
  readonly mentions?: readonly (TextSpan & { readonly document: string })[];
}

export interface Diagnostic {
  readonly code: string;
  readonly document?: string;
  readonly start?: number;
  readonly end?: number;
  readonly message: string;
}

/** The JSON contract of `isnad analyze --format json`. */
export interface AnalysisResult {
  readonly isnad: string;
  readonly documents: readonly DocumentInfo[];
  readonly entities: readonly Entity[];
  readonly claims: readonly Claim[];
  readonly incidents: readonly Incident[];
  /** Beyond the contract: always present in isnad's own output; absent in results of older versions. */
  readonly campaigns?: readonly Campaign[];
  readonly conflicts: readonly Conflict[];
  readonly timeline: readonly TimelineEntry[];
  readonly diagnostics: readonly Diagnostic[];
}

/** A document as handed to the engine: decoded text plus whatever the caller knows about it. */
export interface InputDocument {
  readonly id: string;
  readonly text: string;
  readonly source?: string;
  readonly published?: string;
  readonly url?: string;
  /**
   * The id of an earlier document of the batch that this one republishes from another outlet (a
   * wire copy): its figures count with their origin's as one independent source.
   */
  readonly syndicatedFrom?: string;
  /** Where each page of a paged source (a PDF) sits in the text: a span's page is the one it falls in. */
  readonly pages?: readonly TextPage[];
}

/** Page `page` (1-based) of a paged source covers [start, end) of the document's text. */
export interface TextPage {
  readonly page: number;
  readonly start: number;
  readonly end: number;
}

// ---------------------------------------------------------------------------------------------
// `extract`: every mention the reader finds, before any claim logic (`isnad extract`).

/** What a figure measures when it is not a count of things: never a claim. */
export type MeasureUnit = 'percent' | 'money';

export interface ExtractedQuantity extends TextSpan, Quantity {
  /** The counted noun's text, when there is one (`عنصرا` in `28 عنصرا`). */
  readonly noun?: string;
  readonly unit?: MeasureUnit;
  readonly rules: readonly string[];
  /** The matching (folded) view of `text`, with `normalized: true`. */
  readonly normalized?: string;
}

export interface ExtractedDate extends TextSpan {
  /** `set`: a recurrence (`كل يوم`، `يومياً`), its period in `every`. */
  readonly kind: 'date' | 'duration' | 'time' | 'set';
  /** YYYY-MM-DD (the first day for week and month precision), or null when unresolved. */
  readonly date: string | null;
  readonly precision: 'day' | 'week' | 'month' | 'year' | null;
  /** The first and last day (YYYY-MM-DD, inclusive) of a week, month, year or span of days
   * (`من 3 إلى 19 آب`، `الأسبوع الأول من آذار`), as a claim's `time` writes them; absent for one day. */
  readonly range?: { readonly start: string; readonly end: string };
  /** The date depends on the reference date. */
  readonly relative: boolean;
  /** Which parts the text states (the rest were implied by the reference date). */
  readonly stated: { readonly year: boolean; readonly month: boolean; readonly day: boolean };
  /** 0 = Sunday … 6 = Saturday, when the text names a weekday. */
  readonly weekday?: number;
  readonly timeOfDay?: string;
  /** `HH:MM` on 24 hours, for a clock time and a day joined to one (`غداً الساعة الثامنة مساءً`). */
  readonly clock?: string;
  /** `HH:MM`: the last time of a range of the clock (`من الساعة 3 إلى 5 مساء`). */
  readonly untilClock?: string;
  /** An uncounted span that ends (`past`: `خلال الأيام الماضية`) or starts (`future`) at the reference. */
  readonly open?: 'past' | 'future';
  /** The unit of an open span (`الأيام الماضية`: day). */
  readonly openUnit?: string;
  readonly every?: { readonly amount: number; readonly unit: string };
  readonly duration?: { readonly amount: number; readonly unit: string };
  readonly inconsistent?: string;
  readonly rules: readonly string[];
  readonly normalized?: string;
}

export interface ExtractedEntity extends TextSpan {
  /** Gazetteer id. */
  readonly id: string;
  readonly type: string;
  /** Canonical name. */
  readonly name: string;
  readonly rules: readonly string[];
  readonly normalized?: string;
}

/** The day relative dates were resolved against, and where it came from. */
export interface ReferenceDate {
  readonly date: string | null;
  /** `option`: given by the caller; `text`: the publication date isnad read or inferred from the text. */
  readonly source: 'option' | 'text' | 'none';
  /** For `text`: the rule that found it and whether the text states it or isnad inferred it. */
  readonly rule?: string;
  readonly confidence?: 'stated' | 'inferred';
}

export interface ExtractResult {
  readonly reference: ReferenceDate;
  readonly quantities: readonly ExtractedQuantity[];
  readonly dates: readonly ExtractedDate[];
  readonly entities: readonly ExtractedEntity[];
  /** The whole matching view, with `normalized: true`. */
  readonly normalized?: string;
  readonly diagnostics: readonly Diagnostic[];
}

export interface ExtractOptions {
  /** YYYY-MM-DD. Without it, relative dates resolve against the publication date read from the text. */
  readonly referenceDate?: string;
  /** Add the matching (folded) view of the text and of every mention. */
  readonly normalized?: boolean;
}
