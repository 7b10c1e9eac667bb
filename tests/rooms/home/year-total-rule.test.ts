import { findPreset } from '../../../shared/scheme';
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
});
