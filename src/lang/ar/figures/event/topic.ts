// ar/event/topic — a topic named by a count head before the figure (`أعداد ضحايا`، `عدد قتلى`) is
// the figure's event, unless a figure between them already answers it.
//
// must change:     `تحدث المسؤول عن أعداد قتلى الاشتباكات، وقال إن 8 أشخاص …` (قتلى); `عدد "الشهداء
//                  الذين سقطوا …" وصل إلى 123 فلسطينيا` (a quote before the topic)
// must not change: `قال إن عدد القتلى بلغ 5 أشخاص، وإن 40 آخرين نقلوا إلى المستشفى` (5 answers
//                  the count head; 40 reads its own event)

import type { QuantityMention } from '../../quantities/sentence.js';
import type { EventHit, SentenceView } from '../../read/sentence-view.js';
import { isOfClass } from '../../read/sentence-view.js';

export const TOPIC = 'ar/event/topic';

/** The events a count head names before the figure at `raw`, in text order. */
export function topicEvents(
  view: SentenceView,
  raw: QuantityMention,
  others: readonly QuantityMention[],
): EventHit[] {
  const topics: EventHit[] = [];
  for (let k = 0; k < raw.qStart; k++) {
    const t = view.toks[k]!;
    if (t.kind !== 'word' || !isOfClass(view.lex, t, 'count-head')) continue;
    if (others.some((o) => o.qStart > k && o.qEnd <= raw.qStart)) continue;
    // `عدد "الشهداء …"`: a quote may open before the topic.
    const next = view.toks[k + 1]?.text === '"' ? k + 2 : k + 1;
    const topic = view.events.find((e) => e.start === next);
    if (topic) topics.push(topic);
  }
  return topics;
}
