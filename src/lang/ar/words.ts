// Closed-class Arabic words the claim builder reasons with. These are grammar, not vocabulary:
// complementizers, relative pronouns, contrast connectives, time words. Every set is folded
// the way text is, so entries may be written in ordinary spelling.

import { fold } from './normalize/index.js';

function folded(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(fold));
}

export const COMPLEMENTIZERS = folded(['ان', 'انه', 'انها', 'انهم', 'انهن', 'بان', 'بانه', 'بانها', 'بانهم', 'فان', 'وان', 'لان']);
export const RELATIVES = folded(['التي', 'الذي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'اللاتي', 'ما', 'مما', 'ممن', 'من']);
/** Connectives that open a clause with a new voice (`فيما قال…`), so cues after them do not nest. */
export const CONTRAST = folded(['فيما', 'بينما', 'وبينما', 'وفيما', 'حين', 'المقابل', 'جهته', 'جهتها', 'جانبه', 'جانبها', 'جهتهم', 'جانبهم']);
/** Words after a reporting verb that end the speaker phrase. */
export const SPEAKER_STOPS = folded([
  'خلال', 'عبر', 'في', 'امس', 'اليوم', 'يوم', 'صباح', 'مساء', 'ليل', 'ليله', 'فجر', 'ظهر', 'عصر',
  'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت', 'عن', 'على', 'الي', 'الى',
  'اثناء', 'بعد', 'قبل', 'منذ', 'حول', 'لدى', 'لدي', 'امام', 'ضمن', 'وسط', 'تحت', 'بشان', 'قائلا', 'قائله',
  'ايضا', 'كذلك', 'مجددا', 'انذاك', 'حينها', 'بدوره', 'بدورها', 'الاخر', 'ذاته', 'نفسه',
  'فيه', 'فيها', 'فيهم', 'شريطه', 'مفضلا', 'طالبا', 'رافضا', 'له', 'لها', 'لهم', 'انذاك', 'اليها', 'عليه',
]);
/** Channels of a statement after `في`: `في بيان`، `في تصريح`، `في مؤتمر صحفي`. */
export const STATEMENT_NOUNS = folded(['افاده', 'روايه', 'تقديرات', 'معلومات', 'بيان', 'تصريح', 'تصريحات', 'مؤتمر', 'حديث', 'مقابله', 'لقاء', 'تغريده', 'تغريدات', 'منشور', 'رساله', 'كلمه', 'اتصال', 'تقرير', 'بيانا', 'تسجيل']);
/** Heads that make a speaker phrase an outlet. */
export const OUTLET_HEADS = folded(['صحيفه', 'وكاله', 'موقع', 'قناه', 'شبكه', 'اذاعه', 'تلفزيون', 'مجله', 'جريده', 'منصه', 'وسائل', 'وسايل']);
/** Heads that make a speaker phrase an organization. */
export const ORGANIZATION_HEADS = folded([
  'القياده', 'المركز', 'المكتب', 'وزاره', 'الوزاره', 'المجلس', 'الشرطه', 'الحكومه', 'المرصد', 'منظمه', 'المنظمه',
  'الجيش', 'قوات', 'القوات', 'مديريه', 'المديريه', 'هيئه', 'الهيئه', 'اداره', 'الاداره', 'مفوضيه', 'المفوضيه',
  'اللجنه', 'لجنه', 'الامم', 'الرئاسه', 'السلطات', 'سلطات', 'الدفاع', 'الخارجيه', 'البيت', 'البنتاغون', 'التحالف',
  'خدمات', 'الهلال', 'الصليب', 'مستشفى', 'المستشفى', 'بلديه', 'البلديه', 'جمعيه', 'الجمعيه', 'مركز', 'حكومه',
]);
/** Pronoun-bearing `عدد` forms that point back to a counted noun (`تجاوز عددهم`). */
export const COUNT_HEADS = folded(['عدد', 'عدده', 'عددهم', 'عددها', 'عددهن', 'اعداد', 'حصيله', 'عددا']);
/** Words that introduce one more item in a list (`إضافة إلى`، `بالإضافة إلى`). */
export const LIST_LINKS = folded(['اضافه', 'بالاضافه', 'علاوه', 'فضلا', 'وكذلك']);
/** Partitives that make a figure a part of the previous one (`منهم 77`، `بينهم أربعة أطفال`). */
export const PARTITIVES = folded(['منهم', 'بينهم', 'منهن', 'بينهن', 'منها', 'بينها']);
/** Time nouns: a figure counting them is a duration or an age, never a claim. */
export const TIME_NOUNS = folded([
  'يوم', 'يوما', 'ايام', 'يومين', 'يومان', 'ساعه', 'ساعات', 'ساعتين', 'اسبوع', 'اسابيع', 'اسبوعين', 'شهر', 'شهرا', 'اشهر',
  'شهور', 'شهرين', 'سنه', 'سنوات', 'سنين', 'سنتين', 'عام', 'عاما', 'اعوام', 'عامين', 'دقيقه', 'دقائق', 'دقيقتين', 'ثانيه',
  'ثوان', 'عقد', 'عقود', 'عقدين', 'قرن', 'ليله', 'ليال', 'ليلتين',
]);
export const YEAR_WORDS = folded(['عام', 'سنه', 'العام', 'السنه', 'لعام', 'بعام', 'عامي', 'منذ']);
/** Head words by which a body named earlier is referred back to (`التنظيم`، `الميليشيا`). */
export const ANAPHORIC_HEADS = folded(['تنظيم', 'ميليشيا', 'ميليشيات', 'جماعه', 'حركه', 'هيئه', 'جبهه', 'فصيل', 'كتائب', 'حزب']);
/** Closed-class words that are never part of a person's name. */
export const FUNCTION_WORDS = folded([
  'كما', 'ثم', 'لكن', 'لكن', 'حيث', 'اذ', 'اذا', 'قد', 'لقد', 'هذا', 'هذه', 'ذلك', 'تلك', 'هناك', 'هنا', 'هو', 'هي', 'هم',
  'وهو', 'وهي', 'ما', 'لا', 'لم', 'لن', 'كان', 'كانت', 'يكون', 'تكون', 'ليس', 'ان', 'او', 'ام', 'بل', 'كل', 'بعض', 'غير',
  'عدم', 'دون', 'مع', 'عند', 'نحو', 'حتي', 'حتى', 'الا', 'سوي', 'اي', 'ايه', 'انما', 'مما', 'ممن', 'فقط', 'جدا', 'الذي',
  'التي', 'الذين', 'فيما', 'بينما', 'وفيما', 'وبينما', 'ايضا', 'امس', 'اليوم',
]);
/** Heads of place names: the word after them is a place, not a person (`سجن غويران`، `حي الزهور`). */
export const PLACE_HEADS = folded([
  'سجن', 'حي', 'مدينة', 'بلدة', 'قرية', 'منطقة', 'مخيم', 'محافظة', 'ريف', 'شارع', 'مستشفى', 'مطار', 'معبر', 'ميناء',
  'جامعة', 'مدرسة', 'دوار', 'ساحة', 'جسر', 'سوق', 'حقل', 'قاعدة', 'جبل', 'وادي', 'نهر', 'ولاية', 'إقليم', 'مركز',
]);
