// Closed-class Arabic words the claim builder reasons with. These are grammar, not vocabulary:
// complementizers, relative pronouns, contrast connectives, time words. Every set is folded
// the way text is, so entries may be written in ordinary spelling.

import { verbForms } from './morphology.js';
import { fold } from '../normalize/index.js';

function folded(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(fold));
}

export const COMPLEMENTIZERS = folded([
  'ان',
  'انه',
  'انها',
  'انهم',
  'انهن',
  'انهما',
  'انكم',
  'انني',
  'اننا',
  'بان',
  'بانه',
  'بانها',
  'بانهم',
  'بانهما',
  'فان',
  'وان',
  'لان',
]);
export const RELATIVES = folded([
  'التي',
  'الذي',
  'الذين',
  'اللذين',
  'اللتين',
  'اللواتي',
  'اللاتي',
  'ما',
  'مما',
  'ممن',
  'من',
]);
/** Connectives that open a clause with a new voice (`فيما قال…`), so cues after them do not nest. */
export const CONTRAST = folded([
  'فيما',
  'بينما',
  'وبينما',
  'وفيما',
  'حين',
  'المقابل',
  'جهته',
  'جهتها',
  'جانبه',
  'جانبها',
  'جهتهم',
  'جانبهم',
]);
/** Words after a reporting verb that end the speaker phrase. */
export const SPEAKER_STOPS = folded([
  'خلال',
  'عبر',
  'في',
  'امس',
  'اليوم',
  'يوم',
  'صباح',
  'مساء',
  'ليل',
  'ليله',
  'فجر',
  'ظهر',
  'عصر',
  'الاحد',
  'الاثنين',
  'الثلاثاء',
  'الاربعاء',
  'الخميس',
  'الجمعه',
  'السبت',
  'عن',
  'على',
  'الي',
  'الى',
  'اثناء',
  'بعد',
  'قبل',
  'منذ',
  'حول',
  'لدى',
  'لدي',
  'امام',
  'ضمن',
  'وسط',
  'تحت',
  'بشان',
  'قائلا',
  'قائله',
  'ايضا',
  'كذلك',
  'مجددا',
  'انذاك',
  'حينها',
  'بدوره',
  'بدورها',
  'الاخر',
  'ذاته',
  'نفسه',
  'فيه',
  'فيها',
  'فيهم',
  'شريطه',
  'مسؤوليه',
  'مسؤوليتها',
  'مسؤوليته',
  'مسؤوليتهم',
  'مفضلا',
  'طالبا',
  'رافضا',
  'له',
  'لها',
  'لهم',
  'انذاك',
  'اليها',
  'عليه',
]);
/** Channels of a statement after `في`: `في بيان`، `في تصريح`، `في مؤتمر صحفي`. */
export const STATEMENT_NOUNS = folded([
  'تقارير',
  'انباء',
  'افاده',
  'روايه',
  'تقديرات',
  'معلومات',
  'حصيله',
  'ارقام',
  'احصاءات',
  'احصائيه',
  'اخر',
  'بيان',
  'تصريح',
  'تصريحات',
  'مؤتمر',
  'حديث',
  'مقابله',
  'لقاء',
  'تغريده',
  'تغريدات',
  'منشور',
  'رساله',
  'كلمه',
  'اتصال',
  'تقرير',
  'بيانا',
  'تسجيل',
]);
/** What a denial rejects: `نفى صحة الأنباء الواردة في تقرير X` — X is the denied report's source. */
export const DENIED_CONTENT = folded([
  'صحه',
  'معلومات',
  'انباء',
  'اخبار',
  'تقارير',
  'ادعاءات',
  'مزاعم',
  'روايه',
  'وارده',
  'اشاعات',
]);
/** Heads that make a speaker phrase an outlet. */
export const OUTLET_HEADS = folded([
  'صحيفه',
  'وكاله',
  'موقع',
  'قناه',
  'شبكه',
  'اذاعه',
  'تلفزيون',
  'مجله',
  'جريده',
  'منصه',
  'وسائل',
  'وسايل',
]);
/** Heads that make a speaker phrase an organization. */
export const ORGANIZATION_HEADS = folded([
  'القياده',
  'المركز',
  'المكتب',
  'وزاره',
  'الوزاره',
  'المجلس',
  'الشرطه',
  'الحكومه',
  'المرصد',
  'منظمه',
  'المنظمه',
  'الجيش',
  'قوات',
  'القوات',
  'مديريه',
  'المديريه',
  'هيئه',
  'الهيئه',
  'اداره',
  'الاداره',
  'مفوضيه',
  'المفوضيه',
  'اللجنه',
  'لجنه',
  'الامم',
  'الرئاسه',
  'السلطات',
  'سلطات',
  'الدفاع',
  'الخارجيه',
  'البيت',
  'البنتاغون',
  'التحالف',
  'خدمات',
  'الهلال',
  'الصليب',
  'مستشفى',
  'المستشفى',
  'بلديه',
  'البلديه',
  'جمعيه',
  'الجمعيه',
  'مركز',
  'حكومه',
]);
/**
 * Bodies that take a seat of government in construct to name a government (`حكومة دمشق`، `نظام
 * طهران`، `سلطات صنعاء`): bare stems, matched on the indefinite reading.
 */
