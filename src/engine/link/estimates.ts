// Low, best and high figures per incident × category × side × kind, in UCDP's sense, and ACLED's
// conservative figure. Every bound names the claims that set it, and a basis sentence says how.
//
//   - Only running tolls count (a later day's slice is a part, not the toll); a source's later
//     report supersedes its earlier ones (tolls are revised upward as bodies are counted).
//   - Denied figures set nothing. Hedged (possible) and unconfirmed (uncommitted) figures may set
//     the high bound only.
//   - A party's figure for its enemy's losses never sets `best` on its own (UCDP's caution with
//     partisan sources); when only such figures exist, `best` stays empty. Bodies a party found or
//     recovered on the ground it holds (`انتشال 35 جثة`) are counted, not claimed: evidence, which
//     may set `best`, and the basis says so.
//   - low: the lowest credible current figure; best: the median of credible current figures;
//     high: the highest current figure from anyone; conservative: ACLED's most conservative
//     figure, the lowest current figure (vague amounts at ACLED's values: tens 10, hundreds 100).

import type { Estimate, SubjectKind } from '../../types.js';
import type { ClaimView } from './views.js';
import { boundedFigure, describeQuantity, populationClass, populationOf, topOf } from './views.js';
import { echoesOf, independenceOf, onePerSource } from './independence.js';
import { revisedClaims } from './conflicts.js';

/**
 * Each source's current figure: its latest report day, and in it the largest figure with every
 * claim that states it (one report's several figures in one slot are parts of the day, not rivals).
 */
function current(views: readonly ClaimView[]): { now: ClaimView[]; superseded: ClaimView[] } {
  const lineages = new Map<string, ClaimView[]>();
  for (const v of views) {
    // Bodies a party counted are not one more report of its claimed toll: a lineage of their own.
    const counted = v.claim.evidence === 'bodies' ? 'bodies|' : '';
    const key = counted + (v.side ? `side:${v.side.id}` : `speaker:${v.speakerKey}`);
    let list = lineages.get(key);
    if (!list) lineages.set(key, (list = []));
    list.push(v);
  }
  const keep = new Set<ClaimView>();
  for (const list of lineages.values()) {
    const day = list.reduce((m, v) => Math.max(m, v.reportDay ?? 0), -Infinity);
    const today = list.filter((v) => (v.reportDay ?? 0) === day);
    const top = today.reduce((m, v) => (v.low > m.low ? v : m));
    for (const v of today) if (v.low <= top.high && top.low <= v.high) keep.add(v);
  }
  const kept = new Set([...keep].map((w) => `${w.reportDay ?? 0}|${w.speakerKey}`));
  const sameDay = (v: ClaimView): boolean => kept.has(`${v.reportDay ?? 0}|${v.speakerKey}`);
  return {
    now: views.filter((v) => keep.has(v)),
    superseded: views.filter((v) => !keep.has(v) && !sameDay(v)),
  };
}

/** A figure its speaker commits to: asserted or probable, neither hedged nor denied. */
function committed(v: ClaimView): boolean {
  return v.claim.stance === 'asserted' || v.claim.stance === 'probable';
}

/** A committed, precise figure: one that may set a bound beside others. */
function firmFigure(v: ClaimView): boolean {
  return committed(v) && v.claim.quantity.qualifier !== 'vague';
}

