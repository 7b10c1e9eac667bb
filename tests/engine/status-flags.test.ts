import fc from 'fast-check';
import type { MemberInput } from '../../shared/engine';
import { aMember, anEntry, memberOf, score } from '../support/scoring-mothers';
import { aScheme } from '../support/scheme-mothers';

/**
 * Flags by year total were the probationary member's only (延长预备期). Documents flag activists the same
 * way (东阳: 预备党员当年度评分低于85分的取消预备党员资格，入党积极分子当年度评分低于85分的取消考察对象资格或延长考察期),
 * so a flag names the statuses it concerns.
 */
const scheme = aScheme({
  scoresActivists: true,
  probation: {
    flags: [
      { code: 'cancelProbation', name: '取消预备党员资格', below: 85, source: '东阳：预备党员当年度评分低于85分的取消预备党员资格' },
      {
        code: 'extendObservation',
        name: '取消考察对象资格或延长考察期',
        below: 85,
        statuses: ['activist'],
        source: '东阳：入党积极分子当年度评分低于85分的取消考察对象资格或延长考察期',
      },
    ],
  },
});

function flagsOf(status: MemberInput['status'], tasks: number) {
  const member = aMember({ status });
  const entries = Array.from({ length: tasks }, (_, i) =>
    anEntry(member, `2026-${String(1 + (i % 12)).padStart(2, '0')}-05`, 'work.task', { points: 5 }),
  );
  return memberOf(score(scheme, { asOf: '2026-12-31', members: [member], entries }), member);
}

describe('status flags (probation.flags[].statuses)', () => {
  it('flags a probationary member by default and an activist where the flag says so', () => {
    expect(flagsOf('probationary', 16).flags.map((f) => f.code)).toEqual(['cancelProbation']);
    const activist = flagsOf('activist', 16);
    expect(activist.flags.map((f) => f.code)).toEqual(['extendObservation']);
    expect(activist.trace.map((l) => l.message)).toContain('入党积极分子年度积分 80 分，低于 85 分：取消考察对象资格或延长考察期');
    expect(flagsOf('full', 0).flags).toEqual([]);
    expect(flagsOf('activist', 17).flags).toEqual([]);
  });

  it('property: a flag is raised exactly when the status is one it names and the total is below its line', () => {
    fc.assert(
      fc.property(fc.constantFrom<MemberInput['status']>('full', 'probationary', 'activist'), fc.nat(24), (status, tasks) => {
        const m = flagsOf(status, tasks);
        const expected = scheme.probation.flags.filter((f) => f.statuses.includes(status as 'probationary') && m.total < f.below!);
        expect(m.flags.map((f) => f.code)).toEqual(expected.map((f) => f.code));
      }),
      { numRuns: 40 },
    );
  });

  it('refuses an activist flag where the scheme does not score activists', () => {
    expect(() =>
      aScheme({ probation: { flags: [{ code: 'x', name: '延长考察期', below: 60, statuses: ['activist'], source: '测试' }] } }),
    ).toThrow('本方案不对入党积极分子计分（scoresActivists 为 false）');
  });
});
