// The readable terminal report of `isnad analyze`: per document, claims grouped by category,
// each with its figure, group, stance, chain of sources and the quoted characters.

import type { AnalysisResult, Claim, Hop, Quantity } from '../types.js';
import { formatQuantity } from '../quantity-format.js';

const CATEGORY_ORDER = [
  'killed',
  'wounded',
  'killed_or_wounded',
  'missing',
  'arrested',
  'abducted',
  'escaped',
  'released',
  'surrendered',
  'displaced',
  'held',
  'combatants',
  'strikes',
  'other',
];

const STANCE_MARK: Record<string, string> = {
  asserted: '',
  probable: ' [probable]',
  possible: ' [possible]',
  denied: ' [DENIED]',
  uncommitted: ' [unconfirmed]',
};

export function figure(q: Quantity): string {
  if (q.qualifier === 'vague') return `${q.low}+ (vague${q.high !== null ? `, ≤${q.high}` : ''})`;
  return formatQuantity(q, 'band');
}

function hop(h: Hop): string {
  const details = [h.kind, h.role, h.affiliation].filter((x) => x !== undefined && x !== '').join(', ');
  return `${h.name} (${details})`;
}

export function chain(c: Claim): string {
  return c.attribution.map(hop).join(' ← ');
}

function oneLine(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}

export function formatReport(result: AnalysisResult, options: { color?: boolean } = {}): string {
  const bold = (s: string): string => (options.color ? `\x1b[1m${s}\x1b[0m` : s);
  const dim = (s: string): string => (options.color ? `\x1b[2m${s}\x1b[0m` : s);
  const out: string[] = [];
  out.push(
    bold(`isnad ${result.isnad} — ${result.documents.length} document(s), ${result.claims.length} claim(s)`),
  );
  for (const doc of result.documents) {
    const claims = result.claims.filter((c) => c.document === doc.id);
    out.push('');
    out.push(bold(`▌ ${doc.id}`));
    out.push(
      `  outlet: ${doc.source.name ?? '—'}   published: ${doc.published ?? '—'}   boilerplate spans: ${doc.boilerplate.length}`,
    );
    if (doc.title) out.push(`  title: ${doc.title}`);
    if (claims.length === 0) out.push(dim('  (no claims)'));
    const categories = [...new Set(claims.map((c) => c.category))].sort(
      (a, b) => CATEGORY_ORDER.indexOf(a) - CATEGORY_ORDER.indexOf(b),
    );
    for (const category of categories) {
      out.push(`  ${bold(category)}`);
      for (const c of claims.filter((x) => x.category === category)) {
        const group = c.subject.group ?? '—';
        out.push(
          `    • ${figure(c.quantity)} ${c.unit} · ${c.subject.kind} · group: ${group}${STANCE_MARK[c.stance] ?? ''}`,
        );
        out.push(`      says: ${chain(c)}`);
        out.push(`      «${oneLine(c.text)}»  ${dim(`[${c.start}–${c.end}]`)}`);
      }
    }
  }
  if (result.incidents.length > 0) {
    out.push('');
    out.push(bold('Incidents'));
    for (const i of result.incidents) {
      out.push(`  ${i.id}: ${i.title} — ${i.documents.length} report(s), ${i.claims?.length ?? 0} claim(s)`);
    }
    out.push(dim('  (isnad compare shows each incident as a board of slots by sources)'));
  }
  if (result.conflicts.length > 0) {
    out.push('');
    out.push(bold('Conflicts'));
    for (const k of result.conflicts) out.push(`  ${k.kind}: ${k.note}`);
  }
  const diags = result.diagnostics;
  if (diags.length > 0) {
    out.push('');
    out.push(bold('Diagnostics'));
    for (const d of diags) out.push(`  ${d.code}${d.document ? ` (${d.document})` : ''}: ${d.message}`);
  }
  return out.join('\n') + '\n';
}
