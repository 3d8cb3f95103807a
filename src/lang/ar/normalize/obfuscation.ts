// Censorship obfuscation: writers break a name so that filters miss it. The matching view joins
// the pieces again; the original keeps them, and spans still cover them.
//
//   must join:   داعـ.ـ.ش · داعـ.ــ.ش · داع.ش · دا-عش · د.ا.ع.ش · د ا ع ش · داعـ ـش · داع*ش · الحوث.ي
//                قتـ لى · والجـ رحى · مجـ ازر · الدمـ ار (one stretched half: listed words only)
//                داع..ش · د..ا..ع..ش · د  ا  ع  ش
//                (داعـــش and د‌اعش lose their tatweel and zero-width units in the table steps)
//   must not:    الثلاثاءـ أنه · الغربـ يقاتل (a glued dash) · الـ عربية · لـ ديفيد · القتـ  لى
//                الحسكة.وقال · العربية.نت · د.محمد · د. أحمد · قال...ثم · المجموعة-ب · لـ-العربية
//                آل-الشيخ and حمد_آل_ثاني (آل folds to the article's letters, so `ال.قاعدة` stays cut)
//                و ا لله (two single letters) · أ و ب (a list: X and Y) · U.S. · 3.5 · 23.01.2022
//   read as letter names: بي.بي.سي → بي بي سي, سي.إن.إن → سي ان ان, بي-بي-سي (as the gazetteer writes them;
//   the names are data/ar/letter-names.tsv, given with the censored words: listed-words.ts)
//   agency initials join like the gazetteer's own spelling folds: أ.ف.ب and أ ف ب → افب
//
// Evidence that a separator is a censor's and not punctuation, strongest first:
// 1. a tatweel beside it in the original (`ـ.ـ`): words never begin with a tatweel, and one
//    that ends a word of two letters or more before a separator is a stretched cut (`لـ-` is a clitic);
// 2. a lone asterisk between letters (`داع*ش`), a mask and never punctuation;
// 3. fragments all too short to be words (`د.ا.ع.ش`, `دا-عش`);
// 4. a single last letter cut off by a dot, underscore or bullet (`داع.ش`), unless it is the
//    conjunction و or the word before ends as a word does (ة ى ا: `المجموعة.ب`). A dash before a
//    single letter is a label (`سكود-ب`, `المجموعة-ب`), never joined without a tatweel.
// Ellipses and doubled separators without a tatweel end a chain, except between single letters
// (`د..ا..ع..ش`) or before a lone last letter (`داع..ش`). Linear: every unit is visited a bounded
// number of times, and the original is read only in the gaps folding left.

import type { FoldEdit, FoldStep, FoldedText } from '../../../text/folded.js';
import { editUnits } from '../../../text/folded.js';
import { cutInsideListedWord } from './censored.js';
import type { ListedWords } from './listed-words.js';

const TATWEEL = 0x0640;
const SPACE = 0x20;
const DOT = 0x2e;
const DASH = 0x2d;
const ASTERISK = 0x2a;
const WAW = 0x0648;
const ALEF = 0x0627;
const HEH = 0x0647;
const YEH = 0x064a;

function isLetter(c: number): boolean {
  return (
    (c >= 0x0620 && c <= 0x063f) ||
    (c >= 0x0641 && c <= 0x064a) ||
    c === 0x066e ||
    c === 0x066f ||
    (c >= 0x0671 && c <= 0x06d3) ||
    c === 0x06d5 ||
    (c >= 0x0750 && c <= 0x077f)
  );
}

function isSeparator(c: number): boolean {
  return c === DOT || c === DASH || c === 0x5f || c === ASTERISK || c === 0xb7 || c === 0x2022;
}

const WORD = /[\p{L}\p{M}\p{N}]/u;

