import { findPreset } from '../../../shared/scheme';
import { aScheme } from '../../support/scheme-mothers';
import { yearTotalRuleOf } from '../../../server/home/year-total-rule';

describe('yearTotalRuleOf: how the year total is made, in words for the home page', () => {
  it.each([
    ['000', 'sum', '全年积分＝各季度积分相加，加上全年计分的项目'],
    ['001', 'average', '全年积分＝今年已计各月积分的平均分，加上全年计分的项目'],
    ['003-village', 'divide', '全年积分＝各季度积分相加后除以 4'],
    ['003-xinba', 'sum', '全年积分＝各月积分相加，加上基础分'],
  ])('scheme %s: %s', (preset, combine, text) => {
    expect(yearTotalRuleOf(findPreset(preset)!)).toEqual({ combine, text });
  });

  it('says a total scaled by the democratic review is scaled once the results are in', () => {
    const scheme = aScheme({
      yearTotal: {
        combine: { method: 'sum' },
        reviewScale: { percent: { excellent: 100, qualified: 90, basicallyQualified: 80, unqualified: 0 }, source: '本支部细则 第八条' },
      },
    });
    expect(yearTotalRuleOf(scheme).text).toBe(
      `全年积分＝各${scheme.period === 'month' ? '月' : '季度'}积分相加，再按民主评议结果折算（评议结果录入后）`,
    );
  });
});
