// English templates of the incident brief. Names of sides and places are the gazetteer's English
// names; speakers without one keep their name as the report gives it.

import type { Category, SubjectKind } from '../../types.js';
import type { Given, Mark, Slot, Templates } from './templates.js';

const NUMBER = new Intl.NumberFormat('en-US');
const DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

const CATEGORY: Record<Category, string> = {
  killed: 'killed',
  wounded: 'wounded',
  killed_or_wounded: 'killed or wounded',
  arrested: 'arrested or captured',
  abducted: 'abducted or held hostage',
  escaped: 'escaped',
  released: 'released',
  missing: 'missing',
  displaced: 'displaced',
  surrendered: 'surrendered',
  combatants: 'taking part in the fighting',
  strikes: 'strikes',
  held: 'held',
  other: 'counted',
};

const EVENT: Partial<Record<Category, string>> = {
  killed: 'deaths',
  wounded: 'injuries',
  killed_or_wounded: 'casualties',
  arrested: 'arrests',
  abducted: 'abductions',
  escaped: 'escapes',
  displaced: 'displacement',
  surrendered: 'surrenders',
  strikes: 'strikes',
  missing: 'missing people',
};

const KIND: Record<SubjectKind, string> = {
  combatants: 'fighters',
  civilians: 'civilians',
  prisoners: 'prisoners',
  staff: 'staff',
  families: 'families',
  mixed: 'people',
  other: 'people',
  unknown: 'people',
};

const MARK: Record<Mark, string> = {
  probable: 'probably',
  possible: 'possibly',
  uncommitted: 'unconfirmed',
  denied: 'denied',
  partisan: 'a party on its enemy’s losses',
  superseded: 'later revised',
};

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function who(slot: Slot): string {
  if (slot.category === 'strikes') return 'strikes';
  const people = slot.side ? `${slot.side} ${KIND[slot.kind]}` : KIND[slot.kind];
  return `${people} ${CATEGORY[slot.category]}`;
}

function given(g: Given): string {
  const times = (g.reports ?? 1) > 1 ? ` (${g.reports} reports)` : '';
  return `${g.figure}${g.marks.length ? ` (${g.marks.map((m) => MARK[m]).join(', ')})` : ''} per ${g.who}${times}`;
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export const en: Templates = {
  lang: 'en',
  dir: 'ltr',
  heading: {
    title: 'Incident brief',
    happened: 'What happened',
    tolls: 'Tolls by side',
    disputed: 'Disputed, denied or revised',
    unconfirmed: 'Unconfirmed',
    sources: 'Sources and their independence',
    references: 'Claims cited',
  },
  number: (n) => NUMBER.format(n),
  unnamed: (document) => `report ${document}`,
  date: (iso) => DATE.format(new Date(`${iso}T00:00:00Z`)),
  quantity(q) {
    const n = (x: number | null): string => (x === null ? '?' : NUMBER.format(x));
    switch (q.qualifier) {
      case 'exact':
        return n(q.point ?? q.low);
      case 'approx':
        return `about ${n(q.point)}`;
      case 'at_least':
        return `at least ${n(q.point ?? q.low)}`;
      case 'more_than':
        return `more than ${n(q.point ?? (q.low === null ? null : q.low - 1))}`;
      case 'at_most':
        return `at most ${n(q.point ?? q.high)}`;
      case 'less_than':
        return `fewer than ${n(q.point ?? (q.high === null ? null : q.high + 1))}`;
      case 'range':
        return q.high === null ? `${n(q.low)} or more` : `${n(q.low)} to ${n(q.high)}`;
      case 'vague':
        return (q.low ?? 0) >= 1000 ? 'thousands' : (q.low ?? 0) >= 100 ? 'hundreds' : 'dozens';
    }
  },
  incidentTitle(place, start, end) {
    const when = start
      ? end && end !== start
        ? `${this.date(start)} – ${this.date(end)}`
        : this.date(start)
      : '';
    return [place, when].filter(Boolean).join(', ');
  },
  happened(i) {
    const when = i.start
      ? i.end && i.end !== i.start
        ? `Between ${this.date(i.start)} and ${this.date(i.end)}`
        : `On ${this.date(i.start)}`
      : 'On an unstated date';
    const where = i.place ? ` in ${i.place}${i.where ? ` (${i.where})` : ''}` : '';
    const parties =
      i.sides.length >= 2
        ? `fighting between ${list(i.sides)}`
        : i.sides.length === 1
          ? `violence involving ${i.sides[0]}`
          : 'violence';
    const events = i.events.map((c) => EVENT[c]).filter((e): e is string => e !== undefined);
    const reports = `${i.reports} report${i.reports === 1 ? '' : 's'} from ${i.outlets} outlet${i.outlets === 1 ? '' : 's'}`;
    return `${when}, ${reports} ${i.reports === 1 ? 'describes' : 'describe'} ${parties}${where}${events.length ? `, with figures on ${list(events)}` : ''}.`;
  },
  toll(slot, range, figures) {
    const span =
      range.low === null && range.high === null
        ? 'no usable figure'
        : range.low === null
          ? `up to ${NUMBER.format(range.high ?? 0)}`
          : range.low === range.high || range.high === null
            ? `${range.high === null ? 'at least ' : ''}${NUMBER.format(range.low ?? 0)}`
            : `between ${NUMBER.format(range.low ?? 0)} and ${NUMBER.format(range.high)}`;
    const conservative =
      range.conservative !== null && range.conservative !== range.low
        ? `; the most conservative figure is ${NUMBER.format(range.conservative)}`
        : '';
    return `${capital(who(slot))}: ${span}${conservative} — ${figures.map(given).join('; ')}.`;
  },
  conflict(kind, slot, { against, by }) {
    const what = who(slot);
    switch (kind) {
      case 'denial':
        return `${capital(list(by.map((g) => g.who)))} ${by.length > 1 ? 'deny' : 'denies'} the figure of ${list(by.map((g) => g.figure))} ${what}${against.length ? `; it is reported as ${list(against.map(given))}` : ''}.`;
      case 'revision':
        return `The figure for ${what} was revised: ${[...against, ...by].map(given).join(', then ')}.`;
      case 'sum_mismatch':
        return `The parts given for ${what} exceed their stated total: ${[...against, ...by].map(given).join(' against ')}.`;
      case 'disagreement':
        return `Sources disagree on ${what}: ${[...against, ...by].map(given).join(' against ')}.`;
    }
  },
  unconfirmed(figures) {
    return `Not confirmed by the reports that carry them: ${figures.map(given).join('; ')}.`;
  },
  sources(lines, independent, relayed) {
    const parts = lines.map((l) => {
      if (l.own) return `the outlets’ own reporting (${list(l.outlets)})`;
      const speakers = list(l.speakers);
      const side = l.side ? `${l.side} (${speakers})` : speakers;
      return `${side} through ${list(l.outlets)}`;
    });
    const relay =
      relayed > 0
        ? `; ${relayed} figure${relayed === 1 ? '' : 's'} reached the outlet through another outlet or an intermediary`
        : '';
    return `The figures rest on ${independent} independent source${independent === 1 ? '' : 's'} (speakers of one side count once): ${parts.join('; ')}${relay}.`;
  },
};
