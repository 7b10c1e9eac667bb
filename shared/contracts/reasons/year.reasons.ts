import { defineReasons } from './define-reasons';

/** The year (year function): democratic-review results, the branch's proposal and the committee's decision. */
export const YEAR_REASONS = defineReasons({
  YEAR_NOT_STARTED: { code: 'CONFLICT', message: '本支部 {year} 年从 {from} 开始积分，尚无年度结果' },
  YEAR_TOO_EARLY: { code: 'CONFLICT', message: '{year} 年的最后一个积分周期（{period}）开始后才能申报年度等次' },
  YEAR_NO_REVIEWS: { code: 'CONFLICT', message: '本支部 {year} 年的积分方案不使用民主评议结果' },
  YEAR_REVIEWS_MISSING: { code: 'CONFLICT', message: '本方案按民主评议结果评定等次，尚有 {count} 名党员未录入评议结果（{names}）' },
  YEAR_REVIEWS_STALE: {
    code: 'CONFLICT',
    message: '有 {count} 条民主评议结果与本支部 {year} 年的积分方案不符（方案可能已更换），请重新录入',
  },
  YEAR_ALREADY_PROPOSED: { code: 'CONFLICT', message: '本支部已申报 {year} 年的年度等次，民主评议结果和申报都不能再修改' },
  YEAR_NOT_PROPOSED: { code: 'CONFLICT', message: '本支部尚未申报 {year} 年的年度等次' },
  YEAR_ALREADY_DECIDED: { code: 'CONFLICT', message: '{year} 年的年度等次已经党委审定，不能再更改' },
  YEAR_BUSY: { code: 'CONFLICT', message: '其他人正在修改本支部的年度评定，请稍后再试' },
});
