import type { z } from 'zod';
import { bindWithCode } from '../../../shared/contracts/org/bind-with-code.schema';
import type { Access } from '../../../server/access/access';
import { isTransactionConflict } from '../../../server/db/cloudbase';
import { COLLECTIONS } from '../../../server/db/collections';
import { InviteDoc } from '../../../server/invites/invite.doc';
import { MemberDoc } from '../../../server/members/member.doc';
import { RoleDoc, roleId } from '../../../server/roles/role.doc';
import { runTransaction, Transaction } from '../../../server/db/transaction';
import { inviteIdOf } from '../../../server/invites/invite-code';
import { BindThrottle } from '../../../server/invites/invite-throttle';
import { AppError, conflict, notFound } from '../../../server/runtime/app-error';
import { Handler } from '../../../server/runtime/route';

type BindReply = z.output<(typeof bindWithCode)['response']>;

/**
 * Redeems a code. In one transaction: the caller's wrong-code counter is checked, the invite read and
 * marked used, and the member record bound to the caller (or the role document written). A retry by the
 * same caller after success answers the same again.
 *
 * Guessing is throttled (server/domain/invite-throttle.ts): a code that matches no invite counts against
 * the caller — 5 per 15 minutes, 20 a day, counted in the transaction so concurrent guesses are counted
 * exactly — and against its bucket (the code's first character: 30 per 15 minutes from everyone, the
 * overall limit, since a wrong code names no branch). While either limit holds no code is looked up and
 * the answer is FORBIDDEN / TOO_MANY_ATTEMPTS with when to try again; a warm instance then answers from
 * memory. The caller's other member records are read only for a member invite, to refuse a second
 * identity in the same branch.
 * Requests: transaction (begin, caller's counter, bucket counter, invite, member, 2 writes, commit) 8 +
 * caller's members 1 = 9 for a member invite (8 for a role invite: no member; the members query names the holder); before
 * the throttle 7 and 6. A wrong code: transaction (begin, 2 counters, invite, counter write, commit) 6 +
 * bucket increment 1 (2 for the bucket's first wrong code in its window) = 7–8 (before: 4, unthrottled).
 * Blocked: 3–4 (begin, 1–2 counters, commit), or 0 on an instance that has already seen the block.
 */
export const bindWithCodeHandler: Handler<typeof bindWithCode> = async (request, { openid, now, services, access }) => {
  const inviteId = inviteIdOf(request.code);
  const throttle = new BindThrottle(openid, request.code, now);
  const known = throttle.knownBlock();
  if (known) throw known;

  let outcome: { reply: BindReply } | { refused: AppError; wrongCode: boolean };
  try {
    outcome = await runTransaction(services.db, async (tx) => {
      const verdict = await throttle.check(tx);
      if ('blocked' in verdict) return { refused: verdict.blocked, wrongCode: false };
      const raw = (await tx.collection(COLLECTIONS.invites).doc(inviteId).get()).data;
      if (!raw) return { refused: await throttle.recordCallerFailure(tx), wrongCode: true };
      return { reply: await redeem(tx, InviteDoc.parse({ ...raw, _id: inviteId }), openid, now, access) };
    });
  } catch (error) {
    // Retries exhausted: many calls of this person at once, all conflicting on their counter.
    if (isTransactionConflict(error)) throw new AppError('FORBIDDEN', '同时提交的次数太多，请 1 分钟后再试', 'TOO_MANY_ATTEMPTS');
    throw error;
  }
  if ('refused' in outcome) {
    if (outcome.wrongCode) await throttle.recordBucketFailure(services.db);
    throw outcome.refused;
  }
  return outcome.reply;
};

/** Uses a found invite inside the transaction: checks it, binds the member record or writes the role, marks it used. */
async function redeem(tx: Transaction, invite: InviteDoc, openid: string, now: Date, access: Access): Promise<BindReply> {
  const invites = tx.collection(COLLECTIONS.invites);
  const members = tx.collection(COLLECTIONS.members);
  const reply: BindReply =
    invite.kind === 'member'
      ? { memberId: invite.memberId, branchId: invite.branchId }
      : { role: { orgId: invite.orgId, role: invite.role, title: invite.title } };
  const readMember = async (memberId: string) => {
    const raw = (await members.doc(memberId).get()).data;
    if (!raw) throw notFound('邀请码对应的党员记录已不存在', 'MEMBER_NOT_FOUND');
    return MemberDoc.parse({ ...raw, _id: memberId });
  };

  if (invite.usedAt) {
    // A retry by the person who used it answers the same again, unless their binding was cleared since.
    if (invite.usedBy === openid && (invite.kind === 'role' || (await readMember(invite.memberId)).openid === openid)) return reply;
    throw conflict(invite.usedBy === openid ? '该邀请码已使用过；如需重新绑定，请向书记索取新的邀请码' : '该邀请码已被使用', 'INVITE_USED');
  }
  if (invite.voidedAt) throw new AppError('EXPIRED', '该邀请码已作废（已生成新的邀请码），请向书记索取最新的邀请码', 'INVITE_VOIDED');
  if (invite.expiresAt.getTime() <= now.getTime()) throw new AppError('EXPIRED', '邀请码已过期，请向书记重新索取', 'INVITE_EXPIRED');

  if (invite.kind === 'member') {
    const member = await readMember(invite.memberId);
    if (!member.active) throw conflict(`${member.name}的记录已转出，请向新支部索取邀请码`, 'MEMBER_INACTIVE');
    if (member.unboundAt && invite.createdAt.getTime() <= member.unboundAt.getTime()) {
      throw new AppError('EXPIRED', '该邀请码在解除微信绑定之前发放，已作废，请向书记索取新的邀请码', 'INVITE_VOIDED');
    }
    if (member.openid !== null && member.openid !== openid) throw conflict(`${member.name}的党员身份已绑定其他微信`, 'ALREADY_BOUND');
    // A query cannot run inside the transaction: the caller's records are read beside it.
    if ((await access.members()).some((m) => m.branchId === member.branchId && m._id !== member._id)) {
      throw conflict('您的微信已绑定本支部的另一名党员，请联系书记核对', 'ALREADY_MEMBER_HERE');
    }
    if (member.openid === null) await members.doc(member._id).update({ openid, boundAt: now, updatedAt: now });
  } else {
    // The holder's name for what they will record (Access.actor): their member record in that org, when they have one.
    const name = (await access.members()).find((m) => m.branchId === invite.orgId)?.name;
    const { _id, ...role } = RoleDoc.parse({
      _id: roleId(openid, invite.orgId, invite.role),
      openid,
      orgId: invite.orgId,
      role: invite.role,
      ...(invite.title ? { title: invite.title } : {}),
      ...(name ? { name } : {}),
      grantedBy: invite.createdBy,
      grantedAt: now,
    });
    await tx.collection(COLLECTIONS.roles).doc(_id).set(role);
  }
  await invites.doc(invite._id).update({ usedAt: now, usedBy: openid });
  return reply;
}
