import { CompiledItem, ItemKind } from '../../shared/engine';
import type { EntryFields } from '../../shared/entry-fields';
import { fromCenti } from '../../shared/points';
import type { MemberDoc } from '../members/member.doc';
import { fail, invalidField } from '../errors/domain-error';
import type { BranchYear } from '../schemes/branch-year';
import { requireValidEntry } from './ledger-entry';

/** The pinned scheme's item, or VALIDATION naming `path`. */
export function requireItem(branchYear: BranchYear, code: string, path = 'itemCode'): CompiledItem {
  const index = branchYear.compiled.itemIndex.get(code);
  if (index === undefined) throw invalidField(path, `本支部的积分方案没有项目 ${code}`);
  return branchYear.compiled.items[index];
}

/** Members report only items the scheme lets them report (attendance, dues, deductions and vetoes are the recorder's). */
export function requireMemberReportable(item: CompiledItem): void {
  if (item.source.enteredBy !== 'member') throw fail('ITEM_RECORDER_ONLY', { item: item.name });
}

/** The item's evidence rule: photos required, optional, or none allowed. */
export function requirePhotoRule(item: CompiledItem, photos: readonly string[]): void {
  const rule = item.source.evidence.photo;
  if (rule === 'required' && photos.length === 0) {
    throw invalidField('photos', item.source.evidence.hint ? `该项目需要上传照片（${item.source.evidence.hint}）` : '该项目需要上传照片');
  }
  if (rule === 'none' && photos.length > 0) throw invalidField('photos', '该项目不需要上传照片');
}

/**
 * A member's proposal: the same rules as a ledger entry, except that a range item's points are
 * optional (the member may propose them; the reviewer decides on approval).
 */
export function requireValidProposal(
  branchYear: BranchYear,
  item: CompiledItem,
  fields: EntryFields,
  member: Pick<MemberDoc, 'posts'>,
): void {
  const checked = item.kind === ItemKind.Range && fields.points === undefined ? { ...fields, points: fromCenti(item.min) } : fields;
  requireValidEntry(branchYear, checked, member);
}

/** Veto items (一票否决) are entered by the secretary only. */
export function requireVetoBySecretary(item: CompiledItem, role: string): void {
  if (item.kind === ItemKind.Veto && role !== 'secretary') {
    throw fail('VETO_SECRETARY_ONLY', { item: item.name });
  }
}
