import { defineReasons } from './define-reasons';

/** Organisations, roles and the first committee (org function). */
export const ORG_REASONS = defineReasons({
  BOOTSTRAP_DISABLED: { code: 'FORBIDDEN', message: '本环境未配置初始化口令（BOOTSTRAP_CODE）' },
  BOOTSTRAP_CODE_WRONG: { code: 'FORBIDDEN', message: '初始化口令不正确' },
  BOOTSTRAP_USED: { code: 'CONFLICT', message: '本环境已经初始化过，请向现有管理员申请权限' },
  ORG_NAME_EXISTS: { code: 'CONFLICT', message: '“{parent}”下已有名为“{name}”的组织' },
  NO_ORGS_ADMINISTERED: { code: 'FORBIDDEN', message: '您没有管理的组织' },
  ORG_NOT_ADMINISTERED: { code: 'FORBIDDEN', message: '您不管理该组织' },
  ROLES_NOT_VISIBLE: { code: 'FORBIDDEN', message: '只有党委管理员可以查看和管理该组织的角色' },
  LAST_ADMIN: { code: 'CONFLICT', message: '{org}至少要保留一名管理员' },
});
