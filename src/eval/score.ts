// Scores one analysis against a gold file. Pure: texts come in as a map, nothing is read here.
//
// Choices the numbers depend on:
// - Scope: gold documents that have a text (and, if given, are in opts.documents). A gold document
//   without a text is reported and left out, so a partial run scores what it saw; system claims in
//   documents the gold does not annotate are left out of precision.
// - Precision = TP_required / (system claims − claims matched to optional gold claims);
//   recall = TP_required / required gold claims; an empty denominator counts as 1 (nothing wrong
//   was said / nothing was asked), so an empty run scores P 1, R 0, F1 0.
// - A gold quote that cannot be located stays in recall's denominator (reason quote_not_found):
//   a gold or input problem must show in the number, not vanish from it.
// - Attribute accuracy is measured over matched *required* claims; the attributes of matched
//   optional claims are reported apart (optionalAttributes) and never enter those ratios. A missed
//   claim has no attributes to judge.
// - Non-quantities: unmatched system claims whose figure is no count (non-quantities.ts), over
//   all system claims in scope.

import type { AnalysisResult, Claim, Diagnostic, Span } from '../types.js';
import { ATTRIBUTES, checkAttributes, entityNames } from './attributes.js';
import type { AttributeContext } from './attributes.js';
import { scoreAgreements, scoreConflicts, scoreIncidents, scoreTimeline } from './cross.js';
import { describeGoldFigure, describeQuantity } from './figure.js';
import type { Gold, GoldClaim } from './gold.js';
import { locateQuote } from './locate.js';
import { assign, candidates } from './match.js';
import { checkMetadata } from './metadata.js';
import type {
  AttributeError,
  AttributeName,
  ClaimScore,
  DocumentRow,
  EvalReport,
  FalsePositive,
  MatchRecord,
  MissReason,
  MissedClaim,
  Ratio,
  RuleStats,
  SystemClaimView,
} from './report-types.js';
import { scoreNonQuantities } from './non-quantities.js';
import { scoreOptionalAttributes } from './optional-attributes.js';
import { checkSpans } from './spans.js';

export interface ScoreOptions {
  /** Score only these gold documents (default: every gold document that has a text). */
  readonly documents?: readonly string[];
}

/** n/d with an empty denominator counting as 1: nothing was asked, so nothing was missed. */
export function ratio(n: number, d: number): number {
  return d === 0 ? 1 : n / d;
}

export function harmonic(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export function viewClaim(c: Claim): SystemClaimView {
  return {
    claimId: c.id,
    document: c.document,
    start: c.start,
    end: c.end,
    text: c.text,
    figure: describeQuantity(c.quantity),
    category: c.category,
    rules: c.rules,
  };
}

function scopeOf(gold: Gold, texts: ReadonlyMap<string, string>, opts: ScoreOptions): Set<string> {
  const only = opts.documents ? new Set(opts.documents) : null;
  return new Set([...gold.documents.keys()].filter((id) => texts.has(id) && (only === null || only.has(id))));
}

function scopeDiagnostics(
  gold: Gold,
  result: AnalysisResult,
  texts: ReadonlyMap<string, string>,
  scored: Set<string>,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const id of gold.documents.keys()) {
    if (!texts.has(id)) {
      out.push({
        code: 'eval/no_text',
        document: id,
        message: `gold document ${id} has no input text; not scored`,
      });
    }
  }
  const systemDocs = new Set([...result.documents.map((d) => d.id), ...result.claims.map((c) => c.document)]);
  for (const id of systemDocs) {
    if (!gold.documents.has(id)) {
      out.push({
        code: 'eval/unannotated',
        document: id,
        message: `document ${id} is not in the gold; its claims are not scored`,
      });
    } else if (!scored.has(id) && texts.has(id)) {
      out.push({
        code: 'eval/out_of_scope',
        document: id,
        message: `document ${id} is outside the requested documents`,
      });
    }
  }
  return out;
}

interface Located {
  readonly spans: (Span | null)[];
  readonly diagnostics: Diagnostic[];
}

