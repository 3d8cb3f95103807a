// Scoring a whole-feed run against a stream gold: how incidents group the labelled articles, which
// articles are found to report an event, and the shape of the run (largest incident, longest span,
// share of articles in very large incidents).
//
// A document's incident is the incident holding most of its claims (a round-up contributes claims to
// several incidents; it is scored where most of them went; ties go to the incident with more
// reports, then the smaller id). Grouping is scored over the gold's main documents only (a mention
// is not about the incident): pairwise precision/recall (pairs of documents put together) and
// B-cubed (per document, the overlap of its system and gold clusters), both with documents that
// open no incident counted as singletons.

import type { AnalysisResult } from '../types.js';
import type { StreamGold } from './stream-gold.js';

export interface PairScores {
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
  readonly systemPairs: number;
  readonly goldPairs: number;
  readonly both: number;
}

export interface BCubed {
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
}

export interface EventScores {
  readonly precision: number | null;
  readonly recall: number | null;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly trueNegatives: number;
  /** Non-event articles that opened an incident, with the reason isnad gives. */
  readonly falseEvents: readonly { readonly id: string; readonly reason: string }[];
  /**
   * Incident articles isnad found no event in, with the incident each still follows (a report
   * with no event figure of its own joins an incident it clearly follows), or null: in none.
   */
  readonly missedEvents: readonly {
    readonly id: string;
    readonly reason: string;
    readonly incident: string | null;
  }[];
  /** Of the missed events, those in no incident at all (the others follow one). */
  readonly missedInNoIncident: number;
}

export interface RunIncident {
  readonly id: string;
  readonly title: string;
  readonly reports: number;
  readonly start: string | null;
  readonly end: string | null;
  readonly days: number | null;
  readonly campaign: string | null;
}

export interface RunShape {
  readonly documents: number;
  readonly eventDocuments: number;
  readonly incidents: number;
  readonly campaigns: number;
  readonly largest: RunIncident | null;
  readonly longest: RunIncident | null;
  /** Share of documents whose incident holds more than 50 reports. */
  readonly over50Documents: number | null;
  /** Share of (document, incident) memberships in incidents of more than 50 reports. */
  readonly over50Memberships: number | null;
  /** Documents whose claims went to more than one incident. */
  readonly multiIncidentDocuments: number;
}

export interface GoldIncidentScore {
  readonly id: string;
  readonly title: string;
  readonly hard: boolean;
  readonly main: number;
  /** Where its main documents went: system incident (or null: none) → documents. */
  readonly split: readonly { readonly incident: string | null; readonly documents: readonly string[] }[];
  /** Main documents of other gold incidents in the system incident holding most of this one's. */
  readonly intruders: readonly string[];
}

export interface StreamReport {
  readonly labelled: number;
  /** Labelled documents absent from the analysis result. */
  readonly missing: readonly string[];
  /** Documents that are main in two gold incidents (scored with the first). */
  readonly ambiguous: readonly string[];
  readonly pairs: PairScores;
  readonly bcubed: BCubed;
  readonly events: EventScores;
  readonly run: RunShape;
  readonly incidents: readonly GoldIncidentScore[];
  /** Pairwise precision and recall per gold incident of at least two main documents, averaged. */
  readonly perIncident: {
    readonly precision: number | null;
    readonly recall: number | null;
    readonly incidents: number;
  };
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);
const f1 = (p: number | null, r: number | null): number | null =>
  p === null || r === null || p + r === 0 ? null : (2 * p * r) / (p + r);

function daysBetween(a: string | undefined, b: string | undefined): number | null {
  if (!a || !b) return null;
  return Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
}

