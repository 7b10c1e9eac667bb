import { z } from 'zod';
import { StoredDate } from '../stored';

/**
 * A role held by a WeChat user in an organisation. Being a member is not a role document: it is a
 * member record bound to the openid. `_id` is `${openid}:${orgId}:${role}`, so a grant is idempotent.
 */
export const RoleName = z.enum(['recorder', 'secretary', 'committeeAdmin']);
export type RoleName = z.infer<typeof RoleName>;

export const RoleDoc = z
  .object({
    _id: z.string(),
    openid: z.string().min(1),
    orgId: z.string().min(1),
    role: RoleName,
    /** 书记 / 副书记 / 组织委员 … as shown to people. */
    title: z.string().optional(),
    /** The holder's name, as the ledger shows who recorded or approved (from the member record or the invite). */
    name: z.string().optional(),
    grantedBy: z.string(),
    grantedAt: StoredDate,
  })
  .strict();
export type RoleDoc = z.infer<typeof RoleDoc>;

export const roleId = (openid: string, orgId: string, role: RoleName) => `${openid}:${orgId}:${role}`;
