import type { EntryInput, MemberInput } from '../../shared/engine';
import { aMember, anEntry, aReview, memberOf, preset, score, withChanges } from '../support/scoring-mothers';

/** A month with full marks in 政治学习 and 组织生活: sessions and meetings attended. */
function fullMonth(member: { id: string }, month: string) {
  return [
    anEntry(member.id, `${month}-02`, 'politicalStudy.session'),
    anEntry(member.id, `${month}-03`, 'politicalStudy.other'),
    ...['orgLife.branchMeeting', 'orgLife.partyLecture', 'orgLife.groupMeeting', 'orgLife.partyDay', 'orgLife.lifeMeeting'].map((item, i) =>
      anEntry(member.id, `${month}-1${i}`, item),
    ),
  ];
}

describe('002 常州机关事务局: 基础70 + 特色≤20 + 评议10', () => {
  it('a full month is 70 before 特色 (30 + 30 + 10); a sixth meeting does not lift 组织生活 above 30', () => {
    const member = aMember();
    const entries = [...fullMonth(member, '2026-01'), anEntry(member, '2026-01-28', 'orgLife.partyDay')];
    const m = memberOf(score('002', { asOf: '2026-01-31', members: [member], entries }), member);
    const cats = Object.fromEntries(m.periods[0].categories.map((c) => [c.code, c.points]));
    expect(cats).toEqual({ politicalStudy: 30, orgLife: 30, politicalBuilding: 10, featured: 0 });
    expect(m.periods[0].total).toBe(70);
    expect(m.trace).toContainEqual(expect.objectContaining({ rule: 'ceiling', category: 'orgLife', before: 35, points: 30 }));
  });

  it.each([
    [1, 29.5],
    [3, 28.5],
    [7, 26.5],
    [21, 20], // 10.5 lost but 学习强国 floors at 0, then 政治学习 = 0 + 10 + 10 sessions
  ])('%i missed 学习强国 logins × −0.5 → 政治学习 %p', (missed, expected) => {
    const member = aMember();
    const entries = [
      ...fullMonth(member, '2026-01'),
      anEntry(member, '2026-01-31', 'politicalStudy.xuexi.missedLogin', { quantity: missed }),
    ];
    const m = memberOf(score('002', { asOf: '2026-01-31', members: [member], entries }), member);
    expect(m.periods[0].categories.find((c) => c.code === 'politicalStudy')!.points).toBe(expected);
  });

  it('每日一题: each point short of 15 costs 0.5', () => {
    const member = aMember();
    const entries = [...fullMonth(member, '2026-01'), anEntry(member, '2026-01-31', 'politicalStudy.quiz.shortfall', { quantity: 3 })];
    const m = memberOf(score('002', { asOf: '2026-01-31', members: [member], entries }), member);
    expect(m.periods[0].total).toBe(68.5);
  });

  it('特色分 is capped per section (5/5/10) and per month (20)', () => {
    const member = aMember();
    const entries = [
      anEntry(member, '2026-01-05', 'featured.grid.visit', { points: 4 }),
      anEntry(member, '2026-01-06', 'featured.grid.visit', { points: 3 }),
      anEntry(member, '2026-01-07', 'featured.volunteer.activity', { points: 5 }),
      anEntry(member, '2026-01-08', 'featured.branchChoice.work', { points: 10 }),
      anEntry(member, '2026-01-09', 'featured.branchChoice.work', { points: 2 }),
    ];
    const m = memberOf(score('002', { asOf: '2026-01-31', members: [member], entries }), member);
    const featured = m.periods[0].categories.find((c) => c.code === 'featured')!;
    expect(featured.sections.map((s) => s.points)).toEqual([5, 5, 10]);
    expect(featured.points).toBe(20);
  });

  it.each([
    ['excellent', 10],
    ['qualified', 7],
    ['basicallyQualified', 5],
    ['unqualified', 0],
  ] as const)('评议 %s adds %i once a year', (grade, points) => {
    const member = aMember();
    const m = memberOf(
      score('002', { asOf: '2026-01-31', members: [member], entries: fullMonth(member, '2026-01'), reviews: [aReview(member, grade)] }),
      member,
    );
    expect(m.total).toBe(70 + points);
  });

  it('the year is the mean month plus 评议; a branch may switch to summing', () => {
    const member = aMember();
    const entries = [...fullMonth(member, '2026-01'), anEntry(member, '2026-02-20', 'politicalStudy.session')];
    const reviews = [aReview(member, 'qualified')];
    const m = memberOf(score('002', { asOf: '2026-02-28', members: [member], entries, reviews }), member);
    // January 70; February 政治学习 10 + 10 + one session 5, 组织生活 5 (dues) + 5 (January's quarterly 支部大会
    // counts in every month of the quarter), 政治建设 10 = 45
    expect(m.periods.map((p) => p.total)).toEqual([70, 45]);
    expect(m.total).toBe(64.5); // (70 + 45) / 2 + 7
    const summing = withChanges(preset('002'), (s) => (s.yearTotal.combine = { method: 'sum' }));
    expect(memberOf(score(summing, { asOf: '2026-02-28', members: [member], entries, reviews }), member).total).toBe(122);
  });

  it.each([
    [70, []],
    [69.99, ['yellow']],
    [60, ['yellow']],
    [59.99, ['red']],
  ])('year %p raises warnings %p (七(二))', (target, codes) => {
    // One empty month counts 35 (学习强国 10 + 每日一题 10 + 党费 5 + 政治建设 10); the review brings the year to `target`.
    const scheme = withChanges(preset('002'), (s) => {
      s.categories[4].review!.points.excellent = { min: 0, max: 100 };
    });
    const member = aMember();
    const m = memberOf(
      score(scheme, {
        asOf: '2026-01-31',
        members: [member],
        reviews: [aReview(member, 'excellent', { points: Math.round((target - 35) * 100) / 100 })],
      }),
      member,
    );
    expect(m.total).toBe(target);
    expect(m.warnings.map((w) => w.code)).toEqual(codes);
  });

  it('red warnings two years running escalate to handling', () => {
    const member = aMember();
    const result = score('002', { asOf: '2026-01-31', members: [member], history: [{ member: member.id, year: 2025, total: 58.5 }] });
    expect(memberOf(result, member).total).toBe(35);
    expect(memberOf(result, member).escalation).toMatchObject({ count: 2 });
  });

  it('probationary members below 70 get a talk, below 60 may have probation extended', () => {
    const low = aMember({ status: 'probationary' });
    const m = memberOf(score('002', { asOf: '2026-01-31', members: [low] }), low);
    expect(m.flags.map((f) => f.code)).toEqual(['talk', 'extendProbation']);
    expect(m.warnings).toEqual([]);
  });

  describe('quarterly items count in every month of their quarter (附件: 支部大会…季度会议参加者本季度每月得5分; 延期缴纳党费本季度每月扣5分)', () => {
    // An empty month is 35: 学习强国 10 + 每日一题 10 + 党费 5 + 政治建设 10. The quarterly 支部大会 adds 5 to each
    // month of its quarter; late dues take the dues' 5 from each month of the quarter.
    const meeting = (member: MemberInput, date: string, extra: Partial<EntryInput> = {}) =>
      anEntry(member, date, 'orgLife.branchMeeting', extra);
    const lateDues = (member: MemberInput, date: string) => anEntry(member, date, 'orgLife.dues.late');

    it.each<[string, { asOf: string; from?: string }, (m: MemberInput) => EntryInput[], number[], number]>([
      ['支部大会 in the quarter’s first month', { asOf: '2026-03-31' }, (m) => [meeting(m, '2026-01-20')], [40, 40, 40], 40],
      [
        '支部大会 in the quarter’s third month: January and February, already past, count too',
        { asOf: '2026-03-31' },
        (m) => [meeting(m, '2026-03-20')],
        [40, 40, 40],
        40,
      ],
      [
        'asOf mid-February: March has not started, so only January and February count',
        { asOf: '2026-02-15' },
        (m) => [meeting(m, '2026-01-20')],
        [40, 40],
        40,
      ],
      [
        'asOf mid-February, the meeting recorded in February: January counts too',
        { asOf: '2026-02-15' },
        (m) => [meeting(m, '2026-02-10')],
        [40, 40],
        40,
      ],
      [
        'scoring starts 10 February: February and March count, January is not scored',
        { asOf: '2026-03-31', from: '2026-02-10' },
        (m) => [meeting(m, '2026-02-20')],
        [40, 40],
        40,
      ],
      [
        'scoring starts 10 February: a meeting on 20 January is before the start, left out',
        { asOf: '2026-03-31', from: '2026-02-10' },
        (m) => [meeting(m, '2026-01-20')],
        [35, 35],
        35,
      ],
      [
        'the meeting of the next quarter does not reach back',
        { asOf: '2026-04-30' },
        (m) => [meeting(m, '2026-04-08')],
        [35, 35, 35, 40],
        36.25,
      ],
      [
        'late dues in February: the dues’ 5 is gone from each month of the quarter',
        { asOf: '2026-03-31' },
        (m) => [lateDues(m, '2026-02-05')],
        [30, 30, 30],
        30,
      ],
      [
        'late dues twice in one quarter: the dues section floors at 0 each month',
        { asOf: '2026-03-31' },
        (m) => [lateDues(m, '2026-01-05'), lateDues(m, '2026-03-05')],
        [30, 30, 30],
        30,
      ],
      [
        'late dues in Q1 and the meeting in Q2 stay in their quarters',
        { asOf: '2026-06-30' },
        (m) => [lateDues(m, '2026-03-05'), meeting(m, '2026-05-12')],
        [30, 30, 30, 40, 40, 40],
        35,
      ],
    ])('%s', (_, dates, entries, months, total) => {
      const member = aMember();
      const m = memberOf(score('002', { ...dates, members: [member], entries: entries(member) }), member);
      expect(m.periods.map((p) => p.total)).toEqual(months);
      expect(m.total).toBe(total);
    });

    it('explains why a month got points from an entry dated in another month', () => {
      const member = aMember();
      const m = memberOf(
        score('002', { asOf: '2026-02-15', members: [member], entries: [meeting(member, '2026-01-20'), lateDues(member, '2026-02-03')] }),
        member,
      );
      const spread = m.trace.filter((l) => l.rule === 'spread');
      expect(spread).toEqual([
        expect.objectContaining({
          period: '2026-01',
          item: 'orgLife.branchMeeting',
          points: 5,
          message:
            '2026-01-20 参加支部大会（季度会议，本季度每月得5分）：按季度计，本季度每月加 5 分，计入 2026年1月、2026年2月；2026年3月 截至 2026-02-15 尚未开始，开始后计入',
        }),
        expect.objectContaining({
          period: '2026-02',
          item: 'orgLife.dues.late',
          section: 'orgLife.dues',
          points: -5,
          message:
            '2026-02-03 延期缴纳党费（本季度每月扣5分）：按季度计，本季度每月扣 5 分，计入 2026年1月、2026年2月；2026年3月 截至 2026-02-15 尚未开始，开始后计入',
        }),
      ]);
      expect(m.trace).toContainEqual(
        expect.objectContaining({
          rule: 'item',
          period: '2026-02',
          item: 'orgLife.branchMeeting',
          points: 5,
          message: '2026年2月 参加支部大会（季度会议，本季度每月得5分）：1 条记录（其中 1 条记于本季度其他月份，按季度每月计分），加 5 分',
        }),
      );
      expect(m.trace).toContainEqual(
        expect.objectContaining({
          rule: 'item',
          period: '2026-01',
          item: 'orgLife.dues.late',
          points: -5,
          message: '2026年1月 延期缴纳党费（本季度每月扣5分）：1 条记录（其中 1 条记于本季度其他月份，按季度每月计分），扣 5 分',
        }),
      );
      expect(m.periods[1].categories.find((c) => c.code === 'orgLife')!.items).toEqual([
        { code: 'orgLife.branchMeeting', name: '参加支部大会（季度会议，本季度每月得5分）', entries: 1, points: 5, counted: 5 },
      ]);
      const withStart = memberOf(
        score('002', { asOf: '2026-03-31', from: '2026-02-10', members: [member], entries: [meeting(member, '2026-02-20')] }),
        member,
      );
      expect(withStart.trace.find((l) => l.rule === 'spread')!.message).toBe(
        '2026-02-20 参加支部大会（季度会议，本季度每月得5分）：按季度计，本季度每月加 5 分，计入 2026年2月、2026年3月；2026年1月 在开始计分日 2026-02-10 之前，不计分',
      );
    });

    it('a reversal cancels the meeting in every month of the quarter, once it is in the ledger as of asOf', () => {
      const member = aMember();
      const entries = [meeting(member, '2026-01-20', { id: 'a' }), meeting(member, '2026-03-02', { id: 'b', reverses: 'a' })];
      const before = memberOf(score('002', { asOf: '2026-02-28', members: [member], entries }), member);
      expect(before.periods.map((p) => p.total)).toEqual([40, 40]);
      const after = memberOf(score('002', { asOf: '2026-03-31', members: [member], entries }), member);
      expect(after.periods.map((p) => p.total)).toEqual([35, 35, 35]);
      expect(after.trace).toContainEqual(
        expect.objectContaining({
          rule: 'reversal',
          message: '2026-01-20 参加支部大会（季度会议，本季度每月得5分）（记录 a）已由记录 b 冲正，本季度各月均不计分',
        }),
      );
      expect(after.trace.some((l) => l.rule === 'spread')).toBe(false);
    });

    it('each month’s own ceiling applies: 组织生活 stops at 30 in a month that also had five meetings of its own', () => {
      const member = aMember();
      const february = ['orgLife.partyLecture', 'orgLife.groupMeeting', 'orgLife.partyDay', 'orgLife.lifeMeeting', 'orgLife.partyDay'].map(
        (item, i) => anEntry(member, `2026-02-1${i}`, item),
      );
      const m = memberOf(
        score('002', { asOf: '2026-03-31', members: [member], entries: [meeting(member, '2026-03-25'), ...february] }),
        member,
      );
      expect(m.periods.map((p) => p.categories.find((c) => c.code === 'orgLife')!.points)).toEqual([10, 30, 10]);
      expect(m.trace).toContainEqual(
        expect.objectContaining({ rule: 'ceiling', period: '2026-02', category: 'orgLife', before: 35, points: 30 }),
      );
    });

    it('an item’s yearly cap takes each month’s share in month order', () => {
      const capped = withChanges(preset('002'), (s) => (s.categories[1].items[0].cap = { perYear: 10 }));
      const member = aMember();
      const m = memberOf(score(capped, { asOf: '2026-03-31', members: [member], entries: [meeting(member, '2026-02-14')] }), member);
      expect(m.periods.map((p) => p.total)).toEqual([40, 40, 35]);
      expect(m.trace).toContainEqual(
        expect.objectContaining({ rule: 'cap.item', period: '2026-03', item: 'orgLife.branchMeeting', before: 5, points: 0 }),
      );
    });

    it('a month-only item (党小组会) still counts in its own month only', () => {
      const member = aMember();
      const m = memberOf(
        score('002', { asOf: '2026-03-31', members: [member], entries: [anEntry(member, '2026-02-14', 'orgLife.groupMeeting')] }),
        member,
      );
      expect(m.periods.map((p) => p.total)).toEqual([35, 40, 35]);
    });
  });
});
