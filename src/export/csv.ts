// One row per claim with every attribute of the contract, the chain of transmission as text, and
// the report it came from. RFC 4180 and UTF-8 with a byte-order mark (see table.ts for why).

import type { AnalysisResult } from '../types.js';
import { quoteOf } from './claimreview.js';
import type { ExportTexts } from './claimreview.js';
import { chainText, speaker, view } from './model.js';
import { toCsv } from './table.js';
import type { Cell, TableOptions } from './table.js';

export const CLAIM_COLUMNS = [
  'id',
  'document',
  'outlet',
  'published',
  'url',
  'start',
  'end',
  'text',
  'sentence_start',
  'sentence_end',
  'sentence',
  'point',
  'low',
  'high',
  'qualifier',
  'unit',
  'category',
  'subject_text',
  'subject_group',
  'subject_kind',
  'stance',
  'chain',
  'hops',
  'speaker',
  'speaker_kind',
  'speaker_role',
  'speaker_affiliation',
  'time_date',
  'time_start',
  'time_end',
  'time_text',
  'location',
  'location_entity',
  'incident',
  'part_of',
  'scope',
  'partisan_speaker',
  'partisan_about',
  'conflicts',
  'rules',
] as const;

export type ClaimRow = Record<(typeof CLAIM_COLUMNS)[number], Cell>;

export function claimRows(result: AnalysisResult, options: ExportTexts = {}): ClaimRow[] {
  const v = view(result);
  return result.claims.map((c) => {
    const doc = v.documentById.get(c.document);
    const hop = speaker(c);
    return {
      id: c.id,
      document: c.document,
      outlet: doc?.source.name ?? '',
      published: doc?.published ?? '',
      url: doc?.source.url ?? '',
      start: c.start,
      end: c.end,
      text: c.text,
      sentence_start: c.sentence.start,
      sentence_end: c.sentence.end,
      sentence: options.texts?.has(c.document) ? quoteOf(c, options.texts) : '',
      point: c.quantity.point,
      low: c.quantity.low,
      high: c.quantity.high,
      qualifier: c.quantity.qualifier,
      unit: c.unit,
      category: c.category,
      subject_text: c.subject.text,
      subject_group: c.subject.group,
      subject_kind: c.subject.kind,
      stance: c.stance,
      chain: chainText(c),
      hops: c.attribution.length,
      speaker: hop?.name ?? '',
      speaker_kind: hop?.kind ?? '',
      speaker_role: hop?.role ?? '',
      speaker_affiliation: hop?.affiliation ?? '',
      time_date: c.time?.date ?? '',
      time_start: c.time?.start ?? '',
      time_end: c.time?.end ?? '',
      time_text: c.time?.text ?? '',
      location: c.location?.name ?? '',
      location_entity: c.location?.entity ?? '',
      incident: c.incident ?? '',
      part_of: c.partOf ?? '',
      scope: c.scope ?? '',
      partisan_speaker: c.partisan?.speaker ?? '',
      partisan_about: c.partisan?.about ?? '',
      conflicts: result.conflicts
        .filter((k) => k.claims.includes(c.id))
        .map((k) => `${k.id}:${k.kind}`)
        .join(' '),
      rules: c.rules.join(' '),
    };
  });
}

export function toClaimsCsv(result: AnalysisResult, options: ExportTexts & TableOptions = {}): string {
  return toCsv(CLAIM_COLUMNS, claimRows(result, options), options);
}