/** Document → the incident holding most of its claims; and documents spread over several. */
export function incidentOfDocuments(result: AnalysisResult): {
  of: Map<string, string>;
  multi: number;
} {
  const size = new Map(result.incidents.map((i) => [i.id, i.documents.length]));
  const counts = new Map<string, Map<string, number>>();
  for (const c of result.claims) {
    if (!c.incident) continue;
    let m = counts.get(c.document);
    if (!m) counts.set(c.document, (m = new Map()));
    m.set(c.incident, (m.get(c.incident) ?? 0) + 1);
  }
  const of = new Map<string, string>();
  let multi = 0;
  for (const [doc, m] of counts) {
    if (m.size > 1) multi++;
    let best: string | null = null;
    let key: [number, number] = [-1, -1];
    for (const [id, n] of m) {
      const s = size.get(id) ?? 0;
      if (n > key[0] || (n === key[0] && (s > key[1] || (s === key[1] && best !== null && id < best)))) {
        best = id;
        key = [n, s];
      }
    }
    if (best !== null) of.set(doc, best);
  }
  // A report with no claim in any incident (one that follows an incident without a figure of its
  // own) belongs to the largest incident listing it.
  for (const i of result.incidents)
    for (const doc of i.documents) {
      if (counts.has(doc)) continue;
      const held = of.get(doc);
      if (held === undefined || (size.get(held) ?? 0) < i.documents.length) of.set(doc, i.id);
    }
  return { of, multi };
}

function pairCount(n: number): number {
  return (n * (n - 1)) / 2;
}

