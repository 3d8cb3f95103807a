// ar/category/freed-captives — a freeing word before a count of captives (hostages, prisoners, people
// taken out of a captor's grip) is an escape from captivity; for anyone else it tells of no escape.
//
// must change:     `حررت القوات 7 رهائن` (escaped); `حرر الجيش 25 مدنيا من قبضة الخاطفين`
// must not change: `حررت القوات 7 قرى` and `تحرير المدينة وسكانها الـ 40 ألفا` (no captives: the
//                  freeing word names no escape); `7 رهائن أطلق سراحهم` (the word after the count)

import type { Category } from '../../../../types.js';
import type { SentenceView } from '../../read/sentence-view.js';
import { isA } from '../../read/sentence-view.js';
import type { ChosenEvent, Draft } from '../figure.js';

/** Whether those counted were captives: hostages, prisoners, or people out of a captor's grip. */
export function captives(view: SentenceView, d: Draft, nounCat: Category | null): boolean {
  return nounCat === 'abducted' || d.kind === 'prisoners' || fromCaptivity(view, d.nounEnd);
}

/** Whether the event is a freeing word that tells of an escape it cannot be for people not captive. */
export function freesNoCaptive(event: ChosenEvent, captive: boolean): boolean {
  return !!event?.hit.entry.notes.includes('frees') && !captive && event.hit.entry.category === 'escaped';
}

/** `escaped` for captives a freeing word before the count frees, or undefined. */
export function freedCaptives(d: Draft, event: ChosenEvent, captive: boolean): Category | undefined {
  if (!captive || !event?.hit.entry.notes.includes('frees') || event.hit.end > d.raw.qStart) return undefined;
  d.rules.push('ar/category/freed-captives');
  return 'escaped';
}

/**
 * `تحرير 300 مدني من قبضة داعش`: the counted people were captives, a captivity preposition and a
 * captivity word (closed classes captivity-preposition, from-captivity) right after the noun.
 */
function fromCaptivity(view: SentenceView, nounEnd: number): boolean {
  for (let k = nounEnd; k < Math.min(view.toks.length - 1, nounEnd + 2); k++)
    if (isA(view, view.toks[k], 'captivity-preposition') && isA(view, view.toks[k + 1], 'from-captivity'))
      return true;
  return false;
}
