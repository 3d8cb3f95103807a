// The claims board of `isnad compare`: per incident, slots as rows and sources as columns, each
// cell the figures that source gives with stance marks; then estimates, conflicts, the timeline
// and disputes underneath. Sources are numbered (S1, S2 …) with a legend, so that Arabic names
// never have to fit a column.
//
// At scale (a day's or a month's feed) boards do not fit a screen: the incidents are listed first,
// largest and most recent first, one line each (reports, dates, place, parties, claims, conflicts,
// campaign); boards follow only when a few incidents remain (`--min-reports N` filters,
// `--incident ID` shows one board).

import { IsnadError } from '../errors.js';
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

/** Lookups shared by every board of one result (a large result must not be searched per incident). */
interface Indexed {
  readonly documents: ReadonlyMap<string, AnalysisResult['documents'][number]>;
  readonly claimsOf: ReadonlyMap<string, readonly Claim[]>;
  readonly conflictsOf: ReadonlyMap<string, readonly AnalysisResult['conflicts'][number][]>;
}

function indexed(result: AnalysisResult): Indexed {
  const claimsOf = new Map<string, Claim[]>();
  const incidentOf = new Map<string, string>();
  for (const c of result.claims) {
    if (!c.incident) continue;
    incidentOf.set(c.id, c.incident);
    let l = claimsOf.get(c.incident);
    if (!l) claimsOf.set(c.incident, (l = []));
    l.push(c);
  }
  const conflictsOf = new Map<string, AnalysisResult['conflicts'][number][]>();
  for (const k of result.conflicts) {
    const ids = new Set(k.claims.map((id) => incidentOf.get(id)).filter((x) => x !== undefined));
    for (const id of ids) {
      let l = conflictsOf.get(id);
      if (!l) conflictsOf.set(id, (l = []));
      l.push(k);
    }
  }
  return { documents: new Map(result.documents.map((d) => [d.id, d])), claimsOf, conflictsOf };
}

function boardOf(
  result: AnalysisResult,
  at: Indexed,
  incident: Incident,
  bold: (s: string) => string,
): string[] {
  const ids = new Set(incident.claims ?? (at.claimsOf.get(incident.id) ?? []).map((c) => c.id));
  const claims = (at.claimsOf.get(incident.id) ?? []).filter((c) => ids.has(c.id));
  const out: string[] = [];
  out.push(bold(`▌ ${incident.id}  ${incident.title}`));
  if (incident.campaign) out.push(`  part of ${incident.campaign}`);
  const docs = incident.documents.map((id) => {
    const d = at.documents.get(id);
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
        `    ${pad(label, SLOT_WIDTH)} ${n(e.low)} / ${n(e.best)} / ${n(e.high)} · ${n(e.conservative)}` +
          // Republished copies: how many outlets carried the figures, how many sources they are.
          (e.independentSources !== undefined && e.outlets
            ? `  (${e.outlets.length} outlets, ${e.independentSources} independent)`
            : ''),
      );
    }
  }
  const conflicts = at.conflictsOf.get(incident.id) ?? [];
  if (conflicts.length > 0) {
    out.push('');
    out.push(bold('  conflicts'));
    for (const k of conflicts)
      out.push(
        `    ${k.kind}: ${k.note}${k.independentSources !== undefined ? ` (${k.independentSources} independent sources)` : ''}`,
      );
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

export interface BoardOptions {
  readonly color?: boolean;
  /** Show this incident's board only. */
  readonly incident?: string;
  /** List and show only incidents with at least this many reports. */
  readonly minReports?: number;
  /** Boards are printed when at most this many incidents are listed (default 5). */
  readonly boards?: number;
}

/** Incidents as `compare` lists them: largest first, then the most recent. */
export function rankIncidents(result: AnalysisResult, minReports = 1): Incident[] {
  return result.incidents
    .filter((i) => i.documents.length >= minReports)
    .sort(
      (a, b) =>
        b.documents.length - a.documents.length ||
        (b.end ?? b.start ?? '').localeCompare(a.end ?? a.start ?? '') ||
        (a.id < b.id ? -1 : 1),
    );
}

function listLine(i: Incident, at: Indexed): string {
  const when = i.start ? (i.end && i.end !== i.start ? `${i.start} – ${i.end}` : i.start) : 'undated';
  const claims = i.claims?.length ?? at.claimsOf.get(i.id)?.length ?? 0;
  const conflicts = at.conflictsOf.get(i.id)?.length ?? 0;
  const parts = [
    `${String(i.documents.length).padStart(5)} reports`,
    pad(when, 23),
    pad(i.location ?? '—', 18),
    pad((i.parties ?? []).join(' / ') || '—', 30),
    `${claims} claims · ${conflicts} conflicts`,
  ];
  return `  ${parts.join('  ')}${i.campaign ? `  · ${i.campaign}` : ''}  ${i.id}`;
}

export function formatBoard(result: AnalysisResult, options: BoardOptions = {}): string {
  const bold = (s: string): string => (options.color ? `\x1b[1m${s}\x1b[0m` : s);
  const at = indexed(result);
  const campaigns = result.campaigns?.length ?? 0;
  const out: string[] = [
    bold(
      `isnad ${result.isnad} — ${result.documents.length} report(s), ${result.incidents.length} incident(s)${campaigns > 0 ? `, ${campaigns} campaign(s)` : ''}, ${result.conflicts.length} conflict(s)`,
    ),
  ];
  if (options.incident !== undefined) {
    const one = result.incidents.find((i) => i.id === options.incident);
    if (!one)
      throw new IsnadError(
        'usage',
        `no incident ${options.incident} in this batch (isnad compare lists their ids)`,
      );
    out.push('', ...boardOf(result, at, one, bold));
    return out.join('\n') + '\n';
  }
  const listed = rankIncidents(result, options.minReports ?? 1);
  const limit = options.boards ?? 5;
  if (listed.length > 1) {
    out.push('');
    const hidden = result.incidents.length - listed.length;
    out.push(
      bold(
        `incidents by size and recency${hidden > 0 ? ` (${listed.length} with at least ${options.minReports} reports; ${hidden} smaller not listed)` : ''}`,
      ),
    );
    for (const i of listed) out.push(listLine(i, at));
    for (const c of result.campaigns ?? []) {
      if (c === result.campaigns![0]) out.push('', bold('campaigns'));
      out.push(
        `  ${c.id}  ${c.title}  · ${c.incidents.length} incidents${c.claims.length > 0 ? ` · ${c.claims.length} running figures` : ''}`,
      );
    }
  }
  if (listed.length > limit) {
    out.push(
      '',
      `(boards are shown for ${limit} incidents or fewer: --incident ID shows one, --min-reports N filters)`,
    );
    return out.join('\n') + '\n';
  }
  for (const incident of listed) {
    out.push('');
    out.push(...boardOf(result, at, incident, bold));
  }
  return out.join('\n') + '\n';
}