export const GOVERNMENT_HEADS = folded(['حكومة', 'حكومات', 'نظام', 'سلطات', 'سلطة']);

/** Pronoun-bearing `عدد` forms that point back to a counted noun (`تجاوز عددهم`). */
export const COUNT_HEADS = folded(['عدد', 'عدده', 'عددهم', 'عددها', 'عددهن', 'اعداد', 'حصيله', 'عددا']);
/** Words that introduce one more item in a list (`إضافة إلى`، `بالإضافة إلى`). */
export const LIST_LINKS = folded(['اضافه', 'بالاضافه', 'علاوه', 'فضلا', 'وكذلك']);
/** Partitives that make a figure a part of the previous one (`منهم 77`، `بينهم أربعة أطفال`). */
export const PARTITIVES = folded(['منهم', 'بينهم', 'منهن', 'بينهن', 'منها', 'بينها']);
/**
 * Bodies of people (`فريق`، `لجنة`، `وزارة`): after a partitive «من», a count of their people
 * (`ستة من فريقه` is six persons), though a count of the bodies themselves counts no one.
 */
export const BODY_NOUNS = folded([
  'فريق',
  'لجنه',
  'بعثه',
  'منتخب',
  'نادي',
  'جهاز',
  'وزاره',
  'مؤسسه',
  'شبكه',
  'جهه',
  'كيان',
]);
/** Partitives that point back to things or to a non-human plural (`فرقا قوية أبرز ثلاثة منها`). */
export const THING_PARTITIVES = folded(['منها', 'بينها']);
/** Verbs of equivalence: `يعادل 5 قنابل` measures, it counts nothing that happened. */
export const EQUIVALENCE = folded([
  'يعادل',
  'تعادل',
  'يوازي',
  'توازي',
  'يساوي',
  'تساوي',
  'يعادلها',
  'يعادله',
]);
/** Time nouns: a figure counting them is a duration or an age, never a claim. */
export const TIME_NOUNS = folded([
  'يوم',
  'يوما',
  'ايام',
  'يومين',
  'يومان',
  'ساعه',
  'ساعات',
  'ساعتين',
  'اسبوع',
  'اسابيع',
  'اسبوعين',
  'شهر',
  'شهرا',
  'اشهر',
  'شهور',
  'شهرين',
  'سنه',
  'سنوات',
  'سنين',
  'سنتين',
  'عام',
  'عاما',
  'اعوام',
  'عامين',
  'دقيقه',
  'دقائق',
  'دقيقتين',
  'ثانيه',
  'ثوان',
  'ثواني',
  'ثانيتين',
  // The abbreviation of seconds in race and match reports (`بفارق 2,464 ث`).
  'ث',
  'عقد',
  'عقود',
  'عقدين',
  'قرن',
  'ليله',
  'ليال',
  'ليلتين',
]);
/** Heads after which a digit run is a label, not a count (`القرار 2254`، `اللواء 93`، `المادة 5`). */
export const LABEL_HEADS = folded([
  'ماده',
  'قرار',
  'بند',
  'فقره',
  'رقم',
  'فصل',
  'صفحه',
  'قانون',
  'مرسوم',
  'لواء',
  'فرقه',
  'كتيبه',
  'فوج',
  'رحله',
  'طريق',
  'مرتبه',
  'ساعه',
  'نتيجه',
  'هاتف',
  'جوال',
  'غرفه',
  'مبني',
  'اصدار',
  'نسخه',
]);
/**
 * Heads that rank or number in a series (`المصنف 22 عالميا`، `المركز 5`، `الدورة 21`، `المسيرة 21`،
 * `في الدقيقة 83` of a match):
 * after them, definite, a digit run with nothing counted after it is a rank or an ordinal.
 */
