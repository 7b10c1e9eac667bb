import type { Scheme } from '../../shared/scheme';

/**
 * A scheme's rules in a few lines of plain Chinese, for the branch's admin page: how often it scores and
 * publishes, its categories, how the year total is made, the grades and the stars. Not the whole 细则
 * (docs/schemes/<preset>.md has that): what a secretary checks at a glance.
 */
export function schemeSummaryOf(scheme: Scheme, yearTotalText: string): string[] {
  const unit = scheme.period === 'month' ? '月' : '季度';
  const lines = [
    `每${unit}计分；${scheme.workflow.publications.map(publicationText).join('，')}`,
    `积分项目分 ${scheme.categories.length} 类：${scheme.categories.map((c) => c.name).join('、')}`,
    yearTotalText,
  ];
  if (scheme.grading)
    lines.push(`年度等次：${scheme.grading.bands.map((b) => (b.min === undefined ? b.name : `${b.name}（${b.min} 分起）`)).join('、')}`);
  if (scheme.stars) {
    const bands = scheme.stars.bands.map((b) => (b.min === undefined ? `其余 ${b.stars} 星` : `${b.min} 分起 ${b.stars} 星`));
    lines.push(`星级：${bands.join('，')}`);
  }
  return lines;
}

const EVERY: Record<'month' | 'quarter' | 'year', string> = { month: '每月', quarter: '每季度', year: '年度' };

/** "每季度公示 5 个工作日", "年度公示 7 天". */
function publicationText(p: Scheme['workflow']['publications'][number]): string {
  return `${EVERY[p.every]}公示 ${p.windowDays} ${p.workdays ? '个工作日' : '天'}`;
}
