// The web UI in a real browser (Debian's chromium driven by playwright-core) against `isnad serve`
// on 127.0.0.1 with a fresh store: the five example reports go in through the UI's upload form,
// then every view is checked for its figures, quotes, conflicts and dates; a claim is clicked and
// its span checked, a claim is corrected and its estimate moves, review runs from the keyboard, a
// report holding script payloads shows as text and runs nothing, and a case of 500 ANT documents
// opens in under 2 s. Screenshots go to test/browser/screenshots/ (not committed).

import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { loadInputs } from '../../src/ingest/index.js';
import { Store } from '../../src/store/store.js';
import { ANT_DIR, ANT_HINT } from '../../src/testing/corpus.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');
const WEB = join(ROOT, 'web', 'dist', 'index.html');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const EXAMPLES = join(ROOT, 'examples', 'ghuwayran');
const ANT = ANT_DIR;
const SHOTS = join(ROOT, 'test', 'browser', 'screenshots');

const missing = !existsSync(CHROMIUM)
  ? `no chromium at ${CHROMIUM} (apt-get install chromium; .ci/run does)`
  : !existsSync(CLI) || !existsSync(WEB)
    ? 'isnad is not built (npm run build makes dist/ and web/dist/)'
    : null;
if (missing && process.env.CI) throw new Error(`browser tests cannot run in CI: ${missing}`);

interface Server {
  readonly url: string;
  readonly process: ChildProcess;
}

async function startServer(db: string, ...extra: string[]): Promise<Server> {
  const child = spawn(
    process.execPath,
    [CLI, 'serve', '--port', '0', '--host', '127.0.0.1', '--db', db, ...extra],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`isnad serve did not start: ${err}`)), 15_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /isnad serving (http:\/\/[^\s]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.on('exit', (code) => reject(new Error(`isnad serve exited ${code}: ${err}`)));
  });
  return { url, process: child };
}

/** CPU time (user + system, ms) a process has used so far, from /proc; NaN where there is none. */
function cpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // utime and stime are fields 14 and 15 of stat, in clock ticks (100 a second on Linux).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return NaN;
  }
}

function stopServer(s: Server | undefined): void {
  if (s && s.process.exitCode === null) s.process.kill('SIGTERM');
}

async function api<T>(server: Server, path: string): Promise<T> {
  const res = await fetch(`${server.url}${path}`);
  assert.equal(res.status, 200, `${path}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

/**
 * Waits until the server has linked the case afresh after a write. A page waits a few seconds for
 * that linking and then shows the last one (the case saying it is pending); what a test asserts of
 * the case as linked (a report dated by the case, the incident) is asked once it is.
 */
async function linked(server: Server, caseId: number): Promise<void> {
  for (let waited = 0; waited < 60_000; waited += 200) {
    const c = await api<{ linking: 'pending' | 'fresh' }>(server, `/api/cases/${caseId}`);
    if (c.linking === 'fresh') return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.fail(`case ${caseId} still pending its linking after 60 s`);
}

async function ready(page: Page, route: string): Promise<void> {
  await page.waitForFunction((r) => document.body.dataset.ready === r, route, { timeout: 15_000 });
}

/** Loads the page afresh on a route (a hash change alone would keep the old page's state). */
async function open(page: Page, server: Server, route: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`${server.url}/#${route}`);
  await ready(page, route.replace(/^\//, '').replace(/\?.*$/, '') || 'cases');
}

async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });
}

interface ApiClaim {
  id: string;
  document: string;
  text: string;
  rules: string[];
  category: string;
  subject: { group: string | null; kind: string };
  quantity: { point: number | null; low: number | null; high: number | null };
  partisan?: unknown;
  review: string | null;
}

