import { z } from 'zod';
import { repositoriesOf, type InTransaction, type Repositories } from '../repositories';
import { callerFromContext } from './caller';
import { defaultServices, Services } from './services';

/**
 * What SCF passes a function its timer trigger fires (the platform's timer event: Tencent Cloud SCF,
 * 触发器事件消息结构): `{ Type: 'Timer', TriggerName, Time: '2026-04-01T02:30:00Z', Message }`.
 */
export const TimerEvent = z
  .object({
    Type: z.literal('Timer'),
    TriggerName: z.string().min(1).max(60),
    Time: z.string().max(40),
    Message: z.string().max(4096).optional(),
  })
  .loose();
export type TimerEvent = z.infer<typeof TimerEvent>;

/** What a timer's work is given: the repositories, the services, one reading of the clock, and the trigger. */
export interface TimerContext {
  repos: Repositories;
  transaction: InTransaction;
  services: Services;
  now: Date;
  trigger: string;
}

export type TimerReply<T> = { ok: true; data: T } | { ok: false; code: 'FORBIDDEN' | 'VALIDATION'; message: string };

export type TimerFunctionMain<T> = (event: unknown, context: unknown) => Promise<TimerReply<T>>;

/**
 * A cloud function run by its timer trigger (cloudfunctions/<fn>/config.json, cloudbaserc.json), not by
 * callers: it answers only an invocation the platform marks as a timer's (TRIGGER_SRC=timer, no WeChat
 * user) with a timer event — a mini-program or SDK calling it by name is refused, nothing done. The work
 * runs with the same services as the action functions; what it did is logged and returned (SCF keeps a
 * timer's result in the log only). An unexpected failure is thrown, so that the invocation counts as failed.
 */
export function createTimerFunction<T>(work: (ctx: TimerContext) => Promise<T>, overrides: Partial<Services> = {}): TimerFunctionMain<T> {
  let services: Services | null = null;
  return async (event, context) => {
    const caller = callerFromContext(context);
    if (caller.trigger !== 'timer' || caller.openid) return { ok: false, code: 'FORBIDDEN', message: '此云函数只由定时触发器调用' };
    const timer = TimerEvent.safeParse(event);
    if (!timer.success) return { ok: false, code: 'VALIDATION', message: '不是定时触发器的事件' };
    services ??= defaultServices(overrides);
    const { repos, transaction } = repositoriesOf(services.db);
    const data = await work({ repos, transaction, services, now: services.now(), trigger: timer.data.TriggerName });
    console.info(`[timer ${timer.data.TriggerName} ${timer.data.Time}]`, JSON.stringify(data));
    return { ok: true, data };
  };
}
