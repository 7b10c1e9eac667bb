import { checkEntryFields, entryBaseCenti } from '../../shared/engine';
import { EntryFields, nullableDetailsOf } from '../../shared/entry-fields';
import { Actor, newDocId } from '../stored';
import type { LedgerEntryDoc, LedgerSource } from './ledger-entry.doc';
import type { MemberDoc } from '../members/member.doc';
import { failOnFields, invalidField } from '../errors/domain-error';
import type { BranchYear } from '../schemes/branch-year';

/**
 * Checks an entry's fields against the pinned scheme with the core's own rules, and throws a
 * VALIDATION error naming the field (in Chinese) when they do not fit.
 */
export function requireValidEntry(branchYear: BranchYear, fields: EntryFields, member: Pick<MemberDoc, 'posts'>, pathPrefix = ''): void {
  const problem = checkEntryFields(branchYear.compiled, fields, member.posts);
  if (problem) {
    const path = `${pathPrefix}${problem.path === 'item' ? 'itemCode' : problem.path}`;
    throw failOnFields('ENTRY_INVALID', [{ path, message: problem.message }]);
  }
}

export interface NewEntry {
  /** The line's id; a new one when absent. */
  id?: string;
  sourceKey: string;
  member: Pick<MemberDoc, '_id' | 'branchId'>;
  year: number;
  period: string;
  date: string;
  fields: EntryFields;
  actor: Actor;
  at: Date;
  reason: string;
  source: LedgerSource;
  reportId?: string | null;
  meetingId?: string | null;
  reverses?: string | null;
}

/** A ledger document for a checked entry: base points come from the scheme's item. */
export function ledgerEntry(branchYear: BranchYear, entry: NewEntry): LedgerEntryDoc {
  const index = branchYear.compiled.itemIndex.get(entry.fields.item);
  if (index === undefined) throw invalidField('itemCode', `本支部的积分方案没有项目 ${entry.fields.item}`);
  const item = branchYear.compiled.items[index];
  return {
    _id: entry.id ?? newDocId(),
    sourceKey: entry.sourceKey,
    branchId: entry.member.branchId,
    memberId: entry.member._id,
    year: entry.year,
    period: entry.period,
    date: entry.date,
    itemCode: item.code,
    itemName: item.name,
    ...nullableDetailsOf(entry.fields),
    baseCenti: entryBaseCenti(item, entry.fields),
    actor: entry.actor,
    at: entry.at,
    reason: entry.reason,
    source: entry.source,
    reportId: entry.reportId ?? null,
    meetingId: entry.meetingId ?? null,
    reverses: entry.reverses ?? null,
  };
}
