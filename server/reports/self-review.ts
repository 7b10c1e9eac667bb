import type { MemberDoc } from '../members/member.doc';
import type { ReportDoc } from './report.doc';
import { fail, failOnFields } from '../errors/domain-error';

/**
 * A recorder or secretary who is also a member of the branch does not review their own reports: another
 * officer of the branch does (the secretary signs off the recorder's points, 001 二.2).
 */
export function refuseSelfReview(report: Pick<ReportDoc, 'openid'>, reviewerOpenid: string): void {
  if (report.openid === reviewerOpenid) throw fail('SELF_REVIEW');
}

/**
 * The same rule for every other way points are written or changed (recordEntry, adjustEntry,
 * recordAttendance): an officer's own member record is scored by another officer of the branch.
 * `path` names the request field that points at the member (for the page to mark it).
 */
export function refuseOwnRecord(member: Pick<MemberDoc, 'openid'>, officerOpenid: string, path: string): void {
  if (member.openid !== null && member.openid === officerOpenid) {
    throw failOnFields('SELF_ENTRY', [{ path, message: '不能为本人记分或调整本人的积分，请由支部其他记分员或书记办理' }]);
  }
}