export function scoreStream(gold: StreamGold, result: AnalysisResult): StreamReport {
  const present = new Set(result.documents.map((d) => d.id));
  const { of, multi } = incidentOfDocuments(result);

  // Gold clusters over main documents.
  const goldOf = new Map<string, string>();
  const ambiguous: string[] = [];
  for (const inc of gold.incidents)
    for (const d of inc.documents) {
      if (d.role !== 'main') continue;
      if (goldOf.has(d.id) && goldOf.get(d.id) !== inc.id) ambiguous.push(d.id);
      else goldOf.set(d.id, inc.id);
    }
  const missing = [...goldOf.keys()].filter((d) => !present.has(d));
  const docs = [...goldOf.keys()].filter((d) => present.has(d));
  // A document in no incident is its own singleton.
  const sysOf = (d: string): string => of.get(d) ?? `none:${d}`;

  const joint = new Map<string, number>();
  const goldSize = new Map<string, number>();
  const sysSize = new Map<string, number>();
  for (const d of docs) {
    const g = goldOf.get(d)!;
    const s = sysOf(d);
    joint.set(`${g}\u0000${s}`, (joint.get(`${g}\u0000${s}`) ?? 0) + 1);
    goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
    sysSize.set(s, (sysSize.get(s) ?? 0) + 1);
  }
  let both = 0;
  for (const n of joint.values()) both += pairCount(n);
  let goldPairs = 0;
  for (const n of goldSize.values()) goldPairs += pairCount(n);
  let systemPairs = 0;
  for (const n of sysSize.values()) systemPairs += pairCount(n);
  const pp = ratio(both, systemPairs);
  const pr = ratio(both, goldPairs);

  let bp = 0;
  let br = 0;
  for (const d of docs) {
    const g = goldOf.get(d)!;
    const s = sysOf(d);
    const n = joint.get(`${g}\u0000${s}`)!;
    bp += n / sysSize.get(s)!;
    br += n / goldSize.get(g)!;
  }
  const bcp = ratio(bp, docs.length);
  const bcr = ratio(br, docs.length);

  // Event detection: gold main documents are events, nonEvents are not.
  const info = new Map(result.documents.map((d) => [d.id, d]));
  const isEvent = (d: string): boolean => {
    const e = info.get(d)?.event;
    return e ? e.status === 'event' : of.has(d);
  };
  const why = (d: string): string =>
    info.get(d)?.event?.reason ?? (of.has(d) ? 'in an incident' : 'in no incident');
  let tp = 0;
  let fn = 0;
  const missedEvents: { id: string; reason: string; incident: string | null }[] = [];
  for (const d of docs) {
    if (isEvent(d)) tp++;
    else {
      fn++;
      missedEvents.push({ id: d, reason: why(d), incident: of.get(d) ?? null });
    }
  }
  let fp = 0;
  let tn = 0;
  const falseEvents: { id: string; reason: string }[] = [];
  for (const d of gold.nonEvents) {
    if (!present.has(d)) continue;
    if (isEvent(d)) {
      fp++;
      falseEvents.push({ id: d, reason: why(d) });
    } else tn++;
  }

  // The run's shape.
  const runIncident = (i: AnalysisResult['incidents'][number]): RunIncident => ({
    id: i.id,
    title: i.title,
    reports: i.documents.length,
    start: i.start ?? null,
    end: i.end ?? null,
    days: daysBetween(i.start, i.end),
    campaign: i.campaign ?? null,
  });
  let largest: RunIncident | null = null;
  let longest: RunIncident | null = null;
  let memberships = 0;
  let bigMemberships = 0;
  for (const i of result.incidents) {
    const r = runIncident(i);
    if (!largest || r.reports > largest.reports) largest = r;
    if (r.days !== null && (!longest || r.days > (longest.days ?? -1))) longest = r;
    memberships += r.reports;
    if (r.reports > 50) bigMemberships += r.reports;
  }
  const size = new Map(result.incidents.map((i) => [i.id, i.documents.length]));
  let inBig = 0;
  for (const id of of.values()) if ((size.get(id) ?? 0) > 50) inBig++;

  // Per gold incident: where its main documents went, and who else is in its main system incident.
  const members = new Map<string, string[]>();
  for (const d of docs) {
    const s = sysOf(d);
    let l = members.get(s);
    if (!l) members.set(s, (l = []));
    l.push(d);
  }
  const incidents: GoldIncidentScore[] = gold.incidents.map((inc) => {
    const mains = inc.documents.filter((d) => d.role === 'main' && present.has(d.id)).map((d) => d.id);
    const split = new Map<string | null, string[]>();
    for (const d of mains) {
      const s = of.get(d) ?? null;
      let l = split.get(s);
      if (!l) split.set(s, (l = []));
      l.push(d);
    }
    const parts = [...split].map(([incident, documents]) => ({ incident, documents }));
    parts.sort((a, b) => b.documents.length - a.documents.length);
    const top = parts.find((p) => p.incident !== null)?.incident ?? null;
    const intruders = top === null ? [] : (members.get(top) ?? []).filter((d) => goldOf.get(d) !== inc.id);
    return { id: inc.id, title: inc.title, hard: inc.hard, main: mains.length, split: parts, intruders };
  });

  // Pairwise scores per gold incident, averaged (the three largest incidents dominate pooled pairs).
  // Recall: its pairs kept together; precision: of the system pairs that touch its documents, those
  // inside it.
  let perP = 0;
  let perR = 0;
  let perN = 0;
  for (const [g, n] of goldSize) {
    if (n < 2) continue;
    let kept = 0;
    let touching = 0;
    for (const [key, k] of joint) {
      const [gg, s] = key.split('\u0000') as [string, string];
      if (gg !== g) continue;
      kept += pairCount(k);
      const total = sysSize.get(s)!;
      touching += pairCount(total) - pairCount(total - k);
    }
    perR += kept / pairCount(n);
    perP += touching === 0 ? 1 : kept / touching;
    perN++;
  }

  return {
    labelled: goldOf.size,
    missing,
    ambiguous,
    pairs: { precision: pp, recall: pr, f1: f1(pp, pr), systemPairs, goldPairs, both },
    bcubed: { precision: bcp, recall: bcr, f1: f1(bcp, bcr) },
    events: {
      precision: ratio(tp, tp + fp),
      recall: ratio(tp, tp + fn),
      truePositives: tp,
      falsePositives: fp,
      falseNegatives: fn,
      trueNegatives: tn,
      falseEvents,
      missedEvents,
      missedInNoIncident: missedEvents.filter((e) => e.incident === null).length,
    },
    run: {
      documents: result.documents.length,
      eventDocuments: result.documents.filter((d) => d.event?.status === 'event').length,
      incidents: result.incidents.length,
      campaigns: result.campaigns?.length ?? 0,
      largest,
      longest,
      over50Documents: ratio(inBig, of.size),
      over50Memberships: ratio(bigMemberships, memberships),
      multiIncidentDocuments: multi,
    },
    incidents,
    perIncident: { precision: ratio(perP, perN), recall: ratio(perR, perN), incidents: perN },
  };
}

