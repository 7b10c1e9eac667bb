import type { Scheme } from '../../shared/scheme';

/**
 * How the scheme makes the year's total from its periods, in the words the home page shows beside it
 * (a monthly scheme that averages its months shows a year total well below the sum of a quarter's months).
 */
export function yearTotalRuleOf(scheme: Scheme): { combine: 'sum' | 'average' | 'divide'; text: string } {
  const unit = scheme.period === 'month' ? '月' : '季度';
  const combine = scheme.yearTotal.combine;
  const text =
    combine.method === 'sum'
      ? `全年积分＝各${unit}积分相加`
      : combine.method === 'average'
        ? `全年积分＝今年已计各${unit}积分的平均分`
        : `全年积分＝各${unit}积分相加后除以 ${combine.divisor}`;
  const extras = [
    scheme.categories.some((c) => c.scope === 'year') ? '，加上全年计分的项目' : '',
    scheme.yearTotal.base.kind !== 'none' ? '，加上基础分' : '',
    scheme.yearTotal.reviewScale ? '，再按民主评议结果折算（评议结果录入后）' : '',
  ].join('');
  return { combine: combine.method, text: `${text}${extras}` };
}
