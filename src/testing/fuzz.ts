// Property-based fuzzing of the whole reader: generated texts go through `analyzeMany` and
// `extract`, and every run must return (never throw) with every span valid — half-open UTF-16
// offsets inside the original text, each `text` equal to the slice it names (CLAIMS.md, "Offsets").
//
// The inputs are built to hit what real feeds send and what an adversary would: Arabic news
// phrasing cut at random places, number words and digit runs far past Number.MAX_SAFE_INTEGER,
// Arabic-Indic and Persian digits, tatweel and censorship dots inside words, diacritics stacked on
// nothing, lone surrogates, bidi controls, NUL and other C0/C1 controls, emoji, and markup an
// attacker controls (scripts, entities, unclosed tags, comments, CDATA, TREC tags).
//
// Used by `fuzz.test.ts` (a fixed-seed slice inside `npm test`) and `scripts/fuzz.ts` (the full run).

import fc from 'fast-check';
import { checkSpans } from '../eval/spans.js';
import { analyzeMany, extract } from '../index.js';
import { documentsFromText } from '../ingest/index.js';
import type { ExtractResult, InputDocument } from '../types.js';

/** Words and phrases of conflict reporting, cut and glued at random by the generators. */
const ARABIC_PIECES = [
  'قتل',
  'مقتل',
  'قتلى',
  'جرحى',
  'إصابة',
  'أصيب',
  'فرار',
  'نزوح',
  'اعتقال',
  'اختطاف',
  'غارة',
  'غارات',
  'شخصا',
  'مدنيا',
  'عنصرا',
  'سجين',
  'طفلا',
  'بينهم',
  'منهم',
  'من بينهم',
  'نحو',
  'أكثر من',
  'ما لا يقل عن',
  'على الأقل',
  'قرابة',
  'حوالي',
  'بين',
  'و',
  'إلى',
  'حتى',
  'عشرات',
  'مئات',
  'آلاف',
  'ألف',
  'مليون',
  'مئة',
  'ثلاثة',
  'خمسة عشر',
  'عشرين',
  'أحد',
  'عنصرين',
  'قال',
  'وقال',
  'أضاف',
  'نفى',
  'نفت',
  'أكد',
  'ونقلت',
  'عن',
  'مصدر',
  'مسؤول',
  'المرصد السوري لحقوق الإنسان',
  'وكالة الأنباء',
  'داعش',
  'داعـ.ــ.ش',
  'قوات سوريا الديمقراطية',
  'قسد',
  'الحسكة',
  'دمشق',
  'غزة',
  'صنعاء',
  'يوم الخميس',
  'أمس',
  'الأسبوع الماضي',
  'منذ بدء الحملة',
  'كانون الثاني',
  'يناير',
  'الساعة',
  'صباحا',
  '٢٠٢٢',
  '١٢٣',
  'بالمئة',
  'دولار',
  'القرار',
  ':',
  '،',
  '.',
  '«',
  '»',
  '"',
  '(',
  ')',
  '-',
  '/',
  '\n',
  '\n\n',
  ' ',
];

const MARKUP_PIECES = [
  '<script>alert(1)</script>',
  '<script',
  '</script>',
  '<img src=x onerror="alert(1)">',
  '<style>p{}</style>',
  '<p>',
  '</p>',
  '<div dir="rtl">',
  '</div>',
  '<br/>',
  '<a href="javascript:alert(1)">',
  '</a>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '&amp;',
  '&#x202E;',
  '&#0;',
  '&nbsp;',
  '&lt;',
  '&#99999999;',
  '<DOC>',
  '</DOC>',
  '<DOCNO>x</DOCNO>',
  '<TEXT>',
  '</TEXT>',
  '<html><head><title>',
  '</title></head><body>',
  '<meta property="article:published_time" content="2022-01-20">',
  '<svg onload=alert(1)>',
  '<iframe src="data:text/html,x">',
];

