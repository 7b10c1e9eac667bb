import { DEFAULT_APPEAL, DEFAULT_PUBLICATIONS, DEFAULT_WINDOW_DAYS, Scheme } from '../../shared/scheme';
import { renderSchemeMarkdown } from '../../shared/scheme/render-scheme-markdown';

/** What a committee writes from its branch's own 细则: no seed, nothing its document does not say. */
const minimal = {
  format: 1,
  id: 'qingshi-village',
  version: 1,
  name: '青石村党支部党员积分管理细则',
  shortName: '青石村细则',
  source: { title: '青石村党支部党员积分管理细则（2026 年）' },
  period: 'month',
  categories: [
    {
      code: 'duties',
      name: '履行义务',
      scope: 'period',
      start: 10,
      floor: 0,
      items: [
        {
          code: 'duties.absent',
          name: '无故缺席组织生活',
          points: { kind: 'fixed', value: -5 },
          evidence: { photo: 'none' },
          enteredBy: 'recorder',
          source: '本支部细则 第三条',
        },
      ],
      source: '本支部细则 第三条',
    },
  ],
  yearTotal: { combine: { method: 'sum' } },
};

describe('a custom scheme does not invent what its document does not say', () => {
  it('leaves out the seed, the workflow and the ranking: documented defaults fill them', () => {
    const scheme = Scheme.parse(minimal);
    expect(scheme.source).toEqual({ title: '青石村党支部党员积分管理细则（2026 年）' });
    expect(scheme.workflow).toEqual({ publications: DEFAULT_PUBLICATIONS, appeal: DEFAULT_APPEAL, memberConfirms: false });
    expect(scheme.ranking).toEqual({ enabled: false });
  });

  it('gives one workflow part and takes the default for the other', () => {
    const scheme = Scheme.parse({
      ...minimal,
      workflow: { publications: [{ every: 'month', windowDays: 3, source: '本支部细则 第五条' }] },
    });
    expect(scheme.workflow.publications).toEqual([{ every: 'month', windowDays: 3, workdays: false, source: '本支部细则 第五条' }]);
    expect(scheme.workflow.appeal).toEqual(DEFAULT_APPEAL);
  });

  it('names a publication without its days: the default window, and the preview shows it', () => {
    const scheme = Scheme.parse({
      ...minimal,
      workflow: { publications: [{ every: 'quarter', source: '本支部细则 第五条：每季度公示（天数未规定）' }] },
    });
    expect(DEFAULT_WINDOW_DAYS).toBe(7);
    expect(scheme.workflow.publications).toEqual([
      { every: 'quarter', windowDays: 7, workdays: false, source: '本支部细则 第五条：每季度公示（天数未规定）' },
    ]);
    expect(renderSchemeMarkdown(scheme, { custom: true })).toContain(
      '- 每季度公示 7 个自然日（本支部细则 第五条：每季度公示（天数未规定））',
    );
  });

  it('previews with wording that fits a custom scheme: no preset code, no seed', () => {
    const page = renderSchemeMarkdown(Scheme.parse(minimal), { custom: true });
    expect(page).toContain('- 方案编号：`qingshi-village`（第 1 版，格式 1）');
    expect(page).toContain('- 依据：《青石村党支部党员积分管理细则（2026 年）》');
    expect(page).not.toMatch(/预设|种子|Generated/);
    expect(page).toContain('- 年度公示 7 个自然日（细则未规定，采用积分方案格式的默认值）');
  });
});
