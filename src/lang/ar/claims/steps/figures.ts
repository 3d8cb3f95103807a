// Step: the sentence's figures: counts with their noun, category and side (figures.ts).

import { stage } from '../../../../pipeline/stage.js';
import { findFigures } from '../../figures.js';
import type { ClaimSentence } from '../read.js';

export const readFigures = stage<ClaimSentence>('ar/claims/figures', (s) => {
  s.figures = findFigures(s.view, s.doc.lexicon);
});
