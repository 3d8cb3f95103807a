// The matching view the evaluation harness compares names in. It is deliberately independent of
// the engine's normalizer (src/lang/ar/normalize): a scorer that shares the engine's folding would
// hide the engine's folding bugs. Two views live here:
//   - foldName: aggressive, for comparing names (speakers, groups, outlets); no offsets kept.
//   - stripMarks: light (tatweel, diacritics, invisible controls only), with an index map back to
//     the original, for locating a gold quote in a text whose marks differ from the quote's.

const TATWEEL = '\u0640';
/** Arabic harakat, tanwin, shadda, sukun, small marks (U+064B–U+065F) and the dagger alef. */
const DIACRITIC = /[\u064B-\u065F\u0670]/u;
/** Zero-width and bidi controls, the BOM, the Arabic letter mark and the soft hyphen. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u061C\u00AD]/u;

const LETTER_MAP: Readonly<Record<string, string>> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ة: 'ه',
};

const QUOTE_MARKS = `"'«»“”‘’„‹›`;
// `لـ"الجزيرة نت"` and `لـحماس`: a detached preposition, marked by tatweel or glued to a quote mark.
const DETACHED_LAM = new RegExp(`(^|[\\s(\\[])ل(?:\\u0640+\\s*|(?=[${QUOTE_MARKS}]))`, 'gu');

function isStripped(ch: string): boolean {
  return ch === TATWEEL || DIACRITIC.test(ch) || INVISIBLE.test(ch);
}

function mapDigit(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return ch;
}

/** Strips the definite article from a token when a real word (2+ letters) remains. */
function stripArticle(token: string): string {
  return token.startsWith('ال') && token.length >= 4 ? token.slice(2) : token;
}

/**
 * Tokens of a name in the matching view: NFKC, no invisible controls, no detached `لـ`, no tatweel
 * or diacritics, أ/إ/آ/ٱ→ا, ى→ي, ة→ه, Arabic-Indic digits → ASCII, lower case, punctuation and
 * quote marks dropped, a leading `ال` stripped from every token.
 */
export function foldTokens(text: string): string[] {
  let s = text.normalize('NFKC').replace(DETACHED_LAM, '$1');
  let out = '';
  for (const ch of s) {
    if (isStripped(ch)) continue;
    out += LETTER_MAP[ch] ?? mapDigit(ch);
  }
  s = out.toLowerCase().replace(/[\p{P}\p{S}]/gu, ' ');
  return s
    .split(/\s+/u)
    .filter((t) => t.length > 0)
    .map(stripArticle);
}

/** The folded form of a name as one string (tokens joined by one space). */
export function foldName(text: string): string {
  return foldTokens(text).join(' ');
}

/** True when `needle` occurs as a contiguous run of whole tokens inside `hay`. */
export function containsTokens(hay: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > hay.length) return false;
  for (let i = 0; i + needle.length <= hay.length; i++) {
    let all = true;
    for (let k = 0; k < needle.length; k++) {
      if (hay[i + k] !== needle[k]) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}

/** Folded equality. Two names that fold to nothing never match. */
export function namesEqual(a: string, b: string): boolean {
  const fa = foldName(a);
  return fa.length > 0 && fa === foldName(b);
}

/**
 * Folded, token-wise containment either way: gold `مسؤول أميركي` matches `مسؤول أميركي كبير`, and
 * gold `موقع أخبار المنطقة` matches `الموقع`.
 */
export function namesOverlap(a: string, b: string): boolean {
  const ta = foldTokens(a);
  const tb = foldTokens(b);
  return containsTokens(ta, tb) || containsTokens(tb, ta);
}

export interface StrippedText {
  readonly text: string;
  /** map[i]: original index of stripped unit i. */
  readonly map: readonly number[];
}

/** Removes tatweel, diacritics and invisible controls, remembering where each kept unit came from. */
export function stripMarks(original: string): StrippedText {
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const ch = original[i]!;
    if (isStripped(ch)) continue;
    text += ch;
    map.push(i);
  }
  return { text, map };
}

/** True for a unit that stripMarks removes (used to extend a located span over trailing marks). */
export function isMark(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && isStripped(ch);
}
