// One way out of isnad to the tools people already use: `exportResult(result, format, options)`
// turns a finished AnalysisResult (the JSON contract, nothing else) into one of the formats below.
// The CLI (`isnad analyze --format F`, `isnad brief`) and the server's export route call it.

import { IsnadError } from '../errors.js';
import type { AnalysisResult } from '../types.js';
import { toAcled } from './acled.js';
import { toAirwars } from './airwars.js';
import { buildBrief } from './brief/brief.js';
import { briefHtml, briefMarkdown } from './brief/render.js';
import { toClaimReview } from './claimreview.js';
import { toClaimsCsv } from './csv.js';
import { toGeoJson } from './geojson.js';
import { toNdjson } from './ndjson.js';
import { toUcdp } from './ucdp.js';

export const EXPORT_FORMATS = [
  'acled',
  'ucdp',
  'airwars',
  'claimreview',
  'csv',
  'ndjson',
  'geojson',
  'brief-md',
  'brief-html',
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  /** Decoded document texts by id: quotes whole sentences (claimreview, csv, brief). */
  readonly texts?: ReadonlyMap<string, string>;
  /** CSV formats: write a UTF-8 byte-order mark (default true, for Excel). */
  readonly bom?: boolean;
  /** ACLED's `timestamp` (default now). */
  readonly now?: Date;
  /** The brief's language (default en) and, for Arabic, its digits (default Western). */
  readonly lang?: 'ar' | 'en';
  readonly digits?: 'latn' | 'arab';
}

export interface ExportOutput {
  readonly format: ExportFormat;
  readonly mediaType: string;
  /** A file extension for the format, without the dot. */
  readonly extension: string;
  readonly body: string;
}

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

const CSV = 'text/csv; charset=utf-8; header=present';

export function exportResult(
  result: AnalysisResult,
  format: string,
  options: ExportOptions = {},
): ExportOutput {
  const table = options.bom === undefined ? {} : { bom: options.bom };
  const texts = options.texts ? { texts: options.texts } : {};
  const brief = () =>
    buildBrief(result, {
      ...texts,
      ...(options.lang ? { lang: options.lang } : {}),
      ...(options.digits ? { digits: options.digits } : {}),
    });
  switch (format) {
    case 'acled':
      return out(
        format,
        CSV,
        'csv',
        toAcled(result, { ...table, ...(options.now ? { now: options.now } : {}) }),
      );
    case 'ucdp':
      return out(format, CSV, 'csv', toUcdp(result, table));
    case 'csv':
      return out(format, CSV, 'csv', toClaimsCsv(result, { ...table, ...texts }));
    case 'airwars':
      return out(format, 'application/json', 'json', toAirwars(result));
    case 'claimreview':
      return out(format, 'application/ld+json', 'jsonld', toClaimReview(result, texts));
    case 'ndjson':
      return out(format, 'application/x-ndjson', 'ndjson', toNdjson(result));
    case 'geojson':
      return out(format, 'application/geo+json', 'geojson', toGeoJson(result));
    case 'brief-md':
      return out(format, 'text/markdown; charset=utf-8', 'md', briefMarkdown(brief()));
    case 'brief-html':
      return out(format, 'text/html; charset=utf-8', 'html', briefHtml(brief()));
    default:
      throw new IsnadError(
        'export_format',
        `unknown export format "${format}" (one of ${EXPORT_FORMATS.join(', ')})`,
      );
  }
}

function out(format: ExportFormat, mediaType: string, extension: string, body: string): ExportOutput {
  return { format, mediaType, extension, body };
}

export { acledRows, ACLED_COLUMNS } from './acled.js';
export { ucdpRows, UCDP_COLUMNS } from './ucdp.js';
export { airwarsRecords, AIRWARS_GRADES } from './airwars.js';
export { claimReviewDrafts } from './claimreview.js';
export { claimRows, CLAIM_COLUMNS } from './csv.js';
export { incidentFeatures } from './geojson.js';
export { buildBrief } from './brief/brief.js';
export { briefHtml, briefMarkdown } from './brief/render.js';
export { parseCsv, records } from './table.js';
