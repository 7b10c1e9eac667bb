import type { MemberView } from '../../shared/contracts/org/org-fields.schema';
import type { MemberDoc } from './member.doc';

/** What clients see of a member record: never the openid, only whether one is bound. */
export function memberView(doc: MemberDoc): MemberView {
  return {
    memberId: doc._id,
    branchId: doc.branchId,
    groupId: doc.groupId,
    name: doc.name,
    gender: doc.gender,
    birthDate: doc.birthDate,
    joinDate: doc.joinDate,
    status: doc.status,
    category: doc.category,
    tier: doc.tier,
    phone: doc.phone,
    posts: doc.posts,
    bound: doc.openid !== null,
    exempt: doc.exempt ? { reason: doc.exempt.reason, approvedAt: doc.exempt.approvedAt.toISOString() } : null,
    active: doc.active,
    movedTo: doc.movedTo,
  };
}
