// The outlet that published a page: the name most finders (outlets/, one rule a file) agree on;
// ties go to the more specific rule, in PRIORITY's order:
//   ar/meta/outlet-exclusive      `خاص-<outlet>`, `<outlet> - خاص`, `خاص لـ"<outlet>"`
//   ar/meta/outlet-copyright      `© <outlet>`, `جميع الحقوق محفوظة لـ<outlet>`
//   ar/meta/outlet-promo          `محتوى <outlet>` in a newsletter line, `نشرة <outlet> البريدية`
//   ar/meta/outlet-dateline       `<place> (<outlet>) -` at the head of the first lines
//   ar/meta/outlet-correspondent  `مراسل <outlet>` in a text that also says `مراسلنا`
//   ar/meta/outlet-told           `لـ"<outlet>" أن` after a reporting verb and a source
//   ar/meta/outlet-follow         `تابعوا <outlet> على`
// Every rule is a general pattern of Arabic news pages; no outlet is named here.

import type { FoldedText } from '../../../text/folded.js';
import { toOriginal } from '../../../text/folded.js';
import { insideAny } from '../../../text/segment.js';
import type { Span } from '../../../types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { Line } from './lines.js';
import { copyrightHits } from './outlets/copyright.js';
import { correspondentHits } from './outlets/correspondent.js';
import { datelineHits } from './outlets/dateline.js';
import { exclusiveHits } from './outlets/exclusive.js';
import { followHits } from './outlets/follow.js';
import { nameKey } from './outlets/names.js';
import type { OutletHit } from './outlets/names.js';
import { promoHits } from './outlets/promo.js';
import { toldHits } from './outlets/told.js';
import type { PageMeta } from './title.js';

const PRIORITY: Readonly<Record<string, number>> = {
  'ar/meta/outlet-exclusive': 1,
  'ar/meta/outlet-copyright': 2,
  'ar/meta/outlet-promo': 3,
  'ar/meta/outlet-dateline': 4,
  'ar/meta/outlet-correspondent': 5,
  'ar/meta/outlet-told': 6,
  'ar/meta/outlet-follow': 7,
};

/**
 * A name the text cites as a third party (`صحيفة X`, `بحسب X`, `نقلت X`: phrases.tsv, outlet-citation)
 * is not the publisher.
 */
function citedAsThirdParty(text: string, key: string, lex: Lexicon): boolean {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const citation = lex.phrases.alternation('outlet-citation');
  const re = new RegExp(`(?:(?<![\\p{L}])(?:${citation})\\s*"?\\s*)${escaped}`, 'u');
  return re.test(text);
}

/** The outlet that published the page: the name most rules find (ties to the more specific rule). */
export function detectOutlet(
  folded: FoldedText,
  body: readonly Line[],
  boiler: readonly Span[],
  lex: Lexicon,
): PageMeta['outlet'] {
  const text = folded.text;
  const head = body.filter((l) => !insideAny(l, boiler));
  const hits: OutletHit[] = [
    ...exclusiveHits(text, body, lex),
    ...copyrightHits(text, lex),
    ...promoHits(text, body, lex),
    ...datelineHits(text, head, lex),
    ...correspondentHits(text, lex),
    ...toldHits(text, lex).filter((h) => !citedAsThirdParty(text, nameKey(text, h), lex)),
    ...followHits(text, lex),
  ];
  if (hits.length === 0) return null;
  const groups = new Map<string, OutletHit[]>();
  for (const h of hits) {
    const key = nameKey(text, h);
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(h);
  }
  const rank = (list: OutletHit[]): number => Math.min(...list.map((h) => PRIORITY[h.rule] ?? 9));
  const best = [...groups.values()].sort(
    (a, b) => b.length - a.length || rank(a) - rank(b) || a[0]!.start - b[0]!.start,
  )[0]!;
  const hit = [...best].sort(
    (a, b) => (PRIORITY[a.rule] ?? 9) - (PRIORITY[b.rule] ?? 9) || a.start - b.start,
  )[0]!;
  const span = toOriginal(folded, hit.start, hit.end);
  return {
    name: folded.original.slice(span.start, span.end).trim(),
    start: span.start,
    end: span.end,
    rule: hit.rule,
  };
}
