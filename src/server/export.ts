// Exports of a case, one format per entry, all reached through `renderExport` so the export
// module's formats (csv, acled, ucdp, airwars, claimreview, markdown...) plug in at one place.

import { IsnadError } from '../errors.js';
import type { AnalysisResult } from '../index.js';

export interface Rendered {
  readonly body: string;
  readonly contentType: string;
  readonly extension: string;
}

type Renderer = (result: AnalysisResult) => Rendered;

const RENDERERS: Readonly<Record<string, Renderer>> = {
  json: (r) => ({
    body: JSON.stringify(r, null, 2) + '\n',
    contentType: 'application/json; charset=utf-8',
    extension: 'json',
  }),
  // One claim per line, for tools that stream.
  ndjson: (r) => ({
    body: r.claims.map((c) => JSON.stringify(c)).join('\n') + (r.claims.length > 0 ? '\n' : ''),
    contentType: 'application/x-ndjson; charset=utf-8',
    extension: 'ndjson',
  }),
};

export const EXPORT_FORMATS: readonly string[] = Object.keys(RENDERERS);

export function renderExport(format: string, result: AnalysisResult): Rendered {
  const render = RENDERERS[format];
  if (!render) {
    throw new IsnadError(
      'invalid_format',
      `unknown export format ${format}; known: ${EXPORT_FORMATS.join(', ')}`,
    );
  }
  return render(result);
}
