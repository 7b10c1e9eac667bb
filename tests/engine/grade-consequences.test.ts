import type { EntryInput, MemberInput, ReviewInput, ScoringInput } from '../../shared/engine';
import { aMember, anEntry, aReview, memberOf, preset, score, withChanges } from '../support/scoring-mothers';

/**
 * Consequences follow what the seed ties them to. Where the seed says "被评为…等次的党员" the
 * consequence follows the member's final grade — also when a veto, a grade rule or the quota made
 * that grade — and not a score threshold that happens to match the grade band without them.
 */
interface Case {
  /** Why, with the seed's words. */
  seed: string;
  scheme: string;
  member?: Partial<MemberInput>;
  asOf?: string;
  entries?: (member: MemberInput) => EntryInput[];
  reviews?: (member: MemberInput) => ReviewInput[];
  history?: (member: MemberInput) => ScoringInput['history'];
  expected: { total?: number; grade: string | null; warnings: string[]; flags?: string[]; escalation?: number | null };
}

function run(c: Case) {
  const member = aMember(c.member);
  const result = score(c.scheme, {
    asOf: c.asOf ?? '2026-12-31',
    members: [member],
    entries: c.entries?.(member) ?? [],
    reviews: c.reviews?.(member) ?? [],
    history: c.history?.(member) ?? [],
  });
  return memberOf(result, member);
}

function check(c: Case) {
  const m = run(c);
  if (c.expected.total !== undefined) expect(m.total).toBe(c.expected.total);
  expect(m.grade?.name ?? null).toBe(c.expected.grade);
  expect(m.warnings.map((w) => w.code)).toEqual(c.expected.warnings);
  if (c.expected.flags) expect(m.flags.map((f) => f.code)).toEqual(c.expected.flags);
  if (c.expected.escalation !== undefined) expect(m.escalation?.count ?? null).toBe(c.expected.escalation);
  return m;
}

const talk004 = '004 四(三)：被评为“不合格”等次的党员…党支部负责人与其进行谈话';

describe('004: the 不合格 talk follows the grade', () => {
  it.each<[string, Case]>([
    [
      'a veto makes an 80-point member 不合格: talk',
      {
        seed: talk004,
        scheme: '004',
        entries: (m) => [anEntry(m, '2026-02-01', 'contribution.keyTask', { points: 10 }), anEntry(m, '2026-09-01', 'veto.deviation')],
        expected: { total: 80, grade: '不合格', warnings: ['unqualifiedTalk'] },
      },
    ],
    [
      'a vetoed probationary member (graded in 004): talk',
      {
        seed: talk004,
        scheme: '004',
        member: { status: 'probationary' },
        entries: (m) => [anEntry(m, '2026-05-01', 'veto.lawOrDiscipline')],
        expected: { total: 70, grade: '不合格', warnings: ['unqualifiedTalk'] },
      },
    ],
    [
      '59 points is 不合格: talk',
      {
        seed: talk004,
        scheme: '004',
        entries: (m) => [
          anEntry(m, '2026-03-01', 'violation.rules', { points: -10 }),
          anEntry(m, '2026-04-01', 'violation.rules', { points: -1 }),
        ],
        expected: { total: 59, grade: '不合格', warnings: ['unqualifiedTalk'] },
      },
    ],
    [
      '60 points is 合格: no talk',
      {
        seed: talk004,
        scheme: '004',
        entries: (m) => [anEntry(m, '2026-03-01', 'violation.rules', { points: -10 })],
        expected: { total: 60, grade: '合格', warnings: [] },
      },
    ],
  ])('%s', (_, c) => {
    const m = check(c);
    if (c.expected.warnings.length > 0)
      expect(m.trace).toContainEqual(expect.objectContaining({ rule: 'warning', message: expect.stringContaining('评为不合格') }));
  });
});

