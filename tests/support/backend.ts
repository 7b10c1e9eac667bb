import type { z } from 'zod';
import { emulatorProcessEnv, RunningEmulator, startEmulator } from '../../emulator';
import { localFunctions } from '../../cloudfunctions/local-functions';
import type { Contract } from '../../shared/contracts/define-contract';
import type { Reply } from '../../shared/contracts/reply';
import { cloudbaseApp, Database } from '../../server/db/cloudbase';
import type { Services } from '../../server/runtime/services';

export interface Client {
  readonly openid: string | null;
  /** Calls an action through the emulator's function gateway (POST /functions/<fn>, X-WX-OPENID). */
  call<C extends Contract>(contract: C, data: z.input<C['request']>): Promise<Reply<z.output<C['response']>>>;
  /** Like call, but fails the test unless the reply is ok. */
  ok<C extends Contract>(contract: C, data: z.input<C['request']>): Promise<z.output<C['response']>>;
  /** Any event, for tests of malformed input. */
  raw(fn: string, event: unknown): Promise<Reply<unknown>>;
}

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

  const as = (openid: string | null): Client => {
    const raw = async (fn: string, event: unknown): Promise<Reply<unknown>> => {
      const response = await fetch(`${emulator.url}/functions/${fn}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(openid ? { 'x-wx-openid': openid } : {}) },
        body: JSON.stringify(event),
      });
      const body = (await response.json()) as { result: Reply<unknown> };
      return body.result;
    };
    const call = <C extends Contract>(contract: C, data: z.input<C['request']>) =>
      raw(contract.fn, { action: contract.action, data }) as Promise<Reply<z.output<C['response']>>>;
    return {
      openid,
      raw,
      call,
      async ok(contract, data) {
        const reply = await call(contract, data);
        if (!reply.ok) throw new Error(`${contract.fn}.${contract.action} failed: ${reply.code} ${reply.reason ?? ''} ${reply.message}`);
        return reply.data;
      },
    };
  };

  return { emulator, db, as, stop: () => emulator.stop() };
}
