// ar/category/hostage — hostages are held by whoever took them, never arrested or held by an authority.
//
// must change:     `لا يزال 15 رهينة محتجزين لدى الخاطفين` (abducted, not held)
// must not change: `احتجزت الشرطة 15 متظاهرا` (no hostage: arrested); `قتل 15 رهينة` (killed)

import type { Category } from '../../../../types.js';
import type { Draft } from '../figure.js';

/** `abducted` for hostages an event would call arrested or held, or undefined. */
export function hostage(d: Draft, nounCat: Category | null, category: Category | null): Category | undefined {
  if (nounCat !== 'abducted' || (category !== 'arrested' && category !== 'held')) return undefined;
  d.rules.push('ar/category/hostage');
  return 'abducted';
}
