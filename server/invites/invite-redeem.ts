import type { Access } from '../access/access';
import { fail } from '../errors/domain-error';
import type { Repositories } from '../repositories';
import { roleId, RoleName } from '../roles/role.doc';
import type { InviteDoc } from './invite.doc';

/** What a redeemed invite gave the caller: a member record, or a role. */
export type Redeemed = { memberId: string; branchId: string } | { role: { orgId: string; role: RoleName; title: string | null } };

/**
 * Uses a found invite inside the bind transaction (`tx`): checks it, binds the member record to the caller
 * or writes their role, and marks the invite used. A retry by the person who used it answers the same
 * again, unless their binding was cleared since. The caller's member records (`access`, read beside the
 * transaction: a query cannot run inside it) refuse a second identity in the same branch, and give a
 * role its holder's name (Access.actor) when they have a record in that org.
 * Requests (in the transaction): member 0–1 + bind or role write 1 + invite write 1; the caller's members 0–1.
 */
export async function redeemInvite(
  tx: Pick<Repositories, 'members' | 'roles' | 'invites'>,
  invite: InviteDoc,
  openid: string,
  now: Date,
  access: Access,
): Promise<Redeemed> {
  const reply: Redeemed =
    invite.kind === 'member'
      ? { memberId: invite.memberId, branchId: invite.branchId }
      : { role: { orgId: invite.orgId, role: invite.role, title: invite.title } };
  const readMember = async (memberId: string) => {
    const found = await tx.members.byId(memberId);
    if (!found) throw fail('MEMBER_NOT_FOUND');
    return found;
  };

  if (invite.usedAt) {
    if (invite.usedBy === openid && (invite.kind === 'role' || (await readMember(invite.memberId)).openid === openid)) return reply;
    throw fail('INVITE_USED');
  }
  if (invite.voidedAt) throw fail('INVITE_VOIDED');
  if (invite.expiresAt.getTime() <= now.getTime()) throw fail('INVITE_EXPIRED');

  if (invite.kind === 'member') {
    const member = await readMember(invite.memberId);
    if (!member.active) throw fail('MEMBER_INACTIVE', { name: member.name });
    // Issued before an officer last cleared the record's binding (unbindMember): void without a write of its own.
    if (member.unboundAt && invite.createdAt.getTime() <= member.unboundAt.getTime()) throw fail('INVITE_VOIDED');
    if (member.openid !== null && member.openid !== openid) throw fail('ALREADY_BOUND', { name: member.name });
    if ((await access.members()).some((m) => m.branchId === member.branchId && m._id !== member._id)) {
      throw fail('ALREADY_MEMBER_HERE', { branch: '本支部' });
    }
    if (member.openid === null) await tx.members.update(member._id, { openid, boundAt: now, updatedAt: now });
  } else {
    // The holder's name for what they will record (Access.actor): their member record in that org, when they have one.
    const name = (await access.members()).find((m) => m.branchId === invite.orgId)?.name;
    await tx.roles.put({
      _id: roleId(openid, invite.orgId, invite.role),
      openid,
      orgId: invite.orgId,
      role: invite.role,
      ...(invite.title ? { title: invite.title } : {}),
      ...(name ? { name } : {}),
      grantedBy: invite.createdBy,
      grantedAt: now,
    });
  }
  await tx.invites.update(invite._id, { usedAt: now, usedBy: openid });
  return reply;
}
