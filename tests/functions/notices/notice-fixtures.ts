import { NOTICE_KEYS, NoticeKey } from '../../../shared/contracts/notices/notice-fields.schema';
import { recordConsent } from '../../../shared/contracts/notices/record-consent.schema';
import { NOTICE_TEMPLATES } from '../../../server/notices/notice-templates';
import type { Backend, Client } from '../../support/backend';

/** The template ids of these tests, one per kind (what a deployment configures in its environment). */
export const TEMPLATE_IDS = Object.fromEntries(NOTICE_KEYS.map((key) => [key, `tmpl-${key}`])) as Record<NoticeKey, string>;

/**
 * Configures every template, as a deployment's environment does (cloudbaserc.json envVariables): call at
 * the top of a test file, before its functions first run (their services read the environment then).
 */
export function configureNoticeTemplates(): void {
  for (const key of NOTICE_KEYS) process.env[NOTICE_TEMPLATES[key].env] = TEMPLATE_IDS[key];
  process.env['NOTICE_MINIPROGRAM_STATE'] = 'developer';
}

/** What the emulator's outbox holds of one kind: recipient, WeChat's errcode, the values and the page. */
export function sent(backend: Backend, key: NoticeKey) {
  return backend.emulator
    .outbox('subscribeMessage.send')
    .filter((entry) => entry.request['template_id'] === TEMPLATE_IDS[key])
    .map((entry) => ({
      touser: entry.request['touser'] as string,
      errcode: entry.response['errcode'] as number,
      data: Object.fromEntries(
        Object.entries(entry.request['data'] as Record<string, { value: string }>).map(([field, { value }]) => [field, value]),
      ),
      page: entry.request['page'] as string,
      state: entry.request['miniprogram_state'] as string,
    }));
}

/** The person taps 允许 for these kinds in wx.requestSubscribeMessage (`times` prompts). */
export async function subscribe(client: Client, keys: NoticeKey[], times = 1): Promise<void> {
  for (let i = 0; i < times; i++)
    await client.ok(recordConsent, { answers: Object.fromEntries(keys.map((key) => [TEMPLATE_IDS[key], 'accept' as const])) });
}

/** Fires the timers function's configured trigger through the emulator, as the platform does at its time. */
export async function fireDailyTimer(backend: Backend): Promise<{ result: { ok: boolean; data: Record<string, unknown> } }> {
  const response = await fetch(`${backend.emulator.url}/_emulator/timers/timers/daily`, { method: 'POST' });
  if (response.status !== 200) throw new Error(`the timer failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as { result: { ok: boolean; data: Record<string, unknown> } };
}
