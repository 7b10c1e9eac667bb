/**
 * A cloud function exactly as deployed: `exports.main = async (event, context) => result`.
 * `context` is the SCF context; the caller is read from it with `tcb.getCloudbaseContext(context)`
 * (WX_OPENID, WX_APPID, WX_UNIONID, TCB_SOURCE, TRIGGER_SRC, ...).
 */
export interface CloudFunctionContext {
  request_id: string
  function_name: string
  function_version: string
  namespace: string
  memory_limit_in_mb: number
  time_limit_in_ms: number
  /** JSON string of the invocation's environment, as SCF passes it. */
  environment: string
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type CloudFunctionMain = (event: any, context: CloudFunctionContext) => unknown

/** Resolves a function by name (e.g. from cloudfunctions/<name>/index.ts). */
export type CloudFunctionLoader = (name: string) => CloudFunctionMain | undefined | Promise<CloudFunctionMain | undefined>

export type CloudFunctionSource = Record<string, CloudFunctionMain> | CloudFunctionLoader

/** Who calls a function, as the emulator learns it per invocation. */
export interface Caller {
  openid?: string
  appid?: string
  unionid?: string
  /** TCB_SOURCE */
  source?: string
  /** 'timer' for timer triggers */
  trigger?: 'timer'
  clientIp?: string
}