/** Characters that break naive code: surrogates, bidi controls, C0/C1 controls, marks, odd digits. */
const ODD_CHARS = [
  '\uD800',
  '\uDC00',
  '\uDBFF\uDFFF',
  '\u200F',
  '\u200E',
  '\u202B',
  '\u202E',
  '\u2066',
  '\u2069',
  '\u200C',
  '\u200D',
  '\uFEFF',
  '\u0000',
  '\u0007',
  '\u001B',
  '\u0085',
  '\u2028',
  '\u2029',
  '\r',
  '\r\n',
  '\t',
  '\u0640',
  '\u0640\u0640\u0640',
  '\u064B',
  '\u0651\u064E',
  '\u0670',
  '\u06F4',
  '\u0664',
  '\u066B',
  '\u066C',
  '\u060C',
  '\u061F',
  '\uFDFD',
  '\uFEFB',
  '\uFE8D',
  '🙂',
  '👨‍👩‍👧',
  '\u0301',
  'é',
  'ß',
  'İ',
  'ſ',
  '\u00A0',
  '\u3000',
];

const arabicPiece = fc.constantFrom(...ARABIC_PIECES);
const markupPiece = fc.constantFrom(...MARKUP_PIECES);
const oddChar = fc.constantFrom(...ODD_CHARS);

/** Digit runs, from one digit to far past any safe integer, in Western, Arabic-Indic or Persian digits. */
const digitRun = fc
  .tuple(
    fc.integer({ min: 1, max: 400 }),
    fc.constantFrom('0123456789', '٠١٢٣٤٥٦٧٨٩', '۰۱۲۳۴۵۶۷۸۹'),
    fc.integer({ min: 0, max: 0xffffffff }),
    fc.constantFrom('', ',', '.', '٫', '٬', ' ', '-'),
  )
  .map(([length, digits, seed, separator]) => {
    let s = '';
    let x = seed || 1;
    for (let i = 0; i < length; i++) {
      x = (x * 1103515245 + 12345) >>> 0;
      s += digits[x % 10];
      if (separator && i % 3 === 2 && i < length - 1) s += separator;
    }
    return s;
  });

/** A piece of any kind; Arabic dominates so that most texts reach the claim reader. */
const piece = fc.oneof(
  { weight: 10, arbitrary: arabicPiece },
  { weight: 3, arbitrary: digitRun },
  { weight: 2, arbitrary: oddChar },
  { weight: 2, arbitrary: markupPiece },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);

/** Words in the slots of a report's sentence, so that many generated texts reach the claim reader. */
const SLOTS = {
  speaker: [
    '',
    'وقال المرصد السوري لحقوق الإنسان إن',
    'ونقلت وكالة الأنباء عن مصدر أمني أن',
    'وأفاد مسؤول',
    'ونفت قسد أن',
  ],
  event: ['مقتل', 'إصابة', 'فرار', 'اعتقال', 'نزوح', 'قتل', 'أسفرت الغارات عن مقتل'],
  qualifier: ['', 'نحو', 'أكثر من', 'ما لا يقل عن', 'قرابة', 'بين'],
  noun: ['شخصا', 'مدنيا', 'عنصرا من داعش', 'سجينا', 'طفلا', 'آخرين', 'عائلة', 'غارة'],
  tail: ['', 'في الحسكة', 'يوم الخميس', 'بينهم 3 أطفال', 'منذ بدء الحملة', 'أمس', 'على الأقل', '.'],
};

function slot(name: keyof typeof SLOTS): fc.Arbitrary<string> {
  return fc.constantFrom(...SLOTS[name]);
}

/** A report-like sentence whose pieces may be broken by odd characters, markup or digit runs. */
const newsSentence: fc.Arbitrary<string> = fc
  .tuple(
    slot('speaker'),
    slot('event'),
    slot('qualifier'),
    fc.oneof(digitRun, fc.constantFrom('ثلاثة', 'عشرين', 'مئتي', 'عشرات', 'آلاف', '200', '١٥')),
    slot('noun'),
    slot('tail'),
    fc.array(fc.tuple(fc.nat(), fc.oneof(oddChar, markupPiece)), { maxLength: 3 }),
  )
  .map(([speaker, event, qualifier, number, noun, tail, noise]) => {
    let text = [speaker, event, qualifier, number, noun, tail].filter(Boolean).join(' ');
    for (const [at, insert] of noise) {
      const k = at % (text.length + 1);
      text = text.slice(0, k) + insert + text.slice(k);
    }
    return text;
  });

