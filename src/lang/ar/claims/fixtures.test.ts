// Table-driven claim fixtures (STYLE.md point 13): every line of fixtures/ar/claims/*.jsonl is one case,
// run through the public `analyze` and checked as its own test.
//
//   { "id": "numbers-017", "input": "…", "expect": [ { "text": "…", "point"?, "low"?, "high"?, "qualifier"?,
//     "category"?, "kind"?, "group"?, "stance"?, "speaker"?, "speakerKind"?, "speakerAffiliation"?, "chain"?,
//     "evidence"?, "scope"?, "holder"?, "speakerName"? } ], "skip"?: "engine gap" }
//
// For each expectation exactly one produced claim must overlap the first occurrence of `text` in `input`
// and match every field the expectation gives; `speaker` is a substring of the innermost hop's name and
// `chain` lists substrings of every hop's name, outermost (the publisher) first. The number of produced
// claims must equal the number expected, so `expect: []` is the false-positive block. A case marked
// `skip` is still run: if it passes, the test says so, and the summary counts it as fixed.
import { analyze } from '../../../index.js';
import { runFixtureSuite } from '../../../testing/fixture-suite.js';
import type { Parsed } from '../../../testing/fixture-suite.js';
import type {
  Category,
  Claim,
  HopKind,
  Qualifier,
  Stance,
  StrikeMeans,
  SubjectKind,
} from '../../../types.js';
import {
  CATEGORIES,
  HOP_KINDS,
  QUALIFIERS,
  STANCES,
  SUBJECT_KINDS as KINDS,
  STRIKE_MEANS,
  isOneOf as oneOf,
} from '../../../vocabulary.js';

const DIR = new URL('../../../../fixtures/ar/claims/', import.meta.url);
const SOURCE = 'Outlet';

interface Expectation {
  readonly text: string;
  readonly point?: number | null;
  readonly low?: number | null;
  readonly high?: number | null;
  readonly qualifier?: Qualifier;
  readonly category?: Category;
  /** A strike's weapon as its noun names it; null for a strike whose noun names none. */
  readonly means?: StrikeMeans | null;
  readonly kind?: SubjectKind;
  readonly group?: string | null;
  readonly stance?: Stance;
  readonly speaker?: string;
  readonly chain?: readonly string[];
  /** `bodies` for a count of bodies found or recovered; null for any other figure. */
  readonly evidence?: 'bodies' | null;
  readonly scope?: 'background' | 'campaign' | null;
  /** The name of the side holding the people counted, or null for none. */
  readonly holder?: string | null;
  /** The innermost hop's kind: a person named, a body, an outlet, an anonymous source, a document. */
  readonly speakerKind?: HopKind;
  /** The innermost hop's affiliation (the party an outlet or an unnamed source speaks for), or null. */
  readonly speakerAffiliation?: string | null;
  /** The innermost hop's whole name, for a speaker that must hold nothing more (`ناشطون`, not `ناشطون فيديوهات`). */
  readonly speakerName?: string;
}

interface FixtureCase {
  readonly id: string;
  readonly input: string;
  readonly expect: readonly Expectation[];
  readonly skip?: string;
}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isIntOrNull(v: unknown): v is number | null {
  return v === null || Number.isSafeInteger(v);
}

const EXPECT_KEYS = new Set([
  'text',
  'point',
  'low',
  'high',
  'qualifier',
  'category',
  'means',
  'kind',
  'group',
  'stance',
  'speaker',
  'chain',
  'evidence',
  'scope',
  'holder',
  'speakerKind',
  'speakerAffiliation',
  'speakerName',
]);
const CASE_KEYS = new Set(['id', 'input', 'expect', 'skip']);

