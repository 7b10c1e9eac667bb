import type { Repositories } from '../repositories';
import { InviteDoc, MemberInviteDoc, RoleInviteDoc } from './invite.doc';
import { inviteExpiry, inviteIdOf, newInviteCode } from './invite-code';

type InviteTarget = Omit<MemberInviteDoc, keyof InviteCommon> | Omit<RoleInviteDoc, keyof InviteCommon>;
type InviteCommon = Pick<InviteDoc, '_id' | 'createdBy' | 'createdAt' | 'expiresAt' | 'usedAt' | 'usedBy' | 'voidedAt'>;

export interface IssuedInvite {
  inviteId: string;
  code: string;
  expiresAt: Date;
}

/**
 * Stores a new invite under the hash of a fresh code (one insert; a hash collision, ~never, draws again).
 * The code is returned once and never stored. Length and lifetime by kind (invite-code.ts: a member's 8
 * symbols for 7 days, a role's 12 for 24 hours). Three collisions in a row (never) is a fault, answered
 * SERVICE_UNAVAILABLE and logged by the runtime.
 */
export async function issueInvite(
  repos: Pick<Repositories, 'invites'>,
  target: InviteTarget,
  createdBy: string,
  now: Date,
): Promise<IssuedInvite> {
  const expiresAt = inviteExpiry(target.kind, now);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const code = newInviteCode(target.kind);
    const doc = InviteDoc.parse({
      ...target,
      _id: inviteIdOf(code),
      createdBy,
      createdAt: now,
      expiresAt,
      usedAt: null,
      usedBy: null,
      voidedAt: null,
    });
    if (await repos.invites.insert(doc)) return { inviteId: doc._id, code, expiresAt };
  }
  throw new Error('issueInvite: three fresh codes in a row hit stored invites');
}
