// isnad beside the JavaScript libraries that install here, on isnad's own fixture cases:
//
//   dates       fixtures/ar/dates/*.jsonl     isnad's date reader vs chrono-node's Arabic locale
//   quantities  fixtures/ar/claims/{numbers,qualifiers}.jsonl   isnad's figures vs
//               @microsoft/recognizers-text-number (no Arabic culture: English is the fallback)
//   normalize   fixtures/ar/normalize/*.jsonl vs arabic-nlp and @nlpjs/lang-ar
//
// A case is correct only when everything expected is found and nothing else: dates need the exact
// span and, where the case states one, the same day; a figure needs the expected value on a match
// overlapping the expected text; a normalization needs the exact expected matching text. Time is
// the median of 9 timed passes over all cases after 5 warmup passes. A library that fails to load is
// reported, not fatal. Prints markdown tables.
//
//   npm run compare

import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const ROOT = new URL('../', import.meta.url);
const require = createRequire(import.meta.url);

function readJsonl<T>(dir: string, only?: readonly string[]): { file: string; c: T }[] {
  const base = new URL(dir, ROOT);
  return readdirSync(base)
    .filter((f) => f.endsWith('.jsonl') && (only === undefined || only.includes(f)))
    .sort()
    .flatMap((file) =>
      readFileSync(new URL(file, base), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => ({ file, c: JSON.parse(line) as T })),
    );
}

function timeIt(run: () => void, passes = 9): number {
  for (let k = 0; k < 5; k++) run();
  const times: number[] = [];
  for (let k = 0; k < passes; k++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1]!;
}

interface Score {
  readonly system: string;
  readonly cases: number;
  readonly correct: number;
  readonly ms: number | null;
  readonly note: string;
}

function table(title: string, scores: readonly Score[]): void {
  console.log(`\n### ${title}\n`);
  console.log('| system | cases | correct | accuracy | ms (all cases) | note |');
  console.log('|---|---:|---:|---:|---:|---|');
  for (const s of scores) {
    const accuracy = s.cases > 0 ? `${((100 * s.correct) / s.cases).toFixed(1)} %` : 'n/a';
    const ms = s.ms === null ? 'n/a' : s.ms.toFixed(2);
    console.log(`| ${s.system} | ${s.cases} | ${s.correct} | ${accuracy} | ${ms} | ${s.note} |`);
  }
}

