// Web addresses and e-mail addresses in a text: their digits are identifiers, never figures.

import type { Span } from '../types.js';
import { matchesOf } from './matches.js';

const URL = /(?:https?:\/\/|www\.)[^\s<>"'«»]+|[\w.+-]+@[\w-]+\.[\w.-]+/giu;

export function urlSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of matchesOf(text, URL)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
