import type { ReportDoc } from '../db/documents';
import { forbidden } from '../runtime/app-error';

/**
 * A recorder or secretary who is also a member of the branch does not review their own reports: another
 * officer of the branch does (the secretary signs off the recorder's points, 001 二.2).
 */
export function refuseSelfReview(report: Pick<ReportDoc, 'openid'>, reviewerOpenid: string): void {
  if (report.openid === reviewerOpenid) throw forbidden('不能审核本人的申报，请由支部其他记分员或书记审核', 'SELF_REVIEW');
}
