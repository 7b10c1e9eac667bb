import { aMember, anEntry, aReview, memberOf, score } from '../support/scoring-mothers';

describe('003 company quarterly: 通用60 + 个性40, stars every quarter', () => {
  it('starts each quarter at 90 (55 + 35) and caps the bonus at 5 and the veto items at 20 a quarter', () => {
    const member = aMember();
    const entries = [
      anEntry(member, '2026-01-10', 'general.bonus.exemplary', { points: 4 }),
      anEntry(member, '2026-02-10', 'general.bonus.exemplary', { points: 3 }),
      ...['2026-04-01', '2026-04-02', '2026-04-03'].map((d) => anEntry(member, d, 'general.veto.ruleViolation', { points: -10 })),
    ];
    const m = memberOf(score('003-company-quarterly', { asOf: '2026-06-30', members: [member], entries }), member);
    expect(m.periods.map((p) => p.total)).toEqual([95, 70]);
    expect(m.trace).toContainEqual(expect.objectContaining({ rule: 'cap.gain', section: 'general.bonus', before: 7, points: 5 }));
    expect(m.trace).toContainEqual(expect.objectContaining({ rule: 'cap.loss', section: 'general.veto', before: -30, points: -20 }));
    expect(m.periods.map((p) => p.stars)).toEqual([5, 3]);
    expect(m.total).toBe(82.5);
  });

  it('优秀 needs every quarter at ★4 or better (六(二)), and ★2/★1 quarters bring a talk', () => {
    const steady = aMember();
    const dip = aMember();
    const low = aMember();
    const quarters = ['2026-02-01', '2026-05-01', '2026-08-01', '2026-11-01'];
    const entries = [
      ...quarters.map((d) => anEntry(steady, d, 'general.bonus.exemplary', { points: 2 })),
      ...quarters.map((d) => anEntry(dip, d, 'general.bonus.exemplary', { points: 5 })),
      anEntry(dip, '2026-08-02', 'personal.base.shortfall', { points: -17 }),
      ...quarters.map((d) => anEntry(low, d, 'general.bonus.exemplary', { points: 5 })),
      anEntry(low, '2026-08-02', 'personal.base.shortfall', { points: -35 }),
    ];
    const result = score('003-company-quarterly', { asOf: '2026-12-31', members: [steady, dip, low], entries });
    expect(memberOf(result, steady)).toMatchObject({ total: 92, stars: 5, grade: { name: '优秀' }, warnings: [] });
    const d = memberOf(result, dip);
    expect(d.periods.map((p) => p.total)).toEqual([95, 95, 78, 95]);
    expect(d.periods.map((p) => p.stars)).toEqual([5, 5, 3, 5]);
    expect(d).toMatchObject({ total: 90.75, stars: 5, grade: { name: '合格' }, warnings: [] });
    expect(d.trace.some((l) => l.rule === 'gradeRule' && l.message.includes('2026年第三季度'))).toBe(true);
    const l = memberOf(result, low);
    expect(l.periods.map((p) => p.stars)).toEqual([5, 5, 2, 5]);
    expect(l.warnings).toEqual([expect.objectContaining({ code: 'talkQuarter', period: '2026-Q3' })]);
  });
});

