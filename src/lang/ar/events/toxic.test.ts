// Toxic means (toxic.ts): a headline or lead that tells of an event by a toxic gas or chemical arms.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLexicon } from '../../../index.js';
import { createArabicPack } from '../pack.js';

const pack = createArabicPack(loadLexicon());
const toxic = (text: string): boolean =>
  pack.analyzeBatch([{ id: 't', text, source: null, published: '2018-05-15' }])[0]!.toxic === true;

test('a headline or lead telling of an event by a toxic gas marks the report', () => {
  assert.equal(
    toxic('مقتل 40 شخصا في هجوم بالغاز السام على بلدة بريف دمشق\nقال ناشطون إن عشرات المدنيين قتلوا أمس.'),
    true,
  );
  assert.equal(
    toxic('قصف على حي سكني\nأصيب العشرات بحالات اختناق إثر قصف بالكلور على حي سكني في المدينة أمس.'),
    true,
  );
});

test('a toxic word in the body only, or in a headline telling of no event, does not', () => {
  assert.equal(
    toxic(
      'مقتل 12 مدنيا في غارات على ريف إدلب\nقتل 12 مدنيا في غارات على ريف إدلب أمس.\nواتهمت المعارضة الحكومة في السنوات الماضية باستخدام الغاز السام.',
    ),
    false,
  );
  assert.equal(toxic('منظمة حظر الأسلحة الكيماوية تنهي عملها في البلدة\nغادر المفتشون البلدة أمس.'), false);
  assert.equal(toxic('مقتل 12 مدنيا في غارات على ريف إدلب\nقتل 12 مدنيا في غارات على ريف إدلب أمس.'), false);
});
