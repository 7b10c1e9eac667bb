import { cellDate, cellText, plainCell } from '../../../server/roster/roster-cells';
import { columnOfHeader } from '../../../server/roster/roster-columns';

describe('roster cells: dates, text and headers as people write them', () => {
  it.each<[unknown, string]>([
    [new Date(Date.UTC(1960, 2, 5)), '1960-03-05'],
    [21980, '1960-03-05'],
    [19600305, '1960-03-05'],
    ['1960-03-05', '1960-03-05'],
    ['1960/3/5', '1960-03-05'],
    ['1960.03.05', '1960-03-05'],
    ['1960年3月5日', '1960-03-05'],
    [' 1960 年 3 月 5 日 ', '1960-03-05'],
    ['１９６０－０３－０５', '1960-03-05'],
    ['19600305', '1960-03-05'],
    ['1960-03-05 00:00:00', '1960-03-05'],
    [{ formula: 'DATE(1960,3,5)', result: new Date(Date.UTC(1960, 2, 5)) }, '1960-03-05'],
  ])('reads %p as %s', (value, expected) => {
    expect(cellDate(plainCell(value))).toEqual({ date: expected });
  });

  it.each<[unknown, string]>([
    ['1960-02-30', '没有这一天'],
    ['1985.07', '完整的年月日'],
    ['六十年代', '日期无法识别'],
    [true, '日期无法识别'],
    [-3, '日期无法识别'],
  ])('refuses %p, saying why', (value, reason) => {
    const parsed = cellDate(plainCell(value));
    expect(parsed).not.toBeNull();
    expect(parsed && 'problem' in parsed ? parsed.problem : '').toContain(reason);
  });

  it('treats empty cells as empty', () => {
    expect(cellDate(plainCell(null))).toBeNull();
    expect(cellDate(plainCell('  '))).toBeNull();
    expect(cellText(plainCell({ richText: [{ text: '张' }, { text: '三 ' }] }))).toBe('张三');
    expect(cellText(plainCell(13800138000))).toBe('13800138000');
    expect(cellText(plainCell({ text: '第一党小组', hyperlink: 'http://x' }))).toBe('第一党小组');
  });

  it.each([
    ['姓名', 'name'],
    ['姓名*', 'name'],
    [' 出生日期（年月日） ', 'birthDate'],
    ['入党时间', 'joinDate'],
    ['手机号码', 'phone'],
    ['党员类别', 'category'],
  ])('knows the header %p', (header, field) => {
    expect(columnOfHeader(header)?.field).toBe(field);
  });

  it('ignores headers it does not know', () => {
    expect(columnOfHeader('序号')).toBeUndefined();
  });
});