export const RANK_HEADS = folded([
  'مصنف',
  'تصنيف',
  'ترتيب',
  'مركز',
  'دوره',
  'مسيره',
  'حلقه',
  'جوله',
  'موسم',
  'مرحله',
  'نسخه',
  'دقيقه',
]);
/** Era marks after a year (`سنة 69 للهجرة`، `1441 هـ`، `44 قبل الميلاد`): the number is a year. */
export const ERA_MARKS = folded(['هجره', 'هجريه', 'ميلاد', 'ميلاديه']);
/** Verbs of change: `ارتفع من 20 إلى 30` gives two figures, an old and a new one, not a range. */
export const CHANGE_VERBS: ReadonlySet<string> = new Set(
  (
    [
      ['ارتفع', 'رتفع'],
      ['زاد', 'زيد'],
      ['قفز', 'قفز'],
      ['انخفض', 'نخفض'],
      ['تراجع', 'تراجع'],
      ['رفع', 'رفع'],
      ['خفض', 'خفض'],
      ['صعد', 'صعد'],
      ['هبط', 'هبط'],
      ['تغير', 'تغير'],
    ] as const
  ).flatMap(([p, i]) => [...verbForms(p, i)]),
);
export const YEAR_WORDS = folded(['عام', 'سنه', 'العام', 'السنه', 'لعام', 'بعام', 'عامي', 'منذ']);
/**
 * Events named by their year, which speech gives in words without the century (`حرب سبعة وستين`،
 * `مونديال ستة وثمانين`): after these, as after a year word, such a number is a year.
 */
export const ERA_NOUNS = folded(['حرب', 'مونديال', 'نكسه', 'نكبه', 'انتفاضه', 'اولمبياد']);
/**
 * Makers and product lines whose models are numbers (`بوينغ 727`، `ميغ 29`، `آيفون 8`، `زين فون 5`):
 * the number after them is a model, not a count. Latin letters spelt in Arabic (`إف 16`) are
 * the quantity reader's LETTER_NAMES.
 */
export const MODEL_MAKERS = folded([
  'بوينغ',
  'بوينج',
  'ايرباص',
  'سوخوي',
  'ميغ',
  'ميج',
  'ميراج',
  'توبوليف',
  'انتونوف',
  'اليوشن',
  'ايفون',
  'غالاكسي',
  'جالكسي',
  'جالاكسي',
  'فون',
  'بلس',
  'نوت',
  'بيكسل',
  'ويندوز',
  'اندرويد',
  'بلايستيشن',
  'كاتيوشا',
]);
/** Head words by which a body named earlier is referred back to (`التنظيم`، `الميليشيا`). */
export const ANAPHORIC_HEADS = folded([
  'تنظيم',
  'ميليشيا',
  'ميليشيات',
  'جماعه',
  'حركه',
  'هيئه',
  'جبهه',
  'فصيل',
  'كتائب',
  'حزب',
]);
/** Closed-class words that are never part of a person's name. */
export const FUNCTION_WORDS = folded([
  'كما',
  'ثم',
  'لكن',
  'لكن',
  'حيث',
  'اذ',
  'اذا',
  'قد',
  'لقد',
  'هذا',
  'هذه',
  'ذلك',
  'تلك',
  'هناك',
  'هنا',
  'هو',
  'هي',
  'هم',
  'وهو',
  'وهي',
  'ما',
  'لا',
  'لم',
  'لن',
  'كان',
  'كانت',
  'يكون',
  'تكون',
  'ليس',
  'ان',
  'او',
  'ام',
  'بل',
  'كل',
  'بعض',
  'غير',
  'عدم',
  'دون',
  'مع',
  'عند',
  'نحو',
  'حتي',
  'حتى',
  'الا',
  'سوي',
  'اي',
  'ايه',
  'انما',
  'مما',
  'ممن',
  'فقط',
  'جدا',
  'الذي',
  'التي',
  'الذين',
  'فيما',
  'بينما',
  'وفيما',
  'وبينما',
  'ايضا',
  'امس',
  'اليوم',
  'كنا',
  'كانوا',
  'كنت',
  'نحن',
  'انهم',
  'لكنه',
  'لكنها',
  'لكن',
  'ولكن',
]);
/** Heads of place names: the word after them is a place, not a person (`سجن غويران`، `حي الزهور`). */
export const PLACE_HEADS = folded([
  'سجن',
  'حي',
  'مدينة',
  'بلدة',
  'قرية',
  'منطقة',
  'مخيم',
  'محافظة',
  'ريف',
  'شارع',
  'مستشفى',
  'مطار',
  'معبر',
  'ميناء',
  'جامعة',
  'مدرسة',
  'دوار',
  'ساحة',
  'جسر',
  'سوق',
  'حقل',
  'قاعدة',
  'جبل',
  'وادي',
  'نهر',
  'ولاية',
  'إقليم',
  'مركز',
]);
/** Verbs that tie a statement to its author: `حصيلة صدرت عن الوزارة`، `أرقام نشرتها الأمم المتحدة`. */
export const ISSUED_BY = folded([
  'صدرت',
  'صادرة',
  'الصادرة',
  'الصادر',
  'نشرتها',
  'نشرها',
  'اعلنتها',
  'اعلنها',
  'اوردتها',
  'اوردها',
  'اصدرتها',
  'اصدرها',
  'قدمتها',
  'وثقها',
  'وثقتها',
]);
/** People a speaker talks to: `قال للصحفيين`، `صرح لوسائل الإعلام`. */
export const AUDIENCES = folded([
  'صحفيين',
  'الصحفيين',
  'صحافيين',
  'الصحافيين',
  'صحفي',
  'مراسلين',
  'المراسلين',
  'وسائل',
  'الصحافة',
  'التلفزيون',
  'الاذاعه',
]);
/** Words after which a hedge no longer holds (`كنا نتوقع 200 ألف، لكنه تجاوز 270 ألفاً`). */
export const CONTRAST_BREAKS = folded(['لكن', 'لكنه', 'لكنها', 'لكنهم', 'ولكن', 'الا', 'بيد', 'غير']);

