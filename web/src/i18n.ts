// The UI's words in Arabic and English. The page stays right to left in both: the reports are Arabic.

export type Lang = 'ar' | 'en';

const LANG_KEY = 'isnad.lang';

let current: Lang = localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'ar';

export function lang(): Lang {
  return current;
}

export function setLang(l: Lang): void {
  current = l;
  localStorage.setItem(LANG_KEY, l);
  document.documentElement.lang = l;
}

const WORDS = {
  app: ['إسناد', 'isnad'],
  tagline: ['من يقول أيّ رقم، وعن مَن', 'who claims which figure, through whom'],
  cases: ['القضايا', 'Cases'],
  newCase: ['قضية جديدة', 'New case'],
  caseName: ['اسم القضية', 'Case name'],
  create: ['أنشئ', 'Create'],
  noCases: ['لا قضايا بعد. أنشئ واحدة ثم أضف تقارير.', 'No cases yet. Create one, then add reports.'],
  documents: ['تقارير', 'reports'],
  claims: ['ادعاءات', 'claims'],
  overview: ['نظرة عامة', 'Overview'],
  board: ['لوحة الادعاءات', 'Claims board'],
  figures: ['التقديرات والخريطة', 'Estimates & map'],
  conflicts: ['التعارضات', 'Conflicts'],
  timeline: ['التسلسل الزمني', 'Timeline'],
  review: ['المراجعة', 'Review'],
  brief: ['الموجز', 'Brief'],
  add: ['أضف تقريراً', 'Add a report'],
  sources: ['المصادر', 'Sources'],
  outlet: ['الوسيلة', 'Outlet'],
  date: ['التاريخ', 'Date'],
  title: ['العنوان', 'Title'],
  report: ['التقرير', 'Report'],
  incidents: ['الأحداث', 'Incidents'],
  place: ['المكان', 'Place'],
  dates: ['التواريخ', 'Dates'],
  parties: ['الأطراف', 'Parties'],
  events: ['ما أُحصي', 'Counted'],
  unknownOutlet: ['(وسيلة غير معروفة)', '(unknown outlet)'],
  undated: ['بلا تاريخ', 'undated'],
  republication: ['إعادة نشر لـ', 'republishes'],
  slot: ['الخانة', 'Slot'],
  anySide: ['(بلا طرف)', '(no side)'],
  partisan: ['طرف في القتال يتحدث عن خسائر خصمه', 'a party speaking of its enemy’s losses'],
  confirmed: ['مؤكَّد', 'confirmed'],
  rejected: ['مرفوض', 'rejected'],
  corrected: ['مصحَّح', 'corrected'],
  legend: ['المفتاح', 'Legend'],
  allIncidents: ['كل الأحداث', 'All incidents'],
  incident: ['الحدث', 'Incident'],
  low: ['الأدنى', 'low'],
  best: ['الأرجح', 'best'],
  high: ['الأعلى', 'high'],
  conservative: ['المحافظ', 'conservative'],
  basis: ['الأساس', 'basis'],
  map: ['خريطة الأحداث', 'Map of incidents'],
  notOnMap: ['لم يُحدَّد موقعه', 'not located'],
  noConflicts: ['لا تعارض بين المصادر.', 'No conflicts between sources.'],
  noTimeline: ['لا تواريخ.', 'No dates.'],
  claim: ['الادعاء', 'Claim'],
  figure: ['الرقم', 'Figure'],
  category: ['الفئة', 'Category'],
  side: ['الطرف', 'Side'],
  kind: ['النوع', 'Kind'],
  stance: ['الموقف', 'Stance'],
  speaker: ['القائل', 'Speaker'],
  chain: ['سلسلة الإسناد', 'Chain'],
  rules: ['القواعد', 'Rules'],
  confirm: ['أكّد', 'Confirm'],
  reject: ['ارفض', 'Reject'],
  edit: ['عدّل', 'Edit'],
  reset: ['أعد قراءة الآلة', 'Back to the machine'],
  save: ['احفظ', 'Save'],
  cancel: ['ألغِ', 'Cancel'],
  next: ['التالي', 'Next'],
  previous: ['السابق', 'Previous'],
  keys: [
    'j/k: التالي/السابق · c: أكّد · x: ارفض · e: عدّل',
    'j/k: next/previous · c: confirm · x: reject · e: edit',
  ],
  machineSaid: ['قراءة الآلة', 'machine read'],
  entities: ['كيانات', 'entities'],
  highlights: ['التظليل', 'Highlights'],
  paste: ['لصق نص', 'Paste text'],
  upload: ['رفع ملفات', 'Upload files'],
  url: ['رابط', 'URL'],
  text: ['النص', 'Text'],
  docId: ['المعرّف (اختياري)', 'Id (optional)'],
  source: ['المصدر (اختياري)', 'Source (optional)'],
  published: ['تاريخ النشر YYYY-MM-DD (اختياري)', 'Published YYYY-MM-DD (optional)'],
  send: ['أضف', 'Add'],
  added: ['أضيف', 'added'],
  duplicate: ['موجود سابقاً', 'already there'],
  failed: ['فشل', 'failed'],
  working: ['جارٍ العمل…', 'Working…'],
  loading: ['جارٍ التحميل…', 'Loading…'],
  error: ['خطأ', 'Error'],
  token: ['رمز الكتابة', 'Write token'],
  tokenAsk: ['الخادم يطلب رمزاً للكتابة. أدخله:', 'The server needs a token for writes. Enter it:'],
  briefLang: ['لغة الموجز', 'Brief language'],
  references: ['الادعاءات المستشهد بها', 'Claims cited'],
  noBrief: ['لا أحداث يكتب عنها الموجز.', 'No incident to write about.'],
  openReport: ['افتح التقرير', 'Open the report'],
  none: ['—', '—'],
  quote: ['الاقتباس', 'Quote'],
  boardKeys: [
    'j/k: الادعاء التالي/السابق · c: أكّد · x: ارفض · e أو Enter: افتحه في تقريره',
    'j/k: next/previous claim · c: confirm · x: reject · e or Enter: open it in its report',
  ],
  noClaims: ['لا ادعاءات في هذه القضية بعد. أضف تقارير.', 'No claims in this case yet. Add reports.'],
  merge: ['ادمج المحدد', 'Merge selected'],
  mergeHelp: ['حدّد حدثين أو أكثر لدمجهما في حدث واحد.', 'Tick two or more incidents to join them into one.'],
  split: ['افصل…', 'Split…'],
  splitOff: ['افصل المحدد في حدث جديد', 'Split the ticked reports off'],
  splitHelp: ['حدّد التقارير التي تنتمي إلى حدث آخر:', 'Tick the reports that belong to another incident:'],
  republicationOf: ['إعادة نشر لتقرير', 'Republication of'],
  original: ['(تقرير أصلي)', '(an original report)'],
} as const satisfies Record<string, readonly [string, string]>;