/** Checks one expectation's shape; returns the problems (unknown keys catch typos like `qualifer`). */
function expectationProblems(e: Json, input: string): string[] {
  const problems = Object.keys(e)
    .filter((k) => !EXPECT_KEYS.has(k))
    .map((k) => `unknown field "${k}"`);
  if (typeof e.text !== 'string' || e.text === '') problems.push('"text" must be a non-empty string');
  else if (!input.includes(e.text)) problems.push(`"text" ${JSON.stringify(e.text)} is not in the input`);
  for (const k of ['point', 'low', 'high'] as const) {
    if (k in e && !isIntOrNull(e[k])) problems.push(`"${k}" must be an integer or null`);
  }
  if ('qualifier' in e && !oneOf(QUALIFIERS, e.qualifier)) problems.push('bad "qualifier"');
  if ('category' in e && !oneOf(CATEGORIES, e.category)) problems.push('bad "category"');
  if ('means' in e && e.means !== null && !oneOf(STRIKE_MEANS, e.means)) problems.push('bad "means"');
  if ('kind' in e && !oneOf(KINDS, e.kind)) problems.push('bad "kind"');
  if ('stance' in e && !oneOf(STANCES, e.stance)) problems.push('bad "stance"');
  if ('speakerKind' in e && !oneOf(HOP_KINDS, e.speakerKind)) problems.push('bad "speakerKind"');
  if ('evidence' in e && e.evidence !== null && e.evidence !== 'bodies') problems.push('bad "evidence"');
  if ('scope' in e && e.scope !== null && e.scope !== 'background' && e.scope !== 'campaign')
    problems.push('bad "scope"');
  if (
    'speakerAffiliation' in e &&
    e.speakerAffiliation !== null &&
    (typeof e.speakerAffiliation !== 'string' || e.speakerAffiliation === '')
  )
    problems.push('"speakerAffiliation" must be a name or null');
  if ('holder' in e && e.holder !== null && (typeof e.holder !== 'string' || e.holder === ''))
    problems.push('"holder" must be a name or null');
  if ('group' in e && e.group !== null && (typeof e.group !== 'string' || e.group === '')) {
    problems.push('"group" must be a canonical name or null');
  }
  if ('speaker' in e && (typeof e.speaker !== 'string' || e.speaker === '')) {
    problems.push('"speaker" must be a non-empty string');
  }
  if ('speakerName' in e && (typeof e.speakerName !== 'string' || e.speakerName === ''))
    problems.push('"speakerName" must be a non-empty string');
  if (
    'chain' in e &&
    !(Array.isArray(e.chain) && e.chain.length > 0 && e.chain.every((h) => typeof h === 'string' && h !== ''))
  ) {
    problems.push('"chain" must be a non-empty array of non-empty strings');
  }
  return problems;
}

function parseLine(line: string, stem: string): Parsed<FixtureCase> {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (error) {
    return { ok: false, error: `not JSON: ${(error as Error).message}` };
  }
  if (!isObject(raw)) return { ok: false, error: 'not a JSON object' };
  const problems = Object.keys(raw)
    .filter((k) => !CASE_KEYS.has(k))
    .map((k) => `unknown field "${k}"`);
  const { id, input, expect, skip } = raw;
  if (typeof id !== 'string' || !id.startsWith(`${stem}-`)) problems.push(`"id" must start with "${stem}-"`);
  if (typeof input !== 'string' || input.trim() === '') problems.push('"input" must be a non-empty string');
  if (skip !== undefined && (typeof skip !== 'string' || skip.trim() === '')) {
    problems.push('"skip" must be a non-empty reason');
  }
  if (!Array.isArray(expect)) problems.push('"expect" must be an array');
  else if (typeof input === 'string') {
    expect.forEach((e: unknown, i) => {
      if (!isObject(e)) problems.push(`expect[${i}] is not an object`);
      else problems.push(...expectationProblems(e, input).map((p) => `expect[${i}]: ${p}`));
    });
  }
  if (problems.length > 0) return { ok: false, error: problems.join('; ') };
  // The checks above establish the shape field by field.
  return { ok: true, value: raw as unknown as FixtureCase };
}

function show(v: unknown): string {
  return JSON.stringify(v);
}

function innermost(claim: Claim): string {
  return claim.attribution.at(-1)?.name ?? '';
}

