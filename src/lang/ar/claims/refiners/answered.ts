// ar/scope/answered — what a report's event answers is another, earlier event: its place is not the
// event's place, and its figures are background to the report's own.
//
// An answer clause opens on an adverb of response or revenge (`ردا على`، `رداً على`، `انتقاما لـ`،
// `ثأرا لـ`: the closed class `answer-word`, before `على` (`answer-preposition`) or a word with
// `لـ`) or on a cause (`على خلفية`: `answer-ground` after `على`), after an act the sentence tells
// of (an event word or a strike's noun before the cue), and runs to the next punctuation. A place
// inside it is where the answered event happened (`answered`: never the report's place, nor the
// place of a figure outside the clause; a figure inside it takes the clause's place).
//
// must change:     «شنت ثلاث دول ضربات على سوريا ردا على هجوم كيماوي في مدينة دوما الأسبوع
//                  الماضي» (دوما) · «قصف المدفعية انتقاما لمقتل جنديين في بلدة قرب الحدود» ·
//                  «وجاءت الضربات ردا على هجوم أسفر عن مقتل 40 شخصا في مدينة دوما» (the 40
//                  at دوما).
// must not change: «قتل 36 عنصرا في حي القدم، إثر هجوم شنه التنظيم» (إثر tells the event
//                  itself) · «سترد ردا حازما في دمشق» (no `على`) · «ورد الجيش على مصادر
//                  النيران في البلدة» (a verb, no adverb) · «ردا على الهجوم، قصفت الطائرات
//                  حلب» (حلب after the comma is the event's) · «استدعت سفيرها على خلفية أحداث
//                  غزة، التي قتل فيها 55» (a reaction in words: the report is about Gaza).
//
// A clause runs on past a comma before a verb of what its event caused (`consequence-verb`: `،
// أسفر عن`، `، تسبب بـ`): «ردا على هجوم يعتقد أنه كيماوي، أسفر عن مقتل العشرات في دوما». A figure
// inside a clause that names the answered event's place counts that earlier event (scope
// `background`), whatever else the report names: a report of strikes whose only located figure is
// the toll of the attack they answer tells of the strikes, not of that attack.
//
// A report's figures at a place it first names as what its event answers (a report of an event
// there names it as that event's place first), when its other figures name a place off that
// place's chain, count the answered event (scope `background`): «وقتل في الهجوم 60 شخصا في دوما»
// in a report of strikes on Damascus and Homs that answer the attack on Douma. A report that
// names no other place keeps them: the answered place may be its own (`غارات ردا على صواريخ من غزة` with the wounded in Gaza).

import type { Claim } from '../../../../types.js';
import { stage } from '../../../../pipeline/stage.js';
import type { ArabicDoc } from '../../document.js';
import type { PlaceHit } from '../../entities/places.js';
import { ancestors, inAnswerClause } from '../../entities/places.js';
import type { SentenceView, TokenRange } from '../../read/sentence-view.js';
import { isA, isComma } from '../../read/sentence-view.js';
import { WORD_ANSWER } from '../../lexicon/lexicon.js';

const RULE = 'ar/scope/answered';

/** An answer clause runs at most this many tokens: a clause, not the rest of a long sentence. */
const MAX_CLAUSE = 16;

/** Punctuation that ends a clause (quotes do not: `ردا على هجوم "كيماوي" في دوما`). */
const CLAUSE_END = /^[،,.؛;:!?؟()[\]\-–—]$/;

/**
 * The answer clauses of a sentence, as token ranges from their cue to the next punctuation (or on
 * past a comma into a relative clause of the answered event: `على خلفية أحداث غزة، التي قتل فيها`).
 * Only a sentence that tells of the answering act before its cue has one (`قصفت`، `ضربات`، `صواريخ`):
 * a reaction in words (`استدعت سفيرها على خلفية أحداث غزة`) is about the event it answers.
 */
export function answerClauses(view: SentenceView): TokenRange[] {
  const out: TokenRange[] = [];
  const toks = view.toks;
  for (let i = 1; i < toks.length; i++) {
    // Only a flagged word can open one: the others are passed over without asking their classes.
    if ((view.flags[i]! & WORD_ANSWER) === 0 || !opensAnswer(view, i) || !answering(view, i)) continue;
    let end = i + 1;
    while (end < toks.length && end - i < MAX_CLAUSE) {
      const t = toks[end]!;
      if (
        t.kind === 'punct' &&
        CLAUSE_END.test(t.text) &&
        !relativeAfter(view, end) &&
        !consequenceAfter(view, end)
      )
        break;
      end++;
    }
    out.push({ start: i, end });
    i = end;
  }
  return out;
}

/** Token `i` opens an answer clause: `ردا على`، `انتقاما لـ`، `على خلفية`. */
function opensAnswer(view: SentenceView, i: number): boolean {
  const toks = view.toks;
  const tok = toks[i]!;
  if (tok.kind !== 'word') return false;
  if (isA(view, tok, 'answer-ground')) return isA(view, toks[i - 1], 'answer-preposition');
  if (!isA(view, tok, 'answer-word')) return false;
  // `ردا حازما`: a response given, not one to something.
  const next = toks[i + 1];
  return isA(view, next, 'answer-preposition') || (next?.kind === 'word' && next.text.startsWith('ل'));
}

