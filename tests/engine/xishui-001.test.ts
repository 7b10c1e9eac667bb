import { aMember, anEntry, memberOf, preset, score, withChanges } from '../support/scoring-mothers';
import { CLAIMED_POSTS, postsWorth } from './posts-helper';

const JANUARY_ONLY = '2026-01-31';

describe('001 浠水xx镇: monthly 100-point scheme', () => {
  describe('grade and star band edges (one month counted: the year equals January)', () => {
    // Duties start full (40); volunteer posts add the rest. 001 五(一). The quota is tested on its own
    // below (a one-member branch has an 优秀 limit of ⌊0.2⌋ = 0).
    const noQuota = withChanges(preset('001'), (s) => delete s.quota);
    it.each([
      [80, '优秀', 5],
      [79.5, '合格', 4],
      [70, '合格', 4],
      [69.5, '基本合格', 3],
      [60, '基本合格', 3],
      [59.5, '不合格', 2],
      [55, '不合格', 2],
      [54.5, '不合格', 1],
      [50, '不合格', 1],
      [49.5, '不合格', 0],
    ])('%p points → %s, %p stars', (total, grade, stars) => {
      const member = aMember({ posts: CLAIMED_POSTS });
      const result = score(noQuota, { asOf: JANUARY_ONLY, members: [member], entries: postsWorth(member, '2026-01', total - 40) });
      const m = memberOf(result, member);
      expect(m.total).toBe(total);
      expect(m.grade?.name).toBe(grade);
      expect(m.stars).toBe(stars);
    });
  });

  it('averages the months started by asOf (试行期间为每月考核记分的平均分), exactly with halves', () => {
    const member = aMember({ posts: CLAIMED_POSTS });
    const entries = [...postsWorth(member, '2026-01', 50), ...postsWorth(member, '2026-02', 20.5), ...postsWorth(member, '2026-03', 35)];
    const m = memberOf(score('001', { asOf: '2026-03-31', members: [member], entries }), member);
    expect(m.periods.map((p) => p.total)).toEqual([90, 60.5, 75]);
    expect(m.total).toBe(75.17); // 225.5 / 3 = 75.1666… → 75.17
    const summing = withChanges(preset('001'), (s) => (s.yearTotal.combine = { method: 'sum' }));
    expect(memberOf(score(summing, { asOf: '2026-03-31', members: [member], entries }), member).total).toBe(225.5);
  });

  it('a branch that adopts the scheme in September averages from September (from), leaving earlier entries out', () => {
    const member = aMember({ posts: CLAIMED_POSTS });
    const entries = [...postsWorth(member, '2026-08', 60), ...postsWorth(member, '2026-09', 50), ...postsWorth(member, '2026-10', 40)];
    const result = score('001', { asOf: '2026-11-20', from: '2026-09-01', members: [member], entries });
    const m = memberOf(result, member);
    expect(result.countedPeriods).toEqual(['2026-09', '2026-10', '2026-11']);
    expect(m.periods.map((p) => p.total)).toEqual([90, 80, 40]);
    expect(m.total).toBe(70);
    expect(result.skippedEntries.beforeStart).toBe(postsWorth(member, '2026-08', 60).length);
    // Without a start, January to November count: eight empty months of duties only (40) pull the average down.
    expect(memberOf(score('001', { asOf: '2026-11-20', members: [member], entries }), member).total).toBe(
      Math.round(((40 * 7 + 100 + 90 + 80 + 40) / 11) * 100) / 100,
    );
  });

  it('a month started by asOf counts even before anything is recorded in it', () => {
    const member = aMember({ posts: CLAIMED_POSTS });
    const m = memberOf(score('001', { asOf: '2026-02-01', members: [member], entries: postsWorth(member, '2026-01', 60) }), member);
    expect(m.periods.map((p) => p.total)).toEqual([100, 40]);
    expect(m.total).toBe(70);
  });

  it('floors each duty at 0: three absences cost 10, not 15, and the trace says so', () => {
    const member = aMember();
    const entries = [1, 2, 3].map((d) => anEntry(member, `2026-01-0${d}`, 'duties.study.absent'));
    const m = memberOf(score('001', { asOf: JANUARY_ONLY, members: [member], entries }), member);
    const duties = m.periods[0].categories.find((c) => c.code === 'duties')!;
    expect(duties.sections.find((s) => s.code === 'duties.study')).toMatchObject({
      points: 0,
      items: [{ entries: 3, points: -15, counted: -15 }],
    });
    expect(duties.points).toBe(30);
    expect(m.trace).toContainEqual(expect.objectContaining({ rule: 'floor', section: 'duties.study', before: -5, points: 0 }));
  });

  it('caps the bonus at 10 a year, attributing it to the months in date order', () => {
    const member = aMember();
    const entries = ['2026-01-05', '2026-02-05', '2026-03-05'].map((d) =>
      anEntry(member, d, 'bonus.honor', { level: 'provincialOrCentral' }),
    );
    const m = memberOf(score('001', { asOf: '2026-03-31', members: [member], entries }), member);
    expect(m.yearCategories.find((c) => c.code === 'bonus')!.points).toBe(10);
    expect(m.periods.map((p) => p.yearScoped.find((y) => y.code === 'bonus')!.points)).toEqual([4, 4, 2]);
    expect(m.total).toBe(50); // 40 a month (no posts) + 10
    expect(m.trace).toContainEqual(expect.objectContaining({ rule: 'cap.gain', category: 'bonus', before: 12, points: 10 }));
  });

  it('a veto zeroes the year however high the score, and grades it 不合格 with no stars', () => {
    const member = aMember({ posts: CLAIMED_POSTS });
    const entries = [...postsWorth(member, '2026-01', 60), anEntry(member, '2026-01-20', 'veto.politicalDiscipline')];
    const m = memberOf(score('001', { asOf: JANUARY_ONLY, members: [member], entries }), member);
    expect(m.periods[0].total).toBe(100);
    expect(m).toMatchObject({
      total: 0,
      stars: 0,
      grade: { name: '不合格' },
      veto: { item: 'veto.politicalDiscipline', date: '2026-01-20', effect: 'zeroYear' },
    });
    expect(m.trace.some((l) => l.rule === 'veto' && l.message.includes('年度积分为零'))).toBe(true);
  });

  it('ignores entries dated after asOf', () => {
    const member = aMember();
    const result = score('001', { asOf: '2026-01-15', members: [member], entries: [anEntry(member, '2026-01-20', 'veto.lawViolation')] });
    expect(memberOf(result, member).total).toBe(40);
    expect(result.skippedEntries.afterAsOf).toBe(1);
  });

  describe('优秀 quota: at most 20 % of graded members (floor), ties never split', () => {
    const totals = [90, 85, 85, 80, 75, 70, 70, 65, 60, 55];
    const setup = () => {
      const members = totals.map((_, i) => aMember({ id: `q${i}`, posts: CLAIMED_POSTS }));
      const entries = members.flatMap((m, i) => postsWorth(m, '2026-01', totals[i] - 40));
      return { members, entries };
    };

    it('excludes members tied across the limit and explains it', () => {
      const { members, entries } = setup();
      const result = score('001', { asOf: JANUARY_ONLY, members, entries });
      const grades = members.map((m) => memberOf(result, m).grade?.name);
      expect(grades.slice(0, 4)).toEqual(['优秀', '合格', '合格', '合格']);
      expect(result.quotas[0]).toMatchObject({
        gradedMembers: 10,
        limit: 2,
        candidates: 4,
        granted: 1,
        tie: { points: 85, members: ['q1', 'q2'], decision: 'excludeTied' },
      });
      expect(result.quotas[0].explanation).toContain('并列');
      expect(memberOf(result, 'q1').trace.some((l) => l.rule === 'quota' && l.message.includes('并列'))).toBe(true);
      expect(memberOf(result, 'q3').trace.some((l) => l.rule === 'quota' && l.message.includes('超出'))).toBe(true);
    });

    it('lets every tied member in when the scheme says includeTied', () => {
      const { members, entries } = setup();
      const scheme = withChanges(preset('001'), (s) => (s.quota!.ties = 'includeTied'));
      const result = score(scheme, { asOf: JANUARY_ONLY, members, entries });
      expect(members.map((m) => memberOf(result, m).grade?.name).slice(0, 4)).toEqual(['优秀', '优秀', '优秀', '合格']);
      expect(result.quotas[0].granted).toBe(3);
    });

    it('does not count probationary or exempt members in the base', () => {
      const { members, entries } = setup();
      const extra = [aMember({ status: 'probationary' }), aMember({ exempt: true, exemptReason: '长期患病' })];
      const result = score('001', { asOf: JANUARY_ONLY, members: [...members, ...extra], entries });
      expect(result.quotas[0].gradedMembers).toBe(10);
      expect(result.exempt).toEqual([{ id: extra[1].id, name: extra[1].name, reason: '长期患病' }]);
      expect(result.members.some((m) => m.id === extra[1].id)).toBe(false);
    });
  });

  it('a branch too small for one 优秀 place (⌊n × 20 %⌋ = 0) grades its best member 合格, and says why', () => {
    const member = aMember({ posts: CLAIMED_POSTS });
    const result = score('001', { asOf: JANUARY_ONLY, members: [member], entries: postsWorth(member, '2026-01', 55) });
    expect(memberOf(result, member).grade?.name).toBe('合格');
    expect(result.quotas[0]).toMatchObject({ limit: 0, candidates: 1, granted: 0 });
  });

  it('scores probationary members without grading them, flagging < 60 (延长预备期)', () => {
    const low = aMember({ status: 'probationary', posts: CLAIMED_POSTS });
    const ok = aMember({ status: 'probationary', posts: CLAIMED_POSTS });
    const entries = [...postsWorth(low, '2026-01', 19.5), ...postsWorth(ok, '2026-01', 20)];
    const result = score('001', { asOf: JANUARY_ONLY, members: [low, ok], entries });
    expect(memberOf(result, low)).toMatchObject({ total: 59.5, grade: null, gradeNote: 'notGraded', flags: [{ code: 'extendProbation' }] });
    expect(memberOf(result, ok)).toMatchObject({ total: 60, grade: null, flags: [] });
  });

  it.each([
    [[], 1, '一对一'],
    [[2025], 2, '学习班'],
    [[2025, 2024], 3, '组织程序'],
    [[2024], 1, '一对一'], // 2025 missing: the run is broken
  ])('unqualified with earlier unqualified years %p → step %i', (years, count, action) => {
    const member = aMember();
    const history = years.map((year) => ({ member: member.id, year, grade: 'unqualified' }));
    const m = memberOf(score('001', { asOf: JANUARY_ONLY, members: [member], history }), member);
    expect(m.grade?.code).toBe('unqualified');
    expect(m.escalation?.count).toBe(count);
    expect(m.escalation?.action).toContain(action);
  });

  it('rejects volunteer-post entries for posts the member has not claimed', () => {
    const member = aMember({ posts: ['sanitation'] });
    expect(() =>
      score('001', {
        asOf: JANUARY_ONLY,
        members: [member],
        entries: [anEntry(member, '2026-01-03', 'posts.deed', { points: 5, post: 'securityPatrol' })],
      }),
    ).toThrow('entries.0.post: 该党员没有认领这个岗位');
  });
});
