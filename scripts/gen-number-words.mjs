// Writes fixtures/ar/quantities/generated.jsonl: number words composed by MSA grammar (masculine and
// feminine units, teens, tens + units, hundreds, thousands and millions), each in one frame sentence,
// so every composition rule of the quantity reader is checked against its value. Review the output
// before committing it: this script is a generator of data, the data is what the tests read.
//   node scripts/gen-number-words.mjs > fixtures/ar/quantities/generated.jsonl
const UNITS_M = ['', 'واحد', 'اثنان', 'ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة'];
const UNITS_F = ['', 'واحدة', 'اثنتان', 'ثلاث', 'أربع', 'خمس', 'ست', 'سبع', 'ثماني', 'تسع'];
const TENS_NOM = ['', 'عشرة', 'عشرون', 'ثلاثون', 'أربعون', 'خمسون', 'ستون', 'سبعون', 'ثمانون', 'تسعون'];
const TENS_GEN = ['', 'عشرة', 'عشرين', 'ثلاثين', 'أربعين', 'خمسين', 'ستين', 'سبعين', 'ثمانين', 'تسعين'];
const HUNDREDS = ['', 'مئة', 'مئتان', 'ثلاثمئة', 'أربعمئة', 'خمسمئة', 'ستمئة', 'سبعمئة', 'ثمانمئة', 'تسعمئة'];
const HUNDREDS_ALT = [
  '',
  'مائة',
  'مائتين',
  'ثلاثمائة',
  'أربعمائة',
  'خمسمائة',
  'ستمائة',
  'سبعمائة',
  'ثمانمائة',
  'تسعمائة',
];

/** Below a hundred, masculine counted noun; `gen` picks the -ين case. */
function belowHundred(n, gen, fem) {
  const u = n % 10;
  const t = Math.floor(n / 10);
  const units = fem ? UNITS_F : UNITS_M;
  if (n < 10) return units[n];
  if (n === 10) return fem ? 'عشر' : 'عشرة';
  if (n < 20) {
    if (u === 1) return fem ? 'إحدى عشرة' : 'أحد عشر';
    if (u === 2) return fem ? (gen ? 'اثنتي عشرة' : 'اثنتا عشرة') : gen ? 'اثني عشر' : 'اثنا عشر';
    return `${units[u]} ${fem ? 'عشرة' : 'عشر'}`;
  }
  const tens = (gen ? TENS_GEN : TENS_NOM)[t];
  if (u === 0) return tens;
  const unit = u === 2 ? (gen ? (fem ? 'اثنتين' : 'اثنين') : units[2]) : units[u];
  return `${unit} و${tens}`;
}

function belowThousand(n, gen, fem, alt) {
  const h = Math.floor(n / 100);
  const rest = n % 100;
  const hs = (alt ? HUNDREDS_ALT : HUNDREDS)[h];
  const head = h === 2 && gen && !alt ? 'مئتين' : hs;
  if (h === 0) return belowHundred(rest, gen, fem);
  return rest === 0 ? head : `${head} و${belowHundred(rest, gen, fem)}`;
}

const cases = [];
const add = (words, value, frame) => cases.push({ words, value, frame });
const FRAME_NOM = (w) => `وقال المسؤول إن ${w} من المدنيين قتلوا في القصف.`;
const FRAME_GEN = (w) => `وأعلنت المنظمة عن مقتل ${w} من المدنيين في القصف.`;

for (const n of [3, 4, 5, 6, 7, 8, 9, 10]) {
  add(belowHundred(n, false, false), n, FRAME_NOM);
  add(belowHundred(n, false, true), n, FRAME_GEN);
}
for (let n = 11; n <= 19; n++) {
  add(belowHundred(n, false, false), n, FRAME_NOM);
  add(belowHundred(n, true, true), n, FRAME_GEN);
}
for (const n of [20, 21, 22, 25, 33, 47, 58, 64, 76, 89, 99]) {
  add(belowHundred(n, false, false), n, FRAME_NOM);
  add(belowHundred(n, true, false), n, FRAME_GEN);
}
for (const n of [100, 200, 300, 400, 500, 600, 700, 800, 900, 105, 110, 150, 222, 315, 999]) {
  add(belowThousand(n, false, false, false), n, FRAME_NOM);
  add(belowThousand(n, true, false, true), n, FRAME_GEN);
}
add('ثلاث مئة', 300, FRAME_NOM);
add('خمس مئة', 500, FRAME_GEN);
for (const [w, v] of [
  ['ألف', 1000],
  ['ألفان', 2000],
  ['ألفين', 2000],
  ['ثلاثة آلاف', 3000],
  ['عشرة آلاف', 10000],
  ['أحد عشر ألفا', 11000],
  ['خمسة وعشرين ألفا', 25000],
  ['مئة ألف', 100000],
  ['مئتي ألف', 200000],
  ['ثلاثمئة وخمسين ألفا', 350000],
  ['ألف وخمسمئة', 1500],
  ['ألفين وثلاثمئة', 2300],
  ['أربعة آلاف وخمسمئة', 4500],
  ['مليون', 1000000],
  ['مليونين', 2000000],
  ['ثلاثة ملايين', 3000000],
  ['مليون ونصف', 1500000],
  ['مليون ونصف المليون', 1500000],
  ['مليونين ونصف', 2500000],
  ['نصف مليون', 500000],
  ['ربع مليون', 250000],
  ['مليون ومئتي ألف', 1200000],
  ['مليار', 1000000000],
  ['ثلاثة مليارات', 3000000000],
]) {
  add(w, v, FRAME_GEN);
}

let n = 0;
for (const c of cases) {
  n++;
  const input = c.frame(c.words);
  const expect = [{ text: c.words, low: c.value, high: c.value, point: c.value, qualifier: 'exact' }];
  process.stdout.write(
    JSON.stringify({ id: `generated-${String(n).padStart(3, '0')}`, input, expect }) + '\n',
  );
}
