// The JSON API of `isnad serve`, and a small cache per case that every write empties.

import type {
  AddedDocument,
  Brief,
  CaseEstimate,
  CaseSummary,
  ClaimCorrection,
  Conflict,
  DocumentFull,
  DocumentSummary,
  GeoFeature,
  Incident,
  StoredClaim,
  TimelineEntry,
} from './types.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const TOKEN_KEY = 'isnad.token';

export function token(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function setToken(value: string | null): void {
  if (value) sessionStorage.setItem(TOKEN_KEY, value);
  else sessionStorage.removeItem(TOKEN_KEY);
}

const AUTHOR_KEY = 'isnad.author';

/** The reviewer's name, sent with each review so the case keeps who did what. */
export function author(): string | null {
  return localStorage.getItem(AUTHOR_KEY);
}

export function setAuthor(value: string | null): void {
  const v = value?.trim() ?? '';
  if (v) localStorage.setItem(AUTHOR_KEY, v);
  else localStorage.removeItem(AUTHOR_KEY);
}

/** A write body with the reviewer's name, when one is set. */
function signed(body: Record<string, unknown>): Record<string, unknown> {
  const who = author();
  return who ? { ...body, author: who } : body;
}

/** Asks for the write token when the server wants one (set by `isnad serve --token`). */
let askToken: () => string | null = () => null;

export function onTokenNeeded(ask: () => string | null): void {
  askToken = ask;
}

async function request<T>(path: string, init: RequestInit = {}, retried = false): Promise<T> {
  const headers = new Headers(init.headers);
  const t = token();
  const write = init.method !== undefined && init.method !== 'GET';
  if (t && write) headers.set('Authorization', `Bearer ${t}`);
  const res = await fetch(path, { ...init, headers });
  const type = res.headers.get('content-type') ?? '';
  const body: unknown = type.includes('json') ? await res.json() : await res.text();
  if (res.status === 401 && write && !retried) {
    const entered = askToken();
    if (entered) {
      setToken(entered);
      return request<T>(path, init, true);
    }
  }
  if (!res.ok) {
    const err = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(res.status, err?.code ?? 'http', err?.message ?? `HTTP ${res.status}`);
  }
  return body as T;
}

const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

const enc = encodeURIComponent;

/** Reads of one case, kept until the next write to it. */
const cache = new Map<string, Promise<unknown>>();

function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  const hit = cache.get(key);
  if (hit) return hit as Promise<T>;
  const p = load();
  cache.set(key, p);
  p.catch(() => cache.delete(key));
  return p;
}

const seen = new Map<number, string>();

export function forget(caseId?: number): void {
  if (caseId === undefined) cache.clear();
  else for (const key of [...cache.keys()]) if (key.startsWith(`${caseId}:`)) cache.delete(key);
}

export const api = {
  cases: () => request<{ cases: CaseSummary[] }>('/api/cases').then((r) => r.cases),
  /** The case, read afresh: when it changed since the last look (a write from elsewhere, the
   * CLI's ingest), every cached read of it is dropped. */
  getCase: async (id: number) => {
    let c = await request<CaseSummary>(`/api/cases/${id}`);
    // A server links a case in the background after a write: a page waits a few seconds for that
    // linking (then shows the last one, the case saying it is pending), and its reads are dropped
    // once the case is linked afresh.
    for (let waited = 0; c.linking === 'pending' && waited < 5000; waited += 200) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      c = await request<CaseSummary>(`/api/cases/${id}`);
    }
    const stamp = `${c.updated} ${c.linking}`;
    if (seen.get(id) !== stamp) {
      forget(id);
      seen.set(id, stamp);
    }
    return c;
  },
  createCase: (name: string) => request<{ id: number; name: string }>('/api/cases', json('POST', { name })),
  documents: (id: number) =>
    cached(`${id}:documents`, () =>
      request<{ total: number; items: DocumentSummary[] }>(`/api/cases/${id}/documents?limit=100000`),
    ),
  document: (id: number, doc: string) =>
    cached(`${id}:doc:${doc}`, () => request<DocumentFull>(`/api/cases/${id}/documents/${enc(doc)}`)),
  claims: (id: number) =>
    cached(`${id}:claims`, () =>
      request<{ total: number; items: StoredClaim[] }>(`/api/cases/${id}/claims?limit=100000`).then(
        (r) => r.items,
      ),
    ),
  incidents: (id: number) =>
    cached(`${id}:incidents`, () =>
      request<{ incidents: Incident[] }>(`/api/cases/${id}/incidents`).then((r) => r.incidents),
    ),
  conflicts: (id: number) =>
    cached(`${id}:conflicts`, () =>
      request<{ conflicts: Conflict[] }>(`/api/cases/${id}/conflicts`).then((r) => r.conflicts),
    ),
  timeline: (id: number) =>
    cached(`${id}:timeline`, () =>
      request<{ timeline: TimelineEntry[] }>(`/api/cases/${id}/timeline`).then((r) => r.timeline),
    ),
  estimates: (id: number) =>
    cached(`${id}:estimates`, () =>
      request<{ estimates: CaseEstimate[] }>(`/api/cases/${id}/estimates`).then((r) => r.estimates),
    ),
  places: (id: number) =>
    cached(`${id}:geojson`, () =>
      request<{ features: GeoFeature[] }>(`/api/cases/${id}/export/geojson`).then((r) => r.features),
    ),
  brief: (id: number, lang: 'ar' | 'en') =>
    cached(`${id}:brief:${lang}`, () => request<Brief>(`/api/cases/${id}/brief?lang=${lang}`)),
  /** One claim with its review history (who, what, when), oldest first. */
  claim: (id: number, claim: string) =>
    cached(`${id}:claim:${claim}`, () =>
      request<StoredClaim & { history: ClaimCorrection[] }>(`/api/cases/${id}/claims/${enc(claim)}`),
    ),
  review: async (id: number, claim: string, body: Record<string, unknown>) => {
    const out = await request<StoredClaim>(
      `/api/cases/${id}/claims/${enc(claim)}`,
      json('PATCH', signed(body)),
    );
    forget(id);
    return out;
  },
  mergeIncidents: async (id: number, incidents: readonly string[]) => {
    try {
      return await request<unknown>(`/api/cases/${id}/incidents/merge`, json('POST', signed({ incidents })));
    } finally {
      forget(id);
    }
  },
  splitIncident: async (id: number, incident: string, documents: readonly string[]) => {
    try {
      return await request<unknown>(
        `/api/cases/${id}/incidents/split`,
        json('POST', signed({ incident, documents })),
      );
    } finally {
      forget(id);
    }
  },
  markRepublication: async (id: number, doc: string, of: string | null) => {
    try {
      return await request<unknown>(
        `/api/cases/${id}/documents/${enc(doc)}`,
        json('PATCH', signed({ republicationOf: of })),
      );
    } finally {
      forget(id);
    }
  },
  addText: async (id: number, body: Record<string, string>) => {
    try {
      return await request<{ documents: AddedDocument[] }>(`/api/cases/${id}/documents`, json('POST', body));
    } finally {
      forget(id);
    }
  },
  addFiles: async (id: number, form: FormData) => {
    try {
      return await request<{ documents: AddedDocument[] }>(`/api/cases/${id}/documents`, {
        method: 'POST',
        body: form,
      });
    } finally {
      forget(id);
    }
  },
};
