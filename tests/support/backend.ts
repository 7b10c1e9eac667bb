import { join } from 'node:path';
import { emulatorProcessEnv, RunningEmulator, startEmulator, triggersFromDirectory } from '../../emulator';
import { localFunctions } from '../../cloudfunctions/local-functions';
import { DevClient, devClient } from '../../tools/dev-client';
import { cloudbaseApp, Database } from '../../server/db/cloudbase';
import type { Services } from '../../server/runtime/services';
import { buildWorld, World } from './world';

/** A caller speaking to the emulator's development gateway (tools/dev-client.ts). */
export type Client = DevClient;

export interface Backend {
  emulator: RunningEmulator;
  db: Database;
  as(openid: string | null): Client;
  stop(): Promise<void>;
}

export interface BackendOptions {
  now?: () => Date;
  contentCheckWords?: string[];
  dataDir?: string;
  services?: Partial<Services>;
}

/**
 * The real path for backend tests: an in-process emulator with every cloud function loaded, the real
 * @cloudbase/node-sdk in the functions, and callers that speak HTTP to the function gateway.
 */
export async function startBackend(options: BackendOptions = {}): Promise<Backend> {
  const overrides: Partial<Services> = { ...options.services, ...(options.now ? { now: options.now } : {}) };
  const emulator = await startEmulator({
    port: 0,
    functions: localFunctions(overrides),
    // The functions' timer triggers as deployed (cloudfunctions/<fn>/config.json), fired by hand in tests.
    triggers: triggersFromDirectory(join(__dirname, '..', '..', 'cloudfunctions')),
    contentCheckWords: options.contentCheckWords ?? ['赌博', '违禁词'],
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
  });
  Object.assign(process.env, emulatorProcessEnv(emulator));
  const db = cloudbaseApp().database();

  const as = (openid: string | null): Client => devClient(emulator.url, openid);

  return { emulator, db, as, stop: () => emulator.stop() };
}

export interface TestBackendOptions extends BackendOptions {
  /**
   * Write the standard test world (tests/support/world.ts) before the file's tests, at this time
   * (a Date, or a function read when the world is built), or now when true.
   */
  world?: boolean | Date | (() => Date);
}

/** The backend of one test file, with the standard world when asked: `backend.world` once built. */
export type TestBackend = Backend & { readonly world: World };

/**
 * The one test-bed builder of backend test files: starts the backend before the file's tests (and
 * writes the standard world when asked), stops it after. The returned object is filled in by that
 * beforeAll, so `backend.as(…)`, `backend.db`, `backend.world` work inside tests and later hooks.
 */
export function useBackend(options: TestBackendOptions = {}): TestBackend {
  const handle = {} as { -readonly [K in keyof TestBackend]: TestBackend[K] };
  beforeAll(async () => {
    const { world, ...backendOptions } = options;
    Object.assign(handle, await startBackend(backendOptions));
    if (world) handle.world = await buildWorld(handle.db, world === true ? new Date() : typeof world === 'function' ? world() : world);
  });
  afterAll(async () => {
    await handle.stop?.();
  });
  return handle;
}
