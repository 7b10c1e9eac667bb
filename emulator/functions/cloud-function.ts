/**
 * A cloud function exactly as deployed: `exports.main = async (event, context) => result`.
 * `context` is the SCF context; the caller is read from it with `tcb.getCloudbaseContext(context)`
 * (WX_OPENID, WX_APPID, WX_UNIONID, TCB_SOURCE, TRIGGER_SRC, ...).
 */
export interface CloudFunctionContext {
  /** SCF's Node.js runtime flag (true: the reply waits for the event loop to drain). */
  callbackWaitsForEmptyEventLoop: boolean;
  /** Milliseconds left before the invocation times out. */
  getRemainingTimeInMillis: () => number;
  request_id: string;
  function_name: string;
  function_version: string;
  namespace: string;
  memory_limit_in_mb: number;
  time_limit_in_ms: number;
  /** JSON string of the invocation's environment, as SCF passes it. */
  environment: string;
  /** The same environment in SCF's older `KEY=value;KEY=value` form (node-sdk reads it when `environment` is absent). */
  environ: string;
  tencentcloud_region: string;
  tencentcloud_appid: string;
  tencentcloud_uin: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a deployed main takes whatever event its caller sends, typed by the function itself
export type CloudFunctionMain = (event: any, context: CloudFunctionContext) => unknown;

/** Resolves a function by name (e.g. from cloudfunctions/<name>/index.ts). */
export type CloudFunctionLoader = (name: string) => CloudFunctionMain | undefined | Promise<CloudFunctionMain | undefined>;

export type CloudFunctionSource = Record<string, CloudFunctionMain> | CloudFunctionLoader;

/** Who calls a function, as the emulator learns it per invocation. */
export interface Caller {
  openid?: string;
  appid?: string;
  unionid?: string;
  /** TCB_SOURCE */
  source?: string;
  /** 'timer' for timer triggers */
  trigger?: 'timer';
  clientIp?: string;
}

/**
 * What the platform writes into the event of a client call, replacing anything the caller sent under
 * that name: `userInfo: { appId, openId }` for a mini-program's wx.cloud.callFunction, `userInfo: { appId }`
 * for a call without an end user (HTTP API, SDK). Timer events get none. Events that are not objects pass as they are.
 */
export function withUserInfo(event: unknown, caller: Caller): unknown {
  if (event === null || typeof event !== 'object' || Array.isArray(event)) return event;
  const userInfo: Record<string, string> = {};
  if (caller.appid) userInfo['appId'] = caller.appid;
  if (caller.openid) userInfo['openId'] = caller.openid;
  return { ...(event as Record<string, unknown>), userInfo };
}
