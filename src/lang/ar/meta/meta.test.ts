// Document metadata on synthetic texts: every outlet and person here is invented.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from '../../../pipeline/stage.js';
import { NO_TRACE } from '../../../pipeline/trace.js';
import { ArabicDoc } from '../document.js';
import { densestWindow, inferPublishedFromBatch, placesNamed } from './published-batch.js';
import { pageMetaStage } from './stages.js';
import type { PageMeta } from './title.js';
import type { PublishedDate } from '../dates/publication.js';
import { loadArabicLexicon } from '../lexicon/lexicon.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { readingStages } from '../pipeline.js';

const LEXICON = loadArabicLexicon();

const BODY =
  'وقال مصدر محلي إن الاشتباكات تواصلت في محيط المدينة طوال الليل وسط تحليق للطيران وانقطاع الكهرباء عن الأحياء الجنوبية بالكامل.';

/** A document read up to its page metadata, as `analyze` reads it. */
function read(text: string): ArabicDoc {
  const doc = new ArabicDoc('doc', text, { source: null, published: null }, LEXICON, NO_TRACE);
  run([...readingStages, pageMetaStage], [doc]);
  return doc;
}

function meta(text: string): PageMeta & { readonly published: PublishedDate | null } {
  const doc = read(text);
  return { ...doc.meta, published: doc.published };
}

function slice(text: string, span: { start: number; end: number } | null | undefined): string | null {
  return span ? text.slice(span.start, span.end) : null;
}

test('title: the first line that is not boilerplate, in original offsets', () => {
  const text = `Sorry, you need to enable JavaScript to visit this website.\n\nنزوح الآلاف من الأحياء الجنوبية\n${BODY}`;
  const m = meta(text);
  assert.equal(m.title?.text, 'نزوح الآلاف من الأحياء الجنوبية');
  assert.equal(slice(text, m.title), m.title?.text);
  assert.equal(meta(`${BODY}\n${BODY}`).title, null, 'a body paragraph is no headline');
});

test('outlet: خاص-<outlet> and <outlet> - خاص', () => {
  const text = `اشتباكات عنيفة في المدينة\nخاص-نبض المدينة\n${BODY}`;
  const m = meta(text);
  assert.equal(m.outlet?.name, 'نبض المدينة');
  assert.equal(m.outlet?.rule, 'ar/meta/outlet-exclusive');
  assert.equal(slice(text, m.outlet), 'نبض المدينة');
  assert.equal(meta(`عنوان الخبر\nصدى الجنوب - خاص\n${BODY}`).outlet?.name, 'صدى الجنوب');
  assert.equal(meta(`عنوان الخبر\nخاص لـنبض المدينة\n${BODY}`).outlet?.name, 'نبض المدينة');
  assert.equal(meta(`عنوان الخبر\n${BODY} (خاص لـ"صدى الجنوب")`).outlet?.name, 'صدى الجنوب');
  assert.equal(meta(`عنوان الخبر\n${BODY}`).title?.text, 'عنوان الخبر');
});

test('outlet: a source telling something to the outlet', () => {
  const told = meta(`عنوان\n${BODY}\nوأضاف المتحدث لـ"صدى الجنوب" أن القوات تقدمت.`);
  assert.equal(told.outlet?.name, 'صدى الجنوب');
  assert.equal(told.outlet?.rule, 'ar/meta/outlet-told');
  const sources = meta(`عنوان\nوأفادت مصادر من "الجبهة" لـ “راديو الشمال” أن المفاوضات متعثرة.`);
  assert.equal(sources.outlet?.name, 'راديو الشمال');
  const interview = meta(`عنوان\nوأوضح في تصريح خاص لـ"راديو الشمال"، أن الوضع هادئ.`);
  assert.equal(interview.outlet?.name, 'راديو الشمال');
});

test('outlet: genitive لـ after a title and third-party media are not publishers', () => {
  assert.equal(meta(`عنوان\nوقالت القائد العام لـ"جبهة التحرير" إن الهجوم فشل.`).outlet, null);
  assert.equal(meta(`عنوان\nوقال مسؤول لوكالة "الأنباء الدولية" إن الهدنة صامدة.`).outlet, null);
  assert.equal(meta(`عنوان\nوقال مسؤول لـ"البريد اليومي" إن الهدنة صامدة، بحسب البريد اليومي.`).outlet, null);
  assert.equal(meta(`عنوان\nوقال لافروف إن المحادثات مستمرة.`).outlet, null);
});

