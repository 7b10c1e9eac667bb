import { Scenario, ScoringInputError, scoreScenario } from '../../shared/engine';
import { preset } from '../support/scoring-mothers';
import { aScheme } from '../support/scheme-mothers';

const member = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: `党员${id}`,
  birthDate: '1970-05-01',
  status: 'full',
  ...extra,
});
const scenario = (data: Record<string, unknown>) => Scenario.parse({ year: 2026, asOf: '2026-12-31', ...data });

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof ScoringInputError) return error.problems.map((p) => `${p.path}: ${p.message}`);
    throw error;
  }
  throw new Error('expected a ScoringInputError');
}

describe('scenario files (docs/scenario-format.md)', () => {
  it('leave out members’ categories where the scheme does not use them, and the result leaves them out too', () => {
    const result = scoreScenario(
      aScheme(),
      scenario({
        members: [member('a'), member('b', { category: 'inService' })],
        entries: [{ member: 'a', date: '2026-03-01', item: 'work.task', points: 3 }],
      }),
    );
    expect(result.members.map((m) => [m.id, m.category, m.total])).toEqual([
      ['a', undefined, 3],
      ['b', 'inService', 0],
    ]);
    expect('category' in result.members[0]).toBe(false);
  });

  it('need them where it does (000: age multipliers for self-managed members)', () => {
    expect(problemsOf(() => scoreScenario(preset('000'), scenario({ members: [member('a')] })))).toEqual([
      'members.0.category: 本方案按党员类别计分（multipliers.0.when.categories），请填写 category：selfManaged（自管党员）、inService（在职党员）或 mobile（流动党员）',
    ]);
  });

  it('reverse a range entry without repeating its points', () => {
    const entries = [
      { id: 'e1', member: 'a', date: '2026-03-01', item: 'work.task', points: 4.5 },
      { id: 'e2', member: 'a', date: '2026-03-20', item: 'work.task', reverses: 'e1' },
      { member: 'a', date: '2026-03-20', item: 'work.task', points: 2 },
    ];
    const result = scoreScenario(aScheme(), scenario({ members: [member('a')], entries }));
    expect(result.members[0].total).toBe(2);
    expect(result.skippedEntries.reversed).toBe(2);
  });

  it('check points a reversal does give, as any entry’s', () => {
    const entries = [
      { id: 'e1', member: 'a', date: '2026-03-01', item: 'work.task', points: 4.5 },
      { id: 'e2', member: 'a', date: '2026-03-20', item: 'work.task', reverses: 'e1', points: 9 },
    ];
    expect(problemsOf(() => scoreScenario(aScheme(), scenario({ members: [member('a')], entries })))).toEqual([
      'entries.1.points: 分值应在 1–5 分之间',
    ]);
  });
});
