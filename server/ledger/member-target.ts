import type { Database } from '../db/cloudbase';
import { COLLECTIONS } from '../db/collections';
import { MemberDoc } from '../members/member.doc';
import { AppError, forbidden, notFound } from '../runtime/app-error';

/** A member record read by id (one request), or null. */
export async function findMember(db: Database, memberId: string): Promise<MemberDoc | null> {
  const found = (await db.collection(COLLECTIONS.members).doc(memberId).get()).data[0];
  return found ? MemberDoc.parse(found) : null;
}

/** The member a recorder enters points for: in this branch, active, under points management. */
export function requireScoredMemberOf(member: MemberDoc | null, branchId: string): MemberDoc {
  if (!member) throw notFound('党员不存在', 'MEMBER_NOT_FOUND');
  if (member.branchId !== branchId || !member.active) throw forbidden('该党员不在本支部', 'MEMBER_NOT_IN_BRANCH');
  if (member.exempt) throw new AppError('CONFLICT', `${member.name}不纳入积分管理，不能记分`, 'MEMBER_EXEMPT');
  return member;
}
