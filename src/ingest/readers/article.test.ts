// The main text of saved Arabic news pages: the story stays, the site around it goes (scripts,
// comments, menus, breaking-news tickers, related links, in-body read-also asides, newsletter
// boxes, comment threads, footers), and only the story's figures become claims.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeMany } from '../../index.js';
import { documentsFromText } from '../index.js';
import { articleText } from './article.js';

const STORY = [
  'قال مسؤول في مديرية الصحة إن 23 مدنيا قتلوا وأصيب 61 آخرون في قصف مدفعي استهدف حيا سكنيا في المدينة مساء الأحد.',
  'وأضاف المسؤول أن فرق الإسعاف نقلت الجرحى إلى ثلاثة مستشفيات ميدانية، وأن بين القتلى أربع نساء.',
  'ويأتي القصف بعد أيام من تعثر مفاوضات التهدئة التي رعتها أطراف إقليمية، وسط تبادل للاتهامات بين الطرفين.',
  'وطالبت منظمات إنسانية بفتح ممرات آمنة لإجلاء الجرحى وإيصال الأدوية إلى الأحياء المحاصرة.',
];

/** A page as news sites serve it: head matter, site chrome, the story with its asides, the rest. */
function page(story: readonly string[] = STORY): string {
  return `<!DOCTYPE html>
<html lang="ar" dir="rtl"><head>
<meta charset="utf-8">
<title>قصف على حي سكني | موقع الخبر</title>
<meta property="og:site_name" content="موقع الخبر">
<meta property="og:title" content="مقتل 23 مدنيا في قصف على حي سكني">
<meta property="article:published_time" content="2018-04-08T21:10:00+03:00">
<link rel="canonical" href="https://alkhabar.example/news/2018/04/08/shelling">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"مقتل 23 مدنيا","datePublished":"2018-04-08T21:10:00+03:00","author":{"@type":"Person","name":"مراسل الموقع"},"publisher":{"@type":"Organization","name":"موقع الخبر"}}</script>
<script>var pageViews = 1500; window.dataLayer = [{ "killed": 99 }];</script>
<style>.ticker { color: red }</style>
</head><body>
<!-- header: قتل 500 شخص في نص تعليق لا يظهر -->
<header><nav><ul>
<li><a href="/">الرئيسية</a></li><li><a href="/politics">سياسة</a></li><li><a href="/economy">اقتصاد</a></li>
<li><a href="/sport">رياضة</a></li><li><a href="/video">فيديو</a></li></ul></nav>
<div class="ticker"><span>عاجل:</span> <a href="/n/1">مقتل 7 جنود في هجوم على حاجز شمال البلاد</a></div>
</header>
<main><article>
<h1>مقتل 23 مدنيا في قصف على حي سكني</h1>
<div class="byline">مراسل الموقع · <time datetime="2018-04-08T21:10:00+03:00">8 أبريل 2018</time></div>
<figure><img src="/a.jpg" alt=""><figcaption>صورة أرشيفية</figcaption></figure>
<p>${story[0]}</p>
<p>${story[1]}</p>
<p class="read-also">اقرأ أيضاً: <a href="/n/2">مقتل 40 شخصا في انفجار سيارة مفخخة بسوق شعبي</a></p>
<p>${story[2]}</p>
<div class="newsletter"><p>اشترك في نشرتنا البريدية لتصلك أهم الأخبار</p>
<form><input type="email" placeholder="بريدك الإلكتروني"><button>اشترك</button></form></div>
<p>${story[3]}</p>
<div class="share"><a href="#">فيسبوك</a> <a href="#">تويتر</a> <a href="#">واتساب</a></div>
</article>
<section class="related"><h2>أخبار ذات صلة</h2><ul>
<li><a href="/n/3">إصابة 12 شخصا في حادث سير على الطريق الدولي</a></li>
<li><a href="/n/4">الإفراج عن 150 معتقلا بموجب عفو عام</a></li>
<li><a href="/n/5">نزوح 3 آلاف عائلة من الريف الجنوبي</a></li></ul></section>
<section class="comments"><h3>التعليقات (2)</h3>
<div class="comment"><b>زائر</b><p>رحم الله الضحايا، عندنا مات 15 شخصا الأسبوع الماضي ولم يذكرهم أحد.</p></div></section>
</main>
<aside class="most-read"><h3>الأكثر قراءة</h3><ol><li><a href="/n/6">مقتل 9 في اشتباكات</a></li><li><a href="/n/7">سعر الذهب اليوم</a></li></ol></aside>
<footer><p>جميع الحقوق محفوظة © 2018 موقع الخبر</p><a href="/about">من نحن</a> <a href="/contact">اتصل بنا</a></footer>
<script>document.write('<p>قتل 77 شخصا</p>');</script>
</body></html>`;
}

