// One way to write a quantity for people, shared by the terminal report, the claims board, the
// extract table and conflict notes. `band` adds the interval an approximation implies.
//   exact 18 · ~200 or ~200 (180–220) · ≥11 · >200 · ≤50 · <10 · 60–90 · 100+ (vague, ACLED value)

import type { Quantity } from './types.js';

export function formatQuantity(q: Quantity, style: 'short' | 'band' = 'short'): string {
  switch (q.qualifier) {
    case 'exact':
      return String(q.point ?? q.low);
    case 'approx':
      return style === 'band' ? `~${q.point} (${q.low}–${q.high})` : `~${q.point}`;
    case 'at_least':
      return `≥${q.point ?? q.low}`;
    case 'more_than':
      return `>${q.point ?? (q.low === null ? '?' : q.low - 1)}`;
    case 'at_most':
      return `≤${q.point ?? q.high}`;
    case 'less_than':
      return `<${q.point ?? (q.high === null ? '?' : q.high + 1)}`;
    case 'range':
      // `من 42 إلى أكثر من 60`: a range whose far end is a floor is open above.
      return q.high === null ? `${q.low}–…` : `${q.low}–${q.high}`;
    case 'vague':
      return `${q.low}+`;
  }
}
