// Hashtags read as words: the `#` is dropped and an underscore inside the tag becomes a space, so
// names inside tags are matched. Runs before the obfuscation join, which would otherwise read the
// tag's underscores as a censor's separators and glue short words (`#يا_رب`).
//
//   must change:   #القاعدة → القاعدة    #بوركينا_فاسو → بوركينا فاسو    #ميليشيات_الحوثي
//   must not:      C# · a#b (a letter before `#`) · `# عنوان` (a space after `#`) · `#2018` · `##`

import type { FoldEdit, FoldStep, FoldedText } from '../../../text/folded.js';
import { editUnits } from '../../../text/folded.js';

const LETTER = /\p{L}/u;
const TAG_UNIT = /[\p{L}\p{M}\p{N}_]/u;

function isLetterAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return LETTER.test(text[i]!);
}

export function unhashtag(input: FoldedText): FoldedText {
  const text = input.text;
  let i = text.indexOf('#');
  if (i < 0) return input;
  const edits: FoldEdit[] = [];
  while (i >= 0) {
    if (!isLetterAt(text, i + 1) || isLetterAt(text, i - 1) || text.charCodeAt(i - 1) === 0x23) {
      i = text.indexOf('#', i + 1);
      continue;
    }
    edits.push({ start: i, end: i + 1, text: '' });
    let j = i + 1;
    while (j < text.length && TAG_UNIT.test(text[j]!)) {
      if (text.charCodeAt(j) === 0x5f) edits.push({ start: j, end: j + 1, text: ' ' });
      j++;
    }
    i = text.indexOf('#', j);
  }
  return editUnits(input, edits);
}

export const hashtags: FoldStep = { kind: 'pass', id: 'ar/normalize/hashtags', run: unhashtag };
