import { defineReasons } from './define-reasons';

/** Schemes and a branch's pinned scheme for a year. */
export const SCHEME_REASONS = defineReasons({
  NO_SCHEME_FOR_YEAR: { code: 'NOT_FOUND', message: '本支部尚未设置 {year} 年的积分方案，请联系上级党委' },
  SCHEME_INVALID: { code: 'VALIDATION', message: '积分方案有 {count} 处问题' },
  SCHEME_VERSION_EXISTS: { code: 'CONFLICT', message: '方案 {id} 的第 {version} 版已存在；修改方案请提高版本号' },
  SCHEME_PINNED: { code: 'CONFLICT', message: '{branch} {year} 年已有申报或积分记录，积分方案已锁定，不能更换' },
  SCHEME_CHANGED: { code: 'CONFLICT', message: '本支部该年度的积分方案已变更，与申报时不一致，请联系上级党委' },
});