// Letters as isLetter reads them, for the native candidate finders below.
const L = '\\u0620-\\u063f\\u0641-\\u064a\\u066e\\u066f\\u0671-\\u06d3\\u06d5\\u0750-\\u077f';
const SPACED_PAIR = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])[${L}] +(?=[${L}](?![\\p{L}\\p{M}\\p{N}]))`, 'gu');
const SEPARATOR_GAP = new RegExp(`[${L}](?=[.\\-_*\\u00b7\\u2022]+[${L}])`, 'g');
const ANY_GAP = new RegExp(`[${L}](?=[.\\-_*\\u00b7\\u2022 ]+[${L}])`, 'g');
/**
 * A tatweel before a space (or a tag's underscore) in the original, with no letter or digit
 * between them (`داعـ ـش`, `داعـ. ـش`, `#داعـ_ـش`, also `لـ ديفيد`, `دبي ـ العربية`): without one,
 * no space can be a stretched cut. Tatweel is a letter, so no scan runs past the next one: linear.
 */
const STRETCHED_BEFORE_SPACE = /\u0640[^\p{L}\p{N}\p{Zs}_]*[\p{Zs}_]/u;

function isWordUnit(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (isLetter(c)) return true;
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  return WORD.test(text[i]!);
}

/** True when the original text between two offsets holds a tatweel. */
function tatweelIn(original: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (original.charCodeAt(k) === TATWEEL) return true;
  return false;
}

/** What a unit becomes when not kept: removed (joined), or read as a space (letter names). */
const REMOVE = 1;
const TO_SPACE = 2;

type Mark = (from: number, to: number, how: number) => void;

/** Runs a marking scan and applies its plan in one pass (the input itself when nothing changes). */
function applyPlan(input: FoldedText, scan: (input: FoldedText, mark: Mark) => void): FoldedText {
  const n = input.text.length;
  let plan: Uint8Array | null = null;
  scan(input, (from, to, how) => {
    plan ??= new Uint8Array(n);
    plan.fill(how, from, to);
  });
  const done = plan as Uint8Array | null;
  if (done === null) return input;
  const edits: FoldEdit[] = [];
  for (let u = 0; u < n; u++) {
    const how = done[u];
    if (how === REMOVE) edits.push({ start: u, end: u + 1, text: '' });
    else if (how === TO_SPACE) edits.push({ start: u, end: u + 1, text: ' ' });
  }
  return editUnits(input, edits);
}

/**
 * Spaced letters are joined first, so that a cut beside them is judged on the whole word
 * (`د ا ع ش.ي`), as folding the folded text again would judge it.
 */
export function joinObfuscated(input: FoldedText, words: ListedWords): FoldedText {
  return applyPlan(applyPlan(input, spacedLetters), (text, mark) => cutWords(text, mark, words));
}

/** Single letters spaced out: `د ا ع ش`, `د  ا  ع  ش`, `أ ف ب` (three or more, so `و ب` is never touched). */
function spacedLetters(input: FoldedText, mark: Mark): void {
  const text = input.text;
  // The regex engine finds the rare candidates (a lone letter, a space, a lone letter) natively.
  SPACED_PAIR.lastIndex = 0;
  for (let m = SPACED_PAIR.exec(text); m !== null; m = SPACED_PAIR.exec(text)) {
    const k = m.index;
    let end = k + 1;
    let count = 1;
    let alternatingWaw = true;
    const gaps: number[] = [];
    for (;;) {
      let g = end;
      while (text.charCodeAt(g) === SPACE) g++;
      if (g === end || !isSingleAt(text, g)) break;
      if (count % 2 === 1 && text.charCodeAt(g) !== WAW) alternatingWaw = false;
      gaps.push(end, g);
      end = g + 1;
      count++;
    }
    // `أ و ب`, `أ و ب و ج`: letters listed with the conjunction, not a word spelled out.
    const list = alternatingWaw && count % 2 === 1;
    if (count >= 3 && !list) for (let g = 0; g < gaps.length; g += 2) mark(gaps[g]!, gaps[g + 1]!, REMOVE);
    SPACED_PAIR.lastIndex = end;
  }
}

const CUT = 0;
const KEEP = 1;
const END = 2;

/**
 * A gap holding a space (fragment `fs..ss`, gap `ss..j`): a word gap unless both sides are
 * stretched (`داعـ ـش`), or the first half is stretched before one space and the halves make a word
 * censors break (`قتـ لى`, censored.ts: `الثلاثاءـ أنه` is a glued dash); a lone tatweel between
 * spaces is a dash (`دبي ـ العربية`).
 */
