// Each quantity rule on the Arabic its file opens with: a sentence it must match gives a quantity of
// that text carrying the rule's id; a sentence it must not match gives no quantity carrying it.
// The sentences are written for these tests, not taken from any report.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../../../index.js';

/** The rule's id tail, then [sentence, the quantity's text] it must give, then sentences it must not. */
const CASES: readonly [string, readonly (readonly [string, string])[], readonly string[]][] = [
  [
    'number/digits',
    [
      ['قتل 374 شخصا', '374'],
      ['وصل 4,000 لاجئ', '4,000'],
    ],
    ['اتصل على 0933123456'],
  ],
  [
    'number/digits-scale',
    [
      ['قتل 150ألف شخص', '150ألف'],
      ['قتل 5 آلاف', '5 آلاف'],
    ],
    ['قتل 5 ألفين'],
  ],
  [
    'number/teens',
    [
      ['قتل أحد عشر شخصا', 'أحد عشر'],
      ['قتل اثنا عشر شخصا', 'اثنا عشر'],
    ],
    ['قتل أحد المهاجمين', 'قتل عشرون وثلاثة'],
  ],
  [
    'number/fraction',
    [
      ['قتل نصف مليون شخص', 'نصف مليون'],
      ['نزح مليون ونصف المليون', 'مليون ونصف المليون'],
    ],
    ['بقي ثلث', 'نصف السكان', 'قتل ثلاثة ونصف'],
  ],
  [
    'number/scale',
    [
      ['قتل ثلاثة آلاف', 'ثلاثة آلاف'],
      ['قتل ألفا شخص', 'ألفا'],
    ],
    ['نزح آلاف', 'نزح عشرين آلاف'],
  ],
  [
    'number/words',
    [
      ['قتل مئة وخمسة وعشرون', 'مئة وخمسة وعشرون'],
      ['قتل ثلاث مئة', 'ثلاث مئة'],
    ],
    ['قتل الثلاثة', 'قتل 374 شخصا'],
  ],
  [
    'number/vague',
    [
      ['مقتل العشرات', 'العشرات'],
      ['بضع مئات', 'بضع مئات'],
    ],
    ['عدة أشخاص', 'العديد من القتلى'],
  ],
  [
    'number/vague-several',
    [
      ['دمرت عدة منازل', 'عدة'],
      ['عدة مئات', 'عدة مئات'],
    ],
    ['مقتل العشرات'],
  ],
  [
    'number/vague-some',
    [
      ['قتل عدد من المدنيين', 'عدد من'],
      ['وعدد من الجرحى', 'وعدد من'],
    ],
    ['العديد من القتلى', 'العدد من القتلى', 'عدد القتلى'],
  ],
  [
    'quantity/one-of',
    [
      ['قتل أحد المهاجمين', 'أحد'],
      ['أصابت إحدى الغارات', 'إحدى'],
    ],
    ['لم يتعرض أحد لإصابات', 'لا أحد من السكان', 'يوم الأحد قتل', 'قتل أحد عشر شخصا'],
  ],
  [
    'quantity/dual',
    [
      ['شنت غارتين', 'غارتين'],
      ['قتل مدنيين اثنين', 'مدنيين اثنين'],
      ['قتل بالرصاص شرطيين', 'شرطيين'],
    ],
    ['حركة طالبان', 'الصاروخين', 'مقتل مدنيين', 'قتل 4 شرطيين', 'بعد يومين'],
  ],
  [
    'quantity/percent',
    [
      ['50 في المئة', '50 في المئة'],
      ['31 بالمائة', '31 بالمائة'],
      ['20 بالمية', '20 بالمية'],
    ],
    ['50 مئة', '50 في المية'],
  ],
  [
    'quantity/money',
    [
      ['500 دولار', '500'],
      ['دفع $500', '500'],
    ],
    ['500 شخص', 'دفع $ 500', '50 بالمئة'],
  ],
  [
    'quantity/range-between',
    [
      ['قتل بين 60 و90', 'بين 60 و90'],
      ['ما بين 31 و41 بالمئة', 'ما بين 31 و41 بالمئة'],
    ],
    ['من بين 20 مصابا', 'بين 2011 و2014', 'بين ثلاثة وستة أشهر', 'بين 90 و60'],
  ],
  [
    'quantity/range-from-to',
    [
      ['قتل من 20 إلى 30', 'من 20 إلى 30'],
      ['من 200 حتى 300 شخص', 'من 200 حتى 300'],
    ],
    ['ارتفع من 20 إلى 30', 'من 22 إلى 30 يونيو', 'من 2011 إلى 2014'],
  ],
  [
    'quantity/range-dash',
    [
      ['قتل 60-90', '60-90'],
      ['3-4 آلاف', '3-4 آلاف'],
    ],
    ['خسرتها 1-6', '6-صفر و4-6', 'الخسارة 4-5 أمام ليفانتي', 'قتل 90-60'],
  ],
  [
    'quantity/range-to',
    [
      ['قتل 20 إلى 30', '20 إلى 30'],
      ['200 حتى 300 شخص', '200 حتى 300'],
    ],
    ['ارتفع العدد 20 إلى 30', '22 إلى 30 يونيو', 'قتل 30 إلى 20'],
  ],
  [
    'quantity/range-or',
    [
      ['قتل ثلاثة أو أربعة', 'ثلاثة أو أربعة'],
      ['20 أو 30 جريحا', '20 أو 30'],
    ],
    ['3 أو 40', '4 أو 5 ثوان', 'خمسة أو ثلاثة'],
  ],
];

const quantities = (text: string) => extract(text, { referenceDate: '2018-05-01' }).quantities;

for (const [tail, must, mustNot] of CASES) {
  const id = `ar/${tail}`;
  test(`${id}: must match`, () => {
    for (const [text, span] of must) {
      const found = quantities(text)
        .filter((q) => q.rules.includes(id))
        .map((q) => q.text);
      assert.deepEqual(found, [span], text);
    }
  });
  test(`${id}: must not match`, () => {
    for (const text of mustNot) {
      const found = quantities(text)
        .filter((q) => q.rules.includes(id))
        .map((q) => q.text);
      assert.deepEqual(found, [], text);
    }
  });
}
