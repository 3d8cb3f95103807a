// Every match of a global regex, without the copy of the regex that `String.prototype.matchAll`
// makes on each call: copying a regex looks its whole source up in V8's compilation cache, which for
// the long alternations of the date and lexicon patterns costs more than a short text's search.

/**
 * The matches of `pattern` (which must have the g flag) in `text`, left to right, as matchAll
 * gives them. The regex's own lastIndex drives the search: do not walk the same regex object in
 * two loops at once.
 */
export function* matchesOf(text: string, pattern: RegExp): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    yield m;
    if (m[0] === '') pattern.lastIndex = nextIndex(text, m.index, pattern.unicode);
  }
}

/** The index after the code point (u flag) or code unit at `index`. */
export function nextIndex(text: string, index: number, unicode: boolean): number {
  return index + (unicode && (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1);
}