test('outlet: newsletter and promo lines', () => {
  const text = `عنوان\n${BODY}\nهل أعجبك المحتوى؟\nانضم إلى قائمة من يقدّرون محتوى نبض المدينة واشترك بنشرتنا البريدية.`;
  const m = meta(text);
  assert.equal(m.outlet?.name, 'نبض المدينة');
  assert.equal(m.outlet?.rule, 'ar/meta/outlet-promo');
  assert.equal(meta(`عنوان\nاشترك في نشرة صدى الجنوب البريدية`).outlet?.name, 'صدى الجنوب');
  assert.equal(meta(`عنوان\nوقالت اللائحة إن "محتوى القصيدة وظروف نشرها" خطيرة.`).outlet, null);
});

test('outlet: مراسل <outlet> counts only with مراسلنا', () => {
  const text = `عنوان\nوقال مراسل راديو الشمال في المنطقة إن القصف تجدد.\nوأضاف مراسلنا أن الأهالي نزحوا.`;
  assert.equal(meta(text).outlet?.name, 'راديو الشمال');
  assert.equal(meta(text).outlet?.rule, 'ar/meta/outlet-correspondent');
  assert.equal(meta(`عنوان\nوقال مراسل راديو الشمال في المنطقة إن القصف تجدد.`).outlet, null);
  assert.equal(meta(`عنوان\nوقال مراسل حربي إن القصف تجدد.\nوأضاف مراسلنا أن الأهالي نزحوا.`).outlet, null);
});

test('outlet: copyright, follow and dateline lines', () => {
  assert.equal(meta(`عنوان\n${BODY}\n© 2022 شبكة الوادي. جميع الحقوق محفوظة`).outlet?.name, 'شبكة الوادي');
  assert.equal(meta(`عنوان\n${BODY}\nجميع الحقوق محفوظة لـ"شبكة الوادي" 2022`).outlet?.name, 'شبكة الوادي');
  assert.equal(meta(`عنوان\n${BODY}\nتابعوا صدى الجنوب على تويتر`).outlet?.name, 'صدى الجنوب');
  const dateline = meta(`عنوان\nبيروت، لبنان (صدى الجنوب) - ${BODY}`);
  assert.equal(dateline.outlet?.name, 'صدى الجنوب');
  assert.equal(dateline.outlet?.rule, 'ar/meta/outlet-dateline');
});

test("outlet: the reserved-rights line reads the words of the reader's lexicon", () => {
  const text = `عنوان\n${BODY}\nحقوق الطبع مصونة لـ"شبكة الوادي"`;
  const outlet = (lex: Lexicon): string | undefined => {
    const doc = new ArabicDoc('doc', text, { source: null, published: null }, lex, NO_TRACE);
    run([...readingStages, pageMetaStage], [doc]);
    return doc.meta.outlet?.name;
  };
  // `مصونة` is no reserved-rights word of the data: the line names no outlet.
  assert.equal(outlet(LEXICON), undefined);
  const swapped = loadArabicLexicon();
  swapped.phrases.add('copyright-reserved', 'مصونه');
  assert.equal(outlet(swapped), 'شبكة الوادي');
  // The quantifier and the kind of rights are optional; the rights noun and the reserved word are not.
  assert.equal(meta(`عنوان\n${BODY}\nمحفوظة لـ"شبكة الوادي"`).outlet?.name, undefined);
  assert.equal(meta(`عنوان\n${BODY}\nالحقوق محفوظة لـ"شبكة الوادي"`).outlet?.name, 'شبكة الوادي');
});

test('outlet: the name most rules agree on wins', () => {
  const text = `عنوان\nوقال مسؤول لـ"راديو الشمال" إن الهدنة صامدة.\nوأضاف المتحدث لـ"نبض المدينة" أن القوات تقدمت.\nاشترك في نشرة نبض المدينة البريدية`;
  assert.equal(meta(text).outlet?.name, 'نبض المدينة');
});

test('published: a byline with a name and a timestamp', () => {
  const text = `غارات على المدينة\n\nسامر يوسف 2022-01-23 06:41:00\n\nصورة تعبيرية\n\n${BODY}`;
  const m = meta(text);
  assert.deepEqual(
    { date: m.published?.date, rule: m.published?.rule, confidence: m.published?.confidence },
    { date: '2022-01-23', rule: 'ar/meta/byline-date', confidence: 'stated' },
  );
  assert.equal(slice(text, m.published as { start: number; end: number }), '2022-01-23 06:41:00');
});

test('published: a label, and a dateline at the head of the lead', () => {
  assert.equal(
    meta(`عنوان\nنشر في: 23 كانون الثاني 2022\n${BODY}`).published?.rule,
    'ar/meta/published-label',
  );
  const dateline = meta(`عنوان\nدمشق، 23 كانون الثاني 2022 (صدى الجنوب) - ${BODY}`);
  assert.equal(dateline.published?.date, '2022-01-23');
  assert.equal(dateline.published?.rule, 'ar/meta/dateline');
  // A dated heading further down is a list item, not a byline.
  assert.equal(meta(`عنوان\n${BODY}\n${BODY}\n14 فبراير 2018\nحصلت النساء على حق القيادة.`).published, null);
});

