// The built command line, run as a user runs it, for the end-to-end tests: `node dist/cli/main.js`
// from the project root, its output as text.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const builtCli = join(projectRoot, 'dist', 'cli', 'main.js');
export const exampleReports = join(projectRoot, 'examples', 'ghuwayran');

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Set when the process could not be started. */
  readonly error?: Error;
}

/** Runs `isnad args…` and waits for it; standard input is closed. */
export function runCli(args: readonly string[]): CliRun {
  const r = spawnSync(process.execPath, [builtCli, ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ...(r.error ? { error: r.error } : {}) };
}
