// A claim's sentence from its report, with the claim's own characters marked: the quote a person
// checks. The text goes in as text nodes only.

import { api } from '../api.js';
import { h } from '../dom.js';
import type { StoredClaim } from '../types.js';

export async function quoteOf(caseId: number, c: StoredClaim): Promise<HTMLElement> {
  const doc = await api.document(caseId, c.document);
  const s = Math.max(0, Math.min(c.sentence.start, c.start));
  const e = Math.min(doc.text.length, Math.max(c.sentence.end, c.end));
  return h(
    'blockquote',
    { class: 'quote', 'data-claim': c.id },
    doc.text.slice(s, c.start),
    h('mark', { class: 'claim-span' }, doc.text.slice(c.start, c.end)),
    doc.text.slice(c.end, e),
  );
}
