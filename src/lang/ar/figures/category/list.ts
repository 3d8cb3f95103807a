// ar/category/list — a count joined to the figure before it (`و`، `إضافة إلى`) with no category of its
// own noun nor an event governing it takes the category of the figure before.
//
// must change:     `اعتقلت الشرطة 5 رجال و3 نساء` (the 3 women are arrested too)
// must not change: `اعتقلت الشرطة 5 رجال وقتلت 3 نساء` (قتلت governs the 3); `اعتقلت الشرطة 5
//                  رجال و3 جرحى` (the noun's own category)

import type { Category } from '../../../../types.js';
import { GOVERNING } from '../event/governing.js';
import type { ChosenEvent, Draft, Figure } from '../figure.js';

export const LIST = 'ar/category/list';
/** The category of the figure a list joins, or undefined. */
export function listCategory(
  figures: readonly Figure[],
  d: Draft,
  listOf: number | null,
  nounCat: Category | null,
  event: ChosenEvent,
): Category | undefined {
  if (listOf === null || nounCat || (event && event.rule === GOVERNING)) return undefined;
  d.rules.push(LIST);
  return figures[listOf]!.category;
}
