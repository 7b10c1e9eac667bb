import { z } from 'zod';
import { defineContract } from '../define-contract';
import { DocId } from '../common.schema';
import { EndedRole } from './org-fields.schema';
import { MANAGED_MEMBER, ROLE_AUTHORITY } from '../reasons/groups';

/**
 * For a member who changed WeChat accounts: the record's binding is cleared, so the old WeChat loses
 * access at once; every invite issued for the record before now stops working (INVITE_VOIDED); the roles
 * the old WeChat held in this branch end (`endedRoles`), roles elsewhere stay. Then createInvite issues a
 * new code for the new WeChat. Ending a 书记 role takes a committee admin; nobody unbinds themselves.
 * `unbound` is false when the record was not bound (nothing to do, e.g. a retry).
 */
export const unbindMember = defineContract({
  fn: 'org',
  action: 'unbindMember',
  summary: '解除党员记录与微信的绑定（党员更换微信后，解除旧微信并重新发放邀请码；旧微信在本支部的角色同时终止）',
  roles: '本支部书记、上级党委管理员（党员担任书记时：上级党委管理员）',
  audience: 'signedIn',
  request: z.object({ memberId: DocId }).strict(),
  response: z
    .object({
      unbound: z.boolean(),
      /** The roles that ended in this branch, e.g. [{ label: '东村党支部记分员', … }]. */
      endedRoles: z.array(EndedRole),
    })
    .strict(),
  reasons: [...MANAGED_MEMBER, 'SELF_UNBIND', ...ROLE_AUTHORITY, 'UNBIND_SECRETARY', 'BINDING_CHANGED'],
});
