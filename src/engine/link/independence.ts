// Independent sources among an incident's figures. A wire that five outlets republish is one
// source told five times: its figures count once for corroboration (the median of `best`, the
// rivals of a disagreement), while every outlet that carried it stays visible.
//
// A document marked `syndicatedFrom` (a copy of an earlier report of the batch, found by the
// duplicate finder) speaks with its origin's voice:
//   - a figure the copy states in the publisher's own voice is the origin's figure;
//   - a figure the copy attributes to a named source (a ministry, a monitor) is that source's, as
//     in any report.
// Documents that are not copies are each their own source, as before.

import type { ClaimView } from './views.js';

/** The document whose voice a view's report carries: the origin of a copy, else itself. */
export function rootDocument(v: ClaimView): string {
  return v.document.syndicatedFrom ?? v.document.id;
}

export function isCopy(v: ClaimView): boolean {
  return v.document.syndicatedFrom !== undefined;
}

/** Who independently stands behind a figure: the source it names, else the report (or its origin). */
export function sourceKey(v: ClaimView): string {
  return v.sourced ? `speaker:${v.speakerKey}` : `report:${rootDocument(v)}`;
}

/** The outlet that carried a figure: the document's outlet, else its publisher hop, else its id. */
export function outletOf(v: ClaimView): string {
  return v.document.source.name ?? v.claim.attribution[0]?.name ?? v.document.id;
}

/** Two figures that one source gave once and an outlet republished: never rivals. */
export function sameSource(a: ClaimView, b: ClaimView): boolean {
  return (isCopy(a) || isCopy(b)) && rootDocument(a) === rootDocument(b) && sourceKey(a) === sourceKey(b);
}

/**
 * One voice per independent source: the figures of republished copies are dropped when their
 * origin (or an earlier copy) gives the same source's figure in the list. Order is kept.
 */
export function onePerSource(views: readonly ClaimView[]): ClaimView[] {
  const originals = new Set<string>();
  for (const v of views) if (!isCopy(v)) originals.add(`${rootDocument(v)}|${sourceKey(v)}`);
  const seenCopy = new Set<string>();
  return views.filter((v) => {
    if (!isCopy(v)) return true;
    const key = `${rootDocument(v)}|${sourceKey(v)}`;
    if (originals.has(key) || seenCopy.has(key)) return false;
    seenCopy.add(key);
    return true;
  });
}

/** The copies that repeat a kept figure's source and figure: shown beside it, counted with it. */
export function echoesOf(kept: ReadonlySet<ClaimView>, views: readonly ClaimView[]): ClaimView[] {
  const keys = new Set(
    [...kept].map((v) => `${rootDocument(v)}|${sourceKey(v)}|${v.low}|${v.high}|${v.claim.quantity.point}`),
  );
  return views.filter(
    (v) =>
      isCopy(v) &&
      !kept.has(v) &&
      keys.has(`${rootDocument(v)}|${sourceKey(v)}|${v.low}|${v.high}|${v.claim.quantity.point}`),
  );
}

export interface Independence {
  /** Every outlet that carried one of the figures, in first-seen order. */
  readonly outlets: string[];
  /** How many independent sources the figures come from. */
  readonly independentSources: number;
}

/** Outlets and independent sources behind some figures; null when no figure is a republished copy. */
export function independenceOf(views: readonly ClaimView[]): Independence | null {
  if (!views.some(isCopy)) return null;
  return {
    outlets: [...new Set(views.map(outletOf))],
    independentSources: new Set(views.map(sourceKey)).size,
  };
}
