/**
 * The notices' part of `npm run bench:cost`: every template configured (as a deployment's environment does),
 * so the notified use cases (submit, approve, publish) count their notices; and the notices' own use cases —
 * a member answering a subscription prompt, the officers' list, the daily timer on a quiet day and on a 1st.
 */
import { NOTICE_KEYS, NoticeKey } from '../shared/contracts/notices/notice-fields.schema';
import { failedNotices } from '../shared/contracts/notices/failed-notices.schema';
import { recordConsent } from '../shared/contracts/notices/record-consent.schema';
import { addDays, localDateOf, periodOf } from '../shared/period';
import { runCalendar } from '../server/calendar/calendar-run';
import { NOTICE_TEMPLATES } from '../server/notices/notice-templates';
import { createTimerFunction } from '../server/runtime/create-timer-function';
import type { RunningEmulator } from '../emulator';
import type { DevClient } from '../tools/dev-client';

const templateId = (key: NoticeKey) => `bench-${key}`;

/** Every template configured: call before the functions first run. */
export function configureBenchNotices(): void {
  for (const key of NOTICE_KEYS) process.env[NOTICE_TEMPLATES[key].env] = templateId(key);
}

/** The person accepts these kinds once (one message each). */
export async function subscribeForBench(client: DevClient, keys: NoticeKey[]): Promise<void> {
  await client.ok(recordConsent, { answers: Object.fromEntries(keys.map((key) => [templateId(key), 'accept' as const])) });
}

/** `cost record-consent`, `cost failed-notices`, `cost timer-daily` and `cost timer-first-of-month` lines. */
export async function noticeCosts(
  emulator: RunningEmulator,
  branchId: string,
  as: (openid: string) => DevClient,
  measure: (work: () => Promise<unknown>) => Promise<number>,
): Promise<string[]> {
  const lines: string[] = [];
  lines.push(
    `cost record-consent requests=${await measure(() => subscribeForBench(as('bench-m5'), ['reportReviewed', 'publicationOpen', 'appealAnswered']))}`,
  );
  lines.push('  the caller’s subscription record ∥ roles ∥ member records, the write (three kinds accepted at once)');
  lines.push(`cost failed-notices requests=${await measure(() => as('bench-m0').ok(failedNotices, { branchId }))}`);
  lines.push('  roles, then the records with problems of the branch ∥ its members ∥ its officers (names)');

  // The timer with its clock set: an ordinary day, then the 1st of next month (02:30 Beijing time).
  const fire = async (at: Date) => {
    emulator.registerFunction('timers', createTimerFunction(runCalendar, { now: () => at }));
    const log = console.info;
    console.info = () => undefined; // the run's own log line; its summary is the result
    try {
      return (await emulator.fireTimer('timers', 'daily')) as { data: { drafted: string[]; reminders: number } };
    } finally {
      console.info = log;
    }
  };
  const today = localDateOf(new Date());
  const quiet = new Date(`${addDays(periodOf('month', today).start, 14)}T02:30:00+08:00`);
  lines.push(`cost timer-daily requests=${await measure(() => fire(quiet))}`);
  lines.push('  an ordinary day: the branches with a scheme this year and last (2 aggregates), the overdue appeals (1)');
  const first = new Date(`${addDays(periodOf('month', today).end, 1)}T02:30:00+08:00`);
  let run: { data: { drafted: string[]; reminders: number } } | undefined;
  const draftDay = await measure(async () => (run = await fire(first)));
  lines.push(`cost timer-first-of-month requests=${draftDay}`);
  lines.push(
    `  ${localDateOf(first)}: drafted ${run?.data.drafted.length ?? 0} periods (${run?.data.drafted.join(', ')}); every branch's scheme (1 each), then per period due: published? ∥ drafted?, members ∥ lines ∥ pending count, the draft, the secretaries' reminder (roles, subscriptions, 1–2 writes)`,
  );
  return lines;
}
