// The incident brief: per incident a short text written from the claims by templates (no model,
// offline) — what happened, where and when; the tolls by side with their range and who gives which
// figure; what is disputed, denied or revised; what is unconfirmed; the sources and how independent
// they are. Every sentence carries the claims it rests on, cited as `[c1, c4]`; the references list
// gives each cited claim's quote, chain and report.

import type { AnalysisResult, Category, Claim, Conflict, Incident } from '../../types.js';
import { quoteOf } from '../claimreview.js';
import {
  actorName,
  chainText,
  incidentClaims,
  incidentConflicts,
  incidentDocuments,
  locate,
  outletName,
  placeName,
  sides,
  sourceGroups,
  speaker,
  speakerSide,
  view,
} from '../model.js';
import type { ExportView } from '../model.js';
import { arabic } from './ar.js';
import { en } from './en.js';
import type { Given, Mark, Slot, SourceLine, Templates } from './templates.js';
import type { BriefIncident, BriefReference, Sentence } from './shapes.js';

export type { BriefIncident, BriefReference, BriefSection, Sentence } from './shapes.js';

export interface BriefOptions {
  readonly lang?: 'ar' | 'en';
  /** Arabic figures in Arabic-Indic digits (`١٢٠٠٠`); Western digits by default. */
  readonly digits?: 'latn' | 'arab';
  readonly texts?: ReadonlyMap<string, string>;
}

export interface Brief {
  readonly lang: 'ar' | 'en';
  readonly dir: 'ltr' | 'rtl';
  readonly title: string;
  readonly headings: Templates['heading'];
  readonly incidents: readonly BriefIncident[];
  readonly references: readonly BriefReference[];
}

/** Order of the tolls: deaths and injuries first, then what happened to people, then the rest. */
const TOLL_ORDER: readonly Category[] = [
  'killed',
  'wounded',
  'killed_or_wounded',
  'missing',
  'abducted',
  'escaped',
  'arrested',
  'surrendered',
  'released',
  'displaced',
  'strikes',
  'combatants',
  'held',
];

function marks(claim: Claim, superseded: ReadonlySet<string>): Mark[] {
  const out: Mark[] = [];
  if (claim.stance !== 'asserted') out.push(claim.stance);
  if (claim.partisan) out.push('partisan');
  if (superseded.has(claim.id)) out.push('superseded');
  return out;
}

function outletOf(v: ExportView, document: string, t: Templates): string {
  const doc = v.documentById.get(document);
  return doc?.source.name ? outletName(v, doc, t.lang) : t.unnamed(document);
}

/** Whether a claim is in the outlet's own voice (no speaker beyond the publisher). */
function ownVoice(v: ExportView, claim: Claim): boolean {
  const hop = speaker(claim);
  return !hop || hop.name === v.documentById.get(claim.document)?.source.name || hop.name === claim.document;
}

function speakerName(v: ExportView, claim: Claim, t: Templates): string {
  const hop = speaker(claim);
  if (!hop) return outletOf(v, claim.document, t);
  return hop.kind === 'person' || hop.kind === 'anonymous' ? hop.name : actorName(v, hop.name, t.lang);
}

function whoSays(v: ExportView, claim: Claim, t: Templates): string {
  const outlet = outletOf(v, claim.document, t);
  if (ownVoice(v, claim)) return outlet;
  const side = speakerSide(v, speaker(claim));
  const name = speakerName(v, claim, t);
  const sideName = side ? actorName(v, side, t.lang) : null;
  const tag = sideName && sideName !== name ? ` (${sideName})` : '';
  return `${name}${tag}${t.lang === 'ar' ? '، عبر ' : ', via '}${outlet}`;
}

function slotOf(
  v: ExportView,
  c: { category: Category; group: string | null; kind: Claim['subject']['kind'] },
  lang: 'en' | 'ar',
): Slot {
  return { category: c.category, side: c.group ? actorName(v, c.group, lang) : null, kind: c.kind };
}

/**
 * The same figure given through the same speaker in several reports (an outlet's copies of one wire, a
 * quote relayed again) is said once, with how many reports give it; order of first appearance kept.
 * The sentence still cites every claim.
 */
