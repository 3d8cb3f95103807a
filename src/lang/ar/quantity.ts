// Quantities in Arabic news: digits (`374`, `4,000`, `6.1 مليون`, glued `200سجين`), number words
// composed by rule (`أحد عشر`، `خمسة وعشرون`، `ثلاثة آلاف`، `مليون ونصف`), vague amounts
// (`العشرات`، `مئات الآلاف`، `عدد من`), `أحد` + a definite noun, ranges (`بين 60 و90`) and the
// qualifiers around a figure (`نحو`، `أكثر من`، `ما لا يقل عن`، `تجاوز عددهم`، `على الأقل`، `فقط`).
//
// Must match: بأكثر من مئة مسلح · بين 60 و90 مسلحاً · تجاوز الـ 4000 · 374من عناصر · نحو 12 ألف ·
//   نحو أربعة آلاف · 150ألف · ما بين 270 ألفا و330 ألف · مقتل العشرات · أحد المهاجمين
// Must not: الثاني (ordinal) · ثلث (alone, no figure) · عام 2011 (a date: the caller removes dates)

import type { Quantity, Qualifier } from '../../types.js';
import { fold } from './normalize/index.js';
import { readings, verbForms } from './morphology.js';
import { Lexicon } from './lexicon/index.js';
import { readTsv } from './lexicon/tsv.js';

export interface Tok {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: 'word' | 'number' | 'punct' | 'newline';
}

type NumberType =
  | 'unit'
  | 'one'
  | 'ten'
  | 'hundred'
  | 'scale'
  | 'scale-plural'
  | 'scale-dual'
  | 'fraction'
  | 'vague';

interface NumberWord {
  readonly value: number;
  readonly type: NumberType;
  readonly high: number | null;
}

interface QualifierForm {
  readonly words: readonly string[];
  readonly firstForms: ReadonlySet<string> | null;
  readonly position: 'before' | 'after';
  readonly qualifier: Qualifier;
  readonly verb: boolean;
}

interface Tables {
  readonly numbers: ReadonlyMap<string, NumberWord>;
  readonly before: readonly QualifierForm[];
  readonly after: readonly QualifierForm[];
}

let tables: Tables | undefined;

function loadTables(): Tables {
  if (tables) return tables;
  const numbers = new Map<string, NumberWord>();
  for (const row of readTsv('numbers.tsv')) {
    const form = fold(row['form'] ?? '');
    if (!form) continue;
    numbers.set(form, {
      value: Number(row['value']),
      type: (row['type'] ?? 'unit') as NumberType,
      high: row['high'] ? Number(row['high']) : null,
    });
  }
  const before: QualifierForm[] = [];
  const after: QualifierForm[] = [];
  for (const row of readTsv('qualifiers.tsv')) {
    const raw = row['form'] ?? '';
    if (!raw) continue;
    const verb = row['type'] === 'verb';
    let firstForms: Set<string> | null = null;
    let words: string[];
    if (verb) {
      const [perfect, imperfect] = raw.split('/').map((s) => fold(s.trim()));
      firstForms = verbForms(perfect!, imperfect ?? null);
      words = [perfect!];
    } else words = fold(raw).split(/\s+/);
    const form: QualifierForm = {
      words,
      firstForms,
      position: row['position'] === 'after' ? 'after' : 'before',
      qualifier: (row['qualifier'] ?? 'exact') as Qualifier,
      verb,
    };
    (form.position === 'before' ? before : after).push(form);
  }
  // Longest forms first so `ما لا يقل عن` wins over `يقل`.
  const byLength = (a: QualifierForm, b: QualifierForm): number => b.words.length - a.words.length;
  tables = { numbers, before: before.sort(byLength), after: after.sort(byLength) };
  return tables;
}

