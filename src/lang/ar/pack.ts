// The Arabic language pack: plugs the Arabic reader into the language-free engine.

import type { LanguagePack, PackDocument, PackResult } from '../../engine/pack.js';
import { analyzeArabic } from './analyze.js';

const ARABIC = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/g;
const LETTER = /\p{L}/gu;

export const arabicPack: LanguagePack = {
  language: 'ar',
  score(text: string): number {
    const sample = text.length > 20000 ? text.slice(0, 20000) : text;
    const letters = sample.match(LETTER)?.length ?? 0;
    if (letters === 0) return 0;
    return (sample.match(ARABIC)?.length ?? 0) / letters;
  },
  analyzeBatch(documents: readonly PackDocument[]): PackResult[] {
    return documents.map((doc) => {
      const r = analyzeArabic(doc);
      return {
        document: r.document,
        claims: r.claims,
        diagnostics: r.diagnostics,
        mentions: r.mentions.map((m) => ({
          entityId: m.entry.id,
          type: m.entry.type,
          name: m.entry.name,
          aliases: m.entry.aliases,
          span: m.span,
        })),
      };
    });
  },
};