/** A text glued from pieces, with or without spaces between them. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(fc.array(piece, { maxLength: 60 }), fc.boolean())
    .map(([pieces, spaced]) => pieces.join(spaced ? ' ' : '')),
  fc.array(newsSentence, { minLength: 1, maxLength: 6 }).map((sentences) => sentences.join(' ')),
);

/** A text cut at a random UTF-16 offset (which may split a surrogate pair or a tag). */
export const cutText: fc.Arbitrary<string> = fc
  .tuple(hostileText, fc.nat())
  .map(([text, cut]) => (text.length === 0 ? text : text.slice(0, cut % (text.length + 1))));

/** One to three documents, with optional caller metadata (some of it malformed). */
export const documentBatch: fc.Arbitrary<InputDocument[]> = fc
  .array(
    fc.record({
      text: fc.oneof(hostileText, cutText),
      source: fc.option(fc.constantFrom('وكالة', 'BBC', '', '<b>x</b>'), { nil: undefined }),
      published: fc.option(fc.constantFrom('2022-01-20', '2018-13-45', '', 'yesterday'), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 3 },
  )
  .map((docs) =>
    docs.map((d, k) => ({
      id: `d${k}`,
      text: d.text,
      ...(d.source !== undefined ? { source: d.source } : {}),
      ...(d.published !== undefined ? { published: d.published } : {}),
    })),
  );

/** Every invalid span of an `extract` result, as readable lines; empty when all are valid. */
export function extractProblems(text: string, result: ExtractResult): string[] {
  const problems: string[] = [];
  const spans: { start: number; end: number; text: string; what: string }[] = [
    ...result.quantities.map((q) => ({ ...q, what: 'quantity' })),
    ...result.dates.map((d) => ({ ...d, what: 'date' })),
    ...result.entities.map((e) => ({ ...e, what: 'entity' })),
  ];
  for (const s of spans) {
    const ok =
      Number.isInteger(s.start) &&
      Number.isInteger(s.end) &&
      s.start >= 0 &&
      s.start <= s.end &&
      s.end <= text.length &&
      text.slice(s.start, s.end) === s.text;
    if (!ok) problems.push(`${s.what} [${s.start}, ${s.end}) "${s.text}"`);
  }
  return problems;
}

/** What the generated inputs reached, so that a run shows it exercised the reader and not just its guards. */
export const reached = {
  batches: 0,
  claims: 0,
  batchesWithClaims: 0,
  texts: 0,
  quantities: 0,
  dates: 0,
  entities: 0,
};

/** Runs a batch through `analyzeMany`; throws (a property failure) on any invalid span. */
export function checkAnalyze(docs: readonly InputDocument[]): void {
  const result = analyzeMany(docs);
  reached.batches++;
  reached.claims += result.claims.length;
  if (result.claims.length > 0) reached.batchesWithClaims++;
  const texts = new Map(docs.map((d) => [d.id, d.text]));
  // Renamed ids (duplicates) keep their text reachable under the new id.
  for (const d of result.documents) if (!texts.has(d.id)) texts.set(d.id, '');
  const { errors } = checkSpans(result, texts);
  if (errors.length > 0) throw new Error(`invalid spans: ${errors.map((e) => e.message).join('; ')}`);
  JSON.stringify(result);
}

/** Runs one text through `extract`; throws on any invalid span. */
export function checkExtract(text: string): void {
  const result = extract(text);
  reached.texts++;
  reached.quantities += result.quantities.length;
  reached.dates += result.dates.length;
  reached.entities += result.entities.length;
  const problems = extractProblems(text, result);
  if (problems.length > 0) throw new Error(`invalid spans: ${problems.join('; ')}`);
}

/** Runs markup through the ingest path (TREC/HTML detection and text extraction), then `analyzeMany`. */
export function checkMarkup(text: string): void {
  const docs = documentsFromText('m', text, {});
  checkAnalyze(docs);
}

/** The three properties, each with the share of runs it gets. */
export const properties: readonly {
  name: string;
  share: number;
  property: () => fc.IRawProperty<unknown[]>;
}[] = [
  { name: 'analyzeMany', share: 0.5, property: () => fc.property(documentBatch, checkAnalyze) },
  { name: 'extract', share: 0.3, property: () => fc.property(fc.oneof(hostileText, cutText), checkExtract) },
  {
    name: 'ingest+analyze',
    share: 0.2,
    property: () =>
      fc.property(
        fc
          .array(fc.oneof(markupPiece, arabicPiece, digitRun, oddChar), { maxLength: 50 })
          .map((p) => p.join('')),
        checkMarkup,
      ),
  },
];
