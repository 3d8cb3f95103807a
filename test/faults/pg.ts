// Helpers of the fault tests: the PostgreSQL test server (ISNAD_PG_URL, or the throwaway server of
// scripts/pg-server.sh started on first use; the tests skip only without the PostgreSQL binaries,
// and fail then in CI), one-off queries, and the isnad CLI as a child process.

import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { PG_SKIP_REASON, testPgUrl } from '../../src/testing/postgres.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

export { freshDatabase, privateServer } from '../../src/testing/postgres.js';

/** The test server's URL (src/testing/postgres.ts); false (skip) without PostgreSQL installed. */
export const pgUrl = testPgUrl;
export const SKIP_REASON = PG_SKIP_REASON;

/** One query on a fresh connection (survives server restarts between calls). */
export { pgQuery as query } from '../../src/testing/postgres.js';

export function isnad(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): { status: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(process.execPath, [CLI, ...args], {
      env: { ...process.env, ...env },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { status: 0, stdout, stderr: '' };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { status: err.status, stdout: err.stdout, stderr: err.stderr };
  }
}

export function spawnIsnad(args: string[]): ChildProcess {
  return spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
}

export function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 60000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}