export function merged(cited: readonly { readonly document: string; readonly given: Given }[]): Given[] {
  const out = new Map<string, { given: Given; documents: Set<string> }>();
  for (const { document, given } of cited) {
    const key = `${given.figure}\u0000${given.who}\u0000${given.marks.join(',')}`;
    const seen = out.get(key) ?? { given, documents: new Set<string>() };
    seen.documents.add(document);
    out.set(key, seen);
  }
  return [...out.values()].map(({ given, documents }) =>
    documents.size > 1 ? { ...given, reports: documents.size } : given,
  );
}

/** Claims a revision conflict shows as earlier figures of the same source. */
function supersededIds(conflicts: readonly Conflict[]): Set<string> {
  const out = new Set<string>();
  for (const c of conflicts) if (c.kind === 'revision') for (const id of c.claims.slice(0, -1)) out.add(id);
  return out;
}

function incidentBrief(v: ExportView, incident: Incident, t: Templates): BriefIncident | null {
  const claims = incidentClaims(v, incident).filter((c) => c.scope !== 'background');
  if (claims.length === 0) return null;
  const lang = t.lang;
  const conflicts = incidentConflicts(v, incident);
  const superseded = supersededIds(conflicts);
  const give = (c: Claim): Given => ({
    figure: t.quantity(c.quantity),
    who: whoSays(v, c, t),
    marks: marks(c, superseded),
  });
  const giveIn = (c: Claim): { document: string; given: Given } => ({ document: c.document, given: give(c) });
  const located = locate(v, incident);
  const place = located.named ? placeName(v, located.named, lang) : null;
  const where =
    located.join.joined && lang === 'en'
      ? [located.join.place.admin1, located.country?.name].filter(Boolean).join(', ')
      : located.country && lang === 'en'
        ? located.country.name
        : null;
  const docs = incidentDocuments(v, incident);
  const outlets = new Set(docs.map((d) => d.source.name ?? d.id));

  // What happened: rests on each report's first claim.
  const firstOfEach = docs
    .map((d) => claims.find((c) => c.document === d.id))
    .filter((c): c is Claim => c !== undefined);
  const events = TOLL_ORDER.filter((cat) => claims.some((c) => c.category === cat));
  const happened: Sentence[] = [
    {
      text: t.happened({
        reports: docs.length,
        outlets: outlets.size,
        start: incident.start ?? null,
        end: incident.end ?? null,
        place,
        where: where || null,
        sides: sides(v, incident).map((s) => actorName(v, s.name, lang)),
        events,
      }),
      claims: firstOfEach.map((c) => c.id),
    },
  ];

  // Tolls: one sentence per estimate, with every claim of its slot.
  const tolls: Sentence[] = [];
  const estimates = [...incident.estimates].sort(
    (a, b) => TOLL_ORDER.indexOf(a.category) - TOLL_ORDER.indexOf(b.category),
  );
  for (const e of estimates) {
    if (!TOLL_ORDER.includes(e.category)) continue;
    const slotClaims = claims.filter(
      (c) => c.category === e.category && c.subject.group === e.group && c.subject.kind === e.kind,
    );
    const cited =
      slotClaims.length > 0
        ? slotClaims
        : e.claims.map((id) => v.claimById.get(id)).filter((c): c is Claim => c !== undefined);
    if (cited.length === 0) continue;
    tolls.push({
      text: t.toll(
        slotOf(v, e, lang),
        { low: e.low, high: e.high, conservative: e.conservative },
        merged(cited.map(giveIn)),
      ),
      claims: cited.map((c) => c.id),
    });
  }

  // Disputes: one sentence per conflict.
  const disputed: { text: string; claims: string[] }[] = [];
  for (const conflict of conflicts) {
    const members = conflict.claims
      .map((id) => v.claimById.get(id))
      .filter((c): c is Claim => c !== undefined);
    const first = members[0];
    if (!first) continue;
    const by = conflict.kind === 'denial' ? members.filter((c) => c.stance === 'denied') : members.slice(-1);
    const against = members.filter((c) => !by.includes(c));
    const slot = slotOf(
      v,
      { category: first.category, group: first.subject.group, kind: first.subject.kind },
      lang,
    );
    const text = t.conflict(conflict.kind, slot, {
      against: merged(against.map(giveIn)),
      by: merged(by.map(giveIn)),
    });
    // The same dispute read in two copies of one report is said once, citing both.
    const same = disputed.find((d) => d.text === text);
    if (same) same.claims.push(...members.map((c) => c.id).filter((id) => !same.claims.includes(id)));
    else disputed.push({ text, claims: members.map((c) => c.id) });
  }

  // Unconfirmed: figures whose own report does not vouch for them.
  const loose = claims.filter(
    (c) => c.stance === 'uncommitted' || c.stance === 'possible' || c.stance === 'probable',
  );
  const unconfirmed: Sentence[] =
    loose.length > 0
      ? [{ text: t.unconfirmed(merged(loose.map(giveIn))), claims: loose.map((c) => c.id) }]
      : [];

  // Sources: original speakers grouped by the side they speak for; outlets in their own voice together.
  const bySide = new Map<
    string,
    { side: string | null; speakers: Set<string>; outlets: Set<string>; claims: string[] }
  >();
  const own = { outlets: new Set<string>(), claims: [] as string[] };
  for (const g of sourceGroups(v, claims)) {
    const claim = v.claimById.get(g.claims[0] ?? '');
    if (!claim) continue;
    if (ownVoice(v, claim)) {
      own.outlets.add(outletOf(v, claim.document, t));
      own.claims.push(claim.id);
      continue;
    }
    const side = speakerSide(v, speaker(claim));
    const key = side ?? `speaker:${g.speaker}`;
    const entry = bySide.get(key) ?? {
      side,
      speakers: new Set<string>(),
      outlets: new Set<string>(),
      claims: [],
    };
    entry.speakers.add(speakerName(v, claim, t));
    for (const id of g.claims) {
      const c = v.claimById.get(id);
      if (c) entry.outlets.add(outletOf(v, c.document, t));
    }
    entry.claims.push(...g.claims);
    bySide.set(key, entry);
  }
  const lines: SourceLine[] = [...bySide.values()].map((e) => ({
    side: e.side ? actorName(v, e.side, lang) : null,
    speakers: [...e.speakers].filter((name) => !e.side || name !== actorName(v, e.side, lang)),
    outlets: [...e.outlets],
  }));
  if (own.claims.length > 0) lines.push({ side: null, own: true, speakers: [], outlets: [...own.outlets] });
  const relayed = claims.filter((c) => c.attribution.length >= 3).length;
  const sourceSentence: Sentence = {
    text: t.sources(lines, bySide.size + own.outlets.size, relayed),
    // One claim per source suffices to show each one; all of them would bury the sentence.
    claims: [...[...bySide.values()].map((e) => e.claims[0]), ...own.claims].filter(
      (id): id is string => id !== undefined,
    ),
  };

  return {
    id: incident.id,
    title: t.incidentTitle(place ?? incident.title, incident.start ?? null, incident.end ?? null),
    sections: [
      { heading: t.heading.happened, sentences: happened },
      { heading: t.heading.tolls, sentences: tolls },
      { heading: t.heading.disputed, sentences: disputed },
      { heading: t.heading.unconfirmed, sentences: unconfirmed },
      { heading: t.heading.sources, sentences: [sourceSentence] },
    ].filter((s) => s.sentences.length > 0),
  };
}

