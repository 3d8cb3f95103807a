// Span validity (CLAIMS.md, "Offsets"): every span is half-open UTF-16 offsets into the original
// text and every `text` equals original.slice(start, end). A span that drifts by one unit breaks
// every highlight in every surface, so each one is checked, not sampled.

import type { AnalysisResult, Span } from '../types.js';
import type { SpanError } from './report-types.js';

export interface SpanCheck {
  readonly checked: number;
  readonly errors: readonly SpanError[];
}

function inBounds(span: Span, length: number): boolean {
  return (
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.start <= span.end &&
    span.end <= length
  );
}

function show(span: Span): string {
  return `[${span.start}, ${span.end})`;
}

/** Null when valid, else why not. */
function spanProblem(span: Span, text: string | undefined, original: string): string | null {
  if (!inBounds(span, original.length))
    return `span ${show(span)} is outside the text (length ${original.length})`;
  if (text === undefined) return null;
  const slice = original.slice(span.start, span.end);
  return slice === text ? null : `text "${text}" ≠ original ${show(span)} "${slice}"`;
}

/** Checks every span whose document text is known; documents without a text are skipped. */
export function checkSpans(result: AnalysisResult, texts: ReadonlyMap<string, string>): SpanCheck {
  const errors: SpanError[] = [];
  let checked = 0;
  const check = (kind: SpanError['kind'], document: string, ref: string, problem: string | null): void => {
    checked++;
    if (problem !== null) errors.push({ kind, document, ref, message: problem });
  };

  const known = new Set(result.documents.map((d) => d.id));
  for (const claim of result.claims) {
    const unknown = known.has(claim.document)
      ? null
      : `claim refers to document "${claim.document}", not in documents`;
    check('document', claim.document, claim.id, unknown);
    const original = texts.get(claim.document);
    if (original === undefined) continue;
    check('claim', claim.document, claim.id, spanProblem(claim, claim.text, original));
    let sentence = spanProblem(claim.sentence, undefined, original);
    if (sentence === null && (claim.sentence.start > claim.start || claim.sentence.end < claim.end)) {
      sentence = `sentence ${show(claim.sentence)} does not contain the claim ${show(claim)}`;
    }
    check('sentence', claim.document, claim.id, sentence);
    claim.attribution.forEach((hop, i) => {
      if (hop.cue === undefined) return;
      const problem = spanProblem(hop.cue, hop.cue.text, original);
      check('cue', claim.document, claim.id, problem === null ? null : `hop ${i} (${hop.name}): ${problem}`);
    });
  }

  for (const entity of result.entities) {
    for (const mention of entity.mentions) {
      const original = texts.get(mention.document);
      if (original === undefined) continue;
      check('mention', mention.document, entity.id, spanProblem(mention, mention.text, original));
    }
  }

  for (const doc of result.documents) {
    const original = texts.get(doc.id);
    if (original === undefined) continue;
    for (const span of doc.boilerplate)
      check('boilerplate', doc.id, doc.id, spanProblem(span, undefined, original));
  }
  return { checked, errors };
}