describe('003 pipeline company: 日常75 + 评议25 (twice × 50 %) + 奖励 ≤ 10', () => {
  it('turns two review rounds into points × 50 % each, within the grade’s range', () => {
    const member = aMember();
    const reviews = [aReview(member, 'excellent', { round: 1, points: 24 }), aReview(member, 'qualified', { round: 2, points: 21 })];
    const m = memberOf(score('003-pipeline-company', { asOf: '2026-12-31', members: [member], reviews }), member);
    expect(m.yearCategories.find((c) => c.code === 'review')).toMatchObject({
      points: 22.5,
      reviews: [
        { round: 1, points: 12 },
        { round: 2, points: 10.5 },
      ],
    });
    expect(m.total).toBe(55 + 22.5); // 55 a quarter without 争创佳绩 self-assessment
  });

  it('rejects review points outside the grade’s range, and a third round', () => {
    const member = aMember();
    expect(() =>
      score('003-pipeline-company', { asOf: '2026-12-31', members: [member], reviews: [aReview(member, 'excellent', { points: 22 })] }),
    ).toThrow('reviews.0.points: “优秀”的得分应在 23–25 分之间');
    expect(() => score('003-pipeline-company', { asOf: '2026-12-31', members: [member], reviews: [aReview(member, 'qualified')] })).toThrow(
      'reviews.0.points: 请填写“合格”的得分（15–22 分）',
    );
  });

  it('caps 奖励 at 10 a year across articles and honours', () => {
    const member = aMember();
    const entries = [
      anEntry(member, '2026-03-01', 'reward.article', { level: 'external' }),
      anEntry(member, '2026-06-01', 'reward.honor', { level: 'group' }),
      anEntry(member, '2026-09-01', 'reward.article', { level: 'internal' }),
    ];
    const m = memberOf(score('003-pipeline-company', { asOf: '2026-12-31', members: [member], entries }), member);
    expect(m.yearCategories.find((c) => c.code === 'reward')!.points).toBe(10);
  });

  it('a veto forces 不合格 but keeps the points (直接认定为不合格党员)', () => {
    const member = aMember();
    const entries = [
      ...['2026-01-05', '2026-04-05', '2026-07-05', '2026-10-05'].map((d) =>
        anEntry(member, d, 'daily.achievement.selfAssessment', { points: 20 }),
      ),
      anEntry(member, '2026-11-11', 'veto.misconduct'),
    ];
    const reviews = [aReview(member, 'excellent', { round: 1, points: 25 }), aReview(member, 'excellent', { round: 2, points: 25 })];
    const m = memberOf(score('003-pipeline-company', { asOf: '2026-12-31', members: [member], entries, reviews }), member);
    expect(m.total).toBe(100);
    expect(m.grade?.name).toBe('不合格');
    expect(m.veto?.effect).toBe('lowestGrade');
  });
});

describe('003 village quarterly: cumulative ÷ 4, points above 100 kept as reward', () => {
  it('divides by 4 even when only two quarters have started', () => {
    const member = aMember();
    const m = memberOf(score('003-village-quarterly', { asOf: '2026-06-30', members: [member] }), member);
    expect(m.periods.map((p) => p.total)).toEqual([80, 80]);
    expect(m.total).toBe(40);
  });

  it('keeps points above 100 as reward points', () => {
    const member = aMember();
    const entries = ['2026-02-01', '2026-05-01', '2026-08-01', '2026-11-01'].flatMap((d) => [
      anEntry(member, d, 'contribution.emergency', { points: 10 }),
      anEntry(member, d, 'contribution.mediation', { points: 5 }),
      anEntry(member, d, 'contribution.poverty', { points: 4.5 }),
    ]);
    const m = memberOf(score('003-village-quarterly', { asOf: '2026-12-31', members: [member], entries }), member);
    expect(m.periods.map((p) => p.total)).toEqual([99.5, 99.5, 99.5, 99.5]);
    expect(m.total).toBe(99.5);
    const more = memberOf(
      score('003-village-quarterly', {
        asOf: '2026-12-31',
        members: [member],
        entries: [...entries, anEntry(member, '2026-12-01', 'contribution.emergency', { points: 9 })],
      }),
      member,
    );
    expect(more).toMatchObject({ total: 100, reward: 1.75 }); // (398 + 9) / 4 = 101.75
    expect(more.trace.some((l) => l.rule === 'overflow' && l.message.includes('奖励积分'))).toBe(true);
  });

  it('grades probationary members, and counts every year below 60 (not only consecutive ones)', () => {
    const probationary = aMember({ status: 'probationary' });
    const low = aMember();
    const entries = [
      anEntry(probationary, '2026-03-01', 'penalty.violation', { points: -15 }),
      anEntry(low, '2026-03-01', 'penalty.violation', { points: -20 }),
    ];
    const history = [
      { member: low.id, year: 2023, total: 55 },
      { member: low.id, year: 2025, total: 72 },
    ];
    const result = score('003-village-quarterly', { asOf: '2026-12-31', members: [probationary, low], entries, history });
    expect(memberOf(result, probationary)).toMatchObject({ total: 76.25, grade: { name: '合格' }, flags: [] });
    const l = memberOf(result, low);
    expect(l.total).toBe(75);
    expect(l.escalation).toBeNull();
    const lower = score('003-village-quarterly', {
      asOf: '2026-03-31',
      members: [low],
      entries: [anEntry(low, '2026-03-01', 'penalty.violation', { points: -20 })],
      history,
    });
    expect(memberOf(lower, low)).toMatchObject({ total: 15, escalation: { count: 2 } });
  });
});

