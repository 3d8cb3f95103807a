// ar/category/foiled — attacks stopped before they were made never happened: a count of attacks after
// a foiling word (`أحبط`، `إحباط`، `أفشل`، `إفشال`: events.tsv note foils) is no strikes.
//
// must change:     `أحبطت الأجهزة الأمنية عددا من الهجمات` (other); `إحباط 5 هجمات إرهابية` (other)
// must not change: `شنت الطائرات عددا من الغارات` (strikes); `5 هجمات أحبطت منها 3` (the foiling
//                  word after the count: the 5 were made)

import type { Category } from '../../../../types.js';
import type { ChosenEvent, Draft } from '../figure.js';

/** `other` for attacks foiled, or undefined. */
export function foiled(d: Draft, event: ChosenEvent): Category | undefined {
  if (!event?.hit.entry.notes.includes('foils') || event.hit.end > d.raw.qStart) return undefined;
  if (d.noun?.entry.unit !== 'strike') return undefined;
  d.rules.push('ar/category/foiled');
  return 'other';
}
