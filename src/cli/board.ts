// The claims board of `isnad compare`: per incident, slots as rows and sources as columns, each
// cell the figures that source gives with stance marks; then estimates, conflicts, the timeline
// and disputes underneath. Sources are numbered (S1, S2 …) with a legend, so that Arabic names
// never have to fit a column.

import type { AnalysisResult, Claim, Incident } from '../types.js';
import { formatQuantity } from '../quantity-format.js';

const MARK: Record<Claim['stance'], string> = {
  asserted: '',
  probable: '?',
  possible: '~',
  denied: '✗',
  uncommitted: '⁇',
};
const COLUMNS = 6;
const SLOT_WIDTH = 44;
const CELL_WIDTH = 11;

/** Display width: combining marks and invisible characters take no column. */
export function width(text: string): number {
  return text.replace(/[\p{M}\u200b-\u200f\u2066-\u2069]/gu, '').length;
}

function pad(text: string, n: number): string {
  const w = width(text);
  if (w > n) return [...text].slice(0, Math.max(1, n - 1)).join('') + '…';
  return text + ' '.repeat(n - w);
}

function kindClass(c: Claim): string {
  const k = c.subject.kind;
  return k === 'combatants' || k === 'prisoners' ? 'fighters' : k === 'unknown' || k === 'mixed' ? 'all' : k;
}

export function slotLabel(c: Claim): string {
  const group = c.subject.group ?? (c.subject.kind === 'civilians' ? '' : 'no side named');
  return [c.category.replace(/_/g, ' '), group, kindClass(c)].filter((s) => s.length > 0).join(' · ');
}

function sourceOf(c: Claim): string {
  const outlet = c.attribution[0]?.name ?? c.document;
  const speaker = c.attribution[c.attribution.length - 1]?.name ?? outlet;
  return speaker === outlet ? outlet : `${speaker} via ${outlet}`;
}

function cell(claims: readonly Claim[]): string {
  return claims
    .map(
      (c) =>
        `${formatQuantity(c.quantity)}${MARK[c.stance]}${c.partisan ? '†' : ''}${c.scope === 'background' ? 'ᵇ' : ''}`,
    )
    .join(', ');
}

function boardOf(result: AnalysisResult, incident: Incident, bold: (s: string) => string): string[] {
  const ids = new Set(
    incident.claims ?? result.claims.filter((c) => c.incident === incident.id).map((c) => c.id),
  );
  const claims = result.claims.filter((c) => ids.has(c.id));
  const out: string[] = [];
  out.push(bold(`▌ ${incident.id}  ${incident.title}`));
  const docs = incident.documents.map((id) => {
    const d = result.documents.find((x) => x.id === id);
    return `${id} (${d?.source.name ?? '—'}, ${d?.published ?? '—'})`;
  });
  out.push(`  ${incident.documents.length} report(s): ${docs.join('; ')}`);
  if (claims.length === 0) {
    out.push('  (no claims)');
    return out;
  }
  const sources = [...new Set(claims.map(sourceOf))];
  const slots = [...new Set(claims.map(slotLabel))];
  for (let from = 0; from < sources.length; from += COLUMNS) {
    const cols = sources.slice(from, from + COLUMNS);
    out.push('');
    out.push(
      `  ${pad('slot', SLOT_WIDTH)} ${cols.map((_, k) => pad(`S${from + k + 1}`, CELL_WIDTH)).join(' ')}`,
    );
    out.push(`  ${'─'.repeat(SLOT_WIDTH)} ${cols.map(() => '─'.repeat(CELL_WIDTH)).join(' ')}`);
    for (const slot of slots) {
      const row = cols.map((s) => cell(claims.filter((c) => slotLabel(c) === slot && sourceOf(c) === s)));
      if (row.every((x) => x === '')) continue;
      out.push(`  ${pad(slot, SLOT_WIDTH)} ${row.map((x) => pad(x, CELL_WIDTH)).join(' ')}`);
    }
  }
  out.push('');
  out.push('  sources:');
  sources.forEach((s, k) => out.push(`    S${k + 1} = ${s}`));
  out.push(
    '  marks: N+ vague (ACLED value) · ? probable · ~ possible · ✗ denied · ⁇ unconfirmed · † a party on its enemy’s losses · ᵇ war-wide background',
  );
  if (incident.estimates.length > 0) {
    out.push('');
    out.push(bold('  estimates') + '  (low / best / high · conservative)');
    for (const e of incident.estimates) {
      const label = [e.category.replace(/_/g, ' '), e.group ?? '', e.kind].filter((s) => s).join(' · ');
      const n = (x: number | null): string => (x === null ? '—' : String(x));
      out.push(
        `    ${pad(label, SLOT_WIDTH)} ${n(e.low)} / ${n(e.best)} / ${n(e.high)} · ${n(e.conservative)}`,
      );
    }
  }
  const conflicts = result.conflicts.filter((k) => k.claims.some((id) => ids.has(id)));
  if (conflicts.length > 0) {
    out.push('');
    out.push(bold('  conflicts'));
    for (const k of conflicts) out.push(`    ${k.kind}: ${k.note}`);
  }
  const days = result.timeline.filter((t) => t.incident === incident.id);
  if (days.length > 0) {
    out.push('');
    out.push(bold('  timeline'));
    for (const t of days) out.push(`    ${t.date}  ${t.text.slice(0, 110)}  [${t.documents.join(', ')}]`);
  }
  for (const d of incident.disputes ?? []) out.push(`  dispute (${d.kind}): ${d.note}`);
  return out;
}

export function formatBoard(result: AnalysisResult, options: { color?: boolean } = {}): string {
  const bold = (s: string): string => (options.color ? `\x1b[1m${s}\x1b[0m` : s);
  const out: string[] = [
    bold(
      `isnad ${result.isnad} — ${result.documents.length} report(s), ${result.incidents.length} incident(s), ${result.conflicts.length} conflict(s)`,
    ),
  ];
  for (const incident of result.incidents) {
    out.push('');
    out.push(...boardOf(result, incident, bold));
  }
  return out.join('\n') + '\n';
}