/** A comma then a definite relative (`، التي`، `، الذي`): the clause goes on about its event. */
function relativeAfter(view: SentenceView, i: number): boolean {
  const next = view.toks[i + 1];
  return isComma(view.toks[i]) && isA(view, next, 'relative') && next!.text.startsWith('ال');
}

/**
 * A comma then a verb of what an event caused (`، أسفر عن`، `، تسبب بـ`): the clause goes on about
 * its event (`ردا على هجوم يعتقد أنه كيماوي، أسفر عن مقتل العشرات في دوما`).
 */
function consequenceAfter(view: SentenceView, i: number): boolean {
  return isComma(view.toks[i]) && isA(view, view.toks[i + 1], 'consequence-verb');
}

/** The sentence tells of an act before token `i`: an event word or a strike's noun. */
function answering(view: SentenceView, i: number): boolean {
  const lex = view.lex;
  for (let k = 0; k < i; k++) {
    const word = view.words[k];
    if (!word) continue;
    const starts = lex.startsOf(word);
    if (starts.words.length > 0 || starts.phrases.length > 0) return true;
    if (word.info.nouns.some((n) => n.entry.unit === 'strike')) return true;
  }
  return false;
}

/** The clause a token lies in, if any. */
export function clauseAt(clauses: readonly TokenRange[], i: number): TokenRange | undefined {
  for (const c of clauses) if (c.start <= i && i < c.end) return c;
  return undefined;
}

/** Places inside an answer clause carry it (`answered`): the answered event's place. */
export function byAnswers(view: SentenceView, places: readonly PlaceHit[]): PlaceHit[] {
  if (places.length === 0) return [...places];
  const clauses = answerClauses(view);
  if (clauses.length === 0) return [...places];
  return places.map((p) => {
    const c = clauseAt(clauses, p.start);
    return c ? { ...p, answered: c } : p;
  });
}

function background(c: Claim): Claim {
  if (c.scope === 'background') return c;
  return { ...c, scope: 'background', rules: [...c.rules, RULE] };
}

/**
 * The report's figures counting the event it answers: background. A figure inside an answer clause
 * that names a place (`answeredAt`), and the figures at a place the report first names as what its
 * event answers when its other figures name a place off that place's chain (`answeredReportPlaces`;
 * see the head of this file).
 */
export const answeredPlaces = stage<ArabicDoc>(RULE, (doc) => {
  answeredAt(doc);
  answeredReportPlaces(doc);
});

/**
 * A figure inside an answer clause that names the answered event's place counts that event, an
 * earlier one, whatever else the report names: «ضربات ردا على هجوم في دوما أسفر عن مقتل 40».
 */
function answeredAt(doc: ArabicDoc): void {
  for (const { claim, places, at } of doc.placeEvidence.claims) {
    const c = doc.claims[claim];
    if (c && c.scope === undefined && places.some((p) => inAnswerClause(p, at)))
      doc.claims[claim] = background(c);
  }
}

/**
 * The figures at a place the report first names as what its event answers, when its other figures
 * name a place off that place's chain.
 */
function answeredReportPlaces(doc: ArabicDoc): void {
  // The places the report first names as what its event answers (in text order, voices aside).
  const first = new Map<string, boolean>();
  for (const p of doc.placeEvidence.seen)
    if (!p.voice && !first.has(p.entry.id)) first.set(p.entry.id, p.answered !== undefined);
  const answered = new Set([...first].filter(([, a]) => a).map(([id]) => id));
  if (answered.size === 0) return;
  const lex = doc.lexicon;
  // The answered place a claim lies at or inside, if any.
  const within = (id: string | undefined): boolean => {
    const e = id ? lex.entityById.get(id) : undefined;
    return e !== undefined && (answered.has(e.id) || ancestors(e, lex).some((a) => answered.has(a)));
  };
  const own = doc.claims.filter((c) => c.scope === undefined && c.location?.entity);
  const elsewhere = own.some((c) => {
    const e = lex.entityById.get(c.location!.entity!);
    // A country holds every place of its war: only a place below one tells where else.
    return e !== undefined && e.parent !== null && !within(e.id) && !onChainOfAnswered(e.id, answered, doc);
  });
  if (!elsewhere) return;
  const claims = doc.claims;
  claims.forEach((c, k) => {
    if (c.scope === undefined && within(c.location?.entity)) claims[k] = background(c);
  });
}

/** A place that contains an answered place (`دمشق` for a suburb answered): on its chain, no other front. */
function onChainOfAnswered(id: string, answered: ReadonlySet<string>, doc: ArabicDoc): boolean {
  const lex = doc.lexicon;
  for (const a of answered) {
    const e = lex.entityById.get(a);
    if (e && ancestors(e, lex).includes(id)) return true;
  }
  return false;
}
