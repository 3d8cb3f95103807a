// Which reports tell of an event: violence or its consequences (attacks, strikes, clashes, arrests,
// abductions, displacement, executions, deaths in detention…). Language-free: the language pack has
// already read the claims; a report tells of an event when at least one of its claims counts
// people or strikes of an event of its own days. Markets, sport, culture and diplomacy give no such
// claim, or only figures that are no event on their own (fighters under arms, prisoners held, a
// war's background toll, a massacre of decades ago); such a report opens no incident.
//
// Must be an event: «قتل 12 مدنيا في غارة» (killed) · «اعتقال 30 شخصا» (arrested) ·
//                   «نزوح 5000 عائلة» (displaced) · «شنت 40 غارة» (strikes).
// Must not:         a report whose only figures are «قوة من 5000 مقاتل» (combatants),
//                   «نصف مليون قتيل منذ اندلاع الحرب» (background) or a toll dated a year earlier;
//                   an undated war-wide total («أكثر من 350 ألف قتيل», «6,3 مليون نازح»): no single
//                   event of a day or a week counts so many, so such a figure tells of a whole war;
//                   only vague amounts with no date («عشرات القتلى», «عدد من الجرحى»): an essay, an
//                   anniversary or a profile says as much; a report of an event gives a figure or a day.

import type { Category, Claim, DocumentEvent, DocumentInfo, EventMention } from '../../types.js';
import { dayOf, toldDayOf } from './days.js';

/** Categories that count an event's victims, captives, displaced or strikes. */
export const EVENT_CATEGORIES: ReadonlySet<Category> = new Set<Category>([
  'killed',
  'wounded',
  'killed_or_wounded',
  'arrested',
  'abducted',
  'escaped',
  'released',
  'missing',
  'displaced',
  'surrendered',
  'strikes',
]);

/** A figure dated this many days before its report tells of an earlier event, not of the report's. */
export const RECALL_DAYS = 30;

/**
 * Undated figures at least this large are a war's or a country's total, not one event's: casualties
 * (the deadliest single attacks count hundreds, rarely a few thousand) and other counts (a day's
 * displacement reaches tens of thousands).
 */
const WAR_TOTAL: Partial<Record<Category, number>> = {
  killed: 5000,
  wounded: 10000,
  killed_or_wounded: 10000,
  missing: 5000,
  abducted: 5000,
  arrested: 20000,
  released: 20000,
  displaced: 1000000,
  strikes: 5000,
};

export type ClaimRole = 'event' | 'background' | 'recalled' | 'war_total' | 'no_event_category';

/** What a claim can do for incidents: open one (event), or only stand beside one. */
export function claimRole(claim: Claim, published: string | null): ClaimRole {
  if (claim.scope === 'background') return 'background';
  if (!EVENT_CATEGORIES.has(claim.category)) return 'no_event_category';
  // A claim dated by a month or a year (`عام 2015`) is recalled when that period ended before.
  const day = dayOf(claim.time?.date ?? claim.time?.end ?? claim.time?.start);
  const report = dayOf(published);
  if (day !== null && report !== null && day < report - RECALL_DAYS) return 'recalled';
  const total = WAR_TOTAL[claim.category];
  if (day === null && total !== undefined && (claim.quantity.low ?? claim.quantity.point ?? 0) >= total)
    return 'war_total';
  return 'event';
}

const WHY: Record<Exclude<ClaimRole, 'event'>, string> = {
  background: 'a war-wide background toll',
  recalled: `a figure dated more than ${RECALL_DAYS} days before the report`,
  war_total: 'an undated war-wide total',
  no_event_category: 'a figure that is no event on its own (fighters, prisoners held, other counts)',
};

/** Days before its report a body sentence's date still tells of the report's own event. */
export const OWN_DAYS = 2;

/**
 * The event mentions that tell of an event of the report's own days: set aside by none of the
 * reader's reasons, in the headline or lead (the news peg) or in a body sentence dated to the
 * report's last days, and never dated more than RECALL_DAYS before it.
 */
export function ownMentions(mentions: readonly EventMention[], published: string | null): EventMention[] {
  const report = dayOf(published);
  return mentions.filter((m) => {
    if (m.aside) return false;
    const day = dayOf(m.date);
    if (day !== null && report !== null && day < report - RECALL_DAYS) return false;
    if (m.where !== 'body') return true;
    return day !== null && report !== null && day >= report - OWN_DAYS && day <= report;
  });
}

/** The event status of a report with no event figure that tells of one in words, or null. */
function toldInWords(
  info: Pick<DocumentInfo, 'eventMentions'> | undefined,
  published: string | null,
  why: string,
): DocumentEvent | null {
  const own = ownMentions(info?.eventMentions ?? [], published);
  if (own.length === 0) return null;
  const first = own[0]!;
  const kinds = [...new Set(own.map((m) => m.kind))].join(', ');
  return {
    status: 'event',
    reason: `told without an event figure (${why}): ${own.length} event word${own.length === 1 ? '' : 's'} (${kinds}) such as «${first.text}» in its ${first.where === 'body' ? 'body, dated ' + (first.date ?? '') : first.where}`,
    claims: 0,
    mentions: own.length,
  };
}

/**
 * The event status of one report, with the reason a demanding reader can check. `info` brings what
 * the reader found besides claims: its event mentions (a report with no event figure that tells of
 * an event in words is an event report that joins an incident and opens none) and whether it looks
 * back (a retrospective's figures are recalled).
 */
export function documentEvent(
  claims: readonly Claim[],
  published: string | null,
  info?: Pick<DocumentInfo, 'eventMentions' | 'retrospective'>,
): DocumentEvent {
  if (info?.retrospective)
    return {
      status: 'no_event',
      reason: `a retrospective («${info.retrospective.text}» in its headline): its ${claims.length} figure${claims.length === 1 ? '' : 's'} and event words are recalled`,
      claims: 0,
    };
  const byFigures = eventByFigures(claims, published);
  if (byFigures.status === 'event') return byFigures;
  return toldInWords(info, published, byFigures.reason) ?? byFigures;
}

function eventByFigures(claims: readonly Claim[], published: string | null): DocumentEvent {
  if (claims.length === 0)
    return {
      status: 'no_event',
      reason: 'no figure of casualties, captives, displaced or strikes',
      claims: 0,
    };
  const roles = new Map<ClaimRole, number>();
  for (const c of claims) {
    const r = claimRole(c, published);
    roles.set(r, (roles.get(r) ?? 0) + 1);
  }
  const events = roles.get('event') ?? 0;
  const firm = claims.some(
    (c) =>
      claimRole(c, published) === 'event' && (c.quantity.qualifier !== 'vague' || toldDayOf(c.time) !== null),
  );
  if (events > 0 && !firm)
    return {
      status: 'no_event',
      reason: `only vague amounts with no date (${events} figure${events === 1 ? '' : 's'} such as tens or a number of)`,
      claims: 0,
    };
  if (events > 0)
    return {
      status: 'event',
      reason: `${events} event figure${events === 1 ? '' : 's'} of ${claims.length}`,
      claims: events,
    };
  const parts = [...roles]
    .sort((a, b) => b[1] - a[1])
    .map(([r, n]) => `${n} × ${WHY[r as Exclude<ClaimRole, 'event'>]}`);
  return { status: 'no_event', reason: `only ${parts.join(', ')}`, claims: 0 };
}
