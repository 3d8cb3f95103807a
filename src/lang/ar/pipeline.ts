// The Arabic reader, in the order it runs. Each stage fills a part of the document's context
// (document.ts) from the parts earlier stages filled; reading a part before its stage has run is an
// error. `extract` and `analyze` share the reading stages; `extract` stops before claims.

import type { Pipeline } from '../../pipeline/stage.js';
import { stage } from '../../pipeline/stage.js';
import { sentences as cutSentences } from '../../text/segment.js';
import { readClaims } from './claims/read.js';
import type { ClaimSentence } from './claims/read.js';
import { answeredPlaces } from './claims/refiners/answered.js';
import { deniedAfter } from './claims/refiners/denied-after.js';
import { freedByForce } from './claims/refiners/freed-by-force.js';
import { groupContinuity } from './claims/refiners/group-continuity.js';
import { groupFromParts } from './claims/refiners/group-from-parts.js';
import { groupFromWhole } from './claims/refiners/group-from-whole.js';
import { ownLosses } from './claims/refiners/own-losses.js';
import { ownSoldiers } from './claims/refiners/own-soldiers.js';
import { wireDateline } from './claims/refiners/wire-dateline.js';
import { readFigures } from './claims/steps/figures.js';
import { rememberArmedGroup } from './claims/steps/last-armed-group.js';
import { makeClaims } from './claims/steps/make.js';
import { rememberNamedBodies } from './claims/steps/named-bodies.js';
import { linkParts } from './claims/steps/part-of.js';
import { placeClaims } from './claims/steps/place.js';
import { namePlaces } from './claims/steps/places-named.js';
import { readVoices } from './claims/steps/voices.js';
import { dateDiagnostics, documentInfo, speakersAcrossBatch, timeline } from './assemble.js';
import { eventMentionsStage } from './events/mentions.js';
import { toxicMeansStage } from './events/toxic.js';
import { findBoilerplate } from './read/boilerplate.js';
import { parseIsoDate } from './dates/calendar.js';
import { parseDateExpressions, resolveDateExpressions } from './dates/index.js';
import type { ArabicDoc } from './document.js';
import { contentLines } from './meta/lines.js';
import { batchPublishedStage, pageMetaStage, publishedStage } from './meta/stages.js';
import { mentionsStage } from './mentions.js';
import { readSentence } from './read/sentence-view.js';

/**
 * The matching view: every later stage reads the folded text; spans map back to the original. The
 * lexicon folds it, with the words its obfuscation step reads (censored words, letter names).
 */
const fold = stage<ArabicDoc>('ar/read/fold', (doc) => {
  doc.folded = doc.lexicon.normalize(doc.text);
});

/** Scrape noise, on whole lines: a "read also" headline is one line, so this precedes sentences. */
const boilerplate = stage<ArabicDoc>('ar/read/boilerplate', (doc) => {
  doc.boilerplate = findBoilerplate(doc.folded.text, doc.lexicon.phrases);
});

/** The non-empty lines the page's metadata readers read (publication day, title, outlet), cut once. */
const contentLinesStage = stage<ArabicDoc>('ar/read/lines', (doc) => {
  doc.lines = contentLines(doc.folded.text);
});

/** Sentences, their tokens and each word's lexicon record, read once for every later stage. */
const sentences = stage<ArabicDoc>('ar/read/sentences', (doc) => {
  const { folded, lexicon } = doc;
  doc.sentences = cutSentences(folded.text).map((range) => readSentence(folded, lexicon, range));
});

/** Date expressions, unresolved: each pattern reads only the sentences holding one of its cues. */
const dateExpressions = stage<ArabicDoc>('ar/dates/parse', (doc) => {
  doc.expressions = parseDateExpressions(doc.folded, doc.lexicon, doc.sentences);
});

/** The dates against the publication day (or the caller's reference day). */
const resolveDates = stage<ArabicDoc>('ar/dates/resolve', (doc) => {
  doc.dates = resolveDateExpressions(doc.folded, doc.expressions, parseIsoDate(doc.published?.date ?? null));
});

/** What every reading starts with, `extract` and `analyze` alike. */
export const readingStages: Pipeline<ArabicDoc> = [
  fold,
  boilerplate,
  contentLinesStage,
  sentences,
  dateExpressions,
  // The caller's day, else the text's: needs the dates and the boilerplate (a byline, a dateline).
  publishedStage,
];

/** `extract`: every quantity, date and entity, and no claim logic. */
export const extractPipeline: Pipeline<ArabicDoc> = [
  ...readingStages,
  resolveDates,
  dateDiagnostics,
  mentionsStage,
];

/**
 * One sentence of the claim reader. Order matters: voices before figures (a side that speaks is
 * not the side counted), figures before claims; a breakdown's whole takes its side from its parts
 * before parts without a side take the whole's; the armed group named last is remembered before
 * the next sentence's `التنظيم`, and so are the bodies it names by their head word.
 */
export const sentenceStages: Pipeline<ClaimSentence> = [
  // Voices before places: a place that speaks (`وقالت موسكو`) is no place of the sentence's events.
  readVoices,
  namePlaces,
  readFigures,
  makeClaims,
  // A figure called false or inflated right after it: before a rebuttal reads the denied figures.
  deniedAfter,
  groupFromParts,
  // A side's rebuttal of its losses: after a whole's side comes from its parts, before parts take it.
  ownLosses,
  // Soldiers a force reports hurt are its own: before parts take the whole's side.
  ownSoldiers,
  groupFromWhole,
  linkParts,
  rememberArmedGroup,
  freedByForce,
  rememberNamedBodies,
];

const claims = stage<ArabicDoc>('ar/claims', (doc) => readClaims(doc, sentenceStages));

/** `analyze`: the reading, what the page says of itself, then claims and what the engine links. */
export const analyzePipeline: Pipeline<ArabicDoc> = [
  ...readingStages,
  pageMetaStage,
  // A batch lends publication dates to reports that state none (one report's year dates another's
  // "Thursday, 20 January"): after every report's own date, before any date is resolved.
  batchPublishedStage,
  resolveDates,
  dateDiagnostics,
  claims,
  // The agency whose dateline heads the body relays its claims: before any stage reads a chain.
  wireDateline,
  // Needs every claim of the report: prisoners keep the side they were first counted with.
  groupContinuity,
  placeClaims,
  // Needs every claim's place: the figures at a place the report names only as what it answers.
  answeredPlaces,
  documentInfo,
  timeline,
  // The words that tell of an event, with or without a figure: after the document's info and dates.
  eventMentionsStage,
  toxicMeansStage,
  // People across the batch (`X الشامي` is another report's `X شامي`): after every report's claims.
  speakersAcrossBatch,
];