test('published: an embedded post signature when the text speaks of today', () => {
  const text = `عنوان\nوتحدث القائد مساء اليوم عن الهجوم.\nنجحت قواتنا في صد الهجوم.\n— Some Name (@somehandle) January 21, 2022\n${BODY}`;
  const m = meta(text);
  assert.equal(m.published?.date, '2022-01-21');
  assert.equal(m.published?.rule, 'ar/meta/embedded-post');
  assert.equal(m.published?.confidence, 'inferred');
  assert.equal(meta(text.replace('مساء اليوم', 'سابقا')).published, null);
});

test('published: inferred from a weekday-named date and later weekdays', () => {
  const text = `عنوان\nهاجم مسلحون السجن ليل الخميس 20 كانون الثاني 2022، واستمرت الاشتباكات حتى ساعات متأخرة من ليل الجمعة.`;
  const m = meta(text);
  assert.equal(m.published?.date, '2022-01-21');
  assert.equal(m.published?.rule, 'ar/meta/published-latest-mention');
  assert.equal(m.published?.confidence, 'inferred');
  // A bare full date is as often background: no inference from it alone.
  assert.equal(meta(`عنوان\nاندلعت الاحتجاجات في 15 آذار 2011 ثم الجمعة.`).published, null);
});

test('batch: documents without a year borrow the batch year and first day', () => {
  const docs = [
    `سقوط قتلى في هجوم على السجن\nسامر يوسف 2022-01-23 06:41:00\nبدأ الهجوم في 20 كانون الثاني وتواصلت الاشتباكات أمس.`,
    `عنوان\nوسبق أن شهد محيط السجن انفجاراً صباح اليوم الخميس. وكانت القوات قد أعلنت سيطرتها أمس الأربعاء، بعد ستة أيام من المواجهات.`,
    `عنوان\nفي اليوم الثاني على التوالي، تواصلت الاشتباكات. وهاجم مسلحون ليل الخميس، 20 يناير (كانون الثاني)، السجن، واستمرت المعارك حتى ليل الجمعة.`,
    `عنوان\nوأعلنت القوات السيطرة على السجن، وتوقف القتال.`,
  ].map((text) => {
    const doc = read(text);
    return { folded: doc.folded, published: doc.published, exprs: doc.expressions, places: placesNamed(doc) };
  });
  assert.deepEqual(
    docs.map((d) => d.published?.date ?? null),
    ['2022-01-23', null, null, null],
  );
  const published = inferPublishedFromBatch(docs, LEXICON.dates);
  assert.deepEqual(
    published.map((p) => p?.date ?? null),
    ['2022-01-23', '2022-01-27', '2022-01-22', '2022-01-23'],
  );
  assert.equal(published[1]?.rule, 'ar/meta/published-batch');
  assert.equal(published[1]?.confidence, 'inferred');
  // Without any known date the batch changes nothing.
  assert.deepEqual(
    inferPublishedFromBatch(docs.slice(1), LEXICON.dates).map((p) => p),
    [null, null, null],
  );
});

/** A report of a batch: its text read, and the publication day a caller gave it or none. */
function batchDoc(text: string, date: string | null) {
  const d = read(`عنوان\n${text}`);
  const published: PublishedDate | null = date ? { date, rule: 'caller', confidence: 'stated' } : d.published;
  return { folded: d.folded, published, exprs: d.expressions, places: placesNamed(d) };
}

test('batch: a feed of months lends an undated report only the days of reports on its places', () => {
  const feed = [
    batchDoc('قصفت الطائرات أحياء في مدينة حمص صباح اليوم.', '2023-03-09'),
    batchDoc('تواصل القصف على أحياء حمص لليوم الثاني.', '2023-03-10'),
    batchDoc('سقط قتلى في غارة على ريف إدلب.', '2025-06-02'),
    // Undated: names Homs and a day without a year.
    batchDoc('وكان القصف قد بدأ على أحياء حمص يوم الخميس 9 آذار.', null),
    // Undated: names no place at all.
    batchDoc('وقال مسؤول إن القصف توقف أمس.', null),
  ];
  assert.deepEqual(
    feed.map((d) => [...d.places]),
    [['homs'], ['homs'], ['idlib'], ['homs'], []],
  );
  const published = inferPublishedFromBatch(feed, LEXICON.dates).map((p) => p?.date ?? null);
  // The Homs report borrows March 2023 from the Homs reports; the one naming no place borrows nothing
  // from a feed that spans two years.
  assert.equal(published[3]?.slice(0, 7), '2023-03');
  assert.equal(published[4], null);
  // The same town reported in 2023 and 2025: its undated report is dated by neither.
  const apart = [feed[0]!, batchDoc('قصف على أحياء حمص.', '2025-06-01'), feed[3]!];
  assert.equal(inferPublishedFromBatch(apart, LEXICON.dates)[2], null);
  // Two Homs reports of March 2023 and one of June 2025: the March span holds two of three and
  // lends March; with two of each year no span holds a clear majority and nothing is lent.
  const later = [...feed.slice(0, 2), batchDoc('قصف على أحياء حمص.', '2025-06-01'), feed[3]!];
  assert.equal(inferPublishedFromBatch(later, LEXICON.dates)[3]?.date.slice(0, 7), '2023-03');
  const even = [...later.slice(0, 3), batchDoc('تجدد القصف على أحياء حمص.', '2025-06-03'), feed[3]!];
  assert.equal(inferPublishedFromBatch(even, LEXICON.dates)[4]?.date ?? null, null);
});

