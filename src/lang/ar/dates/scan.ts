// Where a date pattern needs to be run. A pattern's matches always hold one of its extractor's cue
// tokens (DateExtractor.cue), and a pattern can only reach so far from where it starts: past as
// many runs of non-space characters as it has places that can take a space (`\s+`, a class with a
// space in it), which its source tells (`reachOf`). So inside the text an extractor is handed, the
// pattern is run only on the runs around its cue tokens (`scanWindows`), each window reaching one
// run further than the pattern can on either side: every search the regex engine tries there reads
// the same characters it would read in the whole text, and so finds the same matches.
// The context reaches `boundedMatches` on the reading an extractor is handed (DateReading.scan).

/** The runs of non-space characters of a text (a space as `\s` means it), and the cue tokens in it. */
export interface ScanContext {
  /** Start and end of each run, in the text's offsets, in order. */
  readonly runStarts: readonly number[];
  readonly runEnds: readonly number[];
  readonly runs: number;
  /** Where the extractor's text starts and ends in the same offsets. */
  offset: number;
  end: number;
  /** Starts of the cue tokens of the extractor at work inside [offset, end), in order. */
  cues: number[];
  /** How many cue tokens each match of the extractor at work spans (DateExtractor.cuesPerMatch). */
  least: number;
  /** The named group that holds a cue token in every match of the extractor at work (DateExtractor.cueGroup). */
  group: string | null;
  /** Windows covering more than this share of the text are not worth cutting: it is read whole. */
  worth: number;
  /** The reach of each pattern read so far (`reachOf`), kept by the caller (on the lexicon). */
  readonly reaches: WeakMap<RegExp, number>;
}

/** See ScanContext.worth: a few windows cost more calls than one pass over a text they mostly cover. */
const WORTH = 0.6;

/** `\s` of a u-flag regex: WhiteSpace and LineTerminator. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 5760 ||
    (c >= 8192 && c <= 8202) ||
    c === 8232 ||
    c === 8233 ||
    c === 8239 ||
    c === 8287 ||
    c === 12288 ||
    c === 65279
  );
}

/** The runs of non-space characters of `text`; `reaches` keeps the patterns' reaches across texts. */
export function scanContextOf(text: string, reaches = new WeakMap<RegExp, number>()): ScanContext {
  const starts: number[] = [];
  const ends: number[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && open < 0) open = i;
    else if (space && open >= 0) {
      starts.push(open);
      ends.push(i);
      open = -1;
    }
  }
  if (open >= 0) {
    starts.push(open);
    ends.push(text.length);
  }
  return {
    runStarts: starts,
    runEnds: ends,
    runs: starts.length,
    offset: 0,
    end: 0,
    cues: [],
    least: 1,
    group: null,
    worth: WORTH,
    reaches,
  };
}