const n3 = (x: number | null): string => (x === null ? 'n/a' : x.toFixed(3));
const pct = (x: number | null): string => (x === null ? 'n/a' : `${(100 * x).toFixed(1)} %`);

function incidentLine(i: RunIncident | null): string {
  if (!i) return 'n/a';
  return `${i.reports} reports, ${i.days ?? '?'} days — ${i.title}${i.campaign ? ` [${i.campaign}]` : ''}`;
}

export function formatStreamReport(report: StreamReport, options: { verbose?: boolean } = {}): string {
  const r = report;
  const lines = [
    `isnad eval · stream · ${r.labelled} labelled main documents · ${r.run.documents} documents in the run`,
    `grouping    pairs P ${n3(r.pairs.precision)}  R ${n3(r.pairs.recall)}  F1 ${n3(r.pairs.f1)}  (${r.pairs.both} of ${r.pairs.systemPairs} system pairs, ${r.pairs.goldPairs} gold pairs)`,
    `            B-cubed P ${n3(r.bcubed.precision)}  R ${n3(r.bcubed.recall)}  F1 ${n3(r.bcubed.f1)}`,
    `            per incident P ${n3(r.perIncident.precision)}  R ${n3(r.perIncident.recall)}  (pairwise, averaged over ${r.perIncident.incidents} incidents of 2+ main documents)`,
    `events      P ${n3(r.events.precision)}  R ${n3(r.events.recall)}  (TP ${r.events.truePositives} · FP ${r.events.falsePositives} · FN ${r.events.falseNegatives} · TN ${r.events.trueNegatives}; of FN ${r.events.falseNegatives - r.events.missedInNoIncident} follow an incident, ${r.events.missedInNoIncident} are in none)`,
    `run         ${r.run.incidents} incidents · ${r.run.campaigns} campaigns · ${r.run.eventDocuments} event documents · ${r.run.multiIncidentDocuments} documents in several incidents`,
    `            largest: ${incidentLine(r.run.largest)}`,
    `            longest: ${incidentLine(r.run.longest)}`,
    `            in incidents over 50 reports: ${pct(r.run.over50Documents)} of documents · ${pct(r.run.over50Memberships)} of memberships`,
  ];
  if (r.missing.length > 0)
    lines.push(
      `missing     ${r.missing.length} labelled documents are not in the run: ${r.missing.slice(0, 10).join(', ')}`,
    );
  if (r.ambiguous.length > 0)
    lines.push(
      `ambiguous   ${r.ambiguous.length} documents are main in two gold incidents: ${r.ambiguous.join(', ')}`,
    );
  if (options.verbose) {
    lines.push(
      '',
      'gold incidents (where their main documents went; intruders share the main system incident)',
    );
    for (const i of r.incidents) {
      const whole = i.split.length === 1 && i.split[0]!.incident !== null && i.intruders.length === 0;
      lines.push(`  ${whole ? '✓' : '✗'} ${i.id}${i.hard ? ' (hard)' : ''} · ${i.main} main · ${i.title}`);
      if (whole) continue;
      for (const p of i.split)
        lines.push(`      ${p.incident ?? '(no incident)'}: ${p.documents.join(', ')}`);
      if (i.intruders.length > 0) lines.push(`      intruders: ${i.intruders.join(', ')}`);
    }
    if (r.events.falseEvents.length > 0) {
      lines.push('', 'non-event documents that opened an incident');
      for (const e of r.events.falseEvents) lines.push(`  ${e.id}: ${e.reason}`);
    }
    if (r.events.missedEvents.length > 0) {
      lines.push('', 'incident documents with no event found');
      for (const e of r.events.missedEvents)
        lines.push(`  ${e.id}: ${e.reason} · ${e.incident ? `follows ${e.incident}` : 'in no incident'}`);
    }
  }
  return lines.join('\n') + '\n';
}
