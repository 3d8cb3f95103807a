// Every mention of a text, with no claim logic (what `isnad extract` lists): each quantity
// expression (counted or not) with its counted noun, each gazetteer entity, each date as extract
// shows it — spans into the original text.
//
// Quantities are cardinals, number words, vague amounts (العشرات), ranges, duals and `أحد` + a
// plural, with their qualifier; percentages and amounts of money are listed with a `unit` and are
// never claims. Ordinals, years, dates, clock times, durations and ages (the date reader's), phone,
// article and resolution numbers, model names (`F-16`) and fractions alone (`ثلث السكان`) are not
// quantities.

import { stage } from '../../pipeline/stage.js';
import type { FoldedText } from '../../text/folded.js';
import { toOriginal } from '../../text/folded.js';
import { urlSpans } from '../../text/urls.js';
import type { ExtractedDate, ExtractedEntity, ExtractedQuantity, Span } from '../../types.js';
import type { DateMention } from './dates/index.js';
import type { ArabicDoc } from './document.js';
import { linkContext, outermostNames, paragraphContexts } from './entities/link.js';
import type { GazetteerEntry } from './lexicon/lexicon.js';
import { tokenReadings } from './read/morphology.js';
import type { QuantityMention } from './quantities/sentence.js';
import { readQuantities } from './quantities/sentence.js';
import { qualifierAfter, qualifierBefore, qualifierRule, interval } from './quantities/numbers.js';
import type { SentenceView } from './read/sentence-view.js';
import { buildSentenceView, entityAt, isA, nounOf, rememberBodies } from './read/sentence-view.js';

/** A date as `extract` lists it. */
export function toDate(d: DateMention, folded: FoldedText, withNormalized: boolean): ExtractedDate {
  return {
    kind: d.kind,
    start: d.start,
    end: d.end,
    text: d.text,
    date: d.date,
    precision: d.precision,
    ...(d.range !== undefined ? { range: d.range } : {}),
    relative: d.relative,
    stated: d.stated,
    ...(d.weekday !== undefined ? { weekday: d.weekday } : {}),
    ...(d.timeOfDay !== undefined ? { timeOfDay: d.timeOfDay } : {}),
    ...(d.clock !== undefined ? { clock: d.clock } : {}),
    ...(d.untilClock !== undefined ? { untilClock: d.untilClock } : {}),
    ...(d.open !== undefined ? { open: d.open } : {}),
    ...(d.openUnit !== undefined ? { openUnit: d.openUnit } : {}),
    ...(d.every !== undefined ? { every: d.every } : {}),
    ...(d.duration !== undefined ? { duration: d.duration } : {}),
    ...(d.inconsistent !== undefined ? { inconsistent: d.inconsistent } : {}),
    rules: d.rules,
    ...(withNormalized ? { normalized: folded.text.slice(d.foldedStart, d.foldedEnd) } : {}),
  };
}

/** Token index of the counted noun after a numeral ending at `from`, or -1. */
function countedNoun(v: SentenceView, from: number): { start: number; end: number } | null {
  let j = from;
  for (let skipped = 0; skipped < 3 && j < v.toks.length; skipped++) {
    const t = v.toks[j]!;
    if (
      (t.kind === 'punct' && (t.text === '"' || t.text === "'")) ||
      t.text === 'ال' ||
      isA(v, t, 'count-partitive')
    )
      j++;
    else break;
  }
  const tok = v.toks[j];
  if (!tok || tok.kind !== 'word' || v.excluded.has(j)) return null;
  // `374 من عناصر`: after a partitive only a known noun or a definite plural is counted.
  const partitive = v.toks.slice(from, j).some((t) => isA(v, t, 'count-partitive'));
  const entity = entityAt(v, j);
  if (entity) return { start: j, end: entity.end };
  if (nounOf(v, j)) return { start: j, end: j + 1 };
  if (partitive && !tokenReadings(tok).some((r) => r.definite)) return null;
  if (tok.text === 'و' || isA(v, tok, 'hundred-word')) return null;
  // `أكثر من 20 وأكثر من 50 جريحا`: the qualifier of the next figure, glued to و, is no noun.
  if (/^و/.test(tok.text) && opensNextQualifier(v, j)) return null;
  if (isA(v, tok, 'not-counted') || isA(v, tok, 'function-word')) return null;
  // A verb after the figure (`200 قتلوا`) is its predicate, not its noun.
  if ((v.info(j)?.events ?? []).some((e) => e.pos !== 'noun')) return null;
  if ((v.info(j)?.cues.length ?? 0) > 0) return null;
  return { start: j, end: j + 1 };
}

/** Whether a qualifier of a figure a few tokens on opens at token `j` (`وأكثر من 50`). */
function opensNextQualifier(v: SentenceView, j: number): boolean {
  for (let k = j + 1; k <= Math.min(v.toks.length - 1, j + 5); k++) {
    if (v.toks[k]!.kind === 'number') return qualifierBefore(v.lex, v.toks, k)?.start === j;
  }
  return false;
}

