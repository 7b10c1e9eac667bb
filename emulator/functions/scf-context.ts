import { Caller, CloudFunctionContext } from './cloud-function'

export interface ContextSettings {
  envId: string
  requestId: string
  timeoutMs: number
  memoryMb: number
}

/**
 * The SCF context of one invocation. The caller travels in `context.environment` (a JSON string),
 * which is where `tcb.getCloudbaseContext(context)` (node-sdk src/utils/tcbcontext.ts) reads it:
 * keys listed in WX_CONTEXT_KEYS / TCB_CONTEXT_KEYS, context before process.env. Nothing is written
 * to process.env, so concurrent invocations cannot see each other's caller.
 */
export function buildScfContext(functionName: string, caller: Caller, settings: ContextSettings): CloudFunctionContext {
  const environment: Record<string, string> = {
    SCF_NAMESPACE: settings.envId,
    TCB_ENV: settings.envId,
    TCB_SEQID: settings.requestId,
  }
  const tcbKeys = ['TCB_ENV', 'TCB_SEQID']
  if (caller.source) {
    environment['TCB_SOURCE'] = caller.source
    tcbKeys.push('TCB_SOURCE')
  }
  if (caller.trigger) {
    environment['TRIGGER_SRC'] = caller.trigger
    tcbKeys.push('TRIGGER_SRC')
  }
  environment['TCB_CONTEXT_KEYS'] = tcbKeys.join(',')

  const wx: Record<string, string | undefined> = {
    WX_OPENID: caller.openid,
    WX_APPID: caller.appid,
    WX_UNIONID: caller.unionid,
    WX_CLIENTIP: caller.openid ? (caller.clientIp ?? '127.0.0.1') : undefined,
  }
  const wxKeys: string[] = []
  for (const [key, value] of Object.entries(wx)) {
    if (value === undefined || value === '') continue
    environment[key] = value
    wxKeys.push(key)
  }
  if (wxKeys.length > 0) environment['WX_CONTEXT_KEYS'] = wxKeys.join(',')

  return {
    request_id: settings.requestId,
    function_name: functionName,
    function_version: '$LATEST',
    namespace: settings.envId,
    memory_limit_in_mb: settings.memoryMb,
    time_limit_in_ms: settings.timeoutMs,
    environment: JSON.stringify(environment),
  }
}
