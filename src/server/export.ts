// Exports of a case: the export module's formats (acled, ucdp, airwars, claimreview, csv, ndjson,
// geojson, brief-md, brief-html) through `exportResult`, plus the case's whole JSON. The case's
// result already carries the analyst's corrections, so every format shows the reviewed reading.

import { IsnadError } from '../errors.js';
import { EXPORT_FORMATS as ENGINE_FORMATS, exportResult } from '../export/index.js';
import type { AnalysisResult } from '../index.js';

export interface Rendered {
  readonly body: string;
  readonly contentType: string;
  readonly extension: string;
}

export interface RenderOptions {
  /** Document texts by id: whole-sentence quotes in csv, claimreview and the brief. */
  readonly texts?: ReadonlyMap<string, string>;
  /** The brief's language. */
  readonly lang?: 'ar' | 'en';
}

export const EXPORT_FORMATS: readonly string[] = ['json', ...ENGINE_FORMATS];
export const BRIEF_LANGS: readonly string[] = ['en', 'ar'];

export function renderExport(format: string, result: AnalysisResult, options: RenderOptions = {}): Rendered {
  if (format === 'json') {
    return {
      body: JSON.stringify(result, null, 2) + '\n',
      contentType: 'application/json; charset=utf-8',
      extension: 'json',
    };
  }
  if (!ENGINE_FORMATS.includes(format as (typeof ENGINE_FORMATS)[number])) {
    throw new IsnadError(
      'invalid_format',
      `unknown export format ${format}; known: ${EXPORT_FORMATS.join(', ')}`,
    );
  }
  const out = exportResult(result, format, {
    ...(options.texts ? { texts: options.texts } : {}),
    ...(options.lang ? { lang: options.lang } : {}),
  });
  const contentType = /charset=/.test(out.mediaType) ? out.mediaType : `${out.mediaType}; charset=utf-8`;
  return { body: out.body, contentType, extension: out.extension };
}