describe('web UI in chromium', { skip: missing ?? false, timeout: 170_000 }, () => {
  let dir: string;
  let server: Server;
  let browser: Browser;
  let page: Page;
  let caseId: number;
  const pageErrors: string[] = [];
  const DOC = {
    ayn: '000_61e1956ff37553fe',
    unknown: '001_f2581cddb1f52e52',
    hal: '002_83e4d0b447c2e189',
    indep: '003_fb72cf4e412e3e6f',
    orient: '004_f43371ccec69b8eb',
  };

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'isnad-ui-'));
    mkdirSync(SHOTS, { recursive: true });
    server = await startServer(join(dir, 'ui.db'), '--allow-private');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(`console: ${m.text()}`);
    });
    page.on('dialog', (d) => {
      pageErrors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
  });

  after(async () => {
    await browser?.close();
    stopServer(server);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('creates a case and uploads the five example reports through the UI', async () => {
    await open(page, server, '/');
    await page.fill('[data-testid=case-name-input]', 'غويران');
    await page.click('[data-testid=new-case] button[type=submit]');
    await page.waitForFunction(() => /#\/case\/\d+\/add$/.test(location.hash));
    caseId = Number(/case\/(\d+)/.exec(page.url())![1]);
    await ready(page, `case/${caseId}/add`);
    const files = readdirSync(EXAMPLES)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(EXAMPLES, f));
    assert.equal(files.length, 5);
    await page.setInputFiles('[data-testid=upload-files]', files);
    await page.click('[data-testid=upload-send]');
    await page.waitForSelector('[data-testid=add-results] li[data-status=added] >> nth=4');
    const added = await page.$$eval('[data-testid=add-results] li', (els) =>
      els.map((e) => [e.getAttribute('data-doc'), e.getAttribute('data-status')]),
    );
    assert.deepEqual(added.map((a) => a[0]).sort(), Object.values(DOC).sort());
    assert.ok(added.every((a) => a[1] === 'added'));
    await shot(page, '01-add');
    // The same files again: nothing new.
    await page.setInputFiles('[data-testid=upload-files]', files.slice(0, 1));
    await page.click('[data-testid=upload-send]');
    await page.waitForSelector('[data-testid=add-results] li[data-status=duplicate]');
  });

  it('overview: sources with outlet, date and claim counts; the incident with place, dates, parties', async () => {
    await linked(server, caseId);
    await open(page, server, `/case/${caseId}`);
    const row = async (doc: string) =>
      page.$eval(`[data-testid=sources] tr[data-doc="${doc}"]`, (tr) =>
        [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim()),
      );
    const docs = await api<{ items: { id: string; claims: number }[] }>(
      server,
      `/api/cases/${caseId}/documents`,
    );
    assert.equal(await page.locator('[data-testid=sources] tbody tr').count(), 5);
    const ayn = await row(DOC.ayn);
    assert.equal(ayn[0], 'عين الفرات');
    assert.equal(ayn[1], '2022-01-21');
    assert.equal(ayn[3], String(docs.items.find((d) => d.id === DOC.ayn)!.claims));
    const orient = await row(DOC.orient);
    assert.equal(orient[0], 'أورينت نيوز');
    assert.equal(orient[1], '2022-01-23');
    // A report that states no day of its own is dated by the case, as a batch analysis dates it.
    assert.equal((await row(DOC.indep))[1], '2022-01-22');
    // Reports in date order.
    const order = await page.$$eval('[data-testid=sources] tbody tr', (trs) =>
      trs.map((tr) => tr.getAttribute('data-doc')),
    );
    assert.deepEqual(order, [DOC.ayn, DOC.indep, DOC.orient, DOC.unknown, DOC.hal]);
    const incident = await page.$eval('[data-testid=incidents] tbody tr', (tr) => ({
      place: tr.querySelector('.place')?.textContent,
      dates: tr.querySelector('.dates')?.textContent,
      parties: tr.querySelector('.parties')?.textContent,
    }));
    assert.equal(incident.place, 'الحسكة');
    assert.equal(incident.dates, '2022-01-20 – 2022-01-30');
    assert.match(incident.parties ?? '', /داعش/);
    assert.match(incident.parties ?? '', /قوات سوريا الديمقراطية/);
    await shot(page, '02-overview');
  });

  it('claims board: slots as rows, sources by time as columns, partisan figures marked', async () => {
    await open(page, server, `/case/${caseId}/board`);
    const columns = await page.$$eval('[data-testid=board] thead th.src', (ths) =>
      ths.map((th) => th.getAttribute('data-doc')),
    );
    assert.deepEqual(columns, [DOC.ayn, DOC.indep, DOC.orient, DOC.unknown, DOC.hal]);
    const slot = '[data-testid=board] tr[data-slot="killed|داعش|combatants"]';
    const hal = await page.$$eval(`${slot} td[data-doc="${DOC.hal}"] .chip`, (els) =>
      els.map((e) => ({
        fig: e.querySelector('.fig')?.textContent,
        partisan: e.classList.contains('partisan'),
      })),
    );
    // The 374 bodies the SDF counted are evidence; its claim of 374 killed enemies is partisan.
    assert.deepEqual(hal, [
      { fig: '374', partisan: false },
      { fig: '374', partisan: true },
    ]);
    const site = await page.$$eval(`${slot} td[data-doc="${DOC.unknown}"] .chip .fig`, (els) =>
      els.map((e) => e.textContent),
    );
    assert.deepEqual(site, ['2']);
    // Every claim of the case is on the board once.
    const claims = await api<{ total: number }>(server, `/api/cases/${caseId}/claims`);
    assert.equal(await page.locator('[data-testid=board] a.chip').count(), claims.total);
    await shot(page, '03-board', true);
  });

  it('estimates per slot with every claim as a dot, and a map of the incident', async () => {
    await open(page, server, `/case/${caseId}/figures`);
    const killed = await page.$eval(
      '[data-testid=estimates] tr[data-slot="killed|داعش|combatants"]',
      (tr) => ({
        low: tr.querySelector('.low')?.textContent,
        best: tr.querySelector('.best')?.textContent,
        high: tr.querySelector('.high')?.textContent,
      }),
    );
    // 374 bodies counted on the ground are evidence and set best; the vague "dozens" said before
    // the count set nothing beside it, and the SDF's claim of 374 killed is partisan.
    assert.deepEqual(killed, { low: '374', best: '374', high: '374' });
    const held = await page.$eval(
      '[data-testid=estimates] tr[data-slot="held|داعش|prisoners"] .best',
      (td) => td.textContent,
    );
    assert.equal(held, '12,000');
    // A dot per claim with a figure in a slot that has an estimate, each linked to its claim.
    const dots = await page.$$eval('.chart circle[data-claim]', (cs) =>
      cs.map((c) => c.getAttribute('data-claim')),
    );
    assert.ok(
      dots.includes(`${DOC.hal}#2`) && dots.includes(`${DOC.unknown}#5`),
      'the 374 and the 2 are dots',
    );
    // Partisan figures are hollow dots, the others filled.
    const fill = (id: string) =>
      page.$eval(`.chart circle[data-claim="${id}"]`, (c) => getComputedStyle(c).fill);
    assert.equal(await fill(`${DOC.hal}#4`), 'rgb(255, 255, 255)');
    assert.notEqual(await fill(`${DOC.hal}#2`), 'rgb(255, 255, 255)');
    assert.notEqual(await fill(`${DOC.unknown}#5`), 'rgb(255, 255, 255)');
    assert.ok(dots.length >= 30, `dots: ${dots.length}`);
    const map = await page.$$eval('svg[data-testid=map] text', (ts) => ts.map((t) => t.textContent));
    assert.ok(map.includes('الحسكة'), `map labels: ${map.join(', ')}`);
    assert.equal(await page.locator('svg[data-testid=map] circle').count(), 1);
    await shot(page, '04-figures', true);
    // A dot opens its claim in its report.
    await page.click(`.chart circle[data-claim="${DOC.unknown}#5"]`);
    await page.waitForSelector(`.article-text mark.claim.active[data-claim="${DOC.unknown}#5"]`);
  });

  it('conflicts: quotes side by side with the note', async () => {
    await open(page, server, `/case/${caseId}/conflicts`);
    const conflicts = await api<{ conflicts: { id: string; claims: string[] }[] }>(
      server,
      `/api/cases/${caseId}/conflicts`,
    );
    assert.equal(await page.locator('article[data-conflict]').count(), conflicts.conflicts.length);
    const wanted = conflicts.conflicts.find(
      (c) => c.claims.includes(`${DOC.ayn}#1`) && c.claims.includes(`${DOC.indep}#8`),
    );
    assert.ok(wanted, 'the conflict of ≥11 (Ayn al-Furat) and 4 (Independent Arabia) on civilians');
    const shown = await page.$eval(`article[data-conflict="${wanted.id}"]`, (a) => ({
      note: a.querySelector('.note')?.textContent ?? '',
      quotes: [...a.querySelectorAll('.side')].map((s) => ({
        claim: s.getAttribute('data-claim'),
        span: s.querySelector('mark.claim-span')?.textContent,
        quote: s.querySelector('blockquote')?.textContent ?? '',
      })),
    }));
    assert.match(shown.note, /≥11/);
    assert.match(shown.note, /عين الفرات/);
    const byClaim = new Map(shown.quotes.map((q) => [q.claim, q]));
    assert.equal(byClaim.get(`${DOC.ayn}#1`)?.span, 'ما لا يقل عن أحد عشر شخصاً');
    assert.equal(byClaim.get(`${DOC.indep}#8`)?.span, 'أربعة أشخاص');
    assert.match(byClaim.get(`${DOC.indep}#8`)!.quote, /مدنيين في الحي المجاور للسجن/);
    const dispute = await page.$eval('article[data-dispute=duration] .note', (n) => n.textContent ?? '');
    assert.match(dispute, /بعد ستة أيام/);
    assert.match(dispute, /بعد سبعة أيام/);
    await shot(page, '05-conflicts');
  });

  it('timeline: the days in order with where each source says them', async () => {
    await open(page, server, `/case/${caseId}/timeline`);
    const dates = await page.$$eval('[data-testid=timeline] > li', (lis) =>
      lis.map((li) => li.getAttribute('data-date')),
    );
    assert.deepEqual(dates, [
      '2022-01-20',
      '2022-01-21',
      '2022-01-22',
      '2022-01-23',
      '2022-01-26',
      '2022-01-27',
      '2022-01-30',
    ]);
    const first = await page.$$eval('[data-testid=timeline] > li[data-date="2022-01-21"] a.mention', (as) =>
      as.map((a) => a.textContent),
    );
    assert.equal(first[0], '«مساء اليوم» · عين الفرات');
    // A date mention opens its report with the span lit.
    await page.click('[data-testid=timeline] > li[data-date="2022-01-21"] a.mention');
    await ready(page, `case/${caseId}/doc/${DOC.ayn}`);
    assert.equal(await page.$eval('.article-text .active', (e) => e.textContent), 'مساء اليوم');
    await open(page, server, `/case/${caseId}/timeline`);
    await shot(page, '06-timeline');
  });

  it('clicking a claim opens its report scrolled to its exact span, with rule ids on hover', async () => {
    const claim = await api<ApiClaim>(
      server,
      `/api/cases/${caseId}/claims/${encodeURIComponent(`${DOC.hal}#2`)}`,
    );
    await open(page, server, `/case/${caseId}/board`);
    await page.click(`[data-testid=board] a.chip[data-claim="${DOC.hal}#2"]`);
    await ready(page, `case/${caseId}/doc/${DOC.hal}`);
    const active = page.locator('.article-text mark.claim.active');
    assert.equal(await active.count(), 1);
    assert.equal(await active.textContent(), claim.text);
    assert.equal(await active.getAttribute('data-claim'), `${DOC.hal}#2`);
    await active.hover();
    const tip = page.locator('[data-testid=rules-tip]');
    await tip.waitFor({ state: 'visible' });
    const rules = await tip.locator('code').allTextContents();
    assert.deepEqual(rules, claim.rules, 'hovering shows the rule ids');
    const box = await active.boundingBox();
    assert.ok(box && box.y > 0 && box.y + box.height < 1000, 'the span is scrolled into view');
    // The span's offset in the article is the claim's start.
    const start = await page.$eval('.article-text', (body) => {
      const mark = body.querySelector('mark.claim.active')!;
      const r = document.createRange();
      r.setStart(body, 0);
      r.setEndBefore(mark);
      return r.toString().length;
    });
    const doc = await api<{ claims: { id: string; start: number }[] }>(
      server,
      `/api/cases/${caseId}/documents/${DOC.hal}`,
    );
    assert.equal(start, doc.claims.find((c) => c.id === `${DOC.hal}#2`)!.start);
    // Entities and dates are marked too.
    assert.ok((await page.locator('.article-text .entity').count()) > 5);
    await active.hover();
    await tip.waitFor({ state: 'visible' });
    await shot(page, '07-reader');
  });

  it('reviews from the keyboard: j/k move, c confirms, x rejects', async () => {
    await open(page, server, `/case/${caseId}/doc/${DOC.hal}?claim=${encodeURIComponent(`${DOC.hal}#2`)}`);
    await page.keyboard.press('j');
    await page.waitForFunction(
      (id) => document.querySelector('.article-text mark.claim.active')?.getAttribute('data-claim') === id,
      `${DOC.hal}#3`,
    );
    await page.keyboard.press('k');
    await page.waitForFunction(
      (id) => document.querySelector('.article-text mark.claim.active')?.getAttribute('data-claim') === id,
      `${DOC.hal}#2`,
    );
    await page.keyboard.press('c');
    await page.waitForSelector('.article-text mark.claim.active.confirmed');
    assert.equal(
      (await api<ApiClaim>(server, `/api/cases/${caseId}/claims/${encodeURIComponent(`${DOC.hal}#2`)}`))
        .review,
      'confirmed',
    );
    await page.keyboard.press('j');
    await page.waitForFunction(
      (id) => document.querySelector('.article-text mark.claim.active')?.getAttribute('data-claim') === id,
      `${DOC.hal}#3`,
    );
    await page.keyboard.press('x');
    await page.waitForSelector('.article-text mark.claim.active.rejected');
    assert.equal(
      (await api<ApiClaim>(server, `/api/cases/${caseId}/claims/${encodeURIComponent(`${DOC.hal}#3`)}`))
        .review,
      'rejected',
    );
    const marks = await page.$$eval('[data-testid=claim-card] .rv', (els) => els.map((e) => e.textContent));
    assert.deepEqual(marks, ['✗']);
  });

  it('reviews in place on the board: j/k choose a chip, c confirms it there, Enter opens it', async () => {
    await open(page, server, `/case/${caseId}/board`);
    const order = await page.$$eval('[data-testid=board] a.chip[data-claim]', (as) =>
      as.map((a) => a.getAttribute('data-claim')),
    );
    const selected = () =>
      page
        .$eval('[data-testid=board] a.chip.selected', (a) => a.getAttribute('data-claim'))
        .catch(() => null);
    await page.keyboard.press('j');
    await page.waitForSelector('[data-testid=board] a.chip.selected');
    assert.equal(await selected(), order[0]);
    await page.keyboard.press('j');
    await page.waitForFunction(
      (id) =>
        document.querySelector('[data-testid=board] a.chip.selected')?.getAttribute('data-claim') === id,
      order[1]!,
    );
    await page.keyboard.press('k');
    await page.waitForFunction(
      (id) =>
        document.querySelector('[data-testid=board] a.chip.selected')?.getAttribute('data-claim') === id,
      order[0]!,
    );
    await page.keyboard.press('c');
    await page.waitForSelector('[data-testid=board] a.chip.selected.confirmed');
    const claim = await api<ApiClaim>(server, `/api/cases/${caseId}/claims/${encodeURIComponent(order[0]!)}`);
    assert.equal(claim.review, 'confirmed');
    assert.equal(await page.textContent('[data-testid=board] a.chip.selected .rv'), '✓');
    await page.keyboard.press('Enter');
    await page.waitForSelector(`.article-text mark.claim.active[data-claim="${order[0]}"]`);
  });

  it('correcting a claim’s figure (e, type, save) moves its estimate', async () => {
    const target = `${DOC.indep}#1`;
    await open(page, server, `/case/${caseId}/doc/${DOC.indep}?claim=${encodeURIComponent(target)}`);
    // Its reviews so far (none, or those of the keyboard tests); the reviewer gives a name, kept
    // for the reviews that follow.
    await page.waitForSelector('[data-testid=claim-history] :is(ol, p)');
    const earlier = await page.locator('[data-testid=claim-history] li').count();
    if (earlier === 0)
      assert.equal(await page.textContent('[data-testid=claim-history] p'), 'لم يراجعه أحد بعد');
    await page.fill('[data-testid=reviewer]', 'رنا');
    await page.dispatchEvent('[data-testid=reviewer]', 'change');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const before = Date.now();
    await page.keyboard.press('e');
    await page.waitForSelector('[data-testid=edit-form]:not([hidden])');
    await page.fill('[data-testid=edit-figure]', '30');
    await page.fill('[data-testid=edit-note]', 'النص يذكر ثلاثين');
    await page.click('[data-testid=edit-save]');
    await page.waitForSelector('.article-text mark.claim.active.corrected');
    // The card shows who corrected what, and when.
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid=claim-history] li').length === n,
      earlier + 1,
    );
    const entry = await page.$eval('[data-testid=claim-history] li:last-child', (li) => ({
      action: li.getAttribute('data-action'),
      who: li.querySelector('.who')?.textContent,
      what: li.querySelector('.what')?.textContent ?? '',
      when: li.querySelector('time')?.getAttribute('datetime') ?? '',
      shown: li.querySelector('time')?.textContent ?? '',
      note: li.querySelector('.note')?.textContent,
    }));
    assert.equal(entry.action, 'correct');
    assert.equal(entry.who, 'رنا');
    assert.match(entry.what, /30/);
    assert.equal(entry.note, 'النص يذكر ثلاثين');
    const at = Date.parse(entry.when);
    assert.ok(at >= before - 1000 && at <= Date.now() + 1000, `corrected at ${entry.when}`);
    assert.match(entry.shown, /\d{1,2}:\d\d/);
    assert.equal(await page.$eval('[data-testid=claim-card] .kv.figure dd', (d) => d.textContent), '30');
    const corrected = await api<ApiClaim & { corrected: boolean }>(
      server,
      `/api/cases/${caseId}/claims/${encodeURIComponent(target)}`,
    );
    assert.equal(corrected.quantity.point, 30);
    assert.equal(corrected.corrected, true);
    const history = (corrected as unknown as { history: { author: string; action: string }[] }).history;
    assert.equal(history.length, earlier + 1);
    assert.deepEqual([history.at(-1)!.author, history.at(-1)!.action], ['رنا', 'correct']);
    await shot(page, '08-corrected');
    await open(page, server, `/case/${caseId}/figures`);
    const killed = await page.$eval(
      '[data-testid=estimates] tr[data-slot="killed|داعش|combatants"]',
      (tr) => ({
        best: tr.querySelector('.best')?.textContent,
        high: tr.querySelector('.high')?.textContent,
      }),
    );
    // العشرات corrected to 30: both credible figures are 30 or more now (the 374s are partisan): best 10 → 30.
    assert.deepEqual(killed, { best: '30', high: '374' });
    assert.equal(await page.locator(`.chart circle[data-claim="${target}"]`).count(), 1);
    await open(page, server, `/case/${caseId}/board`);
    const chip = await page.$eval(`a.chip[data-claim="${target}"]`, (a) => ({
      fig: a.querySelector('.fig')?.textContent,
      corrected: a.classList.contains('corrected'),
      title: a.getAttribute('title') ?? '',
    }));
    assert.deepEqual({ fig: chip.fig, corrected: chip.corrected }, { fig: '30', corrected: true });
    // On the board too, the chip says who corrected it.
    assert.match(chip.title, /رنا صحّح · /);
  });

  it('the incident brief in Arabic and in English, every sentence citing its claims', async () => {
    await open(page, server, `/case/${caseId}/brief?lang=en`);
    const en = await page.$$eval('[data-testid=brief] p.sentence', (ps) =>
      ps.map((p) => ({ text: p.textContent ?? '', cites: p.querySelectorAll('a.cite').length })),
    );
    assert.ok(en.length >= 5);
    assert.ok(
      en.every((s) => s.cites > 0),
      'every sentence cites a claim',
    );
    assert.ok(en.some((s) => s.text.includes('Hasakah')));
    assert.equal(await page.getAttribute('[data-testid=brief]', 'dir'), 'ltr');
    await shot(page, '09-brief-en');
    await page.click('[data-testid=brief-ar]');
    await ready(page, `case/${caseId}/brief`);
    await page.waitForSelector('[data-testid=brief][lang=ar]');
    const ar = await page.$$eval('[data-testid=brief] p.sentence', (ps) =>
      ps.map((p) => ({ text: p.textContent ?? '', cites: p.querySelectorAll('a.cite').length })),
    );
    assert.ok(ar.every((s) => s.cites > 0));
    assert.ok(ar.some((s) => s.text.includes('الحسكة')));
    await shot(page, '10-brief-ar');
    // A citation opens its claim.
    const cite = page.locator('[data-testid=brief] p.sentence a.cite').first();
    const claimId = (await cite.getAttribute('data-claim'))!;
    await cite.click();
    await page.waitForSelector(`.article-text mark.claim.active[data-claim="${claimId}"]`);
  });

  it('switches the labels to English and back, right to left throughout', async () => {
    await open(page, server, `/case/${caseId}/board`);
    assert.equal(await page.textContent('a.tab[data-tab=board]'), 'لوحة الادعاءات');
    await page.click('[data-testid=lang]');
    await page.waitForFunction(
      () => document.querySelector('a.tab[data-tab=board]')?.textContent === 'Claims board',
    );
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await shot(page, '11-board-en');
    await page.click('[data-testid=lang]');
    await page.waitForFunction(
      () => document.querySelector('a.tab[data-tab=board]')?.textContent === 'لوحة الادعاءات',
    );
    // The typeface ships with the app and is the one in use.
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family);
    });
    assert.ok(
      fonts.some((f) => /Noto (Sans|Naskh) Arabic/.test(f)),
      `loaded fonts: ${fonts.join(', ')}`,
    );
  });

  it('splits a report off the incident and merges it back; marks and unmarks a republication', async () => {
    const incidentRows = '[data-testid=incidents] tbody tr[data-incident]';
    await open(page, server, `/case/${caseId}`);
    assert.equal(await page.locator(incidentRows).count(), 1);
    await page.click(`${incidentRows} [data-testid=split]`);
    await page.check(`tr.split-row input[value="${DOC.indep}"]`);
    await page.click('tr.split-row:not([hidden]) [data-testid=split-send]');
    await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 2, incidentRows);
    const split = await api<{ incidents: { documents: string[] }[] }>(
      server,
      `/api/cases/${caseId}/incidents`,
    );
    assert.deepEqual(split.incidents.map((i) => i.documents.length).sort(), [1, 4]);
    await shot(page, '13-split');
    for (const box of await page.$$(`${incidentRows} input.pick`)) await box.check();
    await page.click('[data-testid=merge]');
    await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 1, incidentRows);
    assert.equal(await page.textContent(`${incidentRows} td.count`), '5');

    await open(page, server, `/case/${caseId}/doc/${DOC.orient}`);
    // The write is done when the server has answered the PATCH.
    const patchedA = page.waitForResponse(
      (r) => r.request().method() === 'PATCH' && r.url().endsWith(`/documents/${DOC.orient}`),
    );
    await page.selectOption('[data-testid=republication]', DOC.ayn);
    assert.equal((await patchedA).status(), 200);
    const marked = await api<{ republicationOf: string | null }>(
      server,
      `/api/cases/${caseId}/documents/${DOC.orient}`,
    );
    assert.equal(marked.republicationOf, DOC.ayn);
    await open(page, server, `/case/${caseId}`);
    assert.match(
      (await page.textContent(`[data-testid=sources] tr[data-doc="${DOC.orient}"]`)) ?? '',
      new RegExp(DOC.ayn),
    );
    await open(page, server, `/case/${caseId}/doc/${DOC.orient}`);
    // The write is done when the server has answered the PATCH.
    const patchedB = page.waitForResponse(
      (r) => r.request().method() === 'PATCH' && r.url().endsWith(`/documents/${DOC.orient}`),
    );
    await page.selectOption('[data-testid=republication]', '');
    assert.equal((await patchedB).status(), 200);
    const unmarked = await api<{ republicationOf: string | null }>(
      server,
      `/api/cases/${caseId}/documents/${DOC.orient}`,
    );
    assert.equal(unmarked.republicationOf, null);
  });

  it('a pasted report holding <script> and onerror= payloads shows as text and runs nothing', async () => {
    const payload =
      'قتل 12 مدنياً في قصف على بلدة <script>window.__xss = 1</script> وقال المرصد <img src=x onerror="window.__xss = 2"> إن 5 جرحى <svg onload="window.__xss=3"></svg>';
    await open(page, server, `/case/${caseId}/add`);
    await page.fill('[data-testid=paste-text]', payload);
    await page.fill('[data-testid=add-paste] input[name=id]', 'xss<img src=x onerror=alert(1)>');
    await page.fill(
      '[data-testid=add-paste] input[name=source]',
      '<b onmouseover="window.__xss=4">outlet</b>',
    );
    await page.click('[data-testid=paste-send]');
    const li = page.locator('[data-testid=add-results] li[data-status=added]');
    await li.waitFor();
    const docId = (await li.getAttribute('data-doc'))!;
    await open(page, server, `/case/${caseId}`);
    const outlet = await page.$eval(`[data-testid=sources] tr[data-doc="${docId}"] .outlet`, (td) => ({
      text: td.textContent,
      html: td.innerHTML,
    }));
    assert.equal(outlet.text, '<b onmouseover="window.__xss=4">outlet</b>');
    assert.ok(!outlet.html.includes('<b'), 'the outlet name is text');
    await page.click(`[data-testid=sources] tr[data-doc="${docId}"] a.doc-title`);
    await page.waitForSelector('[data-testid=article]');
    const article = await page.$eval('[data-testid=article]', (a) => ({
      text: a.textContent,
      elements: [...a.querySelectorAll('script, img, svg, b')].length,
    }));
    assert.equal(article.text, payload);
    assert.equal(article.elements, 0);
    await page.hover('[data-testid=article]');
    await page.waitForTimeout(200);
    assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
    await shot(page, '12-xss');
  });

  it('adds a report by URL (the server fetches and reads the page)', async () => {
    const html = `<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>قصف على سوق شعبي</title></head>
<body><nav>الرئيسية | أخبار</nav><article><h1>مقتل سبعة مدنيين في قصف على سوق شعبي</h1>
<p>قال الدفاع المدني إن سبعة مدنيين قتلوا وأصيب خمسة عشر آخرون في قصف مدفعي استهدف سوقاً شعبياً صباح اليوم.</p>
<p>وأضاف المتحدث باسم الدفاع المدني أن فرق الإسعاف نقلت الجرحى إلى المستشفى الوطني، وأن بعضهم في حالة حرجة.</p>
<p>ولم تعلن أي جهة مسؤوليتها عن القصف حتى الآن، فيما طالبت منظمات محلية بفتح تحقيق مستقل في الحادثة.</p>
</article></body></html>`;
    const site = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(html);
    });
    await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(site.address() as AddressInfo).port}/market.html`;
    try {
      await open(page, server, `/case/${caseId}/add`);
      await page.fill('[data-testid=add-url] input[name=url]', url);
      await page.click('[data-testid=add-url] button[type=submit]');
      const li = page.locator('[data-testid=add-results] li[data-status=added]');
      await li.waitFor();
      await li.locator('a').click();
      await page.waitForSelector('[data-testid=article]');
      const text = (await page.textContent('[data-testid=article]')) ?? '';
      assert.match(text, /سبعة مدنيين قتلوا/);
      assert.equal(await page.getAttribute(`.doc a[href="${url}"]`, 'href'), url);
      const claims = await page.$$eval('.article-text mark.claim', (ms) => ms.map((m) => m.textContent));
      assert.ok(
        claims.some((c) => c?.includes('سبعة مدنيين')),
        `claims: ${claims.join(' | ')}`,
      );
    } finally {
      site.close();
    }
  });

  it('asks for the write token when the server has one, and sends it', async () => {
    const guarded = await startServer(join(dir, 'token.db'), '--token', 'sesame');
    const other = await browser.newPage();
    const asked: string[] = [];
    other.on('dialog', (d) => {
      asked.push(d.type());
      void d.accept('sesame');
    });
    try {
      await other.goto(`${guarded.url}/#/`);
      await ready(other, 'cases');
      await other.fill('[data-testid=case-name-input]', 'guarded');
      await other.click('[data-testid=new-case] button[type=submit]');
      await other.waitForFunction(() => /#\/case\/\d+\/add$/.test(location.hash));
      assert.deepEqual(asked, ['prompt']);
      const cases = await api<{ cases: { name: string }[] }>(guarded, '/api/cases');
      assert.deepEqual(
        cases.cases.map((c) => c.name),
        ['guarded'],
      );
    } finally {
      await other.close();
      stopServer(guarded);
    }
  });

  it('raised no page errors', () => {
    assert.deepEqual(pageErrors, []);
  });

  it('keeps everything across a restart', async () => {
    stopServer(server);
    await new Promise((r) => server.process.once('exit', r));
    server = await startServer(join(dir, 'ui.db'), '--allow-private');
    await open(page, server, `/case/${caseId}/board`);
    const chip = await page.$eval(`a.chip[data-claim="${DOC.indep}#1"] .fig`, (e) => e.textContent);
    assert.equal(chip, '30');
    assert.equal(await page.locator('[data-testid=board] thead th.src').count(), 7);
  });

  it('shows a report the CLI ingests into the served store, without a reload', async () => {
    await open(page, server, `/case/${caseId}/board`);
    const file = join(dir, 'cli-report.txt');
    writeFileSync(
      file,
      'أعلنت مديرية الصحة أن ثلاثة مدنيين قتلوا وأصيب تسعة آخرون في انفجار عبوة ناسفة قرب سوق المدينة مساء الأحد.\n',
    );
    const ingest = spawnSync(
      process.execPath,
      [CLI, 'ingest', file, '--case', 'غويران', '--db', join(dir, 'ui.db'), '--no-progress'],
      { encoding: 'utf8' },
    );
    assert.equal(ingest.status, 0, ingest.stderr);
    assert.match(ingest.stdout, /1 added/);
    // A hash change, not a page load: the UI sees the case changed and reads it afresh.
    await page.evaluate((id) => (location.hash = `#/case/${id}`), caseId);
    await page.waitForSelector('[data-testid=sources] tr[data-doc="cli-report"]');
    const row = await page.$eval(
      '[data-testid=sources] tr[data-doc="cli-report"] td.count',
      (td) => td.textContent,
    );
    const doc = await api<{ claims: unknown[] }>(server, `/api/cases/${caseId}/documents/cli-report`);
    assert.equal(row, String(doc.claims.length));
    assert.ok(doc.claims.length >= 1);
  });
});

