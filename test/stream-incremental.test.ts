// Incremental linking on real reports: a slice of the ANT corpus (every labelled article of the
// stream gold from March to mid-April 2018, with the non-events of those weeks), read once, then
// linked as one batch and in two parts. Skipped when the corpus is not extracted at ANT_DIR.

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { linkReports } from '../src/engine/link/index.js';
import type { LinkResult } from '../src/engine/link/index.js';
import { loadInputs } from '../src/ingest/index.js';
import { readMany } from '../src/index.js';
import { linkInputOf } from '../src/engine/analyze.js';
import type { DocumentReading } from '../src/engine/analyze.js';
import { ANT_DIR } from '../src/testing/corpus.js';

const ANT = ANT_DIR;
const OUTLETS: Record<string, string> = {
  AL: 'Alarabia',
  BB: 'BBC',
  CN: 'CNN',
  FR: 'France24',
  SK: 'SkyNews',
};

interface Gold {
  incidents: { documents: { id: string }[] }[];
  nonEvents: string[];
}

function sliceIds(): string[] {
  const gold = JSON.parse(readFileSync('eval/stream/ant-incidents.json', 'utf8')) as Gold;
  const ids = new Set([...gold.incidents.flatMap((i) => i.documents.map((d) => d.id)), ...gold.nonEvents]);
  // Publication day from the DOCNO (…-YYYYMMDD): three weeks of the densest news.
  return [...ids].filter((id) => {
    const day = id.slice(-8);
    return day >= '20180325' && day <= '20180415';
  });
}

function pathOf(id: string): string {
  const [outlet, section] = id.split('-') as [string, string];
  return join(ANT, OUTLETS[outlet] ?? outlet, section, `${id}.txt`);
}

const shape = (r: LinkResult): string =>
  JSON.stringify({
    incidents: r.incidents
      .map((i) => [i.id, [...i.documents].sort(), [...(i.claims ?? [])].sort(), i.start, i.end, i.estimates])
      .sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1)),
    conflicts: [...r.conflicts].sort((a, b) => (a.id < b.id ? -1 : 1)),
    campaigns: r.campaigns,
  });

test(
  'ANT slice: two parts added incrementally give the incidents of one run',
  { skip: !existsSync(ANT) },
  () => {
    const ids = sliceIds().filter((id) => existsSync(pathOf(id)));
    assert.ok(ids.length > 150, `${ids.length} reports in the slice`);
    const loaded = loadInputs(ids.map(pathOf));
    const { readings } = readMany(loaded.documents);
    const whole = linkReports(null, linkInputOf(readings));
    assert.ok(whole.result.incidents.length > 20);
    const byDay = [...readings].sort(
      (a, b) =>
        (a.result.document.published ?? '').localeCompare(b.result.document.published ?? '') ||
        (a.result.document.id < b.result.document.id ? -1 : 1),
    );
    const cut = Math.floor(byDay.length * 0.8);
    const splits: [DocumentReading[], DocumentReading[]][] = [
      // A feed: the last days arrive after the others.
      [byDay.slice(0, cut), byDay.slice(cut)],
      // A backfill: every other report, in no order of days.
      [readings.filter((_, i) => i % 2 === 0), readings.filter((_, i) => i % 2 === 1)],
    ];
    for (const [a, b] of splits) {
      const first = linkReports(null, linkInputOf(a));
      const state = JSON.parse(JSON.stringify(first.state)) as typeof first.state;
      const second = linkReports(state, linkInputOf(b));
      assert.equal(shape(second.result), shape(whole.result));
    }
    // Adding the last days re-renders only the incidents they reach.
    const feed = linkReports(
      linkReports(null, linkInputOf(byDay.slice(0, cut))).state,
      linkInputOf(byDay.slice(cut)),
    );
    assert.ok(feed.changed.length < feed.result.incidents.length / 2, `${feed.changed.length} re-rendered`);
  },
);