test('articleText: the story and its headline, without the site around it', () => {
  const a = articleText(page());
  assert.equal(a.method, 'readability');
  for (const p of STORY) assert.ok(a.text.includes(p), `kept: ${p.slice(0, 30)}…`);
  assert.ok(a.text.includes('مقتل 23 مدنيا في قصف على حي سكني'), 'the headline');
  for (const gone of [
    'الرئيسية',
    'عاجل',
    'مقتل 7 جنود',
    'مقتل 40 شخصا', // the in-body read-also aside's linked headline
    'اشترك',
    'بريدك',
    'إصابة 12 شخصا',
    'الإفراج عن 150',
    'نزوح 3 آلاف',
    'مات 15 شخصا',
    'مقتل 9',
    'جميع الحقوق',
    'pageViews',
    '99',
    '77',
    '500',
    'فيسبوك',
  ])
    assert.ok(!a.text.includes(gone), `dropped: ${gone}\n${a.text}`);
});

test('a saved page read as input: metadata from the page, claims only from the story', () => {
  const [doc] = documentsFromText('shelling', page(), {});
  assert.ok(doc);
  assert.equal(doc.source, 'موقع الخبر');
  assert.equal(doc.published, '2018-04-08');
  assert.equal(doc.url, 'https://alkhabar.example/news/2018/04/08/shelling');
  const result = analyzeMany([doc]);
  const figures = result.claims.filter((c) => c.category !== 'other').map((c) => c.quantity.point);
  assert.ok(figures.includes(23) && figures.includes(61), `${figures.join(', ')}`);
  for (const n of [7, 40, 12, 150, 15, 9, 77, 500, 99]) assert.ok(!figures.includes(n), `no claim of ${n}`);
  for (const c of result.claims) assert.equal(doc.text.slice(c.start, c.end), c.text);
});

test('articleText: a page with no article (a list of headlines) falls back to its visible text', () => {
  const html =
    '<html><body><h1>آخر الأخبار</h1><p>قتل 3 أشخاص في حادث.</p><ul>' +
    '<li><a href="/1">خبر أول</a></li><li><a href="/2">خبر ثان</a></li></ul></body></html>';
  const a = articleText(html);
  assert.equal(a.method, 'page');
  assert.ok(a.text.includes('قتل 3 أشخاص في حادث.'));
  // Broken markup never throws.
  assert.equal(typeof articleText('<html><body><p>نص <b>غير مغلق').text, 'string');
  assert.equal(articleText('').text, '');
});

test('a newsletter line and a read-also label left in the story are marked as boilerplate and yield no claims', () => {
  const html = page().replace(
    `<p>${STORY[3]}</p>`,
    `<p>للاشتراك في النشرة البريدية اضغط هنا</p><p>اقرأ أيضاً</p><p>${STORY[3]}</p>`,
  );
  const [doc] = documentsFromText('n', html, {});
  const result = analyzeMany([doc!]);
  const boilerplate = result.documents[0]!.boilerplate;
  for (const line of ['للاشتراك في النشرة البريدية', 'اقرأ أيضاً']) {
    const at = doc!.text.indexOf(line);
    assert.ok(at >= 0, `${line} is in the text`);
    assert.ok(
      boilerplate.some((b) => b.start <= at && at < b.end),
      `${line} is boilerplate`,
    );
  }
  assert.ok(result.claims.some((c) => c.quantity.point === 23));
});