/** The number word a token stands for, through its clitics (`بعشرات`، `والمئات`، `وعشرون`). */
function numberWord(text: string, allowConjunction: boolean): { word: NumberWord; conj: boolean } | null {
  const { numbers } = loadTables();
  for (const r of readings(text)) {
    const word = numbers.get(r.stem);
    if (!word) continue;
    // `الاثنين` is Monday; a definite unit word is not a count of its own.
    if (r.definite && word.type === 'unit' && r.stem.startsWith('اثن')) continue;
    const conj = r.prefixes[0] === 'و';
    if (conj && !allowConjunction && r.prefixes.length === 1) continue;
    return { word, conj };
  }
  return null;
}

function digitsValue(text: string): number | null {
  // 4,000 and 1.300.000 group thousands; 6.1 is a decimal (resolved by a following scale).
  if (/^\d{1,3}(,\d{3})+$/.test(text)) return Number(text.replace(/,/g, ''));
  if (/^\d{1,3}(\.\d{3}){2,}$/.test(text)) return Number(text.replace(/\./g, ''));
  const n = Number(text.replace(/,/g, '.'));
  return Number.isFinite(n) ? n : null;
}

function isConjunctionToken(tok: Tok | undefined): boolean {
  return tok !== undefined && tok.kind === 'word' && tok.text === 'و';
}

export interface Cardinal {
  readonly value: number;
  /** Token index just past the numeral. */
  readonly end: number;
  readonly vague: boolean;
  readonly high: number | null;
  readonly one: boolean;
  readonly rules: readonly string[];
}

/**
 * Reads a cardinal starting at token `i`. Digits may be followed by a scale word; number words
 * compose by Arabic grammar: units + عشر (teens), unit + مئة, atoms joined by و, scales multiply.
 */