export type Word = keyof typeof WORDS;

export function t(word: Word): string {
  return WORDS[word][current === 'ar' ? 0 : 1];
}

const CATEGORY: Readonly<Record<string, readonly [string, string]>> = {
  killed: ['قتلى', 'killed'],
  wounded: ['جرحى', 'wounded'],
  killed_or_wounded: ['قتلى أو جرحى', 'killed or wounded'],
  arrested: ['معتقلون', 'arrested'],
  abducted: ['مختطفون', 'abducted'],
  escaped: ['فارّون', 'escaped'],
  released: ['مُفرَج عنهم', 'released'],
  missing: ['مفقودون', 'missing'],
  displaced: ['نازحون', 'displaced'],
  surrendered: ['مستسلمون', 'surrendered'],
  combatants: ['مقاتلون', 'combatants'],
  strikes: ['غارات', 'strikes'],
  held: ['محتجزون', 'held'],
  other: ['أخرى', 'other'],
};

const KIND: Readonly<Record<string, readonly [string, string]>> = {
  combatants: ['مقاتلون', 'combatants'],
  civilians: ['مدنيون', 'civilians'],
  prisoners: ['سجناء', 'prisoners'],
  staff: ['عناصر/موظفون', 'staff'],
  families: ['عائلات', 'families'],
  mixed: ['مختلط', 'mixed'],
  other: ['أخرى', 'other'],
  unknown: ['غير محدد', 'unknown'],
};

const STANCE: Readonly<Record<string, readonly [string, string]>> = {
  asserted: ['مؤكَّد', 'asserted'],
  probable: ['مرجَّح', 'probable'],
  possible: ['محتمل', 'possible'],
  denied: ['منفي', 'denied'],
  uncommitted: ['غير ملتزم', 'uncommitted'],
};

const QUALIFIER: Readonly<Record<string, readonly [string, string]>> = {
  exact: ['', ''],
  approx: ['نحو ', '~'],
  at_least: ['على الأقل ', '≥'],
  more_than: ['أكثر من ', '>'],
  at_most: ['على الأكثر ', '≤'],
  less_than: ['أقل من ', '<'],
  range: ['', ''],
  vague: ['غامض ', 'vague '],
};

const HOP: Readonly<Record<string, readonly [string, string]>> = {
  person: ['شخص', 'person'],
  organization: ['جهة', 'organization'],
  outlet: ['وسيلة إعلام', 'outlet'],
  anonymous: ['مصدر مجهول', 'anonymous'],
  document: ['وثيقة', 'document'],
  unknown: ['غير محدد', 'unknown'],
};

const pick = (table: Readonly<Record<string, readonly [string, string]>>, key: string): string =>
  table[key]?.[current === 'ar' ? 0 : 1] ?? key;

export const category = (c: string): string => pick(CATEGORY, c);
export const kind = (k: string): string => pick(KIND, k);
export const stance = (s: string): string => pick(STANCE, s);
export const qualifier = (q: string): string => pick(QUALIFIER, q);

export const hopKind = (k: string): string => pick(HOP, k);
export const HOP_KINDS = Object.keys(HOP);
export const CATEGORIES = Object.keys(CATEGORY);
export const KINDS = Object.keys(KIND);
export const STANCES = Object.keys(STANCE);
export const QUALIFIERS = Object.keys(QUALIFIER);

/** The mark shown beside a figure for its stance. */
export const STANCE_MARK: Readonly<Record<string, string>> = {
  asserted: '●',
  probable: '◕',
  possible: '◔',
  denied: '⊘',
  uncommitted: '○',
};

export function number(n: number): string {
  return n.toLocaleString(current === 'ar' ? 'ar-SY-u-nu-latn' : 'en-GB');
}
