// The isnad workspace in the browser: one page, routes in the hash, every view drawn from the API.

import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/700.css';
import '@fontsource/noto-naskh-arabic/400.css';
import '@fontsource/noto-naskh-arabic/700.css';
import './style.css';
import { ApiError, api, onTokenNeeded } from './api.js';
import { clear, h, link } from './dom.js';
import { lang, setLang, t } from './i18n.js';
import type { Word } from './i18n.js';
import { addView } from './views/add.js';
import { boardView } from './views/board.js';
import { briefView } from './views/brief.js';
import { casesView } from './views/cases.js';
import { conflictsView } from './views/conflicts.js';
import { overviewView } from './views/overview.js';
import { readerView, reviewStart } from './views/reader.js';
import { timelineView } from './views/timeline.js';
import { go, onReplace } from './router.js';
import type { View } from './router.js';
import type { CaseSummary } from './types.js';

interface Route {
  readonly path: string[];
  readonly query: URLSearchParams;
}

function parseRoute(): Route {
  const raw = location.hash.replace(/^#/, '') || '/';
  const [p = '/', q = ''] = raw.split('?', 2);
  return {
    path: p
      .split('/')
      .filter((s) => s !== '')
      .map((s) => {
        try {
          return decodeURIComponent(s);
        } catch {
          return s;
        }
      }),
    query: new URLSearchParams(q),
  };
}

const TABS: readonly [string, Word][] = [
  ['', 'overview'],
  ['board', 'board'],
  ['figures', 'figures'],
  ['conflicts', 'conflicts'],
  ['timeline', 'timeline'],
  ['review', 'review'],
  ['brief', 'brief'],
  ['add', 'add'],
];

let current: View | null = null;
let renderCount = 0;

async function header(route: Route, theCase: CaseSummary | null): Promise<HTMLElement> {
  const caseId = route.path[0] === 'case' ? Number(route.path[1]) : null;
  const tab = route.path[0] === 'case' ? (route.path[2] ?? '') : null;
  const switcher = h(
    'button',
    {
      type: 'button',
      class: 'lang',
      'data-testid': 'lang',
      title: lang() === 'ar' ? 'English' : 'العربية',
      onclick: () => {
        setLang(lang() === 'ar' ? 'en' : 'ar');
        void render();
      },
    },
    lang() === 'ar' ? 'English' : 'العربية',
  );
  let caseName: HTMLElement | null = null;
  if (theCase) caseName = h('span', { class: 'case-name', 'data-testid': 'case-name' }, theCase.name);
  return h(
    'header',
    { class: 'top' },
    h(
      'div',
      { class: 'brand' },
      link('/', { class: 'logo' }, t('app')),
      h('span', { class: 'tagline' }, t('tagline')),
      caseName
        ? [
            h('span', { class: 'sep' }, '›'),
            link('/', null, t('cases')),
            h('span', { class: 'sep' }, '›'),
            caseName,
          ]
        : null,
      switcher,
    ),
    caseId !== null
      ? h(
          'nav',
          { class: 'tabs' },
          TABS.map(([path, word]) =>
            link(
              `/case/${caseId}${path ? `/${path}` : ''}`,
              {
                class: tab === path || (path === 'review' && tab === 'doc') ? 'tab active' : 'tab',
                'data-tab': path || 'overview',
              },
              t(word),
            ),
          ),
        )
      : null,
  );
}

async function viewFor(route: Route): Promise<View | null> {
  const [root, id, tab, arg] = route.path;
  if (root !== 'case') return casesView();
  const caseId = Number(id);
  if (!Number.isInteger(caseId)) return casesView();
  switch (tab ?? '') {
    case '':
      return overviewView(caseId);
    case 'board':
      return boardView(caseId, route.query);
    case 'figures':
      // The charts and the world outline load with this view only (a separate chunk).
      return (await import('./views/figures.js')).figuresView(caseId);
    case 'conflicts':
      return conflictsView(caseId);
    case 'timeline':
      return timelineView(caseId);
    case 'brief':
      return briefView(caseId, route.query);
    case 'add':
      return addView(caseId);
    case 'review': {
      const first = await reviewStart(caseId);
      if (first) {
        go(first, true);
        return null;
      }
      return { el: h('p', { class: 'empty' }, t('noClaims')) };
    }
    case 'doc':
      return readerView(caseId, arg ?? '', route.query);
    default:
      return overviewView(caseId);
  }
}

async function render(): Promise<void> {
  const n = ++renderCount;
  const app = document.getElementById('app')!;
  const route = parseRoute();
  document.documentElement.lang = lang();
  document.documentElement.dir = 'rtl';
  try {
    // The case first: when it changed elsewhere, the views read it afresh.
    const caseId = route.path[0] === 'case' ? Number(route.path[1]) : NaN;
    const theCase = Number.isInteger(caseId) ? await api.getCase(caseId) : null;
    const [top, view] = await Promise.all([header(route, theCase), viewFor(route)]);
    if (n !== renderCount || view === null) return;
    clear(app);
    app.append(top, h('main', { class: 'view' }, view.el));
    current = view;
    view.mounted?.();
    document.body.dataset.readyAt = String(performance.now());
    document.body.dataset.ready = route.path.join('/') || 'cases';
  } catch (e) {
    if (n !== renderCount) return;
    clear(app);
    const message = e instanceof ApiError ? `${e.code}: ${e.message}` : String(e);
    app.append(
      h('header', { class: 'top' }, link('/', { class: 'logo' }, t('app'))),
      h('p', { class: 'error' }, `${t('error')}: ${message}`),
    );
    current = null;
    document.body.dataset.ready = 'error';
  }
}

document.addEventListener('keydown', (e) => {
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  const target = e.target as HTMLElement | null;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  if (current?.onKey?.(e)) e.preventDefault();
});

onReplace(() => void render());
onTokenNeeded(() => prompt(t('tokenAsk')));
window.addEventListener('hashchange', () => void render());
void render();
