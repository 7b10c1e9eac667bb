/**
 * Local CloudBase emulator: the production code path (@cloudbase/node-sdk, wx-server-sdk) runs
 * unmodified against it. See emulator/README.md.
 */
import type { RunningEmulator } from './emulator';

export { startEmulator } from './emulator';
export type { RunningEmulator } from './emulator';
export type { EmulatorOptions } from './options';
export { DEFAULT_PORT } from './options';
export { LOCAL_SECRET_ID, LOCAL_SECRET_KEY, DEFAULT_ENV_ID, DEFAULT_APPID } from './credentials';
export type { Caller, CloudFunctionContext, CloudFunctionLoader, CloudFunctionMain, CloudFunctionSource } from './functions/cloud-function';
export { functionsFromDirectory } from './functions/function-registry';
export { triggersFromDirectory } from './functions/timer-triggers';
export type { TimerTriggerConfig } from './functions/timer-triggers';
export type { OutboxEntry } from './openapi/outbox';
export type { StatsSnapshot } from './stats';
export { ERROR_CODES } from './errors';
export { createEmulatorOpenApi } from './openapi/open-api-client';
export type { EmulatorOpenApi } from './openapi/open-api-client';

/** The `tcb.init(...)` (or wx-server-sdk `cloud.init(...)`) configuration that talks to the emulator. */
export interface EmulatorSdkConfig {
  env: string;
  secretId: string;
  secretKey: string;
  serviceUrl: string;
  timeout: number;
  headers?: Record<string, string>;
}

export function sdkConfig(
  emulator: Pick<RunningEmulator, 'envId' | 'secretId' | 'secretKey' | 'serviceUrl'>,
  overrides: Partial<EmulatorSdkConfig> = {},
): EmulatorSdkConfig {
  return {
    env: emulator.envId,
    secretId: emulator.secretId,
    secretKey: emulator.secretKey,
    serviceUrl: emulator.serviceUrl,
    timeout: 15000,
    ...overrides,
  };
}

/**
 * Environment variables for a product process (e.g. `npm start`'s functions, or a child process)
 * so that unmodified production code — `tcb.init({ env: tcb.SYMBOL_CURRENT_ENV })`,
 * `cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })` — reaches the emulator:
 * - TCB_CONTEXT_CNFG {"URL": serviceUrl}: the SDKs' injected service URL (src/utils/tcbcontext.ts);
 * - TENCENTCLOUD_SECRETID / TENCENTCLOUD_SECRETKEY: credentials the SDK picks up when init has none;
 * - SCF_NAMESPACE / TCB_ENV: the "current environment";
 * - TENCENTCLOUD=true: skips node-sdk's probe of http://metadata.tencentyun.com before every request
 *   (30 ms timeout, not cached on failure: ~60 ms per request off Tencent Cloud). With a service URL
 *   set it changes nothing else.
 */
export function emulatorProcessEnv(
  emulator: Pick<RunningEmulator, 'envId' | 'secretId' | 'secretKey' | 'serviceUrl'>,
): Record<string, string> {
  return {
    TCB_CONTEXT_CNFG: JSON.stringify({ URL: emulator.serviceUrl }),
    TENCENTCLOUD_SECRETID: emulator.secretId,
    TENCENTCLOUD_SECRETKEY: emulator.secretKey,
    SCF_NAMESPACE: emulator.envId,
    TCB_ENV: emulator.envId,
    TENCENTCLOUD: 'true',
  };
}
