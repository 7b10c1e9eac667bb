import { Caller, CloudFunctionContext } from './cloud-function';

export interface ContextSettings {
  envId: string;
  requestId: string;
  timeoutMs: number;
  memoryMb: number;
  /** When the invocation started (Date.now()), for getRemainingTimeInMillis. */
  startedAt: number;
}

/** The Tencent Cloud account the emulator pretends to run under (SCF puts region, appid and uin on every context). */
const REGION = 'ap-shanghai';
const TENCENTCLOUD_APPID = '1250000000';
const TENCENTCLOUD_UIN = '100000000001';

/** A client address as SCF reports it: WX_CLIENTIP in IPv4 form, WX_CLIENTIPV6 in IPv6 form (IPv4-mapped for IPv4 clients). */
export function clientAddresses(address: string | undefined): { v4: string; v6: string } {
  const raw = address ?? '127.0.0.1';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(raw);
  if (mapped) return { v4: mapped[1] ?? raw, v6: raw.toLowerCase() };
  if (/^\d+\.\d+\.\d+\.\d+$/.test(raw)) return { v4: raw, v6: `::ffff:${raw}` };
  return { v4: raw === '::1' ? '127.0.0.1' : '', v6: raw };
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
  };
  const tcbKeys = ['TCB_ENV', 'TCB_SEQID'];
  if (caller.source) {
    environment['TCB_SOURCE'] = caller.source;
    tcbKeys.push('TCB_SOURCE');
  }
  if (caller.trigger) {
    environment['TRIGGER_SRC'] = caller.trigger;
    tcbKeys.push('TRIGGER_SRC');
  }
  environment['TCB_CONTEXT_KEYS'] = tcbKeys.join(',');

  const client = caller.openid ? clientAddresses(caller.clientIp) : undefined;
  const wx: Record<string, string | undefined> = {
    WX_OPENID: caller.openid,
    WX_APPID: caller.appid,
    WX_UNIONID: caller.unionid,
    WX_CLIENTIP: client?.v4,
    WX_CLIENTIPV6: client?.v6,
  };
  const wxKeys: string[] = [];
  for (const [key, value] of Object.entries(wx)) {
    if (value === undefined || value === '') continue;
    environment[key] = value;
    wxKeys.push(key);
  }
  if (wxKeys.length > 0) environment['WX_CONTEXT_KEYS'] = wxKeys.join(',');

  return {
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, settings.startedAt + settings.timeoutMs - Date.now()),
    request_id: settings.requestId,
    function_name: functionName,
    function_version: '$LATEST',
    namespace: settings.envId,
    memory_limit_in_mb: settings.memoryMb,
    time_limit_in_ms: settings.timeoutMs,
    environment: JSON.stringify(environment),
    environ: Object.entries(environment)
      .map(([key, value]) => `${key}=${value}`)
      .join(';'),
    tencentcloud_region: REGION,
    tencentcloud_appid: TENCENTCLOUD_APPID,
    tencentcloud_uin: TENCENTCLOUD_UIN,
  };
}
