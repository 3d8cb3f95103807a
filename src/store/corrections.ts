// Corrections are the analyst's word on a claim, kept apart from the machine's reading. They are
// keyed so that the claim is found again after a new engine re-reads the text: the document, the
// claim's span and the category the machine gave it. Applied in the order they were made, each
// correction overrides the fields it names; the last confirm/reject decides the review mark.

import type { Category, Claim, Hop, HopKind, Quantity, Stance, SubjectKind } from '../index.js';
import { IsnadError } from '../errors.js';
import { CATEGORIES, HOP_KINDS, QUALIFIERS, STANCES, SUBJECT_KINDS, wordsOf } from '../vocabulary.js';

export const CATEGORY_WORDS: readonly Category[] = wordsOf(CATEGORIES);
export const KIND_WORDS: readonly SubjectKind[] = wordsOf(SUBJECT_KINDS);
export const STANCE_WORDS: readonly Stance[] = wordsOf(STANCES);
const HOP_KIND_WORDS: readonly HopKind[] = wordsOf(HOP_KINDS);
const QUALIFIER_WORDS: readonly Quantity['qualifier'][] = wordsOf(QUALIFIERS);

export type ReviewMark = 'confirmed' | 'rejected';
export type CorrectionAction = 'confirm' | 'reject' | 'correct' | 'reset';

/** The fields an analyst may correct. */
export interface ClaimChanges {
  readonly figure?: Quantity;
  readonly category?: Category;
  readonly group?: string | null;
  readonly kind?: SubjectKind;
  readonly stance?: Stance;
  readonly speaker?: { readonly name: string; readonly kind: HopKind };
}

export interface Correction {
  readonly id: number;
  readonly documentKey: string;
  readonly start: number;
  readonly end: number;
  readonly category: string;
  readonly claimKey: string;
  readonly action: CorrectionAction;
  readonly changes: ClaimChanges;
  readonly note: string | null;
  readonly author: string;
  readonly createdAt: string;
}

export interface ReviewedClaim {
  readonly claim: Claim;
  readonly review: ReviewMark | null;
  readonly corrected: boolean;
  /** The correction ids that found this claim. */
  readonly corrections: readonly number[];
}

function fail(message: string): never {
  throw new IsnadError('invalid_correction', message);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  return fail(`${field} must be one of ${allowed.join(', ')}`);
}

function count(value: unknown, field: string): number | null {
  if (value === null) return null;
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
  return fail(`${field} must be a non-negative number or null`);
}

/** A figure as an analyst types it: a number (exact), or {low, high, point?, qualifier?}. */
function parseFigure(value: unknown): Quantity {
  if (typeof value === 'number') {
    const n = count(value, 'figure');
    return { low: n, high: n, point: n, qualifier: 'exact' };
  }
  if (typeof value !== 'object' || value === null)
    return fail('figure must be a number or {low, high, point?}');
  const v = value as Record<string, unknown>;
  const low = count(v.low ?? v.point ?? null, 'figure.low');
  const high = count(v.high ?? v.point ?? null, 'figure.high');
  const point = count(v.point ?? (low !== null && low === high ? low : null), 'figure.point');
  if (low !== null && high !== null && low > high) fail('figure.low must not exceed figure.high');
  const qualifier =
    v.qualifier === undefined
      ? low === high
        ? 'exact'
        : 'range'
      : oneOf(v.qualifier, QUALIFIER_WORDS, 'figure.qualifier');
  return { low, high, point, qualifier };
}

