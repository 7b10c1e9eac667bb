import type { z } from 'zod';
import type { AppealCorrection } from '../../shared/contracts/publications/answer-appeal.schema';
import { entryFieldsOf } from '../../shared/entry-fields';
import { periodOf } from '../../shared/period';
import type { Actor } from '../stored';
import { fail, invalidField } from '../errors/domain-error';
import { adjustmentLines } from '../ledger/adjustment';
import { requireItem } from '../ledger/item-rules';
import type { LedgerEntryDoc } from '../ledger/ledger-entry.doc';
import { ledgerEntry, requireValidEntry } from '../ledger/ledger-entry';
import type { MemberDoc } from '../members/member.doc';
import type { BranchYear } from '../schemes/branch-year';
import type { AppealDoc } from './appeal.doc';
import type { PublicationDoc } from './publication.doc';

/** What an accepted appeal corrects. */
export type Correction = z.infer<typeof AppealCorrection>;

/**
 * The ledger line an accepted appeal writes, with the appeal as its source: a new line dated in the
 * published period (sourceKey "appeal:<id>": once per appeal), or the reversal of one of the member's lines
 * of the period ("reversal:<id>": a line is reversed once). A published period changes only this way.
 */
export function correctionLine(
  context: {
    branchYear: BranchYear;
    publication: PublicationDoc;
    appeal: AppealDoc;
    member: MemberDoc;
    actor: Actor;
    now: Date;
    answer: string;
  },
  correction: Correction,
  cancelled: LedgerEntryDoc | null,
): LedgerEntryDoc {
  const { branchYear, publication, appeal, member, actor, now, answer } = context;
  const reason = `异议采纳：${answer}`;
  if (correction.kind === 'cancel') {
    if (!cancelled || cancelled.memberId !== appeal.memberId || cancelled.date < publication.from || cancelled.date > publication.to) {
      throw invalidField('correction.entryId', '只能撤销该党员本期的积分记录');
    }
    if (cancelled.reverses) throw fail('ENTRY_IS_REVERSAL');
    const [reversal] = adjustmentLines(branchYear, cancelled, null, actor, now, reason);
    return { ...reversal, source: 'appeal' };
  }
  if (correction.date < publication.from || correction.date > publication.to) {
    throw invalidField('correction.date', `更正的日期应在本期（${publication.from} 至 ${publication.to}）之内`);
  }
  const item = requireItem(branchYear, correction.itemCode, 'correction.itemCode');
  const fields = entryFieldsOf(item.code, correction);
  requireValidEntry(branchYear, fields, member, 'correction.');
  return ledgerEntry(branchYear, {
    sourceKey: `appeal:${appeal._id}`,
    member,
    year: branchYear.doc.year,
    period: periodOf(branchYear.scheme.period, correction.date).key,
    date: correction.date,
    fields,
    actor,
    at: now,
    reason,
    source: 'appeal',
  });
}
