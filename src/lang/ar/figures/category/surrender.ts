// ar/category/surrender — a verb of handing over before the count and a reflexive right after the
// counted noun (closed class reflexive-noun): those counted handed themselves over, a surrender, never
// a force's size or a release.
//
// must change:     `سلم 30 مسلحا أنفسهم للقوات` (surrendered); `وسلّم نحو 20 عنصرا من التنظيم أنفسهم` (surrendered, of the
//                  group)
// must not change: `سلمت الحركة 33 أسيرا للصليب الأحمر` (captives handed over: released); `سلم
//                  المسلحون 30 قطعة سلاح` (no reflexive: arms handed over count no people); `وسلمت الحركة
//                  12 أسيرا في اليوم نفسه` (`نفسه` names the same day: released)

import type { Category } from '../../../../types.js';
import { isA } from '../../read/sentence-view.js';
import type { SentenceView } from '../../read/sentence-view.js';
import type { Draft } from '../figure.js';

/** `surrendered` when a handing-over verb governs the count and a reflexive follows its noun, or null. */
export function surrender(view: SentenceView, d: Draft): Category | null {
  if (!d.noun || !reflexiveAfter(view, d.nounEnd)) return null;
  const qStart = d.raw.qStart;
  const hands = view.events.some(
    (e) =>
      e.entry.notes.includes('hands-over') &&
      e.entry.pos === 'verb' &&
      e.end <= qStart &&
      qStart - e.end <= 1,
  );
  if (!hands) return null;
  d.rules.push('ar/category/surrender');
  return 'surrendered';
}

/** A reflexive in the counted phrase's clause (`20 عنصرا من داعش أنفسهم`), within four words. */
function reflexiveAfter(view: SentenceView, from: number): boolean {
  for (let k = from; k < Math.min(view.toks.length, from + 4); k++) {
    const t = view.toks[k]!;
    if (t.kind !== 'word') return false;
    if (isA(view, t, 'reflexive-noun')) return true;
  }
  return false;
}
