// Arabic templates of the incident brief. Names are the result's own (the Arabic gazetteer's);
// figures use Western digits by default, as the reports themselves mostly print them (so a figure
// can be matched to its quote), or Arabic-Indic digits with `digits: 'arab'`.

import type { Category, SubjectKind } from '../../types.js';
import type { Given, Mark, Slot, Templates } from './templates.js';

const CATEGORY: Record<Category, string> = {
  killed: 'القتلى',
  wounded: 'الجرحى',
  killed_or_wounded: 'القتلى والجرحى',
  arrested: 'المعتقلون أو الأسرى',
  abducted: 'المخطوفون أو الرهائن',
  escaped: 'الفارّون',
  released: 'المفرج عنهم',
  missing: 'المفقودون',
  displaced: 'النازحون',
  surrendered: 'المستسلمون',
  combatants: 'المشاركون في القتال',
  strikes: 'الغارات والضربات',
  held: 'المحتجزون',
  other: 'أعداد أخرى',
};

const EVENT: Partial<Record<Category, string>> = {
  killed: 'القتلى',
  wounded: 'الجرحى',
  killed_or_wounded: 'الضحايا',
  arrested: 'الاعتقالات',
  abducted: 'الخطف',
  escaped: 'الفرار',
  displaced: 'النزوح',
  surrendered: 'الاستسلام',
  strikes: 'الغارات',
  missing: 'المفقودين',
};

/** The counted people after `من`: with a side in construct (`مقاتلي داعش`), without one definite. */
const KIND_OF: Record<SubjectKind, string> = {
  combatants: 'مقاتلي',
  civilians: 'المدنيين من',
  prisoners: 'سجناء',
  staff: 'العاملين لدى',
  families: 'عائلات',
  mixed: 'صفوف',
  other: 'صفوف',
  unknown: 'صفوف',
};
const KIND: Record<SubjectKind, string> = {
  combatants: 'المقاتلين',
  civilians: 'المدنيين',
  prisoners: 'السجناء',
  staff: 'العاملين',
  families: 'العائلات',
  mixed: '',
  other: '',
  unknown: '',
};

