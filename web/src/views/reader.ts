// The document reader and review in place: the report's original text with its claims, entities
// and dates marked; a claim chosen anywhere is scrolled to and lit; hovering a mark shows the rules
// that found it. Keys: j/k next/previous claim of the case, c confirm, x reject, e edit.

import { api } from '../api.js';
import { h } from '../dom.js';
import {
  CATEGORIES,
  HOP_KINDS,
  KINDS,
  STANCES,
  category,
  hopKind,
  kind,
  number,
  stance,
  t,
} from '../i18n.js';
import { chainOf, claimRoute, figureText, outletOf, speakerOf } from '../model.js';
import { go } from '../router.js';
import type { View } from '../router.js';
import type { DocumentFull, StoredClaim } from '../types.js';
import { claimChip, legend } from './board.js';

interface Mark {
  readonly id?: string;
  readonly start: number;
  readonly end: number;
  readonly make: () => HTMLElement;
}

/**
 * Keeps the marks that do not overlap one kept before them: the `first` mark (the chosen claim)
 * always, then earliest first, longest first. Returned in text order.
 */
function layer(marks: Mark[], first?: (m: Mark) => boolean): Mark[] {
  const sorted = [...marks].sort(
    (a, b) => Number(first?.(b) ?? false) - Number(first?.(a) ?? false) || a.start - b.start || b.end - a.end,
  );
  const out: Mark[] = [];
  for (const m of sorted) {
    if (m.end > m.start && !out.some((o) => m.start < o.end && o.start < m.end)) out.push(m);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Writes text[a, b) into `into`, with the inner marks that fall in it (clipped). */
function writeRange(text: string, a: number, b: number, inner: readonly Mark[], into: Node): void {
  let at = a;
  for (const m of inner) {
    if (m.end <= a || m.start >= b) continue;
    const s = Math.max(m.start, a);
    const e = Math.min(m.end, b);
    if (s > at) into.appendChild(document.createTextNode(text.slice(at, s)));
    const el = m.make();
    el.appendChild(document.createTextNode(text.slice(s, e)));
    into.appendChild(el);
    at = e;
  }
  if (at < b) into.appendChild(document.createTextNode(text.slice(at, b)));
}

function articleBody(caseId: number, doc: DocumentFull, chosen: string | null): HTMLElement {
  const text = doc.text;
  const claims = layer(
    doc.claims.map((c) => ({
      id: c.id,
      start: c.start,
      end: c.end,
      make: () => {
        const classes = ['claim', `stance-${c.stance}`];
        if (c.partisan) classes.push('partisan');
        if (c.review) classes.push(c.review);
        if (c.corrected) classes.push('corrected');
        return h('mark', {
          class: classes.join(' '),
          'data-claim': c.id,
          'data-rules': c.rules.join(' '),
          'aria-label': `${category(c.category)} · ${figureText(c.quantity)} · ${t('rules')}: ${c.rules.join(', ')}`,
          tabindex: 0,
          onclick: () => go(claimRoute(caseId, c), true),
        });
      },
    })),
    (m) => m.id === chosen,
  );
  const inner = layer([
    ...doc.entities.map((e) => ({
      start: e.start,
      end: e.end,
      make: () =>
        h('span', {
          class: `entity ent-${e.type}`,
          title: `${e.type}: ${e.name} (${e.id})`,
          'data-entity': e.id,
        }),
    })),
    ...doc.dates.map((d) => ({
      start: d.start,
      end: d.end,
      make: () =>
        h('span', { class: 'date-mark', title: `${d.kind}: ${d.date ?? ''} ${d.precision ?? ''}`.trim() }),
    })),
  ]);
  const body = h('div', { class: 'article-text', 'data-testid': 'article', lang: 'ar', dir: 'rtl' });
  let at = 0;
  for (const c of claims) {
    writeRange(text, at, c.start, inner, body);
    const el = c.make();
    writeRange(text, c.start, c.end, inner, el);
    body.appendChild(el);
    at = c.end;
  }
  writeRange(text, at, text.length, inner, body);
  return body;
}

function parseFigure(raw: string): number | { low: number; high: number } | null {
  const s = raw.trim().replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660));
  const range = /^(\d+)\s*[-–]\s*(\d+)$/.exec(s);
  if (range) return { low: Number(range[1]), high: Number(range[2]) };
  return /^\d+$/.test(s) ? Number(s) : null;
}