/** The index of the run holding offset `at` (the last run starting at or before it). */
function runAt(ctx: ScanContext, at: number): number {
  let lo = 0;
  let hi = ctx.runs - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ctx.runStarts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The spans, in the offsets of the extractor's text, a pattern that reaches `reach` runs from where
 * it starts must be run on: around each cue, `reach + 1` runs on either side, windows that touch
 * joined. A match spanning `least` cue tokens lies inside one window (their windows touch), so a
 * window holding fewer is left out. Null when the whole text is to be read (also when the windows
 * would cover most of it).
 *
 * With `lead`, the most runs a match can start before a cue token it holds (`leadOf`), a window
 * opens only `lead + 1` runs before its cue: a search from a place further back finds no match
 * that holds this cue, and one it finds holds another cue, whose window reaches back to it. A
 * search from a place inside the window still reads up to `reach` runs on, so the window ends
 * `reach + 1` runs after its cue as before.
 */
export function scanWindows(
  ctx: ScanContext,
  reach: number,
  lead = reach,
): { start: number; end: number }[] | null {
  if (!Number.isFinite(reach) || ctx.runs === 0) return null;
  const out: { start: number; end: number; cues: number }[] = [];
  const r = reach + 1;
  const back = Math.min(lead, reach) + 1;
  const length = ctx.end - ctx.offset;
  for (const cue of ctx.cues) {
    const k = runAt(ctx, cue);
    const start = Math.max(ctx.runStarts[Math.max(0, k - back)]! - ctx.offset, 0);
    const end = Math.min(ctx.runEnds[Math.min(ctx.runs - 1, k + r)]! - ctx.offset, length);
    const last = out[out.length - 1];
    if (last && start <= last.end) {
      last.end = Math.max(last.end, end);
      last.cues++;
    } else out.push({ start, end, cues: 1 });
  }
  const kept = ctx.least > 1 ? out.filter((w) => w.cues >= ctx.least) : out;
  let covered = 0;
  for (const w of kept) covered += w.end - w.start;
  return covered > ctx.worth * length ? null : kept;
}

/** Code points `\s` takes that a class could name (ranges are tested against them). */
const SPACES = [9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8202, 8232, 8233, 8239, 8287, 12288, 65279];

/**
 * How many spaces between runs one match of `pattern` (with its lookarounds) can cross: the most
 * places along one path through the pattern that can take a space, a repeated `\s` counting once.
 * Infinity when it cannot be bounded from the source (a repeated group or class that takes both
 * spaces and other characters, a back-reference, `^`/`$`), or the syntax is not understood.
 */
export function reachOf(pattern: RegExp, reaches?: WeakMap<RegExp, number>): number {
  let reach = reaches?.get(pattern);
  if (reach === undefined) {
    try {
      const parser = new ReachParser(pattern.source);
      reach = parser.alternation();
      if (parser.at < pattern.source.length) reach = Infinity;
    } catch {
      reach = Infinity;
    }
    reaches?.set(pattern, reach);
  }
  return reach;
}

/** `leadOf` of each pattern, with the group it was asked for. */
const LEADS = new WeakMap<RegExp, { group: string; lead: number }>();

/**
 * How many spaces between runs a match of `pattern` can cross before the end of its named `group`
 * (which holds a cue token in every match, DateExtractor.cueGroup): the reach of what comes before
 * the group plus the group's own. Only for a group that every match passes through: one in the
 * pattern's top-level sequence, not made optional (`?`, `*`, `{0,…}`) and with no `|` at the top
 * level before it. Else, or when the source cannot be read, Infinity (the cue may be anywhere).
 */
export function leadOf(pattern: RegExp, group: string): number {
  const known = LEADS.get(pattern);
  if (known?.group === group) return known.lead;
  let lead = Infinity;
  const src = pattern.source;
  const at = src.indexOf(`(?<${group}>`);
  if (at >= 0) {
    try {
      const before = new ReachParser(src.slice(0, at));
      const head = before.sequence();
      const inside = new ReachParser(src);
      inside.at = at;
      const cross = inside.groupOnly();
      // A top-level `|` or `)` ends the sequence before the group: the group is not in every match.
      const next = src[inside.at];
      if (before.at === at && next !== '?' && next !== '*' && next !== '{') lead = head + cross;
    } catch {
      lead = Infinity;
    }
  }
  LEADS.set(pattern, { group, lead });
  return lead;
}

/** What an atom can match: no space, only spaces, or both. */
type Takes = 'none' | 'space' | 'mixed';

class ReachParser {
  at = 0;
  constructor(private readonly src: string) {}

  alternation(): number {
    let most = this.sequence();
    while (this.src[this.at] === '|') {
      this.at++;
      most = Math.max(most, this.sequence());
    }
    return most;
  }

  sequence(): number {
    let sum = 0;
    while (this.at < this.src.length && this.src[this.at] !== '|' && this.src[this.at] !== ')') {
      sum += this.quantified();
    }
    return sum;
  }

  /** One atom with its quantifier. */
  private quantified(): number {
    const atom = this.atom();
    const most = this.quantifier();
    if (most === 0) return 0;
    if (atom.takes !== undefined) {
      if (atom.takes === 'none') return 0;
      if (most === 1 || atom.takes === 'space') return 1;
      return Infinity;
    }
    if (atom.cross === 0 || most === 1) return atom.cross;
    return Infinity;
  }

  /** The most repetitions the quantifier at `at` allows (1 when there is none). */
  private quantifier(): number {
    const c = this.src[this.at];
    let most = 1;
    if (c === '?') most = 1;
    else if (c === '*' || c === '+') most = Infinity;
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.at));
      if (!m) throw new Error('brace');
      most = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
      this.at += m[0].length - 1;
    } else return 1;
    this.at++;
    if (this.src[this.at] === '?') this.at++;
    return most;
  }

  /** A single-character atom (`takes`) or a group (`cross`). */
  private atom(): { takes?: Takes; cross: number } {
    const c = this.src[this.at]!;
    if (c === '(') return { cross: this.group() };
    if (c === '[') return { takes: this.charClass(), cross: 0 };
    if (c === '\\') return this.escape();
    if (c === '^' || c === '$') throw new Error('anchor');
    this.at++;
    if (c === '.') return { takes: 'mixed', cross: 0 };
    return { takes: SPACES.includes(c.codePointAt(0)!) ? 'space' : 'none', cross: 0 };
  }

  /** The group at `at`, without its quantifier: how many spaces it can cross. */
  groupOnly(): number {
    if (this.src[this.at] !== '(') throw new Error('group');
    return this.group();
  }

  private group(): number {
    const rest = this.src.slice(this.at);
    const head = /^\((?:\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?/.exec(rest)![0];
    this.at += head.length;
    const cross = this.alternation();
    if (this.src[this.at] !== ')') throw new Error('group');
    this.at++;
    return cross;
  }

  private escape(): { takes?: Takes; cross: number } {
    const e = this.src[this.at + 1];
    if (e === undefined) throw new Error('escape');
    if (/[1-9k]/.test(e)) throw new Error('back-reference');
    if (e === 'b' || e === 'B') {
      this.at += 2;
      return { cross: 0 };
    }
    return { takes: this.classEscape(), cross: 0 };
  }

  /** An escape inside or outside a class: what it can match; `at` moves past it. */
  private classEscape(): Takes {
    const e = this.src[this.at + 1]!;
    if (e === 'p' || e === 'P') {
      const m = /^\\[pP]\{[^}]*\}/.exec(this.src.slice(this.at));
      if (!m) throw new Error('property');
      this.at += m[0].length;
      // No Unicode property this reader uses takes a space (\p{L}, \p{M}, \p{N}); \P takes them.
      return e === 'P' ? 'mixed' : 'none';
    }
    this.at += 2;
    if (e === 's') return 'space';
    if (e === 'S' || e === 'd' || e === 'w') return 'none';
    if (e === 'D' || e === 'W') return 'mixed';
    if ('tnvfr'.includes(e)) return 'space';
    if (e === 'u' || e === 'x') {
      this.at -= 2;
      return SPACES.includes(this.codePoint()) ? 'space' : 'none';
    }
    return 'none';
  }

  /** The code point of a `\uXXXX`, `\u{…}` or `\xHH` escape at `at`; `at` moves past it. */
  private codePoint(): number {
    const m = /^\\(?:u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2}))/.exec(this.src.slice(this.at));
    if (!m) throw new Error('code point');
    this.at += m[0].length;
    return parseInt(m[1] ?? m[2] ?? m[3]!, 16);
  }

  /** One member of a class: its code point, or -1 for a class escape (`kind` says what it takes). */
  private classMember(): { point: number; takes: Takes } {
    const c = this.src[this.at]!;
    if (c !== '\\') {
      const point = this.src.codePointAt(this.at)!;
      this.at += point > 0xffff ? 2 : 1;
      return { point, takes: SPACES.includes(point) ? 'space' : 'none' };
    }
    const e = this.src[this.at + 1]!;
    if (e === 'u' || e === 'x') {
      const point = this.codePoint();
      return { point, takes: SPACES.includes(point) ? 'space' : 'none' };
    }
    if (/[sSdDwWpPtnvfr]/.test(e)) return { point: -1, takes: this.classEscape() };
    this.at += 2;
    return { point: e.codePointAt(0)!, takes: 'none' };
  }

  /** A `[…]` class: whether it can take a space, and whether it takes anything else. */
  private charClass(): Takes {
    this.at++;
    const negated = this.src[this.at] === '^';
    if (negated) this.at++;
    let space = false;
    let other = false;
    while (this.src[this.at] !== ']') {
      if (this.at >= this.src.length) throw new Error('class');
      const low = this.classMember();
      let takes = low.takes;
      if (this.src[this.at] === '-' && this.src[this.at + 1] !== ']' && low.point >= 0) {
        this.at++;
        const high = this.classMember();
        if (high.point < 0) throw new Error('range');
        const inRange = SPACES.some((s) => s >= low.point && s <= high.point);
        takes = inRange ? (high.point > low.point ? 'mixed' : 'space') : 'none';
        if (!inRange || high.point > low.point) other = true;
      } else if (takes === 'none') other = true;
      if (takes === 'space') space = true;
      if (takes === 'mixed') space = other = true;
    }
    this.at++;
    if (negated) return 'mixed';
    return space ? (other ? 'mixed' : 'space') : 'none';
  }
}