function spacedGapCuts(
  text: string,
  fs: number,
  ss: number,
  j: number,
  spaces: number,
  before: boolean,
  after: boolean,
  censored: ReadonlySet<string>,
): boolean {
  if (before && after) return true;
  if (!before || spaces !== 1 || j - ss !== 1 || ss - fs < 2) return false;
  let next = j;
  while (next < text.length && isLetter(text.charCodeAt(next))) next++;
  return cutInsideListedWord(censored, text.slice(fs, ss), text.slice(j, next));
}

/**
 * A gap of separators alone: a cut when stretched, after a stretched fragment of two letters or more,
 * or a lone asterisk. An ellipsis or doubled separator with no tatweel is punctuation and ends the
 * chain, unless it cuts single letters (`د..ا..ع..ش`) or cuts off a lone last letter that is no word
 * (`داع..ش`; only و stands alone after an ellipsis).
 */
function unspacedGap(
  text: string,
  fs: number,
  ss: number,
  j: number,
  word: number,
  before: boolean, // the fragment's end is stretched
  stretched: boolean, // the gap or the next fragment's start is stretched
): number {
  const n = text.length;
  if (stretched || (before && ss - fs >= 2) || (j - ss === 1 && text.charCodeAt(ss) === ASTERISK)) return CUT;
  if (j - ss < 2) return KEEP;
  let next = j;
  while (next < n && isLetter(text.charCodeAt(next))) next++;
  const nextSingle = next - j === 1;
  let past = next;
  while (past < n && isSeparator(text.charCodeAt(past))) past++;
  const ends = past === next || past >= n || !isLetter(text.charCodeAt(past));
  const end = text.charCodeAt(ss - 1);
  const lastLetterCut = nextSingle && ends && word >= 2 && text.charCodeAt(j) !== WAW;
  if (lastLetterCut && end !== ALEF && end !== HEH && end !== YEH) return CUT;
  return nextSingle && word === 1 ? KEEP : END;
}

/** Chains: letters (separators letters)+, with a space inside only between stretched halves. */
function cutWords(input: FoldedText, mark: Mark, listed: ListedWords): void {
  const { text, original, starts, ends } = input;
  const n = text.length;
  const frags: number[] = [];
  const seps: number[] = [];
  const marked: boolean[] = [];
  // Candidates are found natively: a separator between letters, or (only where the original
  // stretches a letter before a space) any gap between letters. Each chain is read once, from
  // the start of its first fragment.
  const finder = STRETCHED_BEFORE_SPACE.test(original) ? ANY_GAP : SEPARATOR_GAP;
  finder.lastIndex = 0;
  for (let m = finder.exec(text); m !== null; m = finder.exec(text)) {
    let i = m.index;
    while (i > 0 && isLetter(text.charCodeAt(i - 1))) i--;
    frags.length = 0;
    seps.length = 0;
    marked.length = 0;
    let j = i;
    // Letters of the word being built: fragments joined by marked cuts count as one word, as
    // folding the result again would see them.
    let word = 0;
    for (;;) {
      const fs = j;
      while (j < n && isLetter(text.charCodeAt(j))) j++;
      frags.push(fs, j);
      word += j - fs;
      const ss = j;
      let spaces = 0;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === SPACE) spaces++;
        else if (!isSeparator(c)) break;
        j++;
      }
      if (j === ss || j >= n || !isLetter(text.charCodeAt(j))) {
        j = ss;
        break;
      }
      const before = tatweelIn(original, ends[ss - 1]!, starts[ss]!);
      const inside = tatweelIn(original, starts[ss]!, ends[j - 1]!);
      const after = tatweelIn(original, ends[j - 1]!, starts[j]!);
      let strong: boolean;
      if (spaces > 0) {
        strong = spacedGapCuts(text, fs, ss, j, spaces, before, after, listed.censored);
        if (!strong) {
          j = ss;
          break;
        }
      } else {
        const gap = unspacedGap(text, fs, ss, j, word, before, after || inside);
        if (gap === END) {
          j = ss;
          break;
        }
        strong = gap === CUT;
      }
      seps.push(ss, j);
      marked.push(strong);
      if (!strong) word = 0;
    }
    if (frags.length >= 4) decide(text, frags, seps, marked, mark, listed.letterNames);
    finder.lastIndex = Math.max(j, m.index + 1);
  }
}

