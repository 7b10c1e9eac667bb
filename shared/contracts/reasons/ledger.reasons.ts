import { defineReasons } from './define-reasons';

/** Writing points: entries, adjustments, attendance, and the periods still open for them. */
export const LEDGER_REASONS = defineReasons({
  ENTRY_NOT_FOUND: { code: 'NOT_FOUND', message: '积分记录不存在' },
  ENTRY_INVALID: { code: 'VALIDATION', message: '' },
  ENTRY_IS_REVERSAL: { code: 'CONFLICT', message: '冲正记录不能再调整' },
  ENTRY_ALREADY_REVERSED: { code: 'CONFLICT', message: '该记录已经调整或撤销过，请在调整后的新记录上操作' },
  SELF_ENTRY: { code: 'FORBIDDEN', message: '不能为本人记分或调整本人的积分，请由支部其他记分员或书记办理' },
  VETO_SECRETARY_ONLY: { code: 'FORBIDDEN', message: '“{item}”为一票否决项目，只能由支部书记录入或调整' },
  DATE_IN_FUTURE: { code: 'PERIOD_CLOSED', message: '日期不能晚于今天' },
  OUTSIDE_YEAR: { code: 'PERIOD_CLOSED', message: '日期不在 {year} 年内' },
  BEFORE_SCORING_START: { code: 'PERIOD_CLOSED', message: '本支部从 {from} 开始积分，之前的事项不能录入' },
  PERIOD_PUBLISHED: { code: 'PERIOD_CLOSED', message: '{period}已公示结束，不能再录入' },
  PERIOD_OVER: { code: 'PERIOD_CLOSED', message: '{period}已过录入期限（期末后 {days} 天）' },
});
