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
    const entries = [...fullMonth(member, '2026-01'), anEntry(member, '2026-01-31', 'politicalStudy.xuexi.missedLogin', { quantity: missed })];
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
    const m = memberOf(score('002', { asOf: '2026-01-31', members: [member], entries: fullMonth(member, '2026-01'), reviews: [aReview(member, grade)] }), member);
    expect(m.total).toBe(70 + points);
  });

  it('the year is the mean month plus 评议; a branch may switch to summing', () => {
    const member = aMember();
    const entries = [...fullMonth(member, '2026-01'), anEntry(member, '2026-02-20', 'politicalStudy.session')];
    const reviews = [aReview(member, 'qualified')];
    const m = memberOf(score('002', { asOf: '2026-02-28', members: [member], entries, reviews }), member);
    // January 70; February 政治学习 10 + 10 + one session 5, 组织生活 5 (dues), 政治建设 10 = 40
    expect(m.periods.map((p) => p.total)).toEqual([70, 40]);
    expect(m.total).toBe(62); // (70 + 40) / 2 + 7
    const summing = withChanges(preset('002'), (s) => (s.yearTotal.combine = { method: 'sum' }));
    expect(memberOf(score(summing, { asOf: '2026-02-28', members: [member], entries, reviews }), member).total).toBe(117);
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
    const m = memberOf(score(scheme, { asOf: '2026-01-31', members: [member], reviews: [aReview(member, 'excellent', { points: Math.round((target - 35) * 100) / 100 })] }), member);
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
});