/** The given fields of `e` that `claim` gets wrong, as `field: want …, got …`. */
function mismatches(e: Expectation, claim: Claim): string[] {
  const out: string[] = [];
  const check = (field: string, want: unknown, got: unknown): void => {
    if (want !== undefined && want !== got) out.push(`${field}: want ${show(want)}, got ${show(got)}`);
  };
  check('point', e.point, claim.quantity.point);
  check('low', e.low, claim.quantity.low);
  check('high', e.high, claim.quantity.high);
  check('qualifier', e.qualifier, claim.quantity.qualifier);
  check('category', e.category, claim.category);
  check('means', e.means, claim.means ?? null);
  check('kind', e.kind, claim.subject.kind);
  check('group', e.group, claim.subject.group);
  check('stance', e.stance, claim.stance);
  check('evidence', e.evidence, claim.evidence ?? null);
  check('scope', e.scope, claim.scope ?? null);
  check('holder', e.holder, claim.holder?.name ?? null);
  check('speakerKind', e.speakerKind, claim.attribution.at(-1)?.kind);
  check('speakerAffiliation', e.speakerAffiliation, claim.attribution.at(-1)?.affiliation ?? null);
  if (e.speakerName !== undefined && innermost(claim) !== e.speakerName)
    out.push(`speakerName: want ${show(e.speakerName)}, got ${show(innermost(claim))}`);
  if (e.speaker !== undefined && !innermost(claim).includes(e.speaker)) {
    out.push(`speaker: want ⊇ ${show(e.speaker)}, got ${show(innermost(claim))}`);
  }
  if (e.chain !== undefined) {
    const names = claim.attribution.map((h) => h.name);
    const ok = names.length === e.chain.length && e.chain.every((part, i) => names[i]?.includes(part));
    if (!ok) out.push(`chain: want ${show(e.chain)}, got ${show(names)}`);
  }
  return out;
}

/** One line per claim, enough to see at a glance what the engine made of the input. */
function describeClaim(c: Claim): string {
  const q = c.quantity;
  const chain = c.attribution.map((h) => `${h.name}(${h.kind})`).join(' → ');
  return (
    `[${c.start},${c.end}) ${show(c.text)} point=${q.point} low=${q.low} high=${q.high} ${q.qualifier} ` +
    `${c.category} ${c.subject.kind}/${c.subject.group ?? '-'} ${c.stance} ← ${chain}`
  );
}

/** Everything wrong with the engine's output for one case; empty when it passes. */
function caseProblems(fixture: FixtureCase): string[] {
  const claims = analyze(fixture.input, { id: fixture.id, source: SOURCE }).claims;
  const problems: string[] = [];
  const used = new Map<Claim, string>();
  for (const e of fixture.expect) {
    const start = fixture.input.indexOf(e.text);
    const end = start + e.text.length;
    const overlapping = claims.filter((c) => c.start < end && start < c.end);
    const matching = overlapping.filter((c) => mismatches(e, c).length === 0);
    const label = show(e.text);
    if (matching.length === 1) {
      const claim = matching[0]!;
      const other = used.get(claim);
      if (other !== undefined) problems.push(`${label}: the same claim already answers ${other}`);
      used.set(claim, label);
    } else if (matching.length > 1) {
      problems.push(`${label}: ${matching.length} claims match, want exactly one`);
    } else if (overlapping.length === 0) {
      problems.push(`${label}: no claim overlaps it`);
    } else {
      for (const c of overlapping)
        problems.push(`${label}: ${show(c.text)} has ${mismatches(e, c).join('; ')}`);
    }
  }
  if (claims.length !== fixture.expect.length) {
    problems.push(`${claims.length} claims produced, ${fixture.expect.length} expected`);
  }
  if (problems.length > 0) problems.push('produced:', ...claims.map((c) => `  ${describeClaim(c)}`));
  return problems;
}

runFixtureSuite({
  dir: DIR,
  name: 'claim',
  parse: parseLine,
  title: (fixture) => `${fixture.id} ${fixture.input}`,
  run: caseProblems,
});
