// The terminal report. The summary fits on one screen; --verbose adds every missed claim, false
// positive and attribute error, so a regression can be read without opening the JSON. Arabic is
// printed as is: the terminal does the bidi.

import { ATTRIBUTES } from './attributes.js';
import { NON_QUANTITY_KINDS } from './non-quantities.js';
import type { EvalReport, Ratio, RuleStats, SystemClaimView } from './report-types.js';

export interface FormatOptions {
  readonly verbose?: boolean;
}

/** Rules shown in the short report: the ones producing the most false positives. */
const TOP_RULES = 8;
const SCORE_CHANGING: ReadonlySet<string> = new Set(['eval/quote_not_found', 'eval/no_text']);

function num(x: number): string {
  return x.toFixed(3);
}

function frac(r: Ratio): string {
  return `${r.hit}/${r.total}`;
}

function label(name: string): string {
  return name.padEnd(12);
}

function claimLine(c: SystemClaimView): string {
  const rules = c.rules.length > 0 ? `  rules: ${c.rules.join(', ')}` : '';
  return `${c.claimId} "${c.text}" [${c.start},${c.end}) ${c.figure} ${c.category}${rules}`;
}

function ruleLine(r: RuleStats): string {
  return `${r.rule}  TP ${r.truePositives}  FP ${r.falsePositives}  optional ${r.matchedOptional}`;
}

function summary(report: EvalReport, verbose: boolean): string[] {
  const c = report.claims;
  const lines = [
    `isnad eval${report.corpus === null ? '' : ` · ${report.corpus}`} · ${report.documents.length} document${report.documents.length === 1 ? '' : 's'}`,
    `${label('claims')}P ${num(c.precision)}  R ${num(c.recall)}  F1 ${num(c.f1)}`,
    `${label('')}TP ${c.truePositives} · FP ${c.falsePositives} · missed ${c.missed}/${c.required} required` +
      (c.figureMismatches > 0
        ? ` (${c.figureMismatches} figure mismatch${c.figureMismatches === 1 ? '' : 'es'})`
        : '') +
      ` · optional matched ${c.matchedOptional}/${c.optional} · system ${c.system}`,
    `${label('attributes')}` + ATTRIBUTES.map((a) => `${a} ${frac(report.attributes[a])}`).join(' · '),
    `${label('optional')}` +
      (report.optionalAttributes.matched === 0
        ? 'no optional claim matched'
        : ATTRIBUTES.map((a) => `${a} ${frac(report.optionalAttributes.attributes[a])}`).join(' · ')),
    `${label('non-figures')}${nonQuantityLine(report)}`,
    `${label('metadata')}published ${frac(report.metadata.published)} · outlet ${frac(report.metadata.outlet)}`,
    `${label('spans')}${report.spans.errors.length} error${report.spans.errors.length === 1 ? '' : 's'} in ${report.spans.checked} spans`,
    `${label('conflicts')}${report.conflicts ? `${frac(report.conflicts.held)} held` : 'n/a'}`,
    `${label('agreements')}` +
      (report.agreements
        ? `${report.agreements.falseConflicts} false conflict${report.agreements.falseConflicts === 1 ? '' : 's'} over ${report.agreements.items.length} agreements`
        : 'n/a'),
    `${label('incidents')}` +
      (report.incidents
        ? `${frac(report.incidents.exact)} exact · pairs P ${opt(report.incidents.pairPrecision)} R ${opt(report.incidents.pairRecall)}`
        : 'n/a'),
    `${label('timeline')}${report.timeline ? `${frac(report.timeline.held)} held` : 'n/a'}`,
  ];
  const noisy = [...report.rules]
    .filter((r) => r.falsePositives > 0)
    .sort((a, b) => b.falsePositives - a.falsePositives || (a.rule < b.rule ? -1 : 1));
  if (!verbose && noisy.length > 0) {
    lines.push(`${label('rules')}most false positives:`);
    for (const r of noisy.slice(0, TOP_RULES)) lines.push(`${label('')}${ruleLine(r)}`);
  }
  if (report.diagnostics.length > 0) {
    lines.push(
      `${label('diagnostics')}${report.diagnostics.length}${verbose ? '' : ' (--verbose lists them)'}`,
    );
  }
  // These change the score itself, so they are never hidden.
  if (!verbose) {
    for (const d of report.diagnostics.filter((x) => SCORE_CHANGING.has(x.code))) {
      lines.push(`${label('')}${d.code}  ${d.message}`);
    }
  }
  return lines;
}

/** `3 of 110 system claims (2.7 %): year 1 · age 2`. */
function nonQuantityLine(report: EvalReport): string {
  const n = report.nonQuantities;
  const kinds = NON_QUANTITY_KINDS.filter((k) => n.byKind[k] > 0).map((k) => `${k} ${n.byKind[k]}`);
  return (
    `${n.count} of ${n.system} system claims (${(100 * n.rate).toFixed(1)} %) are no count` +
    (kinds.length > 0 ? `: ${kinds.join(' · ')}` : '')
  );
}

