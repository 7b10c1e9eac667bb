import { adjustEntry } from '../../../shared/contracts/reports/adjust-entry.schema';
import { ItemKind } from '../../../shared/engine';
import { localDateOf } from '../../../shared/period';
import { fail, invalidField } from '../../../server/errors/domain-error';
import { DuplicateLineError } from '../../../server/ledger/duplicate-line';
import { loadBranchYear } from '../../../server/schemes/branch-year';
import { reviewedEntryFields, sameEntryFields } from '../../../shared/entry-fields';
import { adjustmentLines, fieldsOfEntry } from '../../../server/ledger/adjustment';
import { requireValidEntry } from '../../../server/ledger/ledger-entry';
import { ledgerLine } from '../../../server/ledger/ledger-view';
import { requireOpenDate } from '../../../server/ledger/open-periods';
import { requireItem, requireVetoBySecretary } from '../../../server/ledger/item-rules';
import { refuseOwnRecord } from '../../../server/reports/self-review';
import { Handler } from '../../../server/runtime/route';

/**
 * Adjusts (or cancels) a ledger entry the append-only way: a reversal plus, unless cancelling, a
 * replacement, written in ONE batch insert (atomic). The unique sourceKey "reversal:<id>" makes a
 * second adjustment of the same entry fail: CONFLICT ENTRY_ALREADY_REVERSED (adjust the replacement
 * instead). A reversal cannot be adjusted. The entry's period must still be open (a published period
 * changes only through an appeal).
 *
 * An officer does not adjust entries of their own member record (another officer does).
 *
 * Database requests: 5 — the entry ∥ roles ∥ the caller's member records (access), the branch-year
 * (fresh: closed periods), the batch insert.
 */
export const adjustEntryHandler: Handler<typeof adjustEntry> = async (request, { openid, now, access, repos }) => {
  const [original, ownMembers] = await Promise.all([repos.ledger.byId(request.entryId), access.members(), access.roles()]);
  if (!original) throw fail('ENTRY_NOT_FOUND');
  const role = await access.requireBranchRole(original.branchId, ['recorder', 'secretary']);
  const own = ownMembers.find((m) => m._id === original.memberId);
  if (own) refuseOwnRecord(own, openid, 'entryId');
  if (original.reverses) throw fail('ENTRY_IS_REVERSAL');

  const branchYear = await loadBranchYear(repos, original.branchId, original.year);
  const item = requireItem(branchYear, original.itemCode);
  requireVetoBySecretary(item, role);
  requireOpenDate(branchYear, original.date, localDateOf(now));

  let replacement = null;
  if (!request.cancel) {
    replacement = reviewedEntryFields(item.code, original, request);
    requireValidEntry(branchYear, replacement, { posts: original.post ? [original.post] : [] });
    if (sameEntryFields(replacement, fieldsOfEntry(original))) {
      const field =
        item.kind === ItemKind.Range
          ? 'points'
          : item.kind === ItemKind.Levels
            ? 'level'
            : item.kind === ItemKind.PerOccurrence
              ? 'quantity'
              : 'cancel';
      throw invalidField(field, field === 'cancel' ? '该项目分值固定，只能撤销（cancel）不能调整' : '调整后的内容与原记录相同');
    }
  }

  const lines = adjustmentLines(branchYear, original, replacement, await access.actor(original.branchId, role), now, request.reason);
  try {
    await repos.ledger.append(lines);
  } catch (error) {
    if (error instanceof DuplicateLineError) throw fail('ENTRY_ALREADY_REVERSED');
    throw error;
  }
  const [reversal, next] = lines.map(ledgerLine);
  return { reversal, replacement: next ?? null };
};
