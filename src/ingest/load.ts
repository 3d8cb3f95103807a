// Inputs that may be URLs: each http(s) address is fetched (guarded, see fetch.ts) and read like a
// file of its type — a page, a feed; everything else goes to loadInputs. A URL that cannot be
// fetched is a diagnostic for that input; the batch goes on.

import { IsnadError } from '../errors.js';
import { fetchDocument } from './fetch.js';
import type { FetchOptions } from './fetch.js';
import { loadInputs } from './index.js';
import type { LoadOptions, Loaded } from './index.js';

export const isUrl = (input: string): boolean => /^https?:\/\//i.test(input);

export async function loadInputsAndUrls(
  inputs: readonly string[],
  options: LoadOptions = {},
  fetchOptions: FetchOptions = { allowPrivate: true },
): Promise<Loaded> {
  const out: Loaded = { documents: [], diagnostics: [] };
  if (options.manifest) {
    const m = loadInputs([], { manifest: options.manifest });
    out.documents.push(...m.documents);
    out.diagnostics.push(...m.diagnostics);
  }
  const { manifest: _manifest, ...rest } = options;
  for (const input of inputs) {
    if (!isUrl(input)) {
      const one = loadInputs([input], rest);
      out.documents.push(...one.documents);
      out.diagnostics.push(...one.diagnostics);
      continue;
    }
    try {
      out.documents.push(...(await fetchDocument(input, {}, fetchOptions)));
    } catch (cause) {
      if (!(cause instanceof IsnadError)) throw cause;
      out.diagnostics.push({ code: cause.code, document: input, message: cause.message });
    }
  }
  return out;
}