const antFiles = (): string[] => {
  if (!existsSync(ANT)) return [];
  // 125 middle-east reports from each of four outlets: a mixed case. One BBC report where two
  // claims overlap (اثنان آخران / آخران) stands in for the 125th BBC one, so the reader's choice of
  // the lit span is exercised on real data.
  const out: string[] = [];
  for (const outlet of ['BBC', 'CNN', 'France24', 'SkyNews']) {
    const d = join(ANT, outlet, 'middleEast');
    if (!existsSync(d)) continue;
    out.push(
      ...readdirSync(d)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .slice(0, 125)
        .map((f) => join(d, f)),
    );
  }
  const overlap = join(ANT, 'BBC', 'middleEast', 'BB-middleEast-1123-20181018.txt');
  if (existsSync(overlap) && !out.includes(overlap) && out.length === 500) out.splice(124, 1, overlap);
  return out;
};

describe('a case of 500 ANT documents', { timeout: 120_000 }, () => {
  const files = missing ? [] : antFiles();
  const skip =
    missing ?? (files.length < 500 ? `the ANT corpus is not at ${ANT} (${ANT_HINT}); skipped` : false);
  let dir: string;
  let server: Server | undefined;
  let browser: Browser | undefined;

  after(async () => {
    await browser?.close();
    stopServer(server);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Milliseconds from the start of navigation to the route drawn (the app marks it on <body>). */
  async function openTimed(page: Page, url: string, route: string): Promise<number> {
    await page.goto('about:blank');
    await page.goto(`${url}/#/${route}`);
    await ready(page, route);
    return page.evaluate(() => Number(document.body.dataset.readyAt));
  }

  it('opens in under 2 s, measured in the browser', { skip }, async () => {
    dir = mkdtempSync(join(tmpdir(), 'isnad-ant-'));
    const db = join(dir, 'ant.db');
    // The case is built through the store (reading 500 reports is not what is measured here).
    const built = Date.now();
    const store = await Store.open(db);
    const { id } = await store.createCase('ANT 500');
    const added = await store.addDocuments(id, loadInputs(files).documents);
    assert.equal(added.filter((a) => a.status === 'added').length, 500);
    await store.close();
    process.stdout.write(`# ANT 500: case built through the store in ${Date.now() - built} ms\n`);
    server = await startServer(db);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    mkdirSync(SHOTS, { recursive: true });
    // A first visit warms the browser and the server; then each view is opened afresh and timed.
    await openTimed(page, server.url, `case/${id}`);
    const ms = await openTimed(page, server.url, `case/${id}`);
    const rows = await page.locator('[data-testid=sources] tbody tr').count();
    const incidents = await page.locator('[data-testid=incidents] tbody tr[data-incident]').count();
    assert.equal(rows, 500);
    assert.ok(incidents > 0);
    await page.screenshot({ path: join(SHOTS, '20-ant500-overview.png') });
    const boardMs = await openTimed(page, server.url, `case/${id}/board`);
    const claims = await api<{ total: number }>(server, `/api/cases/${id}/claims?limit=1`);
    assert.equal(await page.locator('[data-testid=board] a.chip').count(), claims.total);
    process.stdout.write(
      `# ANT 500: overview drawn ${ms.toFixed(0)} ms after navigation start (${rows} sources, ${incidents} incidents); claims board ${boardMs.toFixed(0)} ms (${claims.total} claims)\n`,
    );
    assert.ok(ms < 2000, `the overview opened in ${ms} ms`);
    assert.ok(boardMs < 2000, `the claims board opened in ${boardMs} ms`);

    // The board scrolls inside its box both ways; the slot names and the sources stay in view.
    const box = page.locator('[data-testid=board-scroll]');
    const size = await box.evaluate((b) => ({
      sw: b.scrollWidth,
      cw: b.clientWidth,
      sh: b.scrollHeight,
      ch: b.clientHeight,
    }));
    assert.ok(size.sw > size.cw * 3, `the board is wider than its box (${size.sw} > ${size.cw})`);
    assert.ok(size.sh > size.ch, 'the board is taller than its box');
    // Right to left: scrolling on to later sources is scrolling to the left (negative offsets).
    await box.evaluate((b) =>
      b.scrollTo({ left: -Math.round(b.scrollWidth / 2), top: Math.round(b.scrollHeight / 2) }),
    );
    await page.waitForFunction(() => {
      const b = document.querySelector('[data-testid=board-scroll]')!;
      return b.scrollLeft < 0 && b.scrollTop > 0;
    });
    const stuck = await box.evaluate((b) => {
      const frame = b.getBoundingClientRect();
      const rowHead = b.querySelector('tbody tr:nth-child(3) th.slot')!.getBoundingClientRect();
      const colHead = b.querySelector('thead th.src:nth-of-type(3)')!.getBoundingClientRect();
      const corner = b.querySelector('thead th.slot')!.getBoundingClientRect();
      return {
        rowRight: frame.right - rowHead.right,
        colTop: colHead.top - frame.top,
        cornerTop: corner.top - frame.top,
        cornerRight: frame.right - corner.right,
      };
    });
    // The slot column stays at the box's right edge, the source row at its top (within its border).
    assert.ok(Math.abs(stuck.rowRight) <= 2, `slot names at the right edge: ${stuck.rowRight}`);
    assert.ok(Math.abs(stuck.colTop) <= 2, `sources at the top: ${stuck.colTop}`);
    assert.ok(Math.abs(stuck.cornerTop) <= 2 && Math.abs(stuck.cornerRight) <= 2, 'the corner stays');
    await page.screenshot({ path: join(SHOTS, '21-ant500-board-scrolled.png') });

    // Claims whose spans overlap: whichever is chosen is the one lit, with its own exact text.
    const all = await api<{
      items: { id: string; document: string; start: number; end: number; text: string }[];
    }>(server, `/api/cases/${id}/claims?limit=100000`);
    const overlapping = all.items.filter((a) =>
      all.items.some((b) => b.id !== a.id && b.document === a.document && a.start < b.end && b.start < a.end),
    );
    for (const c of overlapping) {
      await page.goto('about:blank');
      await page.goto(
        `${server.url}/#/case/${id}/doc/${encodeURIComponent(c.document)}?claim=${encodeURIComponent(c.id)}`,
      );
      await page.waitForSelector('.article-text mark.claim.active');
      assert.equal(await page.textContent('.article-text mark.claim.active'), c.text, c.id);
    }
    process.stdout.write(
      `# ANT 500: ${overlapping.length} claims overlap another; each lit alone when chosen\n`,
    );
    // Review on a large case: confirming a claim re-links the case on the server, then redraws.
    await page.goto(`${server.url}/#/case/${id}/review`);
    await page.waitForSelector('.article-text mark.claim.active');
    const t0 = Date.now();
    const cpu0 = cpuMs(server.process.pid);
    await page.keyboard.press('c');
    await page.waitForSelector('.article-text mark.claim.active.confirmed');
    const confirmMs = Date.now() - t0;
    // The server's CPU time for it (re-linking 500 reports): wall time on a shared machine measures the load.
    const confirmCpu = cpuMs(server.process.pid) - cpu0;
    const t1 = Date.now();
    await page.keyboard.press('j');
    await page.waitForFunction(() => !document.querySelector('.article-text mark.claim.active.confirmed'));
    const nextMs = Date.now() - t1;
    process.stdout.write(
      `# ANT 500: confirm (c) ${confirmMs} ms (server CPU ${confirmCpu.toFixed(0)} ms), next claim (j) ${nextMs} ms\n`,
    );
    assert.ok(
      Number.isNaN(confirmCpu) ? confirmMs < 5000 : confirmCpu < 3000,
      `confirming took ${confirmMs} ms, ${confirmCpu} ms of the server's CPU`,
    );
  });
});
