import type { ScenarioScore } from '../shared/engine';

/** Display width in a terminal: CJK characters take two columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(ch) ? 2 : 1;
  return width;
}

function pad(text: string, width: number, right = false): string {
  const gap = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? gap + text : text + gap;
}

/** A plain text table: one row per member, a column per counted period, then the year. */
export function renderScoreTable(result: ScenarioScore): string {
  const periodHeads = result.countedPeriods;
  const head = ['姓名', ...periodHeads, '年度', '奖励', '星级', '等次', '预警与处理'];
  const rows = result.members.map((m) => [
    m.name,
    ...m.periods.map((p) => String(p.total)),
    String(m.total),
    m.reward ? String(m.reward) : '',
    m.stars === null ? '' : m.stars === 0 ? '无星' : '★'.repeat(m.stars),
    m.grade?.name ?? (m.gradeNote === 'notGraded' ? '不定等次' : m.gradeNote === 'awaitingReview' ? '待民主评议' : ''),
    [
      ...m.warnings.map((w) => (w.period ? `${w.period} ${w.name}` : w.name)),
      ...m.flags.map((f) => f.name),
      m.escalation ? m.escalation.action : '',
      m.veto ? `一票否决：${m.veto.name}` : '',
    ]
      .filter(Boolean)
      .join('；'),
  ]);
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i]))));
  const numeric = (i: number) => i > 0 && i <= periodHeads.length + 2;
  const line = (cells: string[]) =>
    cells
      .map((c, i) => pad(c, widths[i], numeric(i)))
      .join('  ')
      .trimEnd();
  const out = [
    `${result.scheme.name}（${result.scheme.id} v${result.scheme.version}） ${result.year} 年，截至 ${result.asOf}`,
    '',
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
  ];
  for (const q of result.quotas) out.push('', `名额：${q.explanation}`);
  if (result.exempt.length > 0)
    out.push('', `不纳入积分管理：${result.exempt.map((e) => e.name + (e.reason ? `（${e.reason}）` : '')).join('、')}`);
  return out.join('\n') + '\n';
}
