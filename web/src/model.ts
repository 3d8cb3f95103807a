// Small readings of the API's data shared by the views: figures as text, slots, speakers, order.

import { category, kind, number, qualifier, t } from './i18n.js';
import type { Claim, DocumentSummary, Quantity } from './types.js';

export function figureText(q: Quantity): string {
  if (
    q.qualifier === 'range' ||
    (q.low !== null && q.high !== null && q.low !== q.high && q.point === null)
  ) {
    return `${q.low === null ? '?' : number(q.low)}–${q.high === null ? '?' : number(q.high)}`;
  }
  const v = q.point ?? q.low ?? q.high;
  return v === null ? '?' : `${qualifier(q.qualifier)}${number(v)}`;
}

/** The figure a chart places a claim at. */
export function figureValue(q: Quantity): number | null {
  return q.point ?? q.low ?? q.high;
}

export interface SlotOf {
  readonly category: string;
  readonly group: string | null;
  readonly kind: string;
}

export function slotKey(s: SlotOf): string {
  return `${s.category}|${s.group ?? ''}|${s.kind}`;
}

export function slotOf(c: Claim): SlotOf {
  return { category: c.category, group: c.subject.group, kind: c.subject.kind };
}

export function slotLabel(s: SlotOf): string {
  return `${category(s.category)} · ${s.group ?? t('anySide')} · ${kind(s.kind)}`;
}

/** Who says the figure: the last hop of the chain. */
export function speakerOf(c: Claim): string {
  const hops = c.attribution;
  return hops.length > 0 ? hops[hops.length - 1]!.name : '';
}

export function chainOf(c: Claim): string {
  return c.attribution.map((h) => h.name).join(' ← ');
}

export function outletOf(d: DocumentSummary | undefined): string {
  return d?.source ?? t('unknownOutlet');
}

/** Reports in the order they appeared: dated first by date, then in the order they were added. */
export function byTime(docs: readonly DocumentSummary[]): DocumentSummary[] {
  return [...docs].sort((a, b) => {
    if (a.published !== b.published) {
      if (a.published === null) return 1;
      if (b.published === null) return -1;
      return a.published < b.published ? -1 : 1;
    }
    return a.position - b.position;
  });
}

const CATEGORY_ORDER = [
  'killed',
  'wounded',
  'killed_or_wounded',
  'missing',
  'abducted',
  'arrested',
  'held',
  'escaped',
  'released',
  'surrendered',
  'displaced',
  'combatants',
  'strikes',
  'other',
];

export function compareSlots(a: SlotOf, b: SlotOf): number {
  const ca = CATEGORY_ORDER.indexOf(a.category);
  const cb = CATEGORY_ORDER.indexOf(b.category);
  if (ca !== cb) return ca - cb;
  const ga = a.group ?? '\uffff';
  const gb = b.group ?? '\uffff';
  if (ga !== gb) return ga < gb ? -1 : 1;
  return a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0;
}

export function claimRoute(caseId: number, claim: { id: string; document: string }): string {
  return `/case/${caseId}/doc/${encodeURIComponent(claim.document)}?claim=${encodeURIComponent(claim.id)}`;
}

export function spanRoute(caseId: number, doc: string, start: number, end: number): string {
  return `/case/${caseId}/doc/${encodeURIComponent(doc)}?span=${start}-${end}`;
}