describe('000: 基本合格 and 不合格 (from the democratic review) bring a talk (6.4)', () => {
  const seed = '000 6.4：对评为“基本合格”、“不合格”等次的党员，由社区党支部书记组织谈心谈话，督促其限期整改提高';
  it.each<[string, Case]>([
    [
      'reviewed 基本合格: talk',
      { seed, scheme: '000', reviews: (m) => [aReview(m, 'basicallyQualified')], expected: { grade: '基本合格', warnings: ['talk'] } },
    ],
    [
      'reviewed 不合格: talk',
      { seed, scheme: '000', reviews: (m) => [aReview(m, 'unqualified')], expected: { grade: '不合格', warnings: ['talk'] } },
    ],
    [
      'reviewed 合格, with no points at all: no talk (the grade decides, not the points)',
      { seed, scheme: '000', reviews: (m) => [aReview(m, 'qualified')], expected: { total: 5, grade: '合格', warnings: [] } },
    ],
    [
      'an in-service member reviewed 优秀 with fewer than 3 stars is 合格 (6.5): no talk',
      {
        seed,
        scheme: '000',
        member: { category: 'inService' },
        reviews: (m) => [aReview(m, 'excellent')],
        expected: { total: 10, grade: '合格', warnings: [] },
      },
    ],
    ['not reviewed yet: no grade, no talk', { seed, scheme: '000', expected: { total: 0, grade: null, warnings: [] } }],
  ])('%s', (_, c) => {
    check(c);
  });
});

describe('001: every 不合格 year brings the 诫勉谈话 (五(二)); the steps of 五(三) grow with the run', () => {
  const seed = '001 五(二)：对考核为不合格等次的党员，党支部对其进行诫勉谈话，限期整改；五(三) 一对一帮扶 / 学习班 / 组织处理';
  const unqualifiedIn = (years: number[]) => (m: MemberInput) => years.map((year) => ({ member: m.id, year, grade: 'unqualified' }));
  it.each<[string, Case]>([
    [
      '不合格 the first time: talk and 一对一 help',
      { seed, scheme: '001', asOf: '2026-01-31', expected: { total: 40, grade: '不合格', warnings: ['admonition'], escalation: 1 } },
    ],
    [
      '不合格 two years running: talk and the study class',
      {
        seed,
        scheme: '001',
        asOf: '2026-01-31',
        history: unqualifiedIn([2025]),
        expected: { grade: '不合格', warnings: ['admonition'], escalation: 2 },
      },
    ],
    [
      'a veto zeroes the year: 不合格, talk',
      {
        seed,
        scheme: '001',
        asOf: '2026-01-31',
        entries: (m) => [anEntry(m, '2026-01-20', 'veto.lawViolation')],
        expected: { total: 0, grade: '不合格', warnings: ['admonition'], escalation: 1 },
      },
    ],
    [
      'a probationary member is not graded (五(三)): no talk, the flag by points instead',
      {
        seed,
        scheme: '001',
        asOf: '2026-01-31',
        member: { status: 'probationary' },
        expected: { total: 40, grade: null, warnings: [], flags: ['extendProbation'], escalation: null },
      },
    ],
  ])('%s', (_, c) => {
    const m = check(c);
    if (c.expected.escalation === 2) expect(m.escalation?.action).toContain('学习班');
  });
});

describe('003 pipeline: 基本合格 loses 评先树优; 不合格 (also by veto) the talk and help of the steps', () => {
  const seed =
    '003 管道 三(三)：基本合格的取消参加评先树优资格。不合格的取消一切参加评先树优资格，由支部委员会安排专人进行谈话教育；对出现违法、违纪、违规行为的，直接认定为不合格党员';
  const twice = (grade: 'excellent' | 'qualified', points: number) => (m: MemberInput) => [
    aReview(m, grade, { round: 1, points }),
    aReview(m, grade, { round: 2, points }),
  ];
  it.each<[string, Case]>([
    [
      '55 a quarter + 评议 合格 15 × 2 × 50 % = 70: 基本合格',
      {
        seed,
        scheme: '003-pipeline-company',
        reviews: twice('qualified', 15),
        expected: { total: 70, grade: '基本合格', warnings: ['noAwards'], escalation: null },
      },
    ],
    [
      '55 + 25 = 80: 合格, nothing',
      {
        seed,
        scheme: '003-pipeline-company',
        reviews: twice('excellent', 25),
        expected: { total: 80, grade: '合格', warnings: [], escalation: null },
      },
    ],
    [
      '80 points and a veto: 不合格, the first step',
      {
        seed,
        scheme: '003-pipeline-company',
        reviews: twice('excellent', 25),
        entries: (m) => [anEntry(m, '2026-11-11', 'veto.misconduct')],
        expected: { total: 80, grade: '不合格', warnings: [], escalation: 1 },
      },
    ],
  ])('%s', (_, c) => {
    check(c);
  });
});