function opt(x: number | null): string {
  return x === null ? 'n/a' : num(x);
}

const REASONS: Record<EvalReport['missed'][number]['reason'], string> = {
  no_overlap: 'no overlapping claim',
  figure_mismatch: 'figure mismatch',
  claimed_by_other: 'the overlapping claim matched another gold claim',
  quote_not_found: 'quote not found in the text',
};

function details(report: EvalReport): string[] {
  const out: string[] = [];
  const section = (title: string, count: number): void => {
    out.push('', `${title} (${count})`);
  };

  section('missed required claims', report.missed.length);
  for (const m of report.missed) {
    out.push(`  ${m.goldId}  ${m.document}  «${m.quote}»  expected ${m.expected}`);
    out.push(`      ${REASONS[m.reason]}`);
    for (const s of m.system) out.push(`      system said ${claimLine(s)}`);
  }

  section('false positives', report.falsePositives.length);
  for (const f of report.falsePositives) {
    const over = f.overlapsGold.length > 0 ? `  (overlaps gold ${f.overlapsGold.join(', ')})` : '';
    out.push(`  ${f.document}  ${claimLine(f)}${over}`);
  }

  section('attribute errors', report.attributeErrors.length);
  for (const e of report.attributeErrors) {
    out.push(`  ${e.goldId}  «${e.quote}»  ${e.attribute}: expected ${e.expected}  got ${e.actual}`);
  }

  section('optional claim attribute errors', report.optionalAttributes.errors.length);
  for (const e of report.optionalAttributes.errors) {
    out.push(`  ${e.goldId}  «${e.quote}»  ${e.attribute}: expected ${e.expected}  got ${e.actual}`);
  }

  section('non-quantities reported as claims', report.nonQuantities.items.length);
  for (const q of report.nonQuantities.items) out.push(`  ${q.kind}  ${q.document}  ${claimLine(q)}`);

  section('documents', report.metadata.rows.length);
  for (const r of report.metadata.rows) {
    const pub = `published ${r.publishedSystem ?? '∅'} ${r.publishedOk ? '✓' : `✗ (gold ${r.publishedGold ?? '∅'})`}`;
    const outlet =
      r.outletOk === null
        ? 'outlet n/a'
        : `outlet ${r.outletSystem ?? '∅'} ${r.outletOk ? '✓' : `✗ (gold ${r.outletGold})`}`;
    out.push(`  ${r.id}  ${pub}  ${outlet}`);
    out.push(
      `      TP ${r.truePositives}/${r.required}  FP ${r.falsePositives}  missed ${r.missed}  optional ${r.matchedOptional}`,
    );
  }

  if (report.spans.errors.length > 0) {
    section('span errors', report.spans.errors.length);
    for (const e of report.spans.errors) out.push(`  ${e.kind}  ${e.document}  ${e.ref}: ${e.message}`);
  }

  if (report.conflicts) {
    section('conflicts', report.conflicts.items.length);
    for (const c of report.conflicts.items) {
      out.push(
        `  ${c.heldBy ? `✓ ${c.heldBy}` : '✗'}  ${c.kinds.join('|')}  ${c.claims.join(' ↔ ')}  ${c.note ?? ''}`,
      );
    }
  }
  if (report.agreements) {
    section('agreements', report.agreements.items.length);
    for (const a of report.agreements.items) {
      const bad = a.falseConflicts.length > 0 ? `✗ false conflicts ${a.falseConflicts.join(', ')}` : '✓';
      out.push(`  ${bad}  ${a.claims.join(' = ')}  ${a.note ?? ''}`);
    }
  }
  if (report.incidents) {
    section('incidents', report.incidents.items.length);
    for (const i of report.incidents.items) {
      out.push(`  ${i.matchedBy ? `✓ ${i.matchedBy}` : '✗'}  ${i.documents.join(', ')}`);
    }
  }
  if (report.timeline) {
    section('timeline', report.timeline.items.length);
    for (const t of report.timeline.items) out.push(`  ${t.held ? '✓' : '✗'}  ${t.date}  ${t.what}`);
  }

  section('rules', report.rules.length);
  for (const r of report.rules) out.push(`  ${ruleLine(r)}`);

  if (report.diagnostics.length > 0) {
    section('diagnostics', report.diagnostics.length);
    for (const d of report.diagnostics) out.push(`  ${d.code}  ${d.message}`);
  }
  return out;
}

export function formatEvalReport(report: EvalReport, opts: FormatOptions = {}): string {
  const verbose = opts.verbose === true;
  const lines = summary(report, verbose);
  if (verbose) lines.push(...details(report));
  return lines.join('\n') + '\n';
}