describe('003 新坝乡: base score by tier + the year’s accumulated points', () => {
  it.each([
    ['secretary', '1970-01-01', 10],
    ['committee', '1970-01-01', 20],
    ['unposted', '1966-12-31', 50], // 59 for most of 2026, 60 on 31 December
    ['unposted', '1967-01-01', 30], // still 59 on 31 December 2026
    ['unposted', '1990-06-01', 30],
  ])('tier %s born %s → base %i', (tier, birthDate, base) => {
    const member = aMember({ tier, birthDate });
    const m = memberOf(score('003-xinba-tiers', { asOf: '2026-12-31', members: [member] }), member);
    expect(m.base).toBe(base);
    expect(m.total).toBe(base);
  });

  it('names grades by the scheme’s own bands (先锋型 … 褪色型)', () => {
    const members = [aMember({ tier: 'unposted', birthDate: '1950-01-01' }), aMember({ tier: 'unposted', birthDate: '1980-01-01' })];
    const entries = [
      ...Array.from({ length: 10 }, (_, i) =>
        anEntry(members[0], `2026-${String(i + 1).padStart(2, '0')}-05`, 'vanguard.mediation', { points: 3 }),
      ),
      anEntry(members[1], '2026-05-05', 'violation.gambling'),
    ];
    const result = score('003-xinba-tiers', { asOf: '2026-12-31', members, entries });
    expect(memberOf(result, members[0])).toMatchObject({ total: 80, grade: { name: '先锋型' } });
    expect(memberOf(result, members[1])).toMatchObject({ total: 20, grade: { name: '褪色型' } });
  });
});

describe('004 区 百分制: 基础 + 贡献 − 违规, 一票否决', () => {
  it('adds contributions up to 30 a year on a base of 70, never above 100', () => {
    const member = aMember();
    const entries = Array.from({ length: 7 }, (_, i) => anEntry(member, `2026-0${i + 1}-10`, 'contribution.volunteer', { points: 5 }));
    const m = memberOf(score('004', { asOf: '2026-12-31', members: [member], entries }), member);
    expect(m.total).toBe(100);
    expect(m.grade?.name).toBe('优秀');
    expect(m.periods.slice(0, 7).map((p) => p.total)).toEqual([5, 5, 5, 5, 5, 5, 0]);
  });

  it.each([
    [90, '优秀'],
    [89.5, '良好'],
    [80, '良好'],
    [79, '合格'],
    [60, '合格'],
    [59, '不合格'],
  ])('%p → %s', (total, grade) => {
    const member = aMember();
    const delta = total - 70;
    const entries =
      delta > 0
        ? [
            anEntry(member, '2026-03-01', 'contribution.keyTask', { points: Math.min(10, delta) }),
            ...(delta > 10 ? [anEntry(member, '2026-04-01', 'contribution.keyTask', { points: delta - 10 })] : []),
          ]
        : delta < 0
          ? [
              anEntry(member, '2026-03-01', 'violation.rules', { points: Math.max(-10, delta) }),
              ...(delta < -10 ? [anEntry(member, '2026-04-01', 'violation.rules', { points: delta + 10 })] : []),
            ]
          : [];
    const m = memberOf(score('004', { asOf: '2026-12-31', members: [member], entries }), member);
    expect(m.total).toBe(total);
    expect(m.grade?.name).toBe(grade);
  });

  it('一票否决 grades 不合格 whatever the points', () => {
    const member = aMember();
    const entries = [
      anEntry(member, '2026-02-01', 'contribution.keyTask', { points: 10 }),
      anEntry(member, '2026-09-01', 'veto.deviation'),
    ];
    const m = memberOf(score('004', { asOf: '2026-12-31', members: [member], entries }), member);
    expect(m).toMatchObject({ total: 80, grade: { name: '不合格' } });
  });
});