function select(
  name: string,
  options: readonly string[],
  value: string,
  label: (v: string) => string,
): HTMLSelectElement {
  return h(
    'select',
    { name },
    options.map((o) => h('option', { value: o, selected: o === value }, label(o))),
  );
}

async function send(
  caseId: number,
  claim: string,
  body: Record<string, unknown>,
  status: HTMLElement,
): Promise<boolean> {
  status.textContent = t('working');
  try {
    await api.review(caseId, claim, body);
    return true;
  } catch (e) {
    status.textContent = `${t('error')}: ${e instanceof Error ? e.message : String(e)}`;
    return false;
  }
}

function claimCard(
  caseId: number,
  c: StoredClaim,
  refresh: () => void,
): { el: HTMLElement; edit: () => void; act: (a: 'confirm' | 'reject') => void } {
  const status = h('p', { class: 'status', role: 'status', 'data-testid': 'review-status' });
  const form = h('form', { class: 'edit', hidden: true, 'data-testid': 'edit-form' });
  const act = (action: 'confirm' | 'reject' | 'reset'): void => {
    void send(caseId, c.id, { action }, status).then((ok) => ok && refresh());
  };
  const edit = (): void => {
    form.hidden = false;
    (form.querySelector('input[name=figure]') as HTMLInputElement | null)?.focus();
  };
  const v = c.quantity;
  const figure = h('input', {
    name: 'figure',
    value:
      v.low !== null && v.high !== null && v.low !== v.high
        ? `${v.low}-${v.high}`
        : String(v.point ?? v.low ?? v.high ?? ''),
    inputmode: 'numeric',
    'data-testid': 'edit-figure',
  });
  const group = h('input', { name: 'group', value: c.subject.group ?? '', placeholder: t('anySide') });
  const cat = select('category', CATEGORIES, c.category, category);
  const knd = select('kind', KINDS, c.subject.kind, kind);
  const stn = select('stance', STANCES, c.stance, stance);
  const lastHop = c.attribution[c.attribution.length - 1];
  const who = h('input', { name: 'speaker', value: lastHop?.name ?? '' });
  const whoKind = select('speakerKind', HOP_KINDS, lastHop?.kind ?? 'unknown', hopKind);
  form.append(
    h('label', null, t('figure'), figure),
    h('label', null, t('category'), cat),
    h('label', null, t('side'), group),
    h('label', null, t('kind'), knd),
    h('label', null, t('stance'), stn),
    h('label', null, t('speaker'), who, whoKind),
    h(
      'div',
      { class: 'buttons' },
      h('button', { type: 'submit', 'data-testid': 'edit-save' }, t('save')),
      h('button', { type: 'button', onclick: () => (form.hidden = true) }, t('cancel')),
    ),
  );
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      form.hidden = true;
      e.stopPropagation();
    }
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const changes: Record<string, unknown> = {};
    const f = parseFigure(figure.value);
    if (figure.value.trim() !== '' && f === null) {
      status.textContent = `${t('error')}: ${t('figure')}`;
      return;
    }
    const was =
      v.low !== null && v.high !== null && v.low !== v.high
        ? `${v.low}-${v.high}`
        : String(v.point ?? v.low ?? v.high ?? '');
    if (f !== null && figure.value.trim() !== was) changes.figure = f;
    if (cat.value !== c.category) changes.category = cat.value;
    if (group.value.trim() !== (c.subject.group ?? ''))
      changes.group = group.value.trim() === '' ? null : group.value.trim();
    if (knd.value !== c.subject.kind) changes.kind = knd.value;
    if (stn.value !== c.stance) changes.stance = stn.value;
    if (
      who.value.trim() !== '' &&
      (who.value.trim() !== (lastHop?.name ?? '') || whoKind.value !== (lastHop?.kind ?? 'unknown'))
    )
      changes.speaker = { name: who.value.trim(), kind: whoKind.value };
    if (Object.keys(changes).length === 0) {
      form.hidden = true;
      return;
    }
    void send(caseId, c.id, { action: 'correct', ...changes }, status).then((ok) => ok && refresh());
  });
  const row = (label: string, value: string | HTMLElement, cls = ''): HTMLElement =>
    h('div', { class: `kv ${cls}` }, h('dt', null, label), h('dd', null, value));
  const el = h(
    'aside',
    { class: 'claim-card', 'data-claim': c.id, 'data-testid': 'claim-card' },
    h('h3', null, claimChip(caseId, c), ' ', h('span', { class: 'claim-id' }, c.id)),
    h(
      'dl',
      null,
      row(t('figure'), figureText(c.quantity), 'figure'),
      row(t('category'), category(c.category)),
      row(t('side'), c.subject.group ?? t('anySide')),
      row(t('kind'), kind(c.subject.kind)),
      row(t('stance'), stance(c.stance)),
      row(t('speaker'), speakerOf(c)),
      row(t('chain'), chainOf(c)),
      c.partisan ? row('⚑', `${t('partisan')}: ${c.partisan.speaker} → ${c.partisan.about}`) : null,
      row(t('quote'), c.text),
      row(t('rules'), h('code', { class: 'rules' }, c.rules.join(' · '))),
      c.review ? row(t('review'), t(c.review), 'review') : null,
      c.machine
        ? row(
            t('machineSaid'),
            `${figureText(c.machine.quantity)} · ${category(c.machine.category)} · ${c.machine.subject.group ?? t('anySide')} · ${stance(c.machine.stance)}`,
          )
        : null,
    ),
    h(
      'div',
      { class: 'buttons' },
      h(
        'button',
        { type: 'button', 'data-testid': 'confirm', onclick: () => act('confirm') },
        `${t('confirm')} (c)`,
      ),
      h(
        'button',
        { type: 'button', 'data-testid': 'reject', onclick: () => act('reject') },
        `${t('reject')} (x)`,
      ),
      h('button', { type: 'button', 'data-testid': 'edit', onclick: edit }, `${t('edit')} (e)`),
      c.review || c.corrected
        ? h('button', { type: 'button', onclick: () => act('reset') }, t('reset'))
        : null,
    ),
    form,
    status,
    h('p', { class: 'muted small' }, t('keys')),
  );
  return { el, edit, act };
}