/** Nouns for a whole war or uprising, not one battle (الهجوم، المعركة، العملية stay out): `منذ اندلاع الحرب`. */
export const WAR_NOUNS = folded([
  'حرب',
  'نزاع',
  'صراع',
  'أزمة',
  'انتفاضة',
  'ثورة',
  'احتجاجات',
  'قتال',
  'اقتتال',
]);
/** Onsets of a war: `منذ بدء`، `منذ اندلاع`، `منذ تصاعد`. */
export const WAR_ONSETS = folded(['بدء', 'بداية', 'اندلاع', 'انطلاق', 'انطلاقة', 'تصاعد', 'نشوب', 'بدايات']);
/** Lengths of time a war is counted in: `سبع سنوات من الحرب`. */
export const WAR_SPANS = folded(['سنوات', 'أعوام', 'سنين', 'عقد', 'سنة', 'عاما', 'عام']);
/**
 * Words that name a non-state captor after `لدى`/`في قبضة` (`محتجزين لدى التنظيم`، `في قبضة الخاطفين`):
 * the people they hold are hostages (abducted), never detainees of an authority.
 */
export const CAPTORS = folded([
  'التنظيم',
  'تنظيم',
  'عصابه',
  'العصابه',
  'عصابات',
  'الخاطفين',
  'خاطفين',
  'خاطفيهم',
  'المسلحين',
  'مسلحين',
  'الميليشيا',
  'الميليشيات',
  'المليشيا',
  'المليشيات',
  'الجماعه',
  'المتطرفين',
  'الارهابيين',
  'المتمردين',
]);
/** `من قبضة`، `من أيدي`، `من أسر` after a count: those counted were captives. */
export const FROM_CAPTIVITY = folded(['قبضه', 'ايدي', 'اسر', 'براثن']);
/** Units of the teen ordinals (`الحادي عشر`، `السادسة عشرة`): the `عشر` after them is no count. */
export const ORDINAL_UNITS = folded([
  'حادي',
  'حاديه',
  'ثاني',
  'ثانيه',
  'ثالث',
  'ثالثه',
  'رابع',
  'رابعه',
  'خامس',
  'خامسه',
  'سادس',
  'سادسه',
  'سابع',
  'سابعه',
  'ثامن',
  'ثامنه',
  'تاسع',
  'تاسعه',
]);
