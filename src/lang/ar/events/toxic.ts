// Toxic means: whether a report's headline or lead tells of an event done with a toxic gas or
// chemical arms (`هجوم بالغاز السام`، `قصف بالكلور`، `حالات اختناق`، `هجوم كيماوي`). Such an event is
// an event of its own kind: the linker keeps it out of an incident opened before its day whose
// reports never told of one (the battle around the town it struck).
//
// Must tell: «مقتل 40 في هجوم كيماوي على البلدة» (headline) · «عشرات حالات الاختناق إثر قصف بالغاز».
// Must not:  a toxic word only in the body · a headline whose event word is set aside (a threat, a
//            question: «تهديد بضربة كيماوية») · a headline with no event word («مفتشو الأسلحة الكيماوية
//            يصلون»).

import { stage } from '../../../pipeline/stage.js';
import { toOriginal } from '../../../text/folded.js';
import type { ArabicDoc } from '../document.js';
import { isA } from '../read/sentence-view.js';

/** After the event mentions: a headline or lead sentence with an event of its own and a toxic word. */
export const toxicMeansStage = stage<ArabicDoc>('ar/events/toxic', (doc) => {
  const own = new Set(
    (doc.info.eventMentions ?? [])
      .filter((m) => m.where !== 'body' && m.aside === undefined)
      .map((m) => m.sentence.start),
  );
  if (own.size === 0) return;
  for (const sentence of doc.sentences) {
    if (!own.has(toOriginal(doc.folded, sentence.range.start, sentence.range.end).start)) continue;
    if (sentence.toks.some((t) => isA(doc.lexicon, t, 'toxic-word'))) {
      doc.toxic = true;
      return;
    }
  }
});