export function buildBrief(result: AnalysisResult, options: BriefOptions = {}): Brief {
  const t = options.lang === 'ar' ? arabic(options.digits ? { digits: options.digits } : {}) : en;
  const v = view(result);
  const incidents = result.incidents
    .map((i) => incidentBrief(v, i, t))
    .filter((i): i is BriefIncident => i !== null);
  // Short labels in order of first citation.
  const labels = new Map<string, string>();
  for (const i of incidents)
    for (const s of i.sections)
      for (const sentence of s.sentences)
        for (const id of sentence.claims) if (!labels.has(id)) labels.set(id, `c${labels.size + 1}`);
  const references: BriefReference[] = [...labels].map(([id, label]) => {
    const claim = v.claimById.get(id);
    const doc = claim ? v.documentById.get(claim.document) : undefined;
    return {
      label,
      claim: id,
      quote: claim ? quoteOf(claim, options.texts) : '',
      chain: claim ? chainText(claim) : '',
      outlet: doc?.source.name ?? claim?.document ?? '',
      published: doc?.published ?? null,
      url: doc?.source.url ?? null,
      document: claim?.document ?? '',
    };
  });
  return { lang: t.lang, dir: t.dir, title: t.heading.title, headings: t.heading, incidents, references };
}

/** The label of each cited claim id (`c3`). */
export function labelsOf(brief: Brief): Map<string, string> {
  return new Map(brief.references.map((r) => [r.claim, r.label]));
}
