// The incident's days: every narrative date its reports give (not bylines), from a week before its
// first report to its last, one entry per day with the sources that name it and the claims dated
// to it. Durations the reports give for the incident (six days vs seven days) are compared, and a
// difference is surfaced as a dispute rather than merged.

import type { Claim, IncidentDispute, TextSpan, TimelineEntry } from '../../types.js';
import type { PackTime } from '../pack.js';
import { dayOf, isoOf } from './days.js';

const BEFORE = 7;
const MAX_TEXT = 220;

export interface TimedDocument {
  readonly id: string;
  readonly published: number | null;
  readonly times: readonly PackTime[];
}

type Located = TextSpan & { readonly document: string };

function excerpt(sentence: TextSpan, mention: TextSpan): string {
  const text = sentence.text.replace(/\s+/g, ' ').trim();
  if (text.length <= MAX_TEXT) return text;
  // Centre the excerpt on the date: the event is told around it.
  const at = Math.max(0, mention.start - sentence.start - MAX_TEXT / 2);
  return `…${text.slice(at, at + MAX_TEXT).trim()}…`;
}

export function buildTimeline(
  incident: string,
  docs: readonly TimedDocument[],
  claims: readonly Claim[],
): TimelineEntry[] {
  const published = docs.map((d) => d.published).filter((d): d is number => d !== null);
  const from =
    published.length > 0 ? published.reduce((m, d) => Math.min(m, d), Infinity) - BEFORE : -Infinity;
  const to = published.length > 0 ? published.reduce((m, d) => Math.max(m, d), -Infinity) : Infinity;
  const byDay = new Map<
    number,
    { mentions: Located[]; precision: TimelineEntry['precision']; text: string }
  >();
  for (const d of docs) {
    for (const t of d.times) {
      if (t.kind !== 'date' || !t.narrative || t.precision === null || t.precision === 'year') continue;
      const day = dayOf(t.date);
      if (day === null || day < from || day > to) continue;
      let entry = byDay.get(day);
      if (!entry) {
        entry = { mentions: [], precision: t.precision, text: excerpt(t.sentence, t.span) };
        byDay.set(day, entry);
      }
      // The finest precision any source gives wins; the text comes from the first day-precise source.
      if (t.precision === 'day' && entry.precision !== 'day') {
        entry.precision = 'day';
        entry.text = excerpt(t.sentence, t.span);
      }
      entry.mentions.push({ ...t.span, document: d.id });
    }
  }
  return [...byDay]
    .sort((a, b) => a[0] - b[0])
    .map(([day, e]) => {
      const date = isoOf(day);
      return {
        date,
        precision: e.precision,
        text: e.text,
        claims: claims.filter((c) => c.time?.date === date).map((c) => c.id),
        documents: [...new Set(e.mentions.map((m) => m.document))],
        incident,
        mentions: e.mentions,
      };
    });
}

/**
 * Durations in days that the incident's reports state, when they differ between reports: the
 * length of a battle or a siege is often the one date fact outlets disagree on.
 */
export function durationDisputes(docs: readonly TimedDocument[]): IncidentDispute[] {
  const stated = new Map<number, Located[]>();
  for (const d of docs) {
    for (const t of d.times) {
      if (t.kind !== 'duration' || !t.narrative || !t.duration || t.duration.unit !== 'day') continue;
      if (t.duration.amount < 2 || t.duration.amount > 60) continue;
      let list = stated.get(t.duration.amount);
      if (!list) stated.set(t.duration.amount, (list = []));
      list.push({ ...t.span, document: d.id });
    }
  }
  if (stated.size < 2) return [];
  const documents = new Set([...stated.values()].flat().map((m) => m.document));
  if (documents.size < 2) return [];
  const amounts = [...stated.keys()].sort((a, b) => a - b);
  const spans = amounts.flatMap((a) => stated.get(a)!);
  return [
    {
      kind: 'duration',
      note: `reports give different lengths in days: ${amounts
        .map(
          (a) =>
            `${a} (${[...new Set(stated.get(a)!.map((m) => `«${m.text}» in ${m.document}`))].join(', ')})`,
        )
        .join(' vs ')}`,
      documents: [...documents],
      spans,
    },
  ];
}