/** Checks a PATCH body's fields; unknown fields are an error so a typo is never silently dropped. */
export function parseChanges(body: Record<string, unknown>): ClaimChanges {
  const known = new Set(['figure', 'category', 'group', 'side', 'kind', 'stance', 'speaker']);
  const changes: {
    figure?: Quantity;
    category?: Category;
    group?: string | null;
    kind?: SubjectKind;
    stance?: Stance;
    speaker?: { name: string; kind: HopKind };
  } = {};
  for (const field of Object.keys(body)) if (!known.has(field)) fail(`unknown field ${field}`);
  if ('figure' in body) changes.figure = parseFigure(body.figure);
  if ('category' in body) changes.category = oneOf(body.category, CATEGORY_WORDS, 'category');
  const group = 'group' in body ? body.group : body.side;
  if ('group' in body || 'side' in body) {
    if (group !== null && (typeof group !== 'string' || group.trim() === ''))
      fail('group (side) must be a non-empty string or null');
    changes.group = group === null ? null : (group as string).trim();
  }
  if ('kind' in body) changes.kind = oneOf(body.kind, KIND_WORDS, 'kind');
  if ('stance' in body) changes.stance = oneOf(body.stance, STANCE_WORDS, 'stance');
  if ('speaker' in body) {
    const s = body.speaker;
    if (typeof s === 'string' && s.trim() !== '') changes.speaker = { name: s.trim(), kind: 'unknown' };
    else if (typeof s === 'object' && s !== null && typeof (s as { name?: unknown }).name === 'string') {
      const hop = s as { name: string; kind?: unknown };
      if (hop.name.trim() === '') fail('speaker.name must not be empty');
      changes.speaker = {
        name: hop.name.trim(),
        kind: hop.kind === undefined ? 'unknown' : oneOf(hop.kind, HOP_KIND_WORDS, 'speaker.kind'),
      };
    } else fail('speaker must be a name or {name, kind}');
  }
  return changes;
}

function applyChanges(claim: Claim, changes: ClaimChanges): Claim {
  let c: Claim = claim;
  if (changes.figure) c = { ...c, quantity: changes.figure };
  if (changes.category) c = { ...c, category: changes.category };
  if (changes.group !== undefined) c = { ...c, subject: { ...c.subject, group: changes.group } };
  if (changes.kind) c = { ...c, subject: { ...c.subject, kind: changes.kind } };
  if (changes.stance) c = { ...c, stance: changes.stance };
  if (changes.speaker) {
    // The speaker is the last hop of the chain (outermost first); a chain of the outlet alone
    // gains the speaker as a second hop.
    const hop: Hop = { name: changes.speaker.name, kind: changes.speaker.kind };
    const chain = c.attribution;
    const last = chain[chain.length - 1];
    c = {
      ...c,
      attribution:
        chain.length > 1 || (last && last.kind !== 'outlet') ? [...chain.slice(0, -1), hop] : [...chain, hop],
    };
  }
  return c;
}

export function keyOf(documentKey: string, start: number, end: number): string {
  return `${documentKey}\u0000${start}\u0000${end}`;
}

/**
 * Applies corrections to a document's machine claims. A correction finds its claim by document and
 * span, preferring the same machine category (two claims may share a span); corrections that find
 * none are returned as orphaned.
 */
export function applyCorrections(
  claims: readonly Claim[],
  corrections: readonly Correction[],
): { claims: ReviewedClaim[]; orphaned: number[] } {
  const bySpan = new Map<string, Claim[]>();
  for (const c of claims) {
    const k = keyOf(c.document, c.start, c.end);
    const list = bySpan.get(k);
    if (list) list.push(c);
    else bySpan.set(k, [c]);
  }
  const found = new Map<string, Correction[]>();
  const orphaned: number[] = [];
  for (const corr of corrections) {
    const candidates = bySpan.get(keyOf(corr.documentKey, corr.start, corr.end)) ?? [];
    const claim =
      candidates.find((c) => c.category === corr.category) ??
      (candidates.length === 1 ? candidates[0] : undefined);
    if (!claim) {
      orphaned.push(corr.id);
      continue;
    }
    const list = found.get(claim.id);
    if (list) list.push(corr);
    else found.set(claim.id, [corr]);
  }
  const out = claims.map((claim): ReviewedClaim => {
    const mine = found.get(claim.id) ?? [];
    let review: ReviewMark | null = null;
    let current = claim;
    let corrected = false;
    for (const corr of mine) {
      if (corr.action === 'reset') {
        current = claim;
        review = null;
        corrected = false;
        continue;
      }
      if (corr.action === 'confirm') review = 'confirmed';
      if (corr.action === 'reject') review = 'rejected';
      if (Object.keys(corr.changes).length > 0) {
        current = applyChanges(current, corr.changes);
        corrected = true;
      }
    }
    return { claim: current, review, corrected, corrections: mine.map((c) => c.id) };
  });
  return { claims: out, orphaned };
}