export function readCardinal(toks: readonly Tok[], i: number): Cardinal | null {
  const first = toks[i];
  if (!first) return null;
  let total = 0;
  let current = 0;
  let j = i;
  let lastScale = 0;
  let sawAtom = false;
  const rules: string[] = [];
  if (first.kind === 'number') {
    const v = digitsValue(first.text);
    if (v === null) return null;
    current = v;
    j = i + 1;
    sawAtom = true;
    rules.push('ar/number/digits');
    // 12 ألف، 150ألف، 3.5 مليون، 45 ألفا (but a digit run before و starts a new number).
    const next = toks[j];
    const scale = next && next.kind === 'word' ? numberWord(next.text, false) : null;
    if (scale && scale.word.type.startsWith('scale') && !scale.conj) {
      current *= scale.word.value;
      lastScale = scale.word.value;
      j++;
      rules.push('ar/number/digits-scale');
      total += current;
      current = 0;
    }
  }
  let pendingConj = false;
  while (j < toks.length) {
    const tok = toks[j]!;
    // `مليون و200 ألف`: digits after و add a part smaller than the last scale.
    if (tok.kind === 'number' && pendingConj && lastScale > 0) {
      const v = digitsValue(tok.text);
      const next = toks[j + 1];
      const scale = next && next.kind === 'word' ? numberWord(next.text, false) : null;
      const scaled = scale !== null && scale.word.type.startsWith('scale');
      const part = v === null ? null : scaled ? v * scale.word.value : v;
      if (part === null || part >= lastScale) break;
      total += part;
      j += scaled ? 2 : 1;
      pendingConj = false;
      continue;
    }
    if (tok.kind !== 'word') break;
    const hit = numberWord(tok.text, sawAtom);
    const word: NumberWord | null = hit ? hit.word : null;
    const conj = pendingConj || (hit?.conj ?? false);
    pendingConj = false;
    // A separate `و` token before the next atom (`خمسة و عشرون`، `مليون و 500 ألف`).
    if (!word && isConjunctionToken(tok) && sawAtom) {
      const nxt = toks[j + 1];
      const h2 = nxt && nxt.kind === 'word' ? numberWord(nxt.text, false) : null;
      const digitsNext = nxt?.kind === 'number' && lastScale > 0;
      if ((!h2 || h2.word.type === 'vague') && !digitsNext) break;
      pendingConj = true;
      j++;
      continue;
    }
    if (!word) break;
    if (sawAtom && !conj && !word.type.startsWith('scale') && word.value !== 10) break;
    if (!sawAtom && conj) break;
    if (word.type === 'vague') break;
    if (word.type === 'one') {
      // أحد عشر / إحدى عشرة are 11; a lone أحد is handled by the caller.
      const nxt = toks[j + 1];
      const ten = nxt && nxt.kind === 'word' ? numberWord(nxt.text, false) : null;
      if (!sawAtom && ten && ten.word.value === 10 && ten.word.type === 'unit') {
        current += 11;
        j += 2;
        sawAtom = true;
        rules.push('ar/number/teens');
        continue;
      }
      break;
    }
    if (word.type === 'unit' && word.value === 10 && sawAtom && !conj && current > 0 && current < 10) {
      current += 10; // ثلاثة عشر
      j++;
      rules.push('ar/number/teens');
      continue;
    }
    if (word.type === 'unit' || word.type === 'ten') {
      if (sawAtom && !conj) break;
      current += word.value;
      // ثلاث مئة
      const nxt = toks[j + 1];
      const h = nxt && nxt.kind === 'word' ? numberWord(nxt.text, false) : null;
      if (word.type === 'unit' && h && h.word.type === 'hundred' && h.word.value === 100) {
        current = current - word.value + word.value * 100;
        j += 2;
        sawAtom = true;
        rules.push('ar/number/words');
        continue;
      }
      j++;
      sawAtom = true;
      rules.push('ar/number/words');
      continue;
    }
    if (word.type === 'hundred') {
      if (sawAtom && !conj) break;
      current += word.value;
      j++;
      sawAtom = true;
      rules.push('ar/number/words');
      continue;
    }
    if (word.type === 'scale' || word.type === 'scale-dual' || word.type === 'scale-plural') {
      if (word.type === 'scale-plural' && !sawAtom) break; // آلاف alone is vague
      if (word.type === 'scale-dual') {
        if (sawAtom && !conj) break;
        total += current + word.value;
        current = 0;
        lastScale = word.value / 2;
      } else {
        if (sawAtom && conj) break;
        const multiplier = current === 0 ? (sawAtom ? 0 : 1) : current;
        if (multiplier === 0) break;
        total += multiplier * word.value;
        current = 0;
        lastScale = word.value;
      }
      j++;
      sawAtom = true;
      rules.push('ar/number/scale');
      continue;
    }
    if (word.type === 'fraction') {
      if (sawAtom && conj && lastScale > 0 && current === 0) {
        total += word.value * lastScale; // مليون ونصف
        j++;
        rules.push('ar/number/fraction');
        continue;
      }
      if (!sawAtom) {
        // نصف مليون
        const nxt = toks[j + 1];
        const h = nxt && nxt.kind === 'word' ? numberWord(nxt.text, false) : null;
        if (h && h.word.type === 'scale') {
          total += word.value * h.word.value;
          j += 2;
          sawAtom = true;
          lastScale = h.word.value;
          rules.push('ar/number/fraction');
          continue;
        }
      }
      break;
    }
    break;
  }
  if (!sawAtom) return null;
  // A trailing `و` that led nowhere is not part of the numeral.
  if (pendingConj) j--;
  const value = Math.round(total + current);
  if (value <= 0 && first.kind !== 'number') return null;
  return { value, end: j, vague: false, high: null, one: false, rules: [...new Set(rules)] };
}

