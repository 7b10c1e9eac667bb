import { aMember, anEntry, aReview, memberOf, score } from '../support/scoring-mothers';

const YEAR_END = '2026-12-31';

describe('000 郑州社区: additive points, age multipliers, grades from the democratic review', () => {
  describe('age multipliers on additions for self-managed members (5.2), age on the entry date', () => {
    it.each([
      ['1966-06-02', 'selfManaged', 3, '59 on 2026-06-01: no multiplier'],
      ['1966-06-01', 'selfManaged', 6, 'turns 60 that day: ×2'],
      ['1956-06-02', 'selfManaged', 6, '69: ×2'],
      ['1956-06-01', 'selfManaged', 9, 'turns 70 that day: ×3 (“70岁以上” includes 70)'],
      ['1940-01-01', 'selfManaged', 9, '86: ×3'],
      ['1940-01-01', 'inService', 3, 'in-service members get no multiplier'],
      ['1940-01-01', 'mobile', 3, 'mobile members get no multiplier'],
    ])('born %s, %s: a 3-point volunteer entry counts %i (%s)', (birthDate, category, expected) => {
      const member = aMember({ birthDate, category: category as 'selfManaged' });
      const m = memberOf(
        score('000', { asOf: YEAR_END, members: [member], entries: [anEntry(member, '2026-06-01', 'activity.volunteer', { points: 3 })] }),
        member,
      );
      expect(m.total).toBe(expected);
    });

    it('switches multiplier at the birthday within one quarter, and explains the multiplication', () => {
      const member = aMember({ birthDate: '1966-05-15' });
      const entries = [
        anEntry(member, '2026-05-14', 'activity.partyLife', { points: 2 }),
        anEntry(member, '2026-05-15', 'activity.partyLife', { points: 2 }),
      ];
      const m = memberOf(score('000', { asOf: YEAR_END, members: [member], entries }), member);
      expect(m.total).toBe(6); // 2 + 2×2
      expect(m.trace).toContainEqual(expect.objectContaining({ rule: 'multiplier', item: 'activity.partyLife', before: 4, points: 6 }));
    });

    it('never multiplies deductions', () => {
      const member = aMember({ birthDate: '1945-01-01' });
      const entries = [
        anEntry(member, '2026-03-01', 'activity.volunteer', { points: 2 }),
        anEntry(member, '2026-03-02', 'deduction.nonPerformance', { points: -1.5 }),
      ];
      expect(memberOf(score('000', { asOf: YEAR_END, members: [member], entries }), member).total).toBe(4.5);
    });
  });

  it.each([
    ['community', 1],
    ['subdistrict', 5],
    ['county', 10],
    ['city', 20],
    ['province', 25],
    ['central', 30],
  ])('level table 表彰 %s = %i (4.3.2)', (level, points) => {
    const member = aMember({ category: 'inService' });
    const m = memberOf(
      score('000', { asOf: YEAR_END, members: [member], entries: [anEntry(member, '2026-04-01', 'performance.honor', { level })] }),
      member,
    );
    expect(m.total).toBe(points);
  });

  it('rejects a reviewer pick outside the item range (4.3.5: 5–10), naming the field', () => {
    const member = aMember();
    expect(() =>
      score('000', { asOf: YEAR_END, members: [member], entries: [anEntry(member, '2026-04-01', 'performance.keyTask', { points: 4 })] }),
    ).toThrow('entries.0.points: 分值应在 5–10 分之间');
  });

  it('adds the review (合格 5, 优秀 10) and takes the grade from it', () => {
    const a = aMember({ category: 'mobile' });
    const b = aMember({ category: 'mobile' });
    const result = score('000', { asOf: YEAR_END, members: [a, b], reviews: [aReview(a, 'excellent'), aReview(b, 'qualified')] });
    expect(memberOf(result, a)).toMatchObject({ total: 10, grade: { name: '优秀' } });
    expect(memberOf(result, b)).toMatchObject({ total: 5, grade: { name: '合格' } });
  });

  it('an in-service member with fewer than 3 stars cannot be 优秀 (6.5); others can', () => {
    const inService = aMember({ category: 'inService' });
    const selfManaged = aMember({ category: 'selfManaged' });
    const starred = aMember({ category: 'inService' });
    const entries = [anEntry(starred, '2026-02-01', 'performance.honor', { level: 'city' })]; // 20 + 10 = 30 → ★3
    const reviews = [aReview(inService, 'excellent'), aReview(selfManaged, 'excellent'), aReview(starred, 'excellent')];
    const result = score('000', { asOf: YEAR_END, members: [inService, selfManaged, starred], entries, reviews });
    expect(memberOf(result, inService)).toMatchObject({ stars: 1, grade: { name: '合格' } });
    expect(memberOf(result, inService).trace.some((l) => l.rule === 'gradeRule')).toBe(true);
    expect(memberOf(result, selfManaged)).toMatchObject({ stars: 1, grade: { name: '优秀' } });
    expect(memberOf(result, starred)).toMatchObject({ total: 30, stars: 3, grade: { name: '优秀' } });
  });

  it('leaves the grade open until the review is in', () => {
    const member = aMember();
    expect(memberOf(score('000', { asOf: YEAR_END, members: [member] }), member)).toMatchObject({
      grade: null,
      gradeNote: 'awaitingReview',
    });
  });

  it('sums quarters and ranks the branch (1, 2, 2, 4)', () => {
    const members = [aMember(), aMember(), aMember(), aMember()];
    const points = [5, 3, 3, 1];
    const entries = members.map((m, i) => anEntry(m, `2026-0${i + 1}-10`, 'political.exemplary', { points: points[i] }));
    const result = score('000', { asOf: YEAR_END, members, entries });
    expect(members.map((m) => memberOf(result, m).rank)).toEqual([1, 2, 2, 4]);
    expect(result.rankingEnabled).toBe(true);
  });
});
