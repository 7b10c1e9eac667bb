/**
 * How `npm run demo` (and anything else) knows an `npm start` is coming up or ready:
 * - `npm start` writes `<data dir>/npm-start.json` ({ pid, url }) as its first act and removes it when it stops;
 * - the emulator's `/_emulator/health` says `ready: false` while the demo seed runs (the functions answer
 *   503 EMULATOR_STARTING to everyone else meanwhile) and `ready: true` once the product is ready.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MARKER = 'npm-start.json';

export function writeStartMarker(dataDir: string, url: string | null): void {
  writeFileSync(join(dataDir, MARKER), JSON.stringify({ pid: process.pid, url }));
}

export function removeStartMarker(dataDir: string): void {
  rmSync(join(dataDir, MARKER), { force: true });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** True when an `npm start` process for this data directory is running (it may not listen yet). */
export function startInProgress(dataDir: string): boolean {
  const file = join(dataDir, MARKER);
  if (!existsSync(file)) return false;
  try {
    const { pid } = JSON.parse(readFileSync(file, 'utf8')) as { pid?: unknown };
    return typeof pid === 'number' && alive(pid);
  } catch {
    return false;
  }
}

/** 'ready', 'starting' (listening, demo still seeding) or 'absent' (nothing answers). */
export async function productState(url: string): Promise<'ready' | 'starting' | 'absent'> {
  try {
    const response = await fetch(`${url}/_emulator/health`, { signal: AbortSignal.timeout(1500) });
    const body = (await response.json()) as { ready?: unknown };
    return body.ready === false ? 'starting' : 'ready';
  } catch {
    return 'absent';
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the product at `url` is ready. While it seeds, or while an `npm start` of `dataDir` is
 * running but not listening yet, it keeps waiting (up to `timeoutMs`); `onWait` is told once. Answers
 * 'absent' when nothing answers and no `npm start` is on its way (after `graceMs`, for one started a moment ago).
 */
export async function waitForProduct(
  url: string,
  options: { dataDir: string; timeoutMs?: number; graceMs?: number; onWait?: () => void },
): Promise<'ready' | 'absent'> {
  const started = Date.now();
  const { timeoutMs = 300_000, graceMs = 2_000 } = options;
  let told = false;
  for (;;) {
    const state = await productState(url);
    if (state === 'ready') return 'ready';
    const coming = state === 'starting' || startInProgress(options.dataDir);
    if (!coming && Date.now() - started >= graceMs) return 'absent';
    if (Date.now() - started > timeoutMs) throw new Error(`${url} did not become ready within ${Math.round(timeoutMs / 1000)} s`);
    if (coming && !told) {
      told = true;
      options.onWait?.();
    }
    await sleep(300);
  }
}
