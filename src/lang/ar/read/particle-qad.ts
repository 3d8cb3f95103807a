// `فقد` is two words in one spelling: the verb "lost" (`فقد 20 شخصا حياتهم`، `فقد الجيش 10 جنود`)
// and the particle ف + قد, "indeed", before a perfect verb (`فقد تعرض 5 أشخاص لإصابات`، `أما في
// إدلب فقد سقط 7 قتلى`). The verb takes an object: a figure, a definite noun, a known noun, body
// or role, or a qualifier before a figure. Anything else after it is the verb the particle stands
// before, and the sentence's event is that verb's, never "lost".
//
// Must read the verb:     فقد 20 شخصا · فقد الجيش 10 جنود · فقد نحو 80 شخصا · فقد عشرات المدنيين
// Must read the particle: فقد تعرض 5 أشخاص لإصابات · فقد بلغ 5 · فقد شارك 45 · فقد تم انتشال

import type { LexWord, Lexicon } from '../lexicon/lexicon.js';
import { mayOpenCardinal, qualifierBefore, readVague } from '../quantities/numbers.js';
import type { Tok } from '../quantities/numbers.js';

/** Whether token `i` is the particle `فقد` (ف + قد) rather than the verb "lost". */
export function isParticleQad(
  lex: Lexicon,
  toks: readonly Tok[],
  words: readonly (LexWord | null)[],
  i: number,
): boolean {
  const tok = toks[i];
  if (tok?.kind !== 'word' || !lex.closed.has('particle-qad', tok.text)) return false;
  const next = toks[i + 1];
  if (!next || next.kind !== 'word') return false;
  if (next.text.startsWith('ال') || mayOpenCardinal(lex, next.text) || readVague(lex, toks, i + 1))
    return false;
  const info = words[i + 1]?.info;
  if (info && info.nouns.length + info.entities.length + info.roles.length + info.demonyms.length > 0) {
    // A verb of the lexicons (`قتل`، `أعلن`) is a verb even where a noun is spelled alike.
    if (!info.events.some((e) => e.pos === 'verb') && !info.cues.some((c) => c.pos === 'verb')) return false;
  }
  // `فقد نحو 80 شخصا`، `فقد أكثر من 20`: a qualifier opens the object.
  for (let k = i + 2; k <= i + 4; k++) {
    if (toks[k]?.kind !== 'number') continue;
    if (qualifierBefore(lex, toks, k)?.start === i + 1) return false;
  }
  return true;
}
