// Step: the claim reader remembers the armed group named last.

import { stage } from '../../../../pipeline/stage.js';
import type { ClaimSentence } from '../read.js';

/** The armed group named last, for `التنظيم` in the sentences after. */
export const rememberArmedGroup = stage<ClaimSentence>('ar/claims/last-armed-group', (s) => {
  const armed = s.view.entities.filter((e) => e.entry.type === 'armed_group');
  if (armed.length > 0) s.reading.lastArmedGroup = armed[armed.length - 1]!.entry;
});