function locateAll(claims: readonly GoldClaim[], texts: ReadonlyMap<string, string>): Located {
  const diagnostics: Diagnostic[] = [];
  const spans = claims.map((g): Span | null => {
    const text = texts.get(g.doc) ?? '';
    const found = locateQuote(text, g.quote, g.occurrence);
    if (found.kind === 'found') return found.span;
    diagnostics.push({
      code: 'eval/quote_not_found',
      document: g.doc,
      message: `gold ${g.id}: quote "${g.quote}" occurrence ${g.occurrence} not found (found ${found.found})`,
    });
    return null;
  });
  return { spans, diagnostics };
}

function missReason(span: Span | null, overlapping: readonly { agrees: boolean }[]): MissReason {
  if (span === null) return 'quote_not_found';
  if (overlapping.length === 0) return 'no_overlap';
  return overlapping.some((c) => c.agrees) ? 'claimed_by_other' : 'figure_mismatch';
}

function countBy<T>(items: readonly T[], pred: (item: T) => boolean): number {
  return items.reduce((n, item) => n + (pred(item) ? 1 : 0), 0);
}

function ruleStats(
  claims: readonly Claim[],
  outcome: (claimIndex: number) => 'tp' | 'fp' | 'optional',
): RuleStats[] {
  const stats = new Map<string, { tp: number; fp: number; optional: number }>();
  claims.forEach((c, j) => {
    const kind = outcome(j);
    for (const rule of new Set(c.rules)) {
      const s = stats.get(rule) ?? { tp: 0, fp: 0, optional: 0 };
      s[kind]++;
      stats.set(rule, s);
    }
  });
  return [...stats.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([rule, s]) => ({ rule, truePositives: s.tp, falsePositives: s.fp, matchedOptional: s.optional }));
}

