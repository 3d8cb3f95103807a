// ar/attribution/wire-dateline — a news agency's dateline at the head of a report that another
// outlet publishes (`غزة (أ ف ب) - قتل …` on a paper's page): the agency wrote the report, so it
// relays every claim of the body, from the dateline's sentence on; the headline above it is the
// publisher's own. The agency is a listed outlet (gazetteer.tsv), never a bracket's word alone.
//
// must change:     `غزة (أ ف ب) - قتل 27 فلسطينيا …` published by another paper → [paper, أ ف ب, …];
//                  `الخرطوم (رويترز) - قال الجيش إن …` → [paper, رويترز, الجيش].
// must not change: the agency's own page (`(CNN)` on CNN, `(رويترز)` on `Reuters Arabic`); a claim
//                  the agency's voice already opens (`وقال مسؤول لفرانس برس`); an unlisted name in
//                  brackets (`روما (إيطاليا) -`); the headline before the dateline.

import { stage } from '../../../../pipeline/stage.js';
import type { Hop } from '../../../../types.js';
import { insideAny } from '../../../../text/segment.js';
import { toOriginal } from '../../../../text/folded.js';
import type { ArabicDoc } from '../../document.js';
import type { GazetteerEntry, Lexicon } from '../../lexicon/lexicon.js';
import { datelineHits } from '../../meta/outlets/dateline.js';

const RULE = 'ar/attribution/wire-dateline';

export const wireDateline = stage<ArabicDoc>(RULE, (doc) => {
  const publisher = doc.given.source ?? doc.meta.outlet?.name ?? null;
  if (!publisher || doc.claims.length === 0) return;
  const head = doc.lines.filter((l) => !insideAny(l, doc.boilerplate));
  const hit = datelineHits(doc.folded.text, head, doc.lexicon)[0];
  if (!hit) return;
  const span = toOriginal(doc.folded, hit.start, hit.end);
  const name = doc.text.slice(span.start, span.end).trim();
  const agency = doc.lexicon.kept(outletsByName).get(doc.lexicon.foldedName(name));
  if (!agency) return;
  const names = [agency.name, ...agency.aliases];
  // The agency's own page (`(رويترز)` on `Reuters Arabic`) names no other writer.
  if (names.some((n) => oneName(doc.lexicon, n, publisher))) return;
  const hop: Hop = { name, kind: 'outlet', entity: agency.id };
  doc.claims = doc.claims.map((c) => {
    if (c.sentence.end <= span.start) return c;
    const next = c.attribution[1];
    if (next && (next.entity === agency.id || names.some((n) => oneName(doc.lexicon, n, next.name))))
      return c;
    const [first, ...rest] = c.attribution;
    doc.trace.record(() => ({ subject: c.id, rule: RULE, start: span.start, end: span.end }));
    return { ...c, attribution: [first!, hop, ...rest], rules: [...c.rules, RULE] };
  });
});

/** One name inside the other, word for word (`Reuters` in `Reuters Arabic`), in either script. */
function oneName(lex: Lexicon, a: string, b: string): boolean {
  const words = (x: string): string =>
    ` ${lex
      .foldedName(x)
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()} `;
  const wa = words(a);
  const wb = words(b);
  return wa.trim() !== '' && wb.trim() !== '' && (wa.includes(wb) || wb.includes(wa));
}

/** The listed outlets by every folded name they go by. */
function outletsByName(lex: Lexicon): Map<string, GazetteerEntry> {
  const out = new Map<string, GazetteerEntry>();
  for (const e of lex.entityById.values()) {
    if (e.type !== 'outlet') continue;
    for (const n of [e.name, ...e.aliases]) out.set(lex.foldedName(n), e);
  }
  return out;
}