function load<T>(name: string): { module: T | null; error: string | null } {
  try {
    return { module: require(name) as T, error: null };
  } catch (error) {
    return {
      module: null,
      error: `${name} not installed (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
    };
  }
}

// ---------------------------------------------------------------------------------------------

interface DateCase {
  readonly input: string;
  readonly reference: string | null;
  readonly expect: readonly { readonly text: string; readonly date: string | null }[];
}

interface Found {
  readonly text: string;
  readonly start: number;
  readonly date: string | null;
}

/** Same spans in the same order, and the expected day wherever the case states one. */
function datesCorrect(c: DateCase, found: readonly Found[]): boolean {
  if (found.length !== c.expect.length) return false;
  return c.expect.every(
    (e, k) => found[k]!.text === e.text && (e.date === null || found[k]!.date === e.date),
  );
}

/**
 * Lenient: as many mentions as expected, each overlapping its expected span, with the expected
 * day. Span conventions differ (chrono keeps a leading `في`, isnad's fixtures do not).
 */
function datesOverlap(c: DateCase, found: readonly Found[]): boolean {
  if (found.length !== c.expect.length) return false;
  return c.expect.every((e, k) => {
    const at = c.input.indexOf(e.text);
    const f = found[k]!;
    return (
      f.start < at + e.text.length && f.start + f.text.length > at && (e.date === null || f.date === e.date)
    );
  });
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

interface ChronoResult {
  readonly index: number;
  readonly text: string;
  readonly start: { get(part: string): number | null };
}
interface Chrono {
  readonly ar?: { parse(text: string, ref?: Date): ChronoResult[] };
}

async function compareDates(isnadDates: (text: string, reference: string | null) => Found[]): Promise<void> {
  const cases = readJsonl<DateCase>('fixtures/ar/dates/').map(({ c }) => c);
  const scores: Score[] = [];
  const run = (
    read: (c: DateCase) => Found[],
  ): { correct: number; spans: number; lenient: number; ms: number } => {
    let correct = 0;
    let spans = 0;
    let lenient = 0;
    for (const c of cases) {
      const found = read(c);
      if (datesCorrect(c, found)) correct++;
      if (datesOverlap(c, found)) lenient++;
      if (found.length === c.expect.length && c.expect.every((e, k) => found[k]!.text === e.text)) spans++;
    }
    const ms = timeIt(() => {
      for (const c of cases) read(c);
    });
    return { correct, spans, lenient, ms };
  };
  const isnad = run((c) => isnadDates(c.input, c.reference));
  scores.push({
    system: 'isnad date reader',
    cases: cases.length,
    correct: isnad.correct,
    ms: isnad.ms,
    note: `exact spans alone ${isnad.spans}; overlapping span + day ${isnad.lenient}`,
  });
  const { module: chrono, error } = load<Chrono>('chrono-node');
  if (chrono?.ar) {
    const ar = chrono.ar;
    const read = (c: DateCase): Found[] => {
      const ref = c.reference ? new Date(`${c.reference}T12:00:00`) : new Date();
      return ar.parse(c.input, ref).map((r) => {
        const y = r.start.get('year');
        const m = r.start.get('month');
        const d = r.start.get('day');
        return {
          text: r.text,
          start: r.index,
          date: y !== null && m !== null && d !== null ? isoDay(y, m, d) : null,
        };
      });
    };
    const r = run(read);
    scores.push({
      system: 'chrono-node (chrono.ar)',
      cases: cases.length,
      correct: r.correct,
      ms: r.ms,
      note: `exact spans alone ${r.spans}; overlapping span + day ${r.lenient}`,
    });
  } else
    scores.push({ system: 'chrono-node', cases: 0, correct: 0, ms: null, note: error ?? 'no Arabic locale' });
  table('Dates (fixtures/ar/dates: exact span and day)', scores);
}

// ---------------------------------------------------------------------------------------------

interface ClaimCase {
  readonly id: string;
  readonly input: string;
  readonly expect: readonly { readonly text: string; readonly point?: number | null }[];
  readonly skip?: string;
}

interface RecognizerResult {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly resolution?: { readonly value?: string };
}
interface Recognizers {
  recognizeNumber(text: string, culture: string): RecognizerResult[];
  readonly Culture: { readonly English: string };
}

interface Figure {
  readonly start: number;
  readonly end: number;
  readonly value: number | null;
}

/** Every expected figure is found on a match overlapping its text, with its value. */
function figuresCorrect(c: ClaimCase, found: readonly Figure[]): boolean {
  return c.expect.every((e) => {
    const at = c.input.indexOf(e.text);
    const end = at + e.text.length;
    return found.some((f) => f.start < end && f.end > at && f.value === e.point);
  });
}

async function compareQuantities(isnadFigures: (text: string) => Figure[]): Promise<void> {
  const cases = readJsonl<ClaimCase>('fixtures/ar/claims/', ['numbers.jsonl', 'qualifiers.jsonl'])
    .map(({ c }) => c)
    .filter((c) => c.expect.length > 0 && c.expect.every((e) => typeof e.point === 'number'));
  const scores: Score[] = [];
  const run = (read: (text: string) => Figure[]): { correct: number; ms: number } => {
    let correct = 0;
    for (const c of cases) if (figuresCorrect(c, read(c.input))) correct++;
    const ms = timeIt(() => {
      for (const c of cases) read(c.input);
    });
    return { correct, ms };
  };
  const isnad = run(isnadFigures);
  scores.push({
    system: 'isnad (analyze: claim figures)',
    cases: cases.length,
    ...isnad,
    note: 'full pipeline per case',
  });
  const { module: rec, error } = load<Recognizers>('@microsoft/recognizers-text-number');
  const samples: string[] = [];
  if (rec) {
    const read = (text: string): Figure[] =>
      rec.recognizeNumber(text, rec.Culture.English).map((r) => ({
        start: r.start,
        end: r.end + 1,
        value: r.resolution?.value !== undefined ? Number(r.resolution.value) : null,
      }));
    const r = run(read);
    scores.push({
      system: '@microsoft/recognizers-text-number (English culture)',
      cases: cases.length,
      ...r,
      note: 'no Arabic culture exists',
    });
    for (const text of [
      'قتل نحو 12 ألف شخص',
      'أصيب خمسة مدنيين',
      'فر 4,000 سجين',
      'بين 60 و90 قتيلا',
      'مئات المعتقلين',
    ]) {
      const found = rec
        .recognizeNumber(text, rec.Culture.English)
        .map((x) => `${x.text}→${x.resolution?.value ?? '?'}`);
      samples.push(`\`${text}\` → ${found.length > 0 ? found.join(', ') : 'nothing'}`);
    }
  } else
    scores.push({
      system: '@microsoft/recognizers-text-number',
      cases: 0,
      correct: 0,
      ms: null,
      note: error ?? '',
    });
  table('Quantities (fixtures/ar/claims numbers + qualifiers: value on an overlapping match)', scores);
  if (samples.length > 0) {
    console.log('\nWhat recognizers-text gives on Arabic phrases:\n');
    for (const s of samples) console.log(`- ${s}`);
  }
}