export function scoreAnalysis(
  gold: Gold,
  result: AnalysisResult,
  texts: ReadonlyMap<string, string>,
  opts: ScoreOptions = {},
): EvalReport {
  const scored = scopeOf(gold, texts, opts);
  const golds = gold.claims.filter((g) => scored.has(g.doc));
  const claims = result.claims.filter((c) => scored.has(c.document));
  const located = locateAll(golds, texts);
  const found = candidates(golds, located.spans, claims);
  const { byGold, byClaim } = assign(golds, found);

  const ctx: AttributeContext = { groups: gold.groups, entities: entityNames(result.entities) };
  const matches: MatchRecord[] = [];
  const attributeErrors: AttributeError[] = [];
  const attributeHits = new Map<AttributeName, number>(ATTRIBUTES.map((a) => [a, 0]));
  const missed: MissedClaim[] = [];
  const missedByDoc = new Map<string, number>();

  golds.forEach((g, i) => {
    const j = byGold.get(i);
    if (j !== undefined) {
      const claim = claims[j]!;
      const checks = g.required ? checkAttributes(g, claim, ctx) : [];
      for (const c of checks) {
        if (c.ok) attributeHits.set(c.attribute, (attributeHits.get(c.attribute) ?? 0) + 1);
        else attributeErrors.push({ goldId: g.id, claimId: claim.id, document: g.doc, quote: g.quote, ...c });
      }
      const wrong = checks.filter((c) => !c.ok).map((c) => c.attribute);
      matches.push({ goldId: g.id, claimId: claim.id, required: g.required, wrong });
      return;
    }
    if (!g.required) return;
    const overlapping = found.filter((c) => c.gold === i);
    missed.push({
      goldId: g.id,
      document: g.doc,
      quote: g.quote,
      required: g.required,
      reason: missReason(located.spans[i] ?? null, overlapping),
      expected: describeGoldFigure(g),
      system: overlapping.map((c) => viewClaim(claims[c.claim]!)),
    });
    missedByDoc.set(g.doc, (missedByDoc.get(g.doc) ?? 0) + 1);
  });

  const falsePositives: FalsePositive[] = [];
  claims.forEach((c, j) => {
    if (byClaim.has(j)) return;
    const overlapsGold = found.filter((p) => p.claim === j).map((p) => golds[p.gold]!.id);
    falsePositives.push({ ...viewClaim(c), overlapsGold });
  });

  const isRequired = (j: number): boolean | null => {
    const i = byClaim.get(j);
    return i === undefined ? null : golds[i]!.required;
  };
  const required = countBy(golds, (g) => g.required);
  const truePositives = countBy([...byClaim.values()], (i) => golds[i]!.required);
  const matchedOptional = byClaim.size - truePositives;
  const precision = ratio(truePositives, claims.length - matchedOptional);
  const recall = ratio(truePositives, required);
  const claimScore: ClaimScore = {
    system: claims.length,
    required,
    optional: golds.length - required,
    truePositives,
    matchedOptional,
    falsePositives: falsePositives.length,
    missed: missed.length,
    figureMismatches: countBy(missed, (m) => m.reason === 'figure_mismatch'),
    precision,
    recall,
    f1: harmonic(precision, recall),
  };

  const requiredMatches = matches.filter((m) => m.required).length;
  const attributes = Object.fromEntries(
    ATTRIBUTES.map((a): [AttributeName, Ratio] => [
      a,
      { hit: attributeHits.get(a) ?? 0, total: requiredMatches },
    ]),
  ) as Record<AttributeName, Ratio>;

  const rows = documentRows(gold, result, scored, golds, claims, isRequired, missedByDoc);
  const inScope = (goldId: string): boolean => golds.some((g) => g.id === goldId);
  const matchedIds = new Map([...byGold.entries()].map(([i, j]) => [golds[i]!.id, claims[j]!.id]));

  const optionalPairs = [...byGold.entries()]
    .filter(([i]) => !golds[i]!.required)
    .map(([i, j]) => ({ gold: golds[i]!, claim: claims[j]! }));
  const unmatched = claims.map((_, j) => j).filter((j) => !byClaim.has(j));

  return {
    corpus: gold.corpus,
    documents: [...scored],
    claims: claimScore,
    attributes,
    optionalAttributes: scoreOptionalAttributes(optionalPairs, ctx),
    nonQuantities: scoreNonQuantities(claims, unmatched, texts, viewClaim),
    matches,
    missed,
    falsePositives,
    attributeErrors,
    spans: checkSpans(result, texts),
    metadata: {
      published: { hit: countBy(rows, (r) => r.publishedOk), total: rows.length },
      outlet: {
        hit: countBy(rows, (r) => r.outletOk === true),
        total: countBy(rows, (r) => r.outletOk !== null),
      },
      rows,
    },
    conflicts: scoreConflicts(gold, result, matchedIds, inScope),
    agreements: scoreAgreements(gold, result, matchedIds, inScope),
    incidents: scoreIncidents(gold, result, scored),
    timeline: scoreTimeline(gold, result, scored),
    rules: ruleStats(claims, (j) => {
      const req = isRequired(j);
      return req === null ? 'fp' : req ? 'tp' : 'optional';
    }),
    diagnostics: [...scopeDiagnostics(gold, result, texts, scored), ...located.diagnostics],
  };
}

function documentRows(
  gold: Gold,
  result: AnalysisResult,
  scored: ReadonlySet<string>,
  golds: readonly GoldClaim[],
  claims: readonly Claim[],
  isRequired: (j: number) => boolean | null,
  missedByDoc: ReadonlyMap<string, number>,
): DocumentRow[] {
  const systemDocs = new Map(result.documents.map((d) => [d.id, d]));
  return [...scored].map((id): DocumentRow => {
    const g = gold.documents.get(id)!;
    const doc = systemDocs.get(id);
    const meta = checkMetadata(g, doc);
    const mine = claims.map((c, j) => [c, j] as const).filter(([c]) => c.document === id);
    return {
      id,
      publishedGold: g.published,
      publishedSystem: doc?.published ?? null,
      publishedOk: meta.publishedOk,
      outletGold: g.outlet,
      outletSystem: doc?.source.name ?? null,
      outletOk: meta.outletOk,
      required: countBy(golds, (x) => x.doc === id && x.required),
      truePositives: countBy(mine, ([, j]) => isRequired(j) === true),
      matchedOptional: countBy(mine, ([, j]) => isRequired(j) === false),
      falsePositives: countBy(mine, ([, j]) => isRequired(j) === null),
      missed: missedByDoc.get(id) ?? 0,
    };
  });
}
