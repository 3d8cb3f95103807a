// `isnad serve` killed with SIGKILL while clients are adding documents: after a restart every
// document the server acknowledged is there, whole, and the case reads and links as before.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { exampleTexts } from './docs.js';
import { CLI, exited } from './pg.js';

const TOKEN = 'fault-test-token';

async function startServe(db: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [CLI, 'serve', '--db', db, '--port', '0', '--token', TOKEN], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /serving (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`isnad serve exited ${code}`)));
  });
  return { child, url };
}

async function api(url: string, path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(url + path, {
    ...init,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
  });
}

export async function serveKillScenario(db: string): Promise<void> {
  let s = await startServe(db);
  const created = await api(s.url, '/api/cases', {
    method: 'POST',
    body: JSON.stringify({ name: 'killed' }),
  });
  assert.equal(created.status, 201);
  const { id } = (await created.json()) as { id: number };
  const base = exampleTexts();
  const acknowledged: string[] = [];
  let stop = false;
  // four clients adding documents until the server dies under them
  const clients = [0, 1, 2, 3].map(async (k) => {
    for (let i = 0; !stop; i++) {
      const docId = `c${k}-${i}`;
      const text = `${base[(k + i) % base.length]!.text}\n\nنسخة ${docId}\n`;
      try {
        const r = await api(s.url, `/api/cases/${id}/documents`, {
          method: 'POST',
          body: JSON.stringify({ id: docId, text }),
        });
        if (r.status === 201) acknowledged.push(docId);
      } catch {
        return; // the connection died with the server
      }
    }
  });
  while (acknowledged.length < 6) await new Promise((r) => setTimeout(r, 20));
  s.child.kill('SIGKILL');
  stop = true;
  await exited(s.child);
  await Promise.all(clients);

  s = await startServe(db);
  try {
    const docs = (await (await api(s.url, `/api/cases/${id}/documents?limit=1000`)).json()) as {
      total: number;
      items: { id: string; status: string; claims: number }[];
    };
    const stored = new Set(docs.items.map((d) => d.id));
    for (const a of acknowledged) assert.ok(stored.has(a), `acknowledged document ${a} is stored`);
    for (const d of docs.items) assert.equal(d.status, 'analyzed');
    // The killed server left the case's linking pending: the new one links it again in the
    // background, and the case says so until it is done.
    for (let waited = 0; ; waited += 100) {
      const c = (await (await api(s.url, `/api/cases/${id}`)).json()) as { linking: string };
      if (c.linking === 'fresh') break;
      assert.ok(waited < 60_000, 'the case is linked again within a minute');
      await new Promise((r) => setTimeout(r, 100));
    }
    // every stored document is whole: its claims are in the linked case
    const claims = (await (await api(s.url, `/api/cases/${id}/claims?limit=100000`)).json()) as {
      total: number;
      items: { document: string }[];
    };
    const perDoc = new Map<string, number>();
    for (const c of claims.items) perDoc.set(c.document, (perDoc.get(c.document) ?? 0) + 1);
    for (const d of docs.items) assert.equal(perDoc.get(d.id) ?? 0, d.claims, `claims of ${d.id}`);
    const incidents = await api(s.url, `/api/cases/${id}/incidents`);
    assert.equal(incidents.status, 200);
    // and it takes new writes
    const more = await api(s.url, `/api/cases/${id}/documents`, {
      method: 'POST',
      body: JSON.stringify({ id: 'after-restart', text: `${base[0]!.text}\n\nبعد إعادة التشغيل\n` }),
    });
    assert.equal(more.status, 201);
  } finally {
    s.child.kill('SIGTERM');
    await exited(s.child);
  }
}
