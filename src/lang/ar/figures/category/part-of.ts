// ar/category/part-of — a part of a figure (`منهم 4`، `بينهم طفلان`) with no category of its own noun
// takes the whole's.
//
// must change:     `قتل 12 شخصا بينهم 3 نساء` (the 3 women are killed too)
// must not change: `قتل 12 شخصا بينهم 3 جرحى` (the part's noun says wounded);
//                  `قتل 12 شخصا، ونزح 3 آلاف` (no partitive: no part)

import type { Category } from '../../../../types.js';
import type { Draft, Figure } from '../figure.js';

export const PART_OF = 'ar/category/part-of';
/** The whole's category for a part whose noun has none, or undefined. */
export function partOfCategory(
  figures: readonly Figure[],
  d: Draft,
  partOf: number | null,
  nounCat: Category | null,
): Category | undefined {
  if (partOf === null || nounCat) return undefined;
  d.rules.push(PART_OF);
  return figures[partOf]!.category;
}
