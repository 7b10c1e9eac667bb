import tcb from '@cloudbase/node-sdk';
import cloud from 'wx-server-sdk';
import { CloudFunctionContext, emulatorProcessEnv, startEmulator } from '../../emulator';
import { nextFireTime, parseCron } from '../../emulator/functions/cron';
import { checkTriggers } from '../../emulator/functions/timer-triggers';
import { rejection, startTestBed, TestBed } from './emulator-test-bed';

/** A Beijing wall-clock time as an instant. */
const beijing = (text: string) => new Date(`${text}+08:00`);
const next = (expression: string, after: string) => nextFireTime(parseCron(expression), beijing(after))?.toISOString() ?? null;

describe('timer cron expressions (7 fields, Beijing time)', () => {
  it('finds the next moment of daily, monthly, stepped and listed schedules', () => {
    expect(next('0 30 2 * * * *', '2026-03-31T23:00:00')).toBe(beijing('2026-04-01T02:30:00').toISOString());
    expect(next('0 30 2 * * * *', '2026-04-01T02:30:00')).toBe(beijing('2026-04-02T02:30:00').toISOString());
    expect(next('0 0 2 1 * * *', '2026-01-15T10:00:00')).toBe(beijing('2026-02-01T02:00:00').toISOString());
    expect(next('0 0 2 1 1,4,7,10 * *', '2026-04-01T02:00:01')).toBe(beijing('2026-07-01T02:00:00').toISOString());
    expect(next('0 */10 * * * * *', '2026-01-01T00:05:00')).toBe(beijing('2026-01-01T00:10:00').toISOString());
    expect(next('0 0 9 * * MON-FRI *', '2026-05-02T12:00:00')).toBe(beijing('2026-05-04T09:00:00').toISOString()); // Sat → Mon
    expect(next('0 0 0 1 JAN * 2027', '2026-06-01T00:00:00')).toBe(beijing('2027-01-01T00:00:00').toISOString());
    expect(next('0 0 0 1 1 * 2025', '2026-06-01T00:00:00')).toBeNull();
  });

  it('reads day and weekday, both given, as either one (WeChat: 两者为“或”关系)', () => {
    // The 15th, or any Sunday: after Tuesday 2026-03-03 the next is Sunday the 8th.
    expect(next('0 0 8 15 * 0 *', '2026-03-03T12:00:00')).toBe(beijing('2026-03-08T08:00:00').toISOString());
  });

  it.each([
    ['0 30 2 * * *', /7 fields/],
    ['0 60 2 * * * *', /minute 60/],
    ['0 0 25 * * * *', /hour 25/],
    ['0 0 2 L * * *', /day field/],
    ['0 0 2 ? * * *', /day field/],
    ['0 0 2 5-1 * * *', /backwards/],
    ['0 0 2 * FOO * *', /month field/],
  ])('refuses %s', (expression, message) => {
    expect(() => parseCron(expression)).toThrow(message);
  });

  it('checks a function’s triggers as a deployment does: names, type, cron, one per function', () => {
    expect(checkTriggers('f', [{ name: 'daily', type: 'timer', config: '0 0 2 * * * *' }])).toHaveLength(1);
    expect(() => checkTriggers('f', [{ name: '1st', type: 'timer', config: '0 0 2 * * * *' }])).toThrow(/starting with a letter/);
    expect(() => checkTriggers('f', [{ name: 'a', type: 'cos', config: '0 0 2 * * * *' }])).toThrow(/only "timer"/);
    expect(() =>
      checkTriggers('f', [
        { name: 'a', type: 'timer', config: '0 0 2 * * * *' },
        { name: 'b', type: 'timer', config: '0 0 3 * * * *' },
      ]),
    ).toThrow(/at most one timer trigger/);
  });

  it('refuses to start with a trigger the platform would refuse', async () => {
    await expect(startEmulator({ port: 0, triggers: { f: [{ name: 'x', type: 'timer', config: '* * *' }] } })).rejects.toThrow(/7 fields/);
  });
});

describe('firing timers in the emulator', () => {
  let bed: TestBed;
  const fired: { event: Record<string, unknown>; caller: Record<string, unknown> }[] = [];
  beforeAll(async () => {
    bed = await startTestBed({
      triggers: {
        clock: [{ name: 'everySecond', type: 'timer', config: '* * * * * * *' }],
        report: [{ name: 'monthly', type: 'timer', config: '0 0 2 1 * * *' }],
      },
      scheduleTimers: true,
      functions: {
        clock: async (event: Record<string, unknown>) => {
          fired.push({ event, caller: {} });
          return null;
        },
        // Production code: the caller from the context, and wx-server-sdk's open API with the timer's token.
        report: async (event: Record<string, unknown>, context: CloudFunctionContext) => {
          const { WX_OPENID, TRIGGER_SRC } = tcb.getCloudbaseContext(context);
          cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
          const sent = await cloud.openapi.subscribeMessage.send({
            touser: 'o-sec',
            templateId: 'T-DUE',
            data: { thing1: { value: '2026年3月' } },
          });
          return { event, openid: WX_OPENID ?? null, trigger: TRIGGER_SRC ?? null, errCode: sent.errCode };
        },
      },
    });
    Object.assign(process.env, emulatorProcessEnv(bed.emulator));
  });
  afterAll(async () => {
    await bed.emulator.stop();
  });

  it('POST /_emulator/timers/<fn>/<trigger> fires a configured trigger as production does', async () => {
    const before = Date.now();
    const response = await fetch(`${bed.emulator.url}/_emulator/timers/report/monthly`, { method: 'POST' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { result: Record<string, unknown>; event: Record<string, string> };
    // SCF's timer event: Type, TriggerName, Time (UTC, whole seconds), Message; no userInfo.
    expect(Object.keys(body.event).sort()).toEqual(['Message', 'Time', 'TriggerName', 'Type']);
    expect(body.event).toMatchObject({ Type: 'Timer', TriggerName: 'monthly', Message: '' });
    expect(body.event.Time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(Date.parse(body.event.Time)).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(body.result).toMatchObject({ event: body.event, openid: null, trigger: 'timer', errCode: 0 });
    expect(bed.emulator.outbox('subscribeMessage.send').at(-1)?.request).toMatchObject({ touser: 'o-sec', template_id: 'T-DUE' });
  });

  it('answers 404 for a trigger the function does not have, and fireTimer names the configured one', async () => {
    const response = await fetch(`${bed.emulator.url}/_emulator/timers/report/weekly`, { method: 'POST' });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'ResourceNotFound.Function' });
    expect(await bed.emulator.fireTimer('report')).toMatchObject({ event: { TriggerName: 'monthly' }, trigger: 'timer' });
    expect(await rejection(bed.emulator.fireTimer('report', 'weekly'))).toMatchObject({ code: 'ResourceNotFound.Function' });
  });

  it('lists the triggers with their next time, and fires them on schedule when asked to', async () => {
    const listed = (await (await fetch(`${bed.emulator.url}/_emulator/timers`)).json()) as { timers: { name: string; next: string }[] };
    expect(listed.timers.map((t) => t.name)).toEqual(['everySecond', 'monthly']);
    const start = fired.length;
    await new Promise((resolve) => setTimeout(resolve, 2300));
    const events = fired.slice(start).map((f) => f.event);
    expect(events.length).toBeGreaterThanOrEqual(2);
    expect(events.every((e) => e['Type'] === 'Timer' && e['TriggerName'] === 'everySecond')).toBe(true);
    // Each fire carries its own scheduled second.
    expect(new Set(events.map((e) => e['Time'])).size).toBe(events.length);
  });
});