/**
 * Where the noun of a figure with a qualifier after it starts (`عشرون ونيف مدنيا`، `20 على الأقل من
 * المدنيين`): past the qualifier, when a partitive or a known noun stands there; else nowhere (a verb
 * or another clause follows: `ثلاثة على الأقل يحملون`، `اثنان فقط بلا عمل`).
 */
function nounPast(v: SentenceView, qEnd: number): number {
  return isA(v, v.toks[qEnd], 'count-partitive') || nounOf(v, qEnd) !== null ? qEnd : v.toks.length;
}

/** A span of the original text (with its matching view, when asked for). */
interface Piece {
  start: number;
  end: number;
  text: string;
  normalized?: string;
}

function entityRules(anaphoric: boolean | undefined): string[] {
  return [anaphoric ? 'ar/entity/anaphora' : 'ar/entity/gazetteer'];
}

/**
 * Every quantity and entity of every sentence (boilerplate included), with no claim logic. Shared
 * names are decided by what the whole text names, as the claim reader does.
 */
export const mentionsStage = stage<ArabicDoc>('ar/mentions', (doc) => {
  const { folded, lexicon: lex } = doc;
  const withNormalized = doc.options.normalized;
  const excluded: Span[] = [
    ...doc.dates.map((d) => ({ start: d.foldedStart, end: d.foldedEnd })),
    ...urlSpans(folded.text),
  ];
  const quantities: ExtractedQuantity[] = [];
  const entities: ExtractedEntity[] = [];
  const anaphora = new Map<string, GazetteerEntry>();
  const link = linkContext(doc.sentences.flatMap((r) => outermostNames(r.names)));
  const links = paragraphContexts(link, doc.sentences, folded.text);
  const piece = (s: number, e: number): Piece => {
    const span = toOriginal(folded, s, e);
    const out: Piece = { start: span.start, end: span.end, text: doc.text.slice(span.start, span.end) };
    if (withNormalized) out.normalized = folded.text.slice(s, e);
    return out;
  };
  for (const [k, reading] of doc.sentences.entries()) {
    const v = buildSentenceView(reading, lex, excluded, null, anaphora, links[k]!);
    if (v.toks.length === 0) continue;
    const tokRange = (a: number, b: number, lead = 0): Piece =>
      piece(v.toks[a]!.start + lead, v.toks[Math.max(a, b - 1)]!.end);
    for (const e of v.entities) {
      const { id, type, name } = e.entry;
      entities.push(
        Object.assign(tokRange(e.start, e.end), { id, type, name, rules: entityRules(e.anaphoric) }),
      );
    }
    rememberBodies(v, anaphora);
    for (const q of readQuantities(v)) quantities.push(quantityOf(v, q, tokRange));
  }
  doc.mentions = { quantities: quantities.sort(byStart), entities: entities.sort(byStart) };
});

/** Mentions in text order: by start, then by end. */
export function byStart(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.start - b.start || a.end - b.end;
}

function quantityOf(
  v: SentenceView,
  q: QuantityMention,
  tokRange: (a: number, b: number, lead?: number) => Piece,
): ExtractedQuantity {
  let noun: { start: number; end: number } | null = null;
  if (q.dual) noun = { start: q.numStart, end: q.numStart + 1 };
  else if (q.nounBefore !== null) noun = { start: q.nounBefore, end: q.nounBefore + 1 };
  else if (q.unit !== 'percent') noun = countedNoun(v, q.qEnd > q.numEnd ? nounPast(v, q.qEnd) : q.numEnd);
  let quantity = q.quantity;
  let end = q.qEnd;
  const rules = [...q.rules];
  // `قتل 39 شخصا على الأقل`: a qualifier after the counted noun.
  if (noun && noun.start >= q.qEnd && quantity.qualifier === 'exact' && quantity.point !== null) {
    const after = qualifierAfter(v.lex, v.toks, noun.end);
    if (after) {
      quantity = interval(quantity.point, after.qualifier);
      if (!after.setOff) end = after.end;
      rules.push(qualifierRule(after.qualifier));
    }
  }
  const out: Piece & { -readonly [K in keyof ExtractedQuantity]?: ExtractedQuantity[K] } = Object.assign(
    tokRange(q.qStart, end, q.lead),
    {
      low: quantity.low,
      high: quantity.high,
      point: quantity.point,
      qualifier: quantity.qualifier,
    },
  );
  // Keys in the order the JSON output has always had: noun and unit (when present), then rules.
  if (noun) out.noun = tokRange(noun.start, noun.end).text;
  if (q.unit) out.unit = q.unit;
  out.rules = rules;
  return out as ExtractedQuantity;
}
