import { defineReasons } from './define-reasons';

/** Member records, the roster and binding WeChat accounts (org function). */
export const MEMBER_REASONS = defineReasons({
  MEMBER_NOT_FOUND: { code: 'NOT_FOUND', message: '党员记录不存在' },
  MEMBER_NOT_IN_BRANCH: { code: 'FORBIDDEN', message: '该党员不在本支部' },
  MEMBER_INACTIVE: { code: 'CONFLICT', message: '{name}的记录已转出，请在新支部办理' },
  MEMBER_EXEMPT: { code: 'CONFLICT', message: '{name}不纳入积分管理，不能记分' },
  MEMBER_EXISTS: { code: 'CONFLICT', message: '{branch}已有{name}（出生日期 {birthDate}）的记录' },
  MEMBER_INVALID: { code: 'VALIDATION', message: '' },
  ALREADY_BOUND: { code: 'CONFLICT', message: '{name}的党员身份已绑定其他微信' },
  ALREADY_MEMBER_HERE: { code: 'CONFLICT', message: '该微信已绑定{branch}的另一条党员记录，请联系书记核对' },
  NOT_BOUND_YET: { code: 'CONFLICT', message: '{name}尚未绑定微信，请先发放邀请码' },
  SELF_UNBIND: { code: 'FORBIDDEN', message: '不能解除本人的微信绑定，请由本支部书记或上级党委管理员办理' },
  UNBIND_SECRETARY: { code: 'FORBIDDEN', message: '{name}担任本支部书记，解除绑定会终止其书记角色，须由上级党委管理员办理' },
  BINDING_CHANGED: { code: 'CONFLICT', message: '{name}的微信绑定刚刚发生变化，请刷新后重试' },
  ROSTER_HEADER: { code: 'VALIDATION', message: '名册表头有误' },
  ROSTER_INVALID: { code: 'VALIDATION', message: '名册有 {count} 处问题，未导入任何党员' },
  ROSTER_FILE_INVALID: { code: 'VALIDATION', message: '' },
});