function commonKind(views: readonly ClaimView[]): SubjectKind {
  const count = new Map<SubjectKind, number>();
  for (const v of views) count.set(v.claim.subject.kind, (count.get(v.claim.subject.kind) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'unknown';
}

function names(views: readonly ClaimView[]): string {
  return [...new Set(views.map((v) => v.speaker.name))].join(', ');
}

/** `countedBy`: the party whose own count of people of no named side this slot holds. */
function estimateSlot(
  views: readonly ClaimView[],
  countedBy?: string,
  revised: ReadonlySet<string> = new Set(),
): Estimate | null {
  const first = views[0];
  if (!first) return null;
  const running = views.filter((v) => v.cumulative);
  // A part counted inside a whole (`4,000 foreigners` of `12,000 detainees`, `بينهم طفلان`) sets no
  // bound of any slot, wherever its whole was counted.
  const pool = (running.length > 0 ? running : views).filter(
    (v) => v.claim.stance !== 'denied' && !v.claim.partOf,
  );
  if (pool.length === 0) return null;
  // The earlier steps of a toll that rose from report to report (conflicts.ts, revisedClaims).
  const { now: latest, superseded } = current(pool);
  const stepped = latest.filter((v) => revised.has(v.claim.id));
  const risen = stepped.length < latest.length ? stepped : [];
  const rising = risen.length > 0 ? latest.filter((v) => !revised.has(v.claim.id)) : latest;
  // Bodies recovered below a credible toll of the slot are a part of it (`انتشلت جثث ستة` beside
  // 14 dead): a floor under the toll, which sets no bound.
  const toll = Math.max(
    ...rising.filter((v) => v.claim.evidence !== 'bodies' && !v.partisan && firmFigure(v)).map((v) => v.low),
  );
  const floors = rising.filter((v) => v.claim.evidence === 'bodies' && topOf(v) < toll);
  const now = floors.length > 0 ? rising.filter((v) => !floors.includes(v)) : rising;
  const firm = now.filter(committed);
  // Vague amounts (tens, hundreds) set bounds only where no credible source gives a figure (ACLED):
  // a party's precise count of its enemy's dead does not silence the independent "dozens".
  const precise = firm.some((v) => !v.partisan && v.claim.quantity.qualifier !== 'vague');
  // A vague amount stands beside precise figures only when none exists: `عشرات` sets no low and no
  // conservative figure beside precise tolls of 43 and more.
  const counted = precise ? firm.filter((v) => v.claim.quantity.qualifier !== 'vague') : firm;
  const credible = counted.filter((v) => !v.partisan);
  // One voice per independent source: a wire's republished copies do not outvote one other report.
  const credibleForBest = onePerSource(credible);
  const setters = new Set<ClaimView>();

  let low: number | null = null;
  let best: number | null = null;
  if (credible.length > 0) {
    const lowest = credible.reduce((m, v) => (v.low < m.low ? v : m));
    low = lowest.low;
    setters.add(lowest);
  }
  if (credibleForBest.length > 0) {
    const figures = credibleForBest
      .map((v) => ({ v, f: boundedFigure(v) }))
      .sort((a, b) => a.f - b.f || a.v.order - b.v.order);
    const mid = figures[Math.floor((figures.length - 1) / 2)]!;
    best = mid.f;
    for (const x of figures) if (x.f === best) setters.add(x.v);
  }
  let high: number | null = null;
  for (const v of now) if (high === null || topOf(v) > high) high = topOf(v);
  for (const v of now) if (topOf(v) === high) setters.add(v);
  const floorPool = counted.length > 0 ? counted : now;
  let conservative: number | null = null;
  for (const v of floorPool) if (conservative === null || v.low < conservative) conservative = v.low;
  for (const v of floorPool) if (v.low === conservative) setters.add(v);

  // The copies that carried a setting figure stay visible beside it.
  for (const v of echoesOf(setters, now)) setters.add(v);
  // Every outlet that carried a figure of the slot stays visible, superseded ones too.
  const independence = independenceOf(pool);

  const parts: string[] = [];
  if (countedBy !== undefined)
    parts.push(`people of no named side as counted by ${countedBy} (the other party counts its own apart)`);
  if (best !== null)
    parts.push(
      `best ${best}: median of ${credibleForBest.length} credible current figure${credibleForBest.length === 1 ? '' : 's'} (${names(credibleForBest)})`,
    );
  else if (credible.length > 0)
    parts.push(`no best: the only credible figures are vague (${names(credible)})`);
  else if (firm.length > 0) parts.push(`no best: only partisan figures (${names(firm)})`);
  else parts.push(`no best: only hedged or unconfirmed figures (${names(now)})`);
  if (low !== null) parts.push(`low ${low}`);
  if (high !== null) parts.push(`high ${high}`);
  if (conservative !== null) parts.push(`conservative ${conservative} (the lowest current figure, ACLED)`);
  if (independence)
    parts.push(
      `${independence.outlets.length} outlet${independence.outlets.length === 1 ? '' : 's'} (${independence.outlets.join(', ')}), ${independence.independentSources} independent source${independence.independentSources === 1 ? '' : 's'}: republished copies count once`,
    );
  const bodies = credibleForBest.filter(
    (v) => v.claim.evidence === 'bodies' && v.side !== undefined && v.side.id !== v.groupSide?.id,
  );
  if (bodies.length > 0)
    parts.push(
      `bodies counted on the ground, evidence rather than an enemy's claim: ${bodies.map((v) => `${describeQuantity(v.claim)} by ${v.speaker.name}`).join('; ')}`,
    );
  const partisan = now.filter((v) => v.partisan);
  if (partisan.length > 0)
    parts.push(
      `partisan, kept out of low and best: ${partisan.map((v) => `${describeQuantity(v.claim)} by ${v.speaker.name}`).join('; ')}`,
    );
  if (risen.length > 0)
    parts.push(
      `earlier steps of the rising toll: ${[...new Set(risen.map((v) => describeQuantity(v.claim)))].join(', ')}`,
    );
  if (superseded.length > 0)
    parts.push(
      `superseded by later reports of the same source: ${superseded.map((v) => describeQuantity(v.claim)).join(', ')}`,
    );
  if (floors.length > 0)
    parts.push(
      `bodies recovered, a part of the toll: ${floors.map((v) => `${describeQuantity(v.claim)} by ${v.speaker.name}`).join('; ')}`,
    );
  const denied = views.filter((v) => v.claim.stance === 'denied');
  if (denied.length > 0)
    parts.push(`denied, not counted: ${denied.map((v) => describeQuantity(v.claim)).join(', ')}`);

  return {
    category: first.claim.category,
    group: first.groupSide?.name ?? first.claim.subject.group,
    kind: commonKind(views),
    low,
    best,
    high,
    conservative,
    claims: [...setters].sort((a, b) => a.order - b.order).map((v) => v.claim.id),
    basis: `${parts.join('; ')}.`,
    ...(independence ?? {}),
  };
}

/** Estimates for every slot of an incident. */
export function estimates(views: readonly ClaimView[]): Estimate[] {
  const slotClass = populationClass(views);
  const revised = revisedClaims(views);
  const slots = new Map<string, ClaimView[]>();
  // Unnamed people counted by two opposing parties are two populations, never one estimate.
  const population = populationOf(views);
  for (const v of views) {
    if (v.claim.category === 'other') continue;
    // Estimates keep categories apart (killed is not "killed or wounded").
    const key = `${v.claim.category}|${population(v)}|${slotClass(v)}`;
    let list = slots.get(key);
    if (!list) slots.set(key, (list = []));
    list.push(v);
  }
  const out: Estimate[] = [];
  for (const list of slots.values()) {
    const first = list[0]!;
    const own = population(first) !== first.groupKey ? first.side?.name : undefined;
    const e = estimateSlot(list, own, revised);
    if (e) out.push(e);
  }
  return out;
}
