// `isnad analyze --trace`: per claim, the rules that fired in firing order, each with the text of
// the report it read. Printed to standard error, so the result on standard output is unchanged.

import type { TraceEvent } from '../pipeline/trace.js';

/** One block per subject (a claim id, `doc#3`), in the order the subjects first fired. */
export function formatTrace(events: readonly TraceEvent[], texts: ReadonlyMap<string, string>): string {
  const bySubject = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const list = bySubject.get(e.subject) ?? [];
    list.push(e);
    bySubject.set(e.subject, list);
  }
  const lines: string[] = [];
  for (const [subject, list] of bySubject) {
    const text = texts.get(subject.split('#')[0]!) ?? '';
    lines.push(subject);
    for (const e of list) {
      const seen = text.slice(e.start, e.end).replace(/\s+/g, ' ');
      lines.push(`  ${e.rule.padEnd(36)} ${e.start}-${e.end} «${seen}»`);
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}
