// ar/meta/outlet-dateline — `<place> (<outlet>) -` at the head of the first lines.
//
// Must read: «دمشق (وكالة الأنباء) - قال …» in the first five lines
// Must not: a number in the brackets (`المدينة (2) -`) · a bracket further down the body

import type { Line } from '../lines.js';
import { validName } from './names.js';
import type { OutletHit } from './names.js';
import type { Lexicon } from '../../lexicon/lexicon.js';

export function datelineHits(text: string, body: readonly Line[], lex: Lexicon): OutletHit[] {
  const out: OutletHit[] = [];
  for (const line of body.slice(0, 5)) {
    const m = /^[^\n()"]{2,60}?\(([^()\n]{2,30})\)\s*-/u.exec(line.text);
    if (!m || /^\d/.test(m[1]!)) continue;
    const open = line.text.indexOf('(', 0);
    const span = { start: line.start + open + 1, end: line.start + open + 1 + m[1]!.length };
    if (validName(lex, text, span)) out.push({ ...span, rule: 'ar/meta/outlet-dateline' });
  }
  return out;
}
