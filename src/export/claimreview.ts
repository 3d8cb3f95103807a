// ClaimReview drafts (schema.org JSON-LD) for fact-checkers: one per disputed figure — a claim that
// a conflict (denial, disagreement, revision, sum mismatch) holds, other than the denial itself.
// The same figure from the same speaker in several reports is one draft with several appearances.
//
// Filled from what isnad holds: `claimReviewed` (the sentence when the text is at hand, else the
// figure), `itemReviewed` (a schema.org Claim: its `author` = the original speaker, with the side it
// speaks for as `affiliation`; `datePublished` = the first report's date; `appearance` = every
// report carrying it, with URL, outlet, date and quote; `firstAppearance`), and `citation` = the
// evidence: the denials and the differing figures of the same conflicts (reports of the same
// figure corroborate and are not cited; copies of one report are cited once), each with its quote
// and source and a `description` of how it bears on the claim.
//
// Left for a person, and absent rather than invented: `reviewRating` (the verdict), the review's
// `author`, `datePublished` and `url`, and `reviewBody`.

import type { AnalysisResult, Claim, Conflict, DocumentInfo, Hop } from '../types.js';
import { formatQuantity } from '../quantity-format.js';
import { actorName, speaker, speakerSide, view } from './model.js';
import type { ExportView } from './model.js';

export interface ExportTexts {
  /** The decoded text of each document, by id: quotes whole sentences when given. */
  readonly texts?: ReadonlyMap<string, string>;
}

type JsonLd = { readonly [key: string]: JsonValue };
type JsonValue = string | number | boolean | null | JsonLd | readonly JsonValue[];

export function quoteOf(claim: Claim, texts: ReadonlyMap<string, string> | undefined): string {
  const text = texts?.get(claim.document);
  if (text === undefined) return claim.text;
  const sentence = text.slice(claim.sentence.start, claim.sentence.end).replace(/\s+/g, ' ').trim();
  return sentence === '' ? claim.text : sentence;
}

function summary(v: ExportView, claim: Claim): string {
  const who = [claim.subject.group ? actorName(v, claim.subject.group) : '', claim.subject.kind].filter(
    Boolean,
  );
  return `${formatQuantity(claim.quantity)} ${claim.category.replace(/_/g, ' ')} (${who.join(' ')}), per ${speaker(claim)?.name ?? claim.document}`;
}

function person(v: ExportView, hop: Hop | undefined): JsonLd | null {
  if (!hop) return null;
  const type = hop.kind === 'person' || hop.kind === 'anonymous' ? 'Person' : 'Organization';
  const side = speakerSide(v, hop) ?? hop.affiliation;
  return {
    '@type': type,
    name: hop.name,
    ...(hop.role ? { jobTitle: hop.role } : {}),
    ...(side && side !== hop.name
      ? { affiliation: { '@type': 'Organization', name: actorName(v, side) } }
      : {}),
  };
}

function work(doc: DocumentInfo | undefined, claim: Claim, quote: string, description?: string): JsonLd {
  return {
    '@type': 'NewsArticle',
    ...(doc?.source.url ? { url: doc.source.url } : {}),
    ...(doc?.title ? { headline: doc.title } : {}),
    ...(doc?.published ? { datePublished: doc.published } : {}),
    ...(doc?.source.name ? { publisher: { '@type': 'Organization', name: doc.source.name } } : {}),
    ...(doc?.language ? { inLanguage: doc.language } : {}),
    identifier: claim.id,
    text: quote,
    ...(description ? { description } : {}),
  };
}

/** How a piece of evidence bears on the reviewed claim, in a line. */
function relation(v: ExportView, conflict: Conflict, evidence: Claim): string {
  const what = summary(v, evidence);
  if (conflict.kind === 'denial') return `denial: ${what} (${conflict.id})`;
  if (conflict.kind === 'revision')
    return `revision, a figure of the same toll at another time: ${what} (${conflict.id})`;
  return `${conflict.kind}, a contradicting figure: ${what} (${conflict.id})`;
}

/**
 * Whether a conflict's claim is evidence on the reviewed figure: a denial's denied claims, or a
 * figure that differs from it. Other reports of the same figure corroborate; they are its
 * appearances' kin, not evidence against it.
 */
function bears(conflict: Conflict, evidence: Claim, reviewed: Claim): boolean {
  if (conflict.kind === 'denial') return evidence.stance === 'denied';
  return formatQuantity(evidence.quantity) !== formatQuantity(reviewed.quantity);
}

export function claimReviewDrafts(result: AnalysisResult, options: ExportTexts = {}): JsonLd[] {
  const v = view(result);
  const byKey = new Map<string, { claims: Claim[]; conflicts: Set<Conflict> }>();
  for (const conflict of result.conflicts) {
    for (const id of conflict.claims) {
      const claim = v.claimById.get(id);
      if (!claim || claim.stance === 'denied') continue;
      const key = [
        claim.category,
        claim.subject.group ?? '',
        formatQuantity(claim.quantity),
        speaker(claim)?.name ?? claim.document,
      ].join('|');
      const entry = byKey.get(key) ?? { claims: [], conflicts: new Set<Conflict>() };
      if (!entry.claims.includes(claim)) entry.claims.push(claim);
      entry.conflicts.add(conflict);
      byKey.set(key, entry);
    }
  }
  const drafts: JsonLd[] = [];
  for (const { claims, conflicts } of byKey.values()) {
    const dated = claims
      .map((c) => ({ c, doc: v.documentById.get(c.document) }))
      .sort((a, b) => (a.doc?.published ?? '9999').localeCompare(b.doc?.published ?? '9999'));
    const first = dated[0];
    if (!first) continue;
    const appearances = dated.map(({ c, doc }) => work(doc, c, quoteOf(c, options.texts)));
    const own = new Set(claims.map((c) => c.id));
    const citations: JsonLd[] = [];
    const cited = new Set<string>();
    for (const conflict of conflicts) {
      for (const id of conflict.claims) {
        const e = v.claimById.get(id);
        if (!e || own.has(id) || !bears(conflict, e, first.c)) continue;
        // One citation per quote and figure: copies of one report cite once.
        const quote = quoteOf(e, options.texts);
        const key = `${quote}|${formatQuantity(e.quantity)}|${speaker(e)?.name ?? ''}`;
        if (cited.has(key)) continue;
        cited.add(key);
        citations.push(work(v.documentById.get(e.document), e, quote, relation(v, conflict, e)));
      }
    }
    const author = person(v, speaker(first.c));
    drafts.push({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      identifier: first.c.id,
      claimReviewed: quoteOf(first.c, options.texts),
      ...(first.doc?.language ? { inLanguage: first.doc.language } : {}),
      description: `Disputed figure: ${summary(v, first.c)}. ${[...conflicts].map((c) => c.id).join(', ')}.`,
      itemReviewed: {
        '@type': 'Claim',
        ...(author ? { author } : {}),
        ...(first.doc?.published ? { datePublished: first.doc.published } : {}),
        appearance: appearances,
        ...(appearances[0] ? { firstAppearance: appearances[0] } : {}),
      },
      citation: citations,
    });
  }
  return drafts;
}

export function toClaimReview(result: AnalysisResult, options: ExportTexts = {}): string {
  return JSON.stringify(claimReviewDrafts(result, options), null, 2) + '\n';
}
