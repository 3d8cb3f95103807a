// Document metadata: was the publication date found, was the outlet recognised.

import type { DocumentInfo } from '../types.js';
import { namesEqual } from './fold.js';
import type { GoldDocument } from './gold.js';

export interface MetadataCheck {
  readonly publishedOk: boolean;
  /** null when the gold outlet is null: nothing to find. */
  readonly outletOk: boolean | null;
}

/** ISO dates compare correctly as strings. */
export function publishedOk(gold: GoldDocument, published: string | null): boolean {
  if (published === null) return false;
  if (published === gold.published) return true;
  const range = gold.publishedRange;
  return range !== null && published >= range[0] && published <= range[1];
}

/** The outlet is found when the system source name folds to the gold outlet or its Arabic name. */
export function outletOk(gold: GoldDocument, name: string | null): boolean | null {
  if (gold.outlet === null) return null;
  if (name === null) return false;
  return [gold.outlet, gold.outletAr].some((n) => n !== null && namesEqual(n, name));
}

export function checkMetadata(gold: GoldDocument, doc: DocumentInfo | undefined): MetadataCheck {
  return {
    publishedOk: publishedOk(gold, doc?.published ?? null),
    outletOk: outletOk(gold, doc?.source.name ?? null),
  };
}
