// How a report told in words joins an incident. A report with no event figure that tells of an
// event of its own days (events.ts `ownMentions`: «مقتل فلسطيني برصاص…»، «غارات على…») is an event
// report, but one that cannot say how many: it joins the incident of its place and days if one
// exists and never opens one (a figure-less mention is too thin to found an incident on, and a
// feed holds many). It joins as a follower (cluster.ts) where the report mostly is, and the place
// its headline's or lead's event sentence names counts as named in its headline: the report says
// which incident it follows (`مقتل فلسطيني … في غزة` follows the day's Gaza incident).
//
// Must join:  «مقتل فلسطيني بقصف إسرائيلي على غزة» (no figure) to the day's Gaza incident.
// Must not:   open an incident of its own; move a report that has event figures (unitsOf decides).

import type { Claim, DocumentEvent, DocumentInfo } from '../../types.js';
import { ownMentions } from './events.js';
import type { EntityIndex } from './sides.js';
import { followerOf } from './units.js';
import type { Named, Unit } from './units.js';

/** The place of the report's own event words: the headline's first, else the lead's, else the body's. */
function placeOfMentions(info: DocumentInfo, index: EntityIndex): string | null {
  const own = ownMentions(info.eventMentions ?? [], info.published);
  for (const where of ['title', 'lead', 'body'] as const)
    for (const m of own)
      if (m.where === where && m.place && index.get(m.place.entity)?.type === 'location')
        return m.place.entity;
  return null;
}

/**
 * The units of a report: `units` as grouping made them, unless the report tells of its event in
 * words alone (`event.mentions`), when it is one follower unit placed at its event words' place.
 */
export function mentionUnits(
  info: DocumentInfo,
  event: DocumentEvent,
  units: Unit[],
  claims: readonly Claim[],
  sketch: readonly number[],
  named: Named,
  index: EntityIndex,
): Unit[] {
  if (!event.mentions || event.claims > 0) return units;
  const follower = followerOf(info.id, info.published, claims, sketch, named, index);
  if (!follower) return [];
  const place = placeOfMentions(info, index);
  if (place === null || follower.titled?.includes(place)) return [follower];
  return [{ ...follower, titled: [...(follower.titled ?? []), place].sort() }];
}
