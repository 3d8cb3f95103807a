// ar/subject/kind-topic — a figure whose event is a topic named by a count head (event/topic.ts) takes
// the kind the topic's words name.
//
// must change:     `سئل عن أعداد ضحايا المدنيين، فقال إن 8 أشخاص …` (the 8 are civilians)
// must not change: `سئل عن أعداد الضحايا، فقال إن 8 أشخاص …` (no kind named);
//                  `… إن 8 جنود` (a kind of its own)

import { TOPIC } from '../event/topic.js';
import type { ChosenEvent, Draft } from '../figure.js';
import type { SentenceView } from '../../read/sentence-view.js';
import { refineKind } from '../nearby.js';

/** The kind the topic's words name, for a figure of no kind whose event is the topic. */
export function kindOfTopic(view: SentenceView, d: Draft, event: ChosenEvent): void {
  if (event?.rule !== TOPIC || d.kind !== 'unknown') return;
  const refined = refineKind(view, 'unknown', event.hit.end);
  if (refined === 'unknown') return;
  d.kind = refined;
  d.rules.push('ar/subject/kind-topic');
}