/** A letter standing alone: no letter, mark or digit glued to it on either side. */
function isSingleAt(text: string, k: number): boolean {
  return (
    k < text.length && isLetter(text.charCodeAt(k)) && !isWordUnit(text, k - 1) && !isWordUnit(text, k + 1)
  );
}

/**
 * Decides one chain. Fragments joined by marked cuts are one word already; the rules for the
 * unmarked separators then look at words, which is what folding the result again would see.
 */
function decide(
  text: string,
  frags: readonly number[],
  seps: readonly number[],
  marked: readonly boolean[],
  mark: Mark,
  letterNames: ReadonlySet<string>,
): void {
  // words[w] = [first fragment, last fragment]; gaps[w] = index of the unmarked separator after word w.
  const words: number[] = [0];
  const gaps: number[] = [];
  for (let s = 0; s < marked.length; s++) {
    if (marked[s]) {
      mark(seps[2 * s]!, seps[2 * s + 1]!, REMOVE);
      continue;
    }
    words.push(s, s + 1);
    gaps.push(s);
  }
  words.push(marked.length);
  const count = words.length / 2;
  if (count < 2) return;
  const wordText = (w: number): string => {
    let out = '';
    for (let f = words[2 * w]!; f <= words[2 * w + 1]!; f++)
      out += text.slice(frags[2 * f]!, frags[2 * f + 1]!);
    return out;
  };
  const lengths = Array.from({ length: count }, (_, w) => wordText(w).length);
  const joinGap = (g: number): void => mark(seps[2 * gaps[g]!]!, seps[2 * gaps[g]! + 1]!, REMOVE);
  const names = { seps, letterNames, mark };
  if (readAsLetterNames(text, names, gaps, count, wordText)) return;
  const total = lengths.reduce((a, b) => a + b, 0);
  if (total >= 3 && lengths.every((len) => len <= 2)) {
    for (let g = 0; g < gaps.length; g++) joinGap(g);
    return;
  }
  // A single last letter cut off the word before it.
  const last = count - 1;
  const gap = gaps[last - 1]!;
  const ss = seps[2 * gap]!;
  const cut = text.charCodeAt(ss);
  const lastWord = wordText(last);
  const previous = wordText(last - 1);
  const end = previous.charCodeAt(previous.length - 1);
  if (
    lastWord.length === 1 &&
    lastWord.charCodeAt(0) !== WAW &&
    seps[2 * gap + 1]! - ss === 1 &&
    cut !== DASH &&
    previous.length >= 2 &&
    end !== ALEF &&
    end !== HEH &&
    end !== YEH
  ) {
    joinGap(last - 1);
    // The joined word may complete a chain of letter names (`ايه.ات.ش` → `ايه.اتش`).
    const joined = (w: number): string => (w === last - 1 ? previous + lastWord : wordText(w));
    readAsLetterNames(text, names, gaps.slice(0, -1), count - 1, joined);
  }
}

/** `بي.بي.سي`, `جي-إن`: every word a Latin letter name, every gap one dot or dash → read as spaces. */
function readAsLetterNames(
  text: string,
  { seps, letterNames, mark }: { seps: readonly number[]; letterNames: ReadonlySet<string>; mark: Mark },
  gaps: readonly number[],
  count: number,
  wordText: (w: number) => string,
): boolean {
  if (count < 2) return false;
  for (const g of gaps) {
    const c = text.charCodeAt(seps[2 * g]!);
    if (seps[2 * g + 1]! - seps[2 * g]! !== 1 || (c !== DOT && c !== DASH)) return false;
  }
  for (let w = 0; w < count; w++) if (!letterNames.has(wordText(w))) return false;
  for (const g of gaps) mark(seps[2 * g]!, seps[2 * g + 1]!, TO_SPACE);
  return true;
}

/** The step, reading the listed words it is given (a lexicon's, `Lexicon.normalize`). */
export function obfuscationWith(words: ListedWords): FoldStep {
  return { kind: 'pass', id: 'ar/normalize/obfuscation', run: (input) => joinObfuscated(input, words) };
}
