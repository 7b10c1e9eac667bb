import { z } from 'zod';
import { StoredDate } from '../stored';
import { RoleName } from '../roles/role.doc';

/** What every invite carries: `_id` is sha256(code) in hex; the code itself is never stored. */
const InviteState = {
  _id: z.string(),
  createdBy: z.string(),
  createdAt: StoredDate,
  expiresAt: StoredDate,
  usedAt: StoredDate.nullable(),
  usedBy: z.string().nullable(),
  /** Set when a newer invite for the same member replaced this one before it was used. */
  voidedAt: StoredDate.nullable(),
};

/** Binds the WeChat user who redeems it to a member record (created by the branch's secretary). */
export const MemberInviteDoc = z.object({ kind: z.literal('member'), memberId: z.string(), branchId: z.string(), ...InviteState }).strict();
export type MemberInviteDoc = z.infer<typeof MemberInviteDoc>;

/** Grants a role to the WeChat user who redeems it, for people without a member record (组织办 staff). */
export const RoleInviteDoc = z
  .object({ kind: z.literal('role'), orgId: z.string(), role: RoleName, title: z.string().nullable(), ...InviteState })
  .strict();
export type RoleInviteDoc = z.infer<typeof RoleInviteDoc>;

/** A one-time, expiring invite code. Only its hash is stored. */
export const InviteDoc = z.discriminatedUnion('kind', [MemberInviteDoc, RoleInviteDoc]);
export type InviteDoc = z.infer<typeof InviteDoc>;