describe('003 village: a probationary member 评定为基本合格及以下 has probation extended (1.5)', () => {
  const seed = '003 村 1.5：预备党员被评定为基本合格及以下的，应当适当延长预备期';
  const violations =
    (...points: number[]) =>
    (m: MemberInput) =>
      points.map((p, i) => anEntry(m, `2026-${String(1 + 3 * (i % 4)).padStart(2, '0')}-15`, 'penalty.violation', { points: p }));
  it.each<[string, Case]>([
    [
      '(60 + 68 + 80 + 80) ÷ 4 = 72: 合格, no flag',
      {
        seed,
        scheme: '003-village-quarterly',
        member: { status: 'probationary' },
        entries: violations(-20, -12),
        expected: { total: 72, grade: '合格', warnings: [], flags: [] },
      },
    ],
    [
      '(60 + 60 + 79 + 80) ÷ 4 = 69.75: 基本合格, extended',
      {
        seed,
        scheme: '003-village-quarterly',
        member: { status: 'probationary' },
        entries: violations(-20, -20, -1),
        expected: { total: 69.75, grade: '基本合格', warnings: [], flags: ['extendProbation'] },
      },
    ],
    [
      '(40 + 40 + 40 + 40) ÷ 4 = 40: 不合格, extended',
      {
        seed,
        scheme: '003-village-quarterly',
        member: { status: 'probationary' },
        entries: violations(-20, -20, -20, -20, -20, -20, -20, -20),
        expected: { total: 40, grade: '不合格', warnings: [], flags: ['extendProbation'] },
      },
    ],
  ])('%s', (_, c) => {
    check(c);
  });

  it('follows the grade bands when a branch moves them (合格 from 75): 72 is then 基本合格, extended', () => {
    const scheme = withChanges(preset('003-village-quarterly'), (s) => (s.grading!.bands[1].min = 75));
    const member = aMember({ status: 'probationary' });
    const entries = [
      anEntry(member, '2026-01-15', 'penalty.violation', { points: -20 }),
      anEntry(member, '2026-04-15', 'penalty.violation', { points: -12 }),
    ];
    const m = memberOf(score(scheme, { asOf: '2026-12-31', members: [member], entries }), member);
    expect(m).toMatchObject({ total: 72, grade: { name: '基本合格' }, flags: [{ code: 'extendProbation' }] });
    expect(m.trace).toContainEqual(expect.objectContaining({ rule: 'probation', message: '预备党员评为基本合格：适当延长预备期' }));
  });
});

describe('where the seed ties consequences to points or stars, they stay there', () => {
  it.each<[string, Case]>([
    [
      '002 七(二) 积分在60-69分: yellow (002 grades nobody)',
      {
        seed: '002 七(二)：对积分在60-69分的党员，启动黄色预警',
        scheme: '002',
        asOf: '2026-01-31',
        reviews: (m) => [aReview(m, 'excellent')],
        entries: (m) => [
          anEntry(m, '2026-01-10', 'orgLife.groupMeeting'),
          anEntry(m, '2026-01-11', 'orgLife.partyDay'),
          anEntry(m, '2026-01-12', 'orgLife.lifeMeeting'),
          anEntry(m, '2026-01-13', 'politicalStudy.session'),
        ],
        expected: { total: 65, grade: null, warnings: ['yellow'] },
      },
    ],
    [
      '003 company 六(四) 二星、一星: a talk by stars',
      {
        seed: '003 公司 六(四)：对二星、一星党员，党支部书记…进行重点约谈',
        scheme: '003-company-quarterly',
        asOf: '2026-03-31',
        entries: (m) => [
          anEntry(m, '2026-02-01', 'general.veto.ruleViolation', { points: -10 }),
          anEntry(m, '2026-02-02', 'general.veto.ruleViolation', { points: -10 }),
          anEntry(m, '2026-02-03', 'personal.veto.branchDefined', { points: -10 }),
        ],
        expected: { total: 60, grade: '基本合格', warnings: ['talkYear', 'talkQuarter'] },
      },
    ],
  ])('%s', (_, c) => {
    check(c);
  });
});