// ---------------------------------------------------------------------------------------------

interface NormalizeCase {
  readonly id: string;
  readonly input: string;
  readonly steps?: readonly string[];
  readonly folded: string;
  readonly skip?: string;
}

interface ArabicNlp {
  sanitize(text: string): string;
  remove_tatweel(text: string): string;
  remove_tashkeel(text: string): string;
}

async function compareNormalizers(isnadNormalize: (text: string) => string): Promise<void> {
  const all = readJsonl<NormalizeCase>('fixtures/ar/normalize/').filter(({ c }) => c.skip === undefined);
  const full = all.filter(({ c }) => c.steps === undefined);
  // The two steps arabic-nlp offers one by one.
  const single = all.filter(({ c }) => c.steps?.length === 1 && /tatweel|diacritics/.test(c.steps[0]!));
  const systems: {
    name: string;
    fold: ((text: string) => string) | null;
    step?: (id: string, text: string) => string;
    error?: string;
  }[] = [];
  systems.push({ name: 'isnad normalize', fold: isnadNormalize });
  const nlp = load<ArabicNlp>('arabic-nlp');
  systems.push(
    nlp.module
      ? {
          name: 'arabic-nlp sanitize',
          fold: (t) => nlp.module!.sanitize(t),
          step: (id, t) =>
            id.endsWith('tatweel') ? nlp.module!.remove_tatweel(t) : nlp.module!.remove_tashkeel(t),
        }
      : { name: 'arabic-nlp', fold: null, error: nlp.error ?? '' },
  );
  const nlpjs = load<{ NormalizerAr: new () => { normalize(text: string): string } }>('@nlpjs/lang-ar');
  if (nlpjs.module) {
    const normalizer = new nlpjs.module.NormalizerAr();
    systems.push({ name: '@nlpjs/lang-ar NormalizerAr', fold: (t) => normalizer.normalize(t) });
  } else systems.push({ name: '@nlpjs/lang-ar', fold: null, error: nlpjs.error ?? '' });

  const files = [...new Set(full.map(({ file }) => file))];
  const scores: Score[] = [];
  const perFile: string[] = [];
  for (const s of systems) {
    if (!s.fold) {
      scores.push({ system: s.name, cases: 0, correct: 0, ms: null, note: s.error ?? '' });
      continue;
    }
    const fold = s.fold;
    const correct = full.filter(({ c }) => fold(c.input) === c.folded).length;
    const ms = timeIt(() => {
      for (const { c } of full) fold(c.input);
    });
    const byFile = files.map((f) => {
      const cases = full.filter(({ file }) => file === f);
      return `${cases.filter(({ c }) => fold(c.input) === c.folded).length}/${cases.length}`;
    });
    perFile.push(`| ${s.name} | ${byFile.join(' | ')} |`);
    scores.push({ system: s.name, cases: full.length, correct, ms, note: 'no offset map' });
    if (s.name === 'isnad normalize')
      scores[scores.length - 1] = { ...scores[scores.length - 1]!, note: 'with offset map' };
  }
  table(
    'Normalization, full matching view (fixtures/ar/normalize cases without `steps`: exact folded text)',
    scores,
  );
  console.log('\nBy fixture file (full-view cases):\n');
  console.log(`| system | ${files.map((f) => f.replace('.jsonl', '')).join(' | ')} |`);
  console.log(`|---|${files.map(() => '---:').join('|')}|`);
  for (const line of perFile) console.log(line);

  const stepScores: Score[] = [];
  const { normalizerFor, stepsById } = (await import(
    new URL('dist/lang/ar/normalize/index.js', ROOT).href
  )) as {
    normalizerFor: (steps: readonly unknown[]) => (text: string) => { text: string };
    stepsById: ReadonlyMap<string, unknown>;
  };
  const compiled = new Map<string, (text: string) => { text: string }>();
  const isnadStep = (id: string, t: string): string => {
    let run = compiled.get(id);
    if (!run) compiled.set(id, (run = normalizerFor([stepsById.get(id)])));
    return run(t).text;
  };
  for (const [name, step] of [
    ['isnad (one step)', isnadStep],
    ['arabic-nlp remove_tatweel / remove_tashkeel', systems[1]?.step],
  ] as const) {
    if (!step) continue;
    const correct = single.filter(({ c }) => step(c.steps![0]!, c.input) === c.folded).length;
    const ms = timeIt(() => {
      for (const { c } of single) step(c.steps![0]!, c.input);
    });
    stepScores.push({
      system: name,
      cases: single.length,
      correct,
      ms,
      note: 'tatweel and diacritics cases',
    });
  }
  table('Normalization, single steps arabic-nlp also offers', stepScores);
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const dist = (path: string): string => new URL(`dist/${path}`, ROOT).href;
  const { normalize } = (await import(dist('lang/ar/normalize/index.js'))) as {
    normalize: (s: string) => { text: string };
  };
  const { extractDates } = (await import(dist('lang/ar/dates/index.js'))) as {
    extractDates: (folded: unknown, reference: string | null, lexicon: unknown) => Found[];
  };
  const { loadArabicLexicon } = (await import(dist('lang/ar/lexicon/lexicon.js'))) as {
    loadArabicLexicon: () => unknown;
  };
  const lexicon = loadArabicLexicon();
  const { analyze } = (await import(dist('index.js'))) as {
    analyze: (
      text: string,
      options: { id: string; source?: string },
    ) => { claims: readonly { start: number; end: number; quantity: { point: number | null } }[] };
  };
  console.log(`isnad compare · node ${process.version}`);
  await compareDates((text, reference) => extractDates(normalize(text), reference, lexicon));
  await compareQuantities((text) =>
    analyze(text, { id: 'case', source: 'Outlet' }).claims.map((c) => ({
      start: c.start,
      end: c.end,
      value: c.quantity.point,
    })),
  );
  await compareNormalizers((text) => normalize(text).text);
}

main().catch((error: unknown) => {
  console.error(`isnad compare: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
