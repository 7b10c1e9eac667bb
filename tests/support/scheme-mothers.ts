import { Scheme, SchemeInput } from '../../shared/scheme';

/** A small custom scheme: monthly, one additive category with a 1–5 range item, summed; parts replaced by `overrides`. */
export function aScheme(overrides: Partial<SchemeInput> = {}): Scheme {
  return Scheme.parse({
    format: 1,
    id: 'test-scheme',
    version: 1,
    name: '测试方案',
    shortName: '测试',
    source: { seed: '000', title: '测试用细则' },
    period: 'month',
    categories: [
      {
        code: 'work',
        name: '工作',
        scope: 'period',
        items: [
          {
            code: 'work.task',
            name: '任务',
            points: { kind: 'range', min: 1, max: 5, step: 0.5 },
            evidence: { photo: 'none' },
            enteredBy: 'recorder',
            source: '测试',
          },
        ],
        source: '测试',
      },
    ],
    yearTotal: { combine: { method: 'sum' } },
    ranking: { enabled: false },
    workflow: {
      publications: [{ every: 'month', windowDays: 5, source: '测试' }],
      appeal: { withinDays: 5, answerWithinDays: 5, to: 'branch', source: '测试' },
    },
    ...overrides,
  });
}

/** An item as a scheme writes it, recorder-entered, no photo. */
export function anItem(
  code: string,
  points: SchemeInput['categories'][number]['items'] extends (infer I)[] | undefined ? (I extends { points: infer P } ? P : never) : never,
  name = code,
) {
  return { code, name, points, evidence: { photo: 'none' as const }, enteredBy: 'recorder' as const, source: '测试' };
}
