import { emulatorProcessEnv, RunningEmulator, startEmulator } from '../../emulator';
import { localFunctions } from '../../cloudfunctions/local-functions';
import { DevClient, devClient } from '../../tools/dev-client';
import { cloudbaseApp, Database } from '../../server/db/cloudbase';
import type { Services } from '../../server/runtime/services';

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
    contentCheckWords: options.contentCheckWords ?? ['赌博', '违禁词'],
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
  });
  Object.assign(process.env, emulatorProcessEnv(emulator));
  const db = cloudbaseApp().database();

  const as = (openid: string | null): Client => devClient(emulator.url, openid);

  return { emulator, db, as, stop: () => emulator.stop() };
}
