import tcb from '@cloudbase/node-sdk';
import { ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { EmulatorOptions, RunningEmulator, sdkConfig, startEmulator } from '../../emulator';
import { signTc3 } from '../../emulator/http/tc3-signature';

// node-sdk probes http://metadata.tencentyun.com before every request when it cannot tell it is not on
// Tencent Cloud (30 ms timeout, failures not cached). TENCENTCLOUD=true skips the probe; with a
// serviceUrl it changes nothing else (see emulatorProcessEnv in emulator/index.ts).
process.env['TENCENTCLOUD'] = 'true';
// node-sdk arms a 3 s "slow request" warning timer per database request and only clears it on success;
// requests failed on purpose (kill -9, bad input) would keep jest alive and print warnings.
process.env['SILENCE'] = 'true';

export const FIXTURE_INDEXES = path.join(__dirname, 'fixtures', 'indexes.json');
const REPO = path.join(__dirname, '..', '..');

export type CloudBaseApp = ReturnType<typeof tcb.init>;
export type Database = ReturnType<CloudBaseApp['database']>;

export interface TestBed {
  emulator: RunningEmulator;
  app: CloudBaseApp;
  db: Database;
}

/** An in-memory emulator on a free port, with the fixture collections, and an SDK app talking to it. */
export async function startTestBed(options: EmulatorOptions = {}): Promise<TestBed> {
  const emulator = await startEmulator({ port: 0, indexesFile: FIXTURE_INDEXES, ...options });
  const app = tcb.init(sdkConfig(emulator));
  return { emulator, app, db: app.database() };
}

/** The error an SDK call rejects with (fails the test if it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string; message: string };
  }
  throw new Error('expected the call to fail, but it succeeded');
}

/** Removes every document of a collection through the SDK. */
export async function clear(db: Database, collection: string): Promise<void> {
  await db
    .collection(collection)
    .where({ _id: db.command.exists(true) })
    .remove();
}

/** A raw gateway request, signed with the local key pair like the SDK signs (for bad-input tests). */
export async function rawGatewayRequest(
  emulator: RunningEmulator,
  body: Buffer | string,
  options: { params?: Record<string, unknown>; sign?: boolean; contentType?: string } = {},
): Promise<{ status: number; json: Record<string, unknown> }> {
  const url = new URL(emulator.serviceUrl);
  const query = `env=${emulator.envId}&seqId=raw`;
  const headers: Record<string, string> = {
    'content-type': options.contentType ?? 'application/json',
    host: url.host,
    'user-agent': 'emulator-tests',
  };
  if (options.sign !== false) {
    Object.assign(
      headers,
      signTc3(
        {
          method: 'post',
          host: url.host,
          pathname: url.pathname,
          query,
          headers: { 'content-type': headers['content-type'], host: url.host, 'user-agent': 'emulator-tests' },
          params: options.params ?? {},
        },
        { secretId: emulator.secretId, secretKey: emulator.secretKey },
        Math.floor(Date.now() / 1000),
      ),
    );
  }
  return new Promise((resolve, reject) => {
    const request = http.request(`${emulator.serviceUrl}?${query}`, { method: 'POST', headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        try {
          resolve({
            status: response.statusCode ?? 0,
            json: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>,
          });
        } catch (error) {
          reject(error);
        }
      });
    });
    request.on('error', reject);
    request.end(body);
  });
}

/** Signs and sends a JSON action body (params are signed, as the SDK does). */
export function sendAction(
  emulator: RunningEmulator,
  params: Record<string, unknown>,
): Promise<{ status: number; json: Record<string, unknown> }> {
  return rawGatewayRequest(emulator, JSON.stringify(params), { params });
}

/** The id of a single add(). */
export function idOf(result: { id?: string | number }): string {
  if (typeof result.id !== 'string') throw new Error(`add() returned no string id: ${JSON.stringify(result)}`);
  return result.id;
}

export interface Child {
  process: ChildProcess;
  url: string;
}

/** `npm run emulator` as a child process (node --import tsx emulator/cli.ts) on a free port. */
export function startChild(dataDir: string, env: Record<string, string> = {}): Promise<Child> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO, 'emulator', 'cli.ts')], {
    cwd: REPO,
    env: { ...process.env, EMULATOR_PORT: '0', EMULATOR_DATA: dataDir, EMULATOR_INDEXES: FIXTURE_INDEXES, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`emulator did not start: ${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /emulator listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ process: child, url: match[1] as string });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`emulator exited with ${code}: ${output}`));
    });
  });
}

/**
 * A test bed for one test file: started before its tests, stopped after, with the named collections
 * emptied before each test. The returned object is filled in by beforeAll.
 */
export function useTestBed(emptied: string[], options: EmulatorOptions = {}): TestBed {
  const bed = {} as TestBed;
  beforeAll(async () => {
    Object.assign(bed, await startTestBed(options));
  });
  afterAll(async () => {
    await bed.emulator.stop();
  });
  beforeEach(async () => {
    for (const collection of emptied) await clear(bed.db, collection);
  });
  return bed;
}