/** The first claim not yet reviewed (or the first claim), as a route. */
export async function reviewStart(caseId: number): Promise<string | null> {
  const claims = await api.claims(caseId);
  const first = claims.find((c) => c.review === null && !c.corrected) ?? claims[0];
  return first ? claimRoute(caseId, first) : null;
}

export async function readerView(caseId: number, docId: string, query: URLSearchParams): Promise<View> {
  const [doc, all, docs] = await Promise.all([
    api.document(caseId, docId),
    api.claims(caseId),
    api.documents(caseId),
  ]);
  const summary = docs.items.find((d) => d.id === docId);
  const claimId = query.get('claim');
  const span = /^(\d+)-(\d+)$/.exec(query.get('span') ?? '');
  const selected = claimId ? doc.claims.find((c) => c.id === claimId) : undefined;
  const refresh = (): void =>
    go(selected ? claimRoute(caseId, selected) : `/case/${caseId}/doc/${encodeURIComponent(docId)}`, true);
  const card = selected ? claimCard(caseId, selected, refresh) : null;
  const body = articleBody(caseId, doc, claimId);
  const repStatus = h('span', { class: 'status small', role: 'status' });
  const republication = h(
    'label',
    { class: 'small' },
    `${t('republicationOf')}: `,
    h(
      'select',
      {
        'data-testid': 'republication',
        onchange: (e: Event) => {
          const v = (e.target as HTMLSelectElement).value;
          repStatus.textContent = t('working');
          api
            .markRepublication(caseId, docId, v === '' ? null : v)
            .then(() => go(`/case/${caseId}/doc/${encodeURIComponent(docId)}`, true))
            .catch((err: unknown) => {
              repStatus.textContent = `${t('error')}: ${err instanceof Error ? err.message : String(err)}`;
            });
        },
      },
      h('option', { value: '' }, t('original')),
      docs.items
        .filter((d) => d.id !== docId)
        .map((d) =>
          h(
            'option',
            { value: d.id, selected: d.id === doc.republicationOf },
            `${outletOf(d)} · ${d.title ?? d.id}`,
          ),
        ),
    ),
    ' ',
    repStatus,
  );
  const toggles = h(
    'p',
    { class: 'toggles' },
    h('strong', null, `${t('highlights')}: `),
    (['claims', 'entities', 'dates'] as const).map((k) =>
      h(
        'label',
        null,
        h('input', {
          type: 'checkbox',
          checked: true,
          onchange: (e: Event) => body.classList.toggle(`hide-${k}`, !(e.target as HTMLInputElement).checked),
        }),
        ` ${k === 'claims' ? t('claims') : k === 'entities' ? t('entities') : t('dates')} `,
      ),
    ),
  );
  const list = h(
    'ol',
    { class: 'doc-claims' },
    doc.claims.map((c) =>
      h(
        'li',
        { class: c.id === claimId ? 'current' : '' },
        claimChip(caseId, c),
        ' ',
        h(
          'span',
          { class: 'muted small' },
          `${category(c.category)} · ${c.subject.group ?? t('anySide')} · ${speakerOf(c)}`,
        ),
      ),
    ),
  );
  const index = selected ? all.findIndex((c) => c.id === selected.id) : -1;
  const step = (delta: number): void => {
    const next = all[index < 0 ? (delta > 0 ? 0 : all.length - 1) : index + delta];
    if (next) go(claimRoute(caseId, next), true);
  };
  // Hovering a claim shows why it was read so: its figure and the ids of the rules that found it.
  const tip = h('div', { class: 'tooltip', role: 'tooltip', hidden: true, 'data-testid': 'rules-tip' });
  const byId = new Map(doc.claims.map((c) => [c.id, c]));
  body.addEventListener('mouseover', (e) => {
    const mark = (e.target as Element).closest('mark.claim');
    const c = mark ? byId.get(mark.getAttribute('data-claim') ?? '') : undefined;
    if (!mark || !c) return;
    tip.replaceChildren(
      h(
        'div',
        { class: 'tip-head' },
        `${category(c.category)} · ${figureText(c.quantity)} · ${stance(c.stance)} · ${speakerOf(c)}`,
      ),
      h('div', { class: 'muted small' }, t('rules')),
      h(
        'ul',
        { class: 'tip-rules', dir: 'ltr' },
        c.rules.map((r) => h('li', null, h('code', null, r))),
      ),
    );
    const box = mark.getBoundingClientRect();
    tip.style.top = `${Math.round(box.bottom + 6)}px`;
    // Right-aligned with the mark, as the text runs.
    tip.style.left = `${Math.round(Math.max(8, Math.min(window.innerWidth - 320, box.right - 300)))}px`;
    tip.hidden = false;
  });
  body.addEventListener('mouseout', (e) => {
    if ((e.target as Element).closest('mark.claim')) tip.hidden = true;
  });
  const el = h(
    'section',
    { class: 'reader' },
    tip,
    h(
      'div',
      { class: 'doc' },
      h('h1', { dir: doc.title ? 'auto' : 'rtl' }, doc.title ?? h('bdi', null, doc.id)),
      h(
        'p',
        { class: 'muted' },
        `${outletOf(summary)} · ${doc.published ?? t('undated')} · `,
        h('bdi', null, doc.id),
        ` · ${number(doc.claims.length)} ${t('claims')}`,
        doc.url
          ? [' · ', h('a', { href: doc.url, rel: 'noopener noreferrer', target: '_blank' }, doc.url)]
          : null,
      ),
      h('p', null, republication),
      toggles,
      body,
    ),
    h(
      'div',
      { class: 'side-panel' },
      h(
        'p',
        { class: 'nav-claims' },
        h(
          'button',
          { type: 'button', onclick: () => step(-1), 'data-testid': 'prev' },
          `${t('previous')} (k)`,
        ),
        h(
          'span',
          { class: 'muted' },
          index >= 0 ? ` ${number(index + 1)} / ${number(all.length)} ` : ` ${number(all.length)} `,
        ),
        h('button', { type: 'button', onclick: () => step(1), 'data-testid': 'next' }, `${t('next')} (j)`),
      ),
      card ? card.el : h('p', { class: 'muted' }, t('keys')),
      legend(),
      list,
    ),
  );
  return {
    el,
    mounted: () => {
      let target: Element | null = null;
      if (selected) {
        target = body.querySelector(`mark.claim[data-claim="${CSS.escape(selected.id)}"]`);
        target?.classList.add('active');
      } else if (span) {
        const s = Number(span[1]);
        const e = Number(span[2]);
        const marks = [...body.querySelectorAll('span.date-mark, span.entity')].filter((m) => {
          // The span's offset: text before it in the article.
          const r = document.createRange();
          r.setStart(body, 0);
          r.setEndBefore(m);
          const at = r.toString().length;
          return at === s && at + (m.textContent ?? '').length === e;
        });
        target = marks[0] ?? null;
        target?.classList.add('active');
      }
      target?.scrollIntoView({ block: 'center' });
    },
    onKey: (e) => {
      if (e.key === 'j') step(1);
      else if (e.key === 'k') step(-1);
      else if (e.key === 'c' && card) card.act('confirm');
      else if (e.key === 'x' && card) card.act('reject');
      else if (e.key === 'e' && card) card.edit();
      else return false;
      return true;
    },
  };
}
