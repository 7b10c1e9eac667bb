import { recordEntry } from '../../../shared/contracts/reports/record-entry.schema';
import { localDateOf, yearOf } from '../../../shared/period';
import { fail } from '../../../server/errors/domain-error';
import type { LedgerEntryDoc } from '../../../server/ledger/ledger-entry.doc';
import { loadBranchYear } from '../../../server/schemes/branch-year';
import { entryFieldsOf, sameEntryFields } from '../../../shared/entry-fields';
import { fieldsOfEntry } from '../../../server/ledger/adjustment';
import { ledgerEntry, requireValidEntry } from '../../../server/ledger/ledger-entry';
import { requireScoredMemberOf } from '../../../server/ledger/member-target';
import { startRead } from '../../../server/runtime/start-read';
import { ledgerLine } from '../../../server/ledger/ledger-view';
import { requireOpenDate } from '../../../server/ledger/open-periods';
import { requireItem, requireVetoBySecretary } from '../../../server/ledger/item-rules';
import { refuseOwnRecord } from '../../../server/reports/self-review';
import { Handler } from '../../../server/runtime/route';

/**
 * The recorder or secretary enters an item for a member (deductions included; veto items by the
 * secretary only). sourceKey "recorder:<branchId>:<idempotencyKey>" is unique: a retry returns the
 * first entry (same member, item fields, date and reason) or CONFLICT IDEMPOTENCY_KEY_REUSED (anything else).
 *
 * Database requests: 5 — roles (access) ∥ the member ∥ the branch-year ∥ an earlier entry with this
 * key, all at once (authorization is decided before any of the others is used), then the insert.
 */
const keyReused = () => fail('IDEMPOTENCY_KEY_REUSED', { what: '条记录' });

export const recordEntryHandler: Handler<typeof recordEntry> = async (request, { openid, now, access, repos }) => {
  const sourceKey = `recorder:${request.branchId}:${request.idempotencyKey}`;
  const memberRead = startRead(repos.members.byId(request.memberId));
  const branchYearRead = startRead(loadBranchYear(repos, request.branchId, yearOf(request.date)));
  const earlierRead = startRead(repos.ledger.bySourceKeys([sourceKey]));
  const role = await access.requireBranchRole(request.branchId, ['recorder', 'secretary']);

  const fields = entryFieldsOf(request.itemCode, request);
  // A retry is the same request to the letter (as submitReport judges its retries); anything else reusing the key is a conflict.
  const sameEntry = (entry: LedgerEntryDoc) =>
    entry.memberId === request.memberId &&
    entry.date === request.date &&
    entry.reason === request.reason &&
    sameEntryFields(fieldsOfEntry(entry), fields);
  const [earlier] = await earlierRead;
  if (earlier) {
    if (!sameEntry(earlier)) throw keyReused();
    return ledgerLine(earlier);
  }

  const member = requireScoredMemberOf(await memberRead, request.branchId);
  refuseOwnRecord(member, openid, 'memberId');
  const branchYear = await branchYearRead;
  const item = requireItem(branchYear, request.itemCode);
  requireVetoBySecretary(item, role);
  const period = requireOpenDate(branchYear, request.date, localDateOf(now));
  requireValidEntry(branchYear, fields, member);

  const entry = ledgerEntry(branchYear, {
    sourceKey,
    member,
    year: branchYear.doc.year,
    period,
    date: request.date,
    fields,
    actor: await access.actor(request.branchId, role),
    at: now,
    reason: request.reason,
    source: 'recorder',
  });
  const written = await repos.ledger.appendOnce(entry);
  // A concurrent retry may have written it first: the same request answers that line.
  if (!written.created && !sameEntry(written.line)) throw keyReused();
  return ledgerLine(written.line);
};