test('batch: an undated report is dated to the day its bare weekday names, not only near the median', () => {
  const batch = (undated: string) => [
    batchDoc('قصفت الطائرات أحياء في مدينة حمص صباح اليوم.', '2021-06-09'),
    batchDoc('تواصل القصف على أحياء حمص لليوم الثاني.', '2021-06-10'),
    batchDoc(undated, null),
  ];
  const dateOf = (undated: string): string | null =>
    inferPublishedFromBatch(batch(undated), LEXICON.dates)[2]?.date ?? null;
  // 2021-06-09 is a Wednesday: `قال الأربعاء` reports that day; `أمس الأربعاء` the day after.
  assert.equal(dateOf('وقال مسؤول محلي الأربعاء إن القصف طال أحياء حمص.'), '2021-06-09');
  assert.equal(dateOf('وقال مسؤول محلي أمس الأربعاء إن القصف طال أحياء حمص.'), '2021-06-10');
});

test('batch: the densest span of the neighbours lends only with a clear majority', () => {
  const day = 19_000;
  // Neighbours 1–3 within a week, neighbour 4 months later: the week lends, with the undated one.
  assert.deepEqual(densestWindow([null, day, day + 2, day + 6, day + 120], [0, 1, 2, 3, 4], 0), [0, 1, 2, 3]);
  // One report on each side: nothing.
  assert.equal(densestWindow([null, day, day + 120], [0, 1, 2], 0), null);
  // Two against two: no majority.
  assert.equal(densestWindow([null, day, day + 1, day + 120, day + 121], [0, 1, 2, 3, 4], 0), null);
  // A span is at most LEND_SPREAD days long: days 0, 25 and 50 give no span of two.
  assert.equal(densestWindow([null, day, day + 25, day + 50], [0, 1, 2, 3], 0), null);
});

test('odd input never throws', () => {
  for (const text of [
    '',
    '\n',
    'خاص-',
    'خاص-\n',
    '©',
    'لـ""',
    'مراسلنا مراسل',
    '— (@x) January 99, 2022',
    'a'.repeat(10000),
  ]) {
    assert.doesNotThrow(() => meta(text), text.slice(0, 20));
  }
});

test("batch: a report that names no day of its own is dated on its incident's first known day", () => {
  const batch = (undated: string) => [
    batchDoc('قتل ثلاثة أشخاص في غارة بطائرة مسيرة على سيارة قرب بلدة النبطية.', '2024-03-05'),
    batchDoc('شيع أهالي النبطية ضحايا الغارة التي استهدفت سيارة قرب البلدة أمس.', '2024-03-06'),
    batchDoc(undated, null),
  ];
  const dateOf = (undated: string): string | null =>
    inferPublishedFromBatch(batch(undated), LEXICON.dates)[2]?.date ?? null;
  // No day word at all, or only a background day a year before: the first day of the reports.
  assert.equal(dateOf('وقالت مصادر طبية إن حصيلة الغارة على النبطية ارتفعت إلى أربعة قتلى.'), '2024-03-05');
  assert.equal(
    dateOf('وارتفع عدد ضحايا الغارات على النبطية منذ 8 تشرين الأول 2023 إلى 90 قتيلا.'),
    '2024-03-05',
  );
  // A weekday places the report: 2024-03-06 is a Wednesday.
  assert.equal(dateOf('وقال مسؤول محلي الأربعاء إن الغارة على النبطية أوقعت أربعة قتلى.'), '2024-03-06');
  // Alone, a report with no day word is dated by nothing.
  const alone = batchDoc('وقالت مصادر طبية إن حصيلة الغارة على النبطية ارتفعت إلى أربعة قتلى.', null);
  assert.equal(inferPublishedFromBatch([alone], LEXICON.dates)[0], null);
});