const MARK: Record<Mark, string> = {
  probable: 'مرجّح',
  possible: 'محتمل',
  uncommitted: 'غير مؤكد',
  denied: 'منفيّ',
  partisan: 'طرف يتحدث عن خسائر خصمه',
  superseded: 'عُدِّل لاحقاً',
};

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join('، ')} و${items[items.length - 1]}`;
}

function who(slot: Slot): string {
  const label = CATEGORY[slot.category];
  if (slot.category === 'strikes') return label;
  const people = slot.side ? `${KIND_OF[slot.kind]} ${slot.side}` : KIND[slot.kind];
  return people ? `${label} من ${people}` : label;
}

export function arabic(options: { readonly digits?: 'latn' | 'arab' } = {}): Templates {
  const nu = options.digits === 'arab' ? 'arab' : 'latn';
  const NUMBER = new Intl.NumberFormat(`ar-u-nu-${nu}`);
  const DATE = new Intl.DateTimeFormat(`ar-u-nu-${nu}`, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const n = (x: number | null): string => (x === null ? '؟' : NUMBER.format(x));
  /** Arabic counting: واحد، مثنى، 3–10 جمع، 11+ تمييز مفرد منصوب. */
  const count = (k: number, one: string, two: string, few: string, many: string): string =>
    k === 1 ? one : k === 2 ? two : k <= 10 ? `${n(k)} ${few}` : `${n(k)} ${many}`;
  const given = (g: Given): string => {
    const k = g.reports ?? 1;
    const times = k > 1 ? ` (${count(k, 'تقرير', 'تقريران', 'تقارير', 'تقريرًا')})` : '';
    return `${g.figure}${g.marks.length ? ` (${g.marks.map((m) => MARK[m]).join('، ')})` : ''} بحسب ${g.who}${times}`;
  };
  const date = (iso: string): string => DATE.format(new Date(`${iso}T00:00:00Z`));

  return {
    lang: 'ar',
    dir: 'rtl',
    heading: {
      title: 'موجز الحادثة',
      happened: 'ما جرى',
      tolls: 'الحصيلة بحسب الطرف',
      disputed: 'ما هو موضع خلاف أو نفي أو تعديل',
      unconfirmed: 'ما لم يتأكد',
      sources: 'المصادر ومدى استقلالها',
      references: 'الادعاءات المستشهد بها',
    },
    number: (k) => NUMBER.format(k),
    // A Latin id inside right-to-left text, isolated so the period after it stays at the end (U+2068/U+2069).
    unnamed: (document) => `التقرير \u2068${document}\u2069`,
    date,
    quantity(q) {
      switch (q.qualifier) {
        case 'exact':
          return n(q.point ?? q.low);
        case 'approx':
          return `نحو ${n(q.point)}`;
        case 'at_least':
          return `ما لا يقل عن ${n(q.point ?? q.low)}`;
        case 'more_than':
          return `أكثر من ${n(q.point ?? (q.low === null ? null : q.low - 1))}`;
        case 'at_most':
          return `ما لا يزيد على ${n(q.point ?? q.high)}`;
        case 'less_than':
          return `أقل من ${n(q.point ?? (q.high === null ? null : q.high + 1))}`;
        case 'range':
          return q.high === null ? `${n(q.low)} فأكثر` : `بين ${n(q.low)} و${n(q.high)}`;
        case 'vague':
          return (q.low ?? 0) >= 1000 ? 'آلاف' : (q.low ?? 0) >= 100 ? 'مئات' : 'عشرات';
      }
    },
    incidentTitle(place, start, end) {
      const when = start ? (end && end !== start ? `${date(start)} – ${date(end)}` : date(start)) : '';
      return [place, when].filter(Boolean).join('، ');
    },
    happened(i) {
      const when = i.start
        ? i.end && i.end !== i.start
          ? `بين ${date(i.start)} و${date(i.end)}`
          : `في ${date(i.start)}`
        : 'في تاريخ لم تذكره التقارير';
      const reports = count(i.reports, 'يصف تقرير واحد', 'يصف تقريران', 'تقارير', 'تقريراً');
      const verb = i.reports <= 2 ? reports : `تصف ${reports}`;
      const outlets = count(i.outlets, 'وسيلة إعلام واحدة', 'وسيلتي إعلام', 'وسائل إعلام', 'وسيلة إعلام');
      const parties =
        i.sides.length >= 2
          ? `قتالاً بين ${list(i.sides)}`
          : i.sides.length === 1
            ? `أعمال عنف طرفها ${i.sides[0]}`
            : 'أعمال عنف';
      const where = i.place ? ` في ${i.place}${i.where ? ` (${i.where})` : ''}` : '';
      const events = i.events.map((c) => EVENT[c]).filter((e): e is string => e !== undefined);
      return `${when}، ${verb} من ${outlets} ${parties}${where}${events.length ? `، مع أرقام عن ${list(events)}` : ''}.`;
    },
    toll(slot, range, figures) {
      const span =
        range.low === null && range.high === null
          ? 'لا رقم صالحاً'
          : range.low === null
            ? `حتى ${n(range.high)}`
            : range.low === range.high || range.high === null
              ? `${range.high === null ? 'ما لا يقل عن ' : ''}${n(range.low)}`
              : `بين ${n(range.low)} و${n(range.high)}`;
      const conservative =
        range.conservative !== null && range.conservative !== range.low
          ? `؛ والرقم الأكثر تحفظاً ${n(range.conservative)}`
          : '';
      return `${who(slot)}: ${span}${conservative} — ${figures.map(given).join('؛ ')}.`;
    },
    conflict(kind, slot, { against, by }) {
      const what = who(slot);
      switch (kind) {
        case 'denial':
          return `${by.length > 1 ? 'ينفي كلٌّ من' : 'ينفي'} ${list(by.map((g) => g.who))} رقم ${list(by.map((g) => g.figure))} (${what})${against.length ? `، وقد ورد: ${list(against.map(given))}` : ''}.`;
        case 'revision':
          return `عُدِّل رقم ${what}: ${[...against, ...by].map(given).join('، ثم ')}.`;
        case 'sum_mismatch':
          return `الأجزاء المذكورة لـ${what} تتجاوز مجموعها المعلن: ${[...against, ...by].map(given).join(' مقابل ')}.`;
        case 'disagreement':
          return `تختلف المصادر على ${what}: ${[...against, ...by].map(given).join(' مقابل ')}.`;
      }
    },
    unconfirmed(figures) {
      return `لم تؤكد التقارير التي نقلتها هذه الأرقام: ${figures.map(given).join('؛ ')}.`;
    },
    sources(lines, independent, relayed) {
      const parts = lines.map((l) => {
        if (l.own) return `ما تورده الوسائل بصوتها (${list(l.outlets)})`;
        const speakers = list(l.speakers);
        const side = l.side ? (speakers ? `${l.side} (${speakers})` : l.side) : speakers;
        return `${side} عبر ${list(l.outlets)}`;
      });
      const basis = count(independent, 'مصدر مستقل واحد', 'مصدرين مستقلين', 'مصادر مستقلة', 'مصدراً مستقلاً');
      const relay =
        relayed > 0
          ? `؛ ووصل ${count(relayed, 'رقم واحد', 'رقمان', 'أرقام', 'رقماً')} إلى الوسيلة عبر وسيلة أخرى أو وسيط`
          : '';
      return `تستند الأرقام إلى ${basis} (يُحسب المتحدثون باسم طرف واحد مصدراً واحداً): ${parts.join('؛ ')}${relay}.`;
    },
  };
}

export const ar: Templates = arabic();
