import { allocateEntryColumns, compileScheme, ScoringInputError, scoreBulk } from '../../shared/engine';
import { aMember, anEntry, aReview, preset, score } from '../support/scoring-mothers';

function issuesOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ScoringInputError) return error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw error;
  }
  throw new Error('expected a ScoringInputError');
}

describe('a scenario that does not fit the scheme is refused, every problem named by its path', () => {
  const member = aMember({ id: 'x1', posts: ['sanitation'] });

  it.each([
    [anEntry('nobody', '2026-01-01', 'duties.study.absent'), 'entries.0.member: unknown member "nobody"'],
    [anEntry(member, '2025-12-31', 'duties.study.absent'), 'entries.0.date: outside the scored year 2026'],
    [anEntry(member, '2026-01-01', 'duties.nope'), 'entries.0.item: no item "duties.nope" in scheme "001-xishui-town"'],
    [anEntry(member, '2026-01-01', 'duties.study.absent', { points: 3 }), 'entries.0.points: a fixed item takes no points'],
    [anEntry(member, '2026-01-01', 'posts.deed', { post: 'sanitation' }), 'entries.0.points: give the points (0–10)'],
    [anEntry(member, '2026-01-01', 'posts.deed', { points: 10.5, post: 'sanitation' }), 'entries.0.points: must be within 0–10'],
    [anEntry(member, '2026-01-01', 'posts.deed', { points: 2.25, post: 'sanitation' }), 'entries.0.points: must be in steps of 0.5 from 0'],
    [anEntry(member, '2026-01-01', 'bonus.honor'), 'entries.0.level: give the level (provincialOrCentral, city, county, town)'],
    [
      anEntry(member, '2026-01-01', 'bonus.honor', { level: 'village' }),
      'entries.0.level: unknown level "village" (provincialOrCentral, city, county, town)',
    ],
    [anEntry(member, '2026-01-01', 'bonus.economy', { post: 'sanitation' }), 'entries.0.post: this item takes no volunteer post'],
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
      'members.1.id: duplicate member id "x1"',
      'entries.0.item: no item "duties.nope" in scheme "001-xishui-town"',
      'entries.1.level: give the level (provincialOrCentral, city, county, town)',
      'reviews.1.round: a second result for the same member and round',
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
      'entries.1.reverses: a reversal names the same member and item as the entry it reverses',
      'entries.2.reverses: a reversal names the same member and item as the entry it reverses',
      'entries.3.reverses: no entry with id "zzz"',
    ]);
  });

  it('refuses reviews in a scheme without democratic review and history from the future', () => {
    const plain = aMember({ id: 'x3' });
    expect(
      issuesOf(() => score('003-company-quarterly', { asOf: '2026-12-31', members: [plain], reviews: [aReview(plain, 'qualified')] })),
    ).toEqual(['reviews.0: scheme "003-company-quarterly" does not use democratic reviews']);
    expect(
      issuesOf(() => score('001', { asOf: '2026-12-31', members: [member], history: [{ member: 'x1', year: 2026, grade: 'qualified' }] })),
    ).toEqual(['history.0.year: history is for years before 2026']);
  });

  describe('asOf and the scoring start must leave something to score (else everyone would be graded on zero points)', () => {
    const one = aMember({ id: 'x4' });

    it.each<[string, { asOf: string; from?: string }, string[]]>([
      [
        'asOf in the year before',
        { asOf: '2025-12-31' },
        ['asOf: 2025-12-31 is before the scored year 2026: no period has started, nothing to score'],
      ],
      [
        'asOf years before, with a start',
        { asOf: '2024-06-30', from: '2026-03-01' },
        ['asOf: 2024-06-30 is before the scored year 2026: no period has started, nothing to score'],
      ],
      [
        'a start the day after asOf',
        { asOf: '2026-03-31', from: '2026-04-01' },
        ['from: the scoring start 2026-04-01 is after asOf 2026-03-31: scoring has not started, nothing to score'],
      ],
      [
        'a start months after asOf',
        { asOf: '2026-01-15', from: '2026-09-01' },
        ['from: the scoring start 2026-09-01 is after asOf 2026-01-15: scoring has not started, nothing to score'],
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
      expect(issuesOf(bulk('2025-12-31'))).toEqual([
        'asOf: 2025-12-31 is before the scored year 2026: no period has started, nothing to score',
      ]);
      expect(issuesOf(bulk('2026-05-31', '2026-06-01'))).toEqual([
        'from: the scoring start 2026-06-01 is after asOf 2026-05-31: scoring has not started, nothing to score',
      ]);
      expect(issuesOf(bulk('2026-05-31', '2027-01-01'))).toEqual(['from: must be a date in the scored year 2026']);
    });
  });
});
