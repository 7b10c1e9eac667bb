import tcb from '@cloudbase/node-sdk';

/** The calling WeChat user as CloudBase states it. Never taken from the event. */
export interface Caller {
  openid: string | null;
  appid: string | null;
  unionid: string | null;
  /** 'timer' for timer-triggered calls (no openid). */
  trigger: string | null;
}

/**
 * Reads the caller from the SCF context argument of `main(event, context)`: CloudBase puts WX_OPENID
 * in the invocation's environment (getCloudbaseContext parses context.environment / environ).
 */
export function callerFromContext(context: unknown): Caller {
  let env: Record<string, unknown> = {};
  try {
    env = tcb.getCloudbaseContext(context as never) as unknown as Record<string, unknown>;
  } catch {
    env = {};
  }
  const text = (key: string): string | null => {
    const value = env[key];
    return typeof value === 'string' && value.length > 0 ? value : null;
  };
  return { openid: text('WX_OPENID'), appid: text('WX_APPID'), unionid: text('WX_UNIONID'), trigger: text('TRIGGER_SRC') };
}
