import { NOTICE_OUTCOME_TEXT, NOTICE_TITLES, NoticeOutcome, NoticeKey } from '../../shared/contracts/notices/notice-fields.schema';
import type { NoticeSubscriptionDoc } from './notice-subscription.doc';

export interface FailedNotice {
  at: string;
  name: string | null;
  key: NoticeKey;
  title: string;
  outcome: NoticeOutcome;
  outcomeText: string;
  errCode: number | null;
}

/** How many the officers' list shows. */
export const FAILED_NOTICES_SHOWN = 50;

/**
 * The branch's notices since `since` that did not reach their person, newest first, named as the branch
 * knows each person (`names` by openid: its members and officers).
 */
export function failedNoticesOf(
  records: readonly NoticeSubscriptionDoc[],
  branchId: string,
  since: Date,
  names: ReadonlyMap<string, string>,
): FailedNotice[] {
  return records
    .flatMap((record) =>
      record.problems
        .filter((p) => p.branchId === branchId && p.at.getTime() >= since.getTime())
        .map((p) => ({ openid: record._id, ...p })),
    )
    .sort((a, b) => b.at.getTime() - a.at.getTime())
    .slice(0, FAILED_NOTICES_SHOWN)
    .map((p) => ({
      at: p.at.toISOString(),
      name: names.get(p.openid) ?? null,
      key: p.key,
      title: NOTICE_TITLES[p.key],
      outcome: p.outcome,
      outcomeText: NOTICE_OUTCOME_TEXT[p.outcome],
      errCode: p.errCode,
    }));
}