/** Vague amounts: العشرات، مئات، آلاف، عشرات الآلاف، مئات الآلاف، ملايين، عدد من، بضعة. */
export function readVague(toks: readonly Tok[], i: number): Cardinal | null {
  const tok = toks[i];
  if (!tok || tok.kind !== 'word') return null;
  const hit = numberWord(tok.text, true);
  if (hit) {
    const w = hit.word;
    if (w.type === 'vague' || w.type === 'scale-plural') {
      let low = w.value;
      let high = w.high ?? w.value * 10 - 1;
      let end = i + 1;
      // عشرات الآلاف، مئات الآلاف
      const nxt = toks[i + 1];
      const scale = nxt && nxt.kind === 'word' ? numberWord(nxt.text, false) : null;
      if (w.type === 'vague' && scale && scale.word.type === 'scale-plural') {
        low *= scale.word.value;
        high = (high + 1) * scale.word.value - 1;
        end = i + 2;
      }
      return { value: low, end, vague: true, high, one: false, rules: ['ar/number/vague'] };
    }
  }
  // عدد من / العديد من: ACLED reads "a number of" as at least a few.
  for (const r of readings(tok.text)) {
    // `العديد من` (many) is left out: it hedges more than it counts.
    if (r.stem === 'عدد' && !r.definite && toks[i + 1]?.text === 'من') {
      return { value: 3, end: i + 1, vague: true, high: null, one: false, rules: ['ar/number/vague-some'] };
    }
  }
  return null;
}

function matchForm(toks: readonly Tok[], i: number, form: QualifierForm): number {
  let j = i;
  for (let k = 0; k < form.words.length; k++) {
    const tok = toks[j];
    if (!tok || tok.kind !== 'word') return -1;
    if (k === 0 && form.firstForms) {
      if (!readings(tok.text).some((r) => form.firstForms!.has(r.stem))) return -1;
    } else if (!Lexicon.wordMatches(tok.text, form.words[k]!)) return -1;
    j++;
  }
  return j;
}

export interface QualifierMatch {
  readonly qualifier: Qualifier;
  readonly start: number;
  readonly end: number;
}

/** A qualifier ending right before token `i` (skipping `عددهم`، `الـ`، quotes). */
export function qualifierBefore(toks: readonly Tok[], i: number): QualifierMatch | null {
  const { before } = loadTables();
  // Tokens allowed between a qualifier and the figure.
  let gapStart = i;
  while (gapStart > 0) {
    const t = toks[gapStart - 1]!;
    const skippable =
      (t.kind === 'punct' && (t.text === '"' || t.text === '(')) ||
      (t.kind === 'word' &&
        (t.text === 'ال' ||
          t.text === 'ب' ||
          /^(عدد|عدده|عددهم|عددها|عددهن|بالفعل|فعلا|حاليا|الان|حتي|اليوم)$/.test(t.text)));
    if (!skippable || i - gapStart >= 3) break;
    gapStart--;
  }
  for (let s = gapStart; s <= i; s++) {
    for (let start = Math.max(0, s - 4); start < s; start++) {
      for (const form of before) {
        if (matchForm(toks, start, form) === s) return { qualifier: form.qualifier, start, end: s };
      }
    }
  }
  return null;
}

/** A qualifier right after token index `i` (`على الأقل`، `تقريبا`، `فقط`). */
export function qualifierAfter(toks: readonly Tok[], i: number): QualifierMatch | null {
  const { after } = loadTables();
  for (const form of after) {
    const end = matchForm(toks, i, form);
    if (end > 0) return { qualifier: form.qualifier, start: i, end };
  }
  return null;
}

/** Approximate figures get a ±10 % band (the project's documented approximation band). */
export const APPROX_BAND = 0.1;

export function interval(point: number, qualifier: Qualifier): Quantity {
  switch (qualifier) {
    case 'approx': {
      const d = Math.round(point * APPROX_BAND);
      return { low: point - d, high: point + d, point, qualifier };
    }
    case 'more_than':
      return { low: point + 1, high: null, point, qualifier };
    case 'at_least':
      return { low: point, high: null, point, qualifier };
    case 'less_than':
      return { low: null, high: point - 1, point, qualifier };
    case 'at_most':
      return { low: null, high: point, point, qualifier };
    default:
      return { low: point, high: point, point, qualifier };
  }
}
