import { defineReasons } from './define-reasons';

/** Who may do what (server/access). */
export const ACCESS_REASONS = defineReasons({
  NOT_BRANCH_OFFICER: { code: 'FORBIDDEN', message: '您不是该支部的相关人员，无权进行此操作' },
  NOT_COMMITTEE_ADMIN: { code: 'FORBIDDEN', message: '只有上级党委（组织办）管理员可以进行此操作' },
  NOT_AN_OFFICER: { code: 'FORBIDDEN', message: '您不是支部书记或记分员，请选择要查看的支部' },
  BRANCH_AMBIGUOUS: { code: 'VALIDATION', message: '' },
  NOT_OWN_MEMBER: { code: 'FORBIDDEN', message: '只能以本人的党员身份进行此操作' },
  NOT_BOUND: { code: 'FORBIDDEN', message: '请先用支部发放的邀请码绑定党员身份' },
  MEMBER_AMBIGUOUS: { code: 'FORBIDDEN', message: '您在多个支部有党员身份，请选择支部' },
  ORG_NOT_FOUND: { code: 'NOT_FOUND', message: '组织不存在' },
});
