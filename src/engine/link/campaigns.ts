// Campaigns: incidents of one area that follow each other for weeks (the Afrin offensive, January
// to March 2018; the Hodeidah offensive, June to December 2018) are parts of one longer story.
//
// The area of an incident is its place cut to the district level (a town's incident counts for its
// district; a country-level incident has no area and joins no campaign). Incidents of one area
// form a campaign while each starts within GAP days of the campaign's last day so far, and the
// campaign needs at least MIN_INCIDENTS incidents over at least MIN_DAYS days: a single bad week
// is no campaign.
//
// Running figures since the campaign began (a claim dated well before its incident started, to a
// day inside the campaign: `منذ 18 شباط`; a total the reader scoped to the campaign: `منذ بدء
// الهجوم`) belong to the campaign, never to a day's incident; the incident already compares them
// with nothing (views.ts: `isIncidentFigure`).

import type { Campaign, Claim, Incident } from '../../types.js';
import { dayOf, isoOf, toldDayOf } from './days.js';
import type { EntityIndex } from './sides.js';

const GAP = 10;
const MIN_INCIDENTS = 3;
const MIN_DAYS = 14;
/** Places deeper than this are cut to their ancestor at this depth (country 0, province 1, district 2). */
const AREA_DEPTH = 2;
/** A claim dated this many days before its incident started is a running figure, not the day's. */
const RUNNING = 7;

export interface CampaignLinks {
  readonly campaigns: Campaign[];
  /** Incident id → campaign id. */
  readonly campaignOf: Map<string, string>;
  /** Claim id → campaign id, for the campaign's running figures. */
  readonly claimCampaign: Map<string, string>;
}

function areaOf(chain: readonly string[]): string | null {
  const depth = chain.length - 1;
  if (depth < 1) return null;
  return chain[Math.max(0, depth - AREA_DEPTH)]!;
}

/** Incidents are given sorted by start, each with the id of its place. */
export function linkCampaigns(
  incidents: readonly { readonly incident: Incident; readonly place: readonly string[] }[],
  claims: ReadonlyMap<string, Claim>,
  index: EntityIndex,
): CampaignLinks {
  const byArea = new Map<string, Incident[]>();
  for (const { incident: i, place } of incidents) {
    if (i.start === undefined) continue;
    const area = areaOf(place);
    if (area === null) continue;
    let list = byArea.get(area);
    if (!list) byArea.set(area, (list = []));
    list.push(i);
  }
  const campaigns: Campaign[] = [];
  const campaignOf = new Map<string, string>();
  const claimCampaign = new Map<string, string>();
  for (const [area, list] of [...byArea].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    let run: Incident[] = [];
    let last = -Infinity;
    const close = (): void => {
      if (run.length < MIN_INCIDENTS) return;
      const first = dayOf(run[0]!.start)!;
      const end = run.reduce((m, i) => Math.max(m, dayOf(i.end ?? i.start)!), first);
      if (end - first < MIN_DAYS) return;
      const place = index.get(area);
      const id = `campaign:${area}:${isoOf(first)}`;
      const running: string[] = [];
      for (const i of run) {
        campaignOf.set(i.id, id);
        const start = dayOf(i.start)!;
        for (const c of i.claims ?? []) {
          const claim = claims.get(c);
          const day = toldDayOf(claim?.time);
          const since = claim?.scope === 'campaign';
          if (since || (day !== null && day >= first && day < start - RUNNING)) {
            running.push(c);
            claimCampaign.set(c, id);
          }
        }
      }
      campaigns.push({
        id,
        title: `${place?.name ?? area} · ${isoOf(first)} – ${isoOf(end)}`,
        ...(place ? { location: place.name } : {}),
        ...(place?.country ? { country: place.country } : {}),
        start: isoOf(first),
        end: isoOf(end),
        incidents: run.map((i) => i.id),
        claims: running,
      });
    };
    for (const i of list) {
      const s = dayOf(i.start)!;
      if (s - last > GAP) {
        close();
        run = [];
      }
      run.push(i);
      last = Math.max(last, dayOf(i.end ?? i.start)!);
    }
    close();
  }
  campaigns.sort((a, b) => (a.start! < b.start! ? -1 : a.start! > b.start! ? 1 : a.id < b.id ? -1 : 1));
  return { campaigns, campaignOf, claimCampaign };
}
