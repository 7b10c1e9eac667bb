import { allocateEntryColumns, compileScheme, ScoringInputError, scoreBulk } from '../../shared/engine';
import { aMember, anEntry, aReview, preset, score } from '../support/scoring-mothers';

function issuesOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ScoringInputError) return error.problems.map((p) => `${p.path}: ${p.message}`);
    throw error;
  }
  throw new Error('expected a ScoringInputError');
}

describe('a scenario that does not fit the scheme is refused, every problem named by its path', () => {
  const member = aMember({ id: 'x1', posts: ['sanitation'] });

  it.each([
    [anEntry('nobody', '2026-01-01', 'duties.study.absent'), 'entries.0.member: 没有编号为“nobody”的党员'],
    [anEntry(member, '2025-12-31', 'duties.study.absent'), 'entries.0.date: 日期不在积分年度 2026 年内'],
    [anEntry(member, '2026-01-01', 'duties.nope'), 'entries.0.item: 本支部的积分方案没有项目 duties.nope'],
    [anEntry(member, '2026-01-01', 'duties.study.absent', { points: 3 }), 'entries.0.points: 该项目不需要填写分值'],
    [anEntry(member, '2026-01-01', 'posts.deed', { post: 'sanitation' }), 'entries.0.points: 请给出分值（0–10 分）'],
    [anEntry(member, '2026-01-01', 'posts.deed', { points: 10.5, post: 'sanitation' }), 'entries.0.points: 分值应在 0–10 分之间'],
    [anEntry(member, '2026-01-01', 'posts.deed', { points: 2.25, post: 'sanitation' }), 'entries.0.points: 分值应按 0.5 分递增'],
    [anEntry(member, '2026-01-01', 'bonus.honor'), 'entries.0.level: 请选择级别（中央、省级表彰、市级表彰、县级表彰、镇级表彰）'],
    [
      anEntry(member, '2026-01-01', 'bonus.honor', { level: 'village' }),
      'entries.0.level: 没有这个级别，可选：中央、省级表彰、市级表彰、县级表彰、镇级表彰',
    ],
    [anEntry(member, '2026-01-01', 'bonus.economy', { post: 'sanitation' }), 'entries.0.post: 该项目不需要选择岗位'],
  ])('%o → %s', (entry, expected) => {
    expect(issuesOf(() => score('001', { asOf: '2026-12-31', members: [member], entries: [entry] }))).toEqual([expected]);
  });

  it('reports all problems at once, and scores nothing', () => {
    const issues = issuesOf(() =>
      score('001', {
        asOf: '2026-12-31',
        members: [member, { ...member }],
        entries: [anEntry(member, '2026-01-01', 'duties.nope'), anEntry(member, '2026-01-02', 'bonus.honor')],
        reviews: [aReview(member, 'excellent'), aReview(member, 'excellent')],
      }),
    );
    expect(issues).toEqual([
      'members.1.id: 党员编号“x1”重复',
      'entries.0.item: 本支部的积分方案没有项目 duties.nope',
      'entries.1.level: 请选择级别（中央、省级表彰、市级表彰、县级表彰、镇级表彰）',
      'reviews.1.round: 同一党员同一轮次的评议结果重复',
    ]);
  });

  it('checks reversals: they name an existing entry of the same member and item, once', () => {
    const other = aMember({ id: 'x2' });
    const entries = [
      anEntry(member, '2026-01-01', 'bonus.economy', { id: 'a' }),
      anEntry(other, '2026-01-02', 'bonus.economy', { id: 'b', reverses: 'a' }),
      anEntry(member, '2026-01-03', 'bonus.publicWelfare', { id: 'c', reverses: 'a' }),
      anEntry(member, '2026-01-04', 'bonus.economy', { id: 'd', reverses: 'zzz' }),
    ];
    expect(issuesOf(() => score('001', { asOf: '2026-12-31', members: [member, other], entries }))).toEqual([
      'entries.1.reverses: 冲销记录的党员和项目应与被冲销的记录相同',
      'entries.2.reverses: 冲销记录的党员和项目应与被冲销的记录相同',
      'entries.3.reverses: 没有编号为“zzz”的记录',
    ]);
  });

  it('refuses reviews in a scheme without democratic review and history from the future', () => {
    const plain = aMember({ id: 'x3' });
    expect(
      issuesOf(() => score('003-company-quarterly', { asOf: '2026-12-31', members: [plain], reviews: [aReview(plain, 'qualified')] })),
    ).toEqual(['reviews.0: 积分方案“003-company-quarterly”不采用民主评议结果']);
    expect(
      issuesOf(() => score('001', { asOf: '2026-12-31', members: [member], history: [{ member: 'x1', year: 2026, grade: 'qualified' }] })),
    ).toEqual(['history.0.year: 往年结果应为 2026 年以前的年度']);
  });

  describe('asOf and the scoring start must leave something to score (else everyone would be graded on zero points)', () => {
    const one = aMember({ id: 'x4' });

    it.each<[string, { asOf: string; from?: string }, string[]]>([
      [
        'asOf in the year before',
        { asOf: '2025-12-31' },
        ['asOf: 计分截止日 2025-12-31 在积分年度 2026 年之前：还没有开始的考核周期，无分可计'],
      ],
      [
        'asOf years before, with a start',
        { asOf: '2024-06-30', from: '2026-03-01' },
        ['asOf: 计分截止日 2024-06-30 在积分年度 2026 年之前：还没有开始的考核周期，无分可计'],
      ],
      [
        'a start the day after asOf',
        { asOf: '2026-03-31', from: '2026-04-01' },
        ['from: 开始计分日 2026-04-01 在计分截止日 2026-03-31 之后：尚未开始计分，无分可计'],
      ],
      [
        'a start months after asOf',
        { asOf: '2026-01-15', from: '2026-09-01' },
        ['from: 开始计分日 2026-09-01 在计分截止日 2026-01-15 之后：尚未开始计分，无分可计'],
      ],
    ])('%s → refused', (_, dates, expected) => {
      expect(issuesOf(() => score('004', { ...dates, members: [one] }))).toEqual(expected);
    });

    it.each<[string, { asOf: string; from?: string }, number]>([
      ['asOf on 1 January', { asOf: '2026-01-01' }, 1],
      ['a start on asOf', { asOf: '2026-04-01', from: '2026-04-01' }, 1],
      ['asOf after the year (the year reported by 10 January)', { asOf: '2027-01-10' }, 12],
    ])('%s is scored', (_, dates, periods) => {
      expect(score('004', { ...dates, members: [one] }).countedPeriods).toHaveLength(periods);
    });

    it('is refused on the bulk path too', () => {
      const bulk = (asOf: string, from?: string) => () =>
        scoreBulk({ compiled: compileScheme(preset('004')), year: 2026, asOf, from, members: [one], entries: allocateEntryColumns(0) });
      expect(issuesOf(bulk('2025-12-31'))).toEqual(['asOf: 计分截止日 2025-12-31 在积分年度 2026 年之前：还没有开始的考核周期，无分可计']);
      expect(issuesOf(bulk('2026-05-31', '2026-06-01'))).toEqual([
        'from: 开始计分日 2026-06-01 在计分截止日 2026-05-31 之后：尚未开始计分，无分可计',
      ]);
      expect(issuesOf(bulk('2026-05-31', '2027-01-01'))).toEqual(['from: 应为积分年度 2026 年内的日期']);
    });
  });
});
