import { asCenti, formatCenti } from '../points';
import type { ReviewGrade } from '../scheme/schema';

/** Chinese wording shared by trace lines. */
export const REVIEW_GRADE_NAMES: Record<ReviewGrade, string> = {
  excellent: '优秀',
  qualified: '合格',
  basicallyQualified: '基本合格',
  unqualified: '不合格',
};

export const STATUS_NAMES = { full: '正式党员', probationary: '预备党员', activist: '入党积极分子' } as const;

export const CATEGORY_NAMES = { selfManaged: '自管党员', inService: '在职党员', mobile: '流动党员' } as const;

export function pts(centi: number): string {
  return `${formatCenti(asCenti(centi))} 分`;
}

/** yyyymmdd → 'YYYY-MM-DD'. */
export function dateText(day: number): string {
  return `${Math.floor(day / 10_000)}-${String(Math.floor(day / 100) % 100).padStart(2, '0')}-${String(day % 100).padStart(2, '0')}`;
}

export function unitName(unit: 'month' | 'quarter'): string {
  return unit === 'month' ? '月' : '季度';
}
