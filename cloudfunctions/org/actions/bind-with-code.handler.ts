import { bindWithCode } from '../../../shared/contracts/org/bind-with-code.schema';
import { COLLECTIONS } from '../../../server/db/collections';
import { InviteDoc, MemberDoc, RoleDoc, roleId } from '../../../server/db/documents';
import { runTransaction } from '../../../server/db/transaction';
import { inviteIdOf } from '../../../server/domain/invite-code';
import { AppError, conflict, notFound } from '../../../server/runtime/app-error';
import { Handler } from '../../../server/runtime/route';

/**
 * Redeems a code. In one transaction: the invite is read and marked used, and the member record bound
 * to the caller (or the role document written). A retry by the same caller after success answers the
 * same again. The caller's other member records are read before the transaction (a query cannot run
 * inside one) to refuse a second identity in the same branch.
 * Requests: caller's members 1 + transaction (begin, invite, member, 2 writes, commit) 6 = 7 (6 for a role invite).
 */
export const bindWithCodeHandler: Handler<typeof bindWithCode> = async (request, { openid, now, services, access }) => {
  const inviteId = inviteIdOf(request.code);
  const mine = await access.members();
  return runTransaction(services.db, async (tx) => {
    const invites = tx.collection(COLLECTIONS.invites);
    const raw = (await invites.doc(inviteId).get()).data;
    if (!raw) throw notFound('邀请码不正确，请核对后重新输入', 'INVITE_NOT_FOUND');
    const invite = InviteDoc.parse({ ...raw, _id: inviteId });
    const reply =
      invite.kind === 'member'
        ? { memberId: invite.memberId, branchId: invite.branchId }
        : { role: { orgId: invite.orgId, role: invite.role, title: invite.title } };
    const readMember = async () => {
      const memberRaw = invite.kind === 'member' ? (await tx.collection(COLLECTIONS.members).doc(invite.memberId).get()).data : null;
      if (invite.kind === 'member' && !memberRaw) throw notFound('邀请码对应的党员记录已不存在', 'MEMBER_NOT_FOUND');
      return invite.kind === 'member' ? MemberDoc.parse({ ...memberRaw, _id: invite.memberId }) : null;
    };
    if (invite.usedAt) {
      // A retry by the person who used it answers the same again, unless their binding was cleared since.
      if (invite.usedBy === openid && (invite.kind === 'role' || (await readMember())?.openid === openid)) return reply;
      throw conflict(invite.usedBy === openid ? '该邀请码已使用过；如需重新绑定，请向书记索取新的邀请码' : '该邀请码已被使用', 'INVITE_USED');
    }
    if (invite.voidedAt) throw new AppError('EXPIRED', '该邀请码已作废（已生成新的邀请码），请向书记索取最新的邀请码', 'INVITE_VOIDED');
    if (invite.expiresAt.getTime() <= now.getTime()) throw new AppError('EXPIRED', '邀请码已过期，请向书记重新索取', 'INVITE_EXPIRED');

    if (invite.kind === 'member') {
      const members = tx.collection(COLLECTIONS.members);
      const member = (await readMember())!;
      if (!member.active) throw conflict(`${member.name}的记录已转出，请向新支部索取邀请码`, 'MEMBER_INACTIVE');
      if (member.unboundAt && invite.createdAt.getTime() <= member.unboundAt.getTime()) {
        throw new AppError('EXPIRED', '该邀请码在解除微信绑定之前发放，已作废，请向书记索取新的邀请码', 'INVITE_VOIDED');
      }
      if (member.openid !== null && member.openid !== openid) throw conflict(`${member.name}的党员身份已绑定其他微信`, 'ALREADY_BOUND');
      if (mine.some((m) => m.branchId === member.branchId && m._id !== member._id)) {
        throw conflict('您的微信已绑定本支部的另一名党员，请联系书记核对', 'ALREADY_MEMBER_HERE');
      }
      if (member.openid === null) await members.doc(member._id).update({ openid, boundAt: now, updatedAt: now });
    } else {
      const { _id, ...role } = RoleDoc.parse({
        _id: roleId(openid, invite.orgId, invite.role),
        openid,
        orgId: invite.orgId,
        role: invite.role,
        ...(invite.title ? { title: invite.title } : {}),
        grantedBy: invite.createdBy,
        grantedAt: now,
      });
      await tx.collection(COLLECTIONS.roles).doc(_id).set(role);
    }
    await invites.doc(inviteId).update({ usedAt: now, usedBy: openid });
    return reply;
  });
};
