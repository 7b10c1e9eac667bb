import type { CONTRACTS, ResponseOf } from '../../shared/index';

export type BranchSettings = ResponseOf<typeof CONTRACTS.org.branchSettings>;

/** The scheme card: name, where it comes from, when scoring starts, its rules in lines. */
export interface SchemeCard {
  name: string;
  source: string;
  startText: string;
  summary: string[];
}

export function schemeCardOf(settings: BranchSettings): SchemeCard | null {
  const scheme = settings.scheme;
  if (!scheme) return null;
  const [, month, day] = scheme.scoringFrom.split('-').map(Number);
  return {
    name: scheme.name,
    source: `${scheme.shortName} · ${scheme.source === 'preset' ? '预置方案' : '党委自定方案'} · 第 ${scheme.version} 版`,
    startText: month === 1 && day === 1 ? `${settings.year}年全年计分` : `${settings.year}年从 ${month}月${day}日 开始计分`,
    summary: scheme.summary,
  };
}

/** The roster in a line or two: how many, how many bound their WeChat, exempt, activists. */
export function countsText(settings: BranchSettings): string {
  const { members, activists, exempt, bound } = settings.counts;
  const parts = [`党员 ${members} 人`, `已绑定微信 ${bound} 人`];
  if (activists > 0) parts.push(`入党积极分子 ${activists} 人`);
  if (exempt > 0) parts.push(`不纳入积分管理 ${exempt} 人`);
  return parts.join('，');
}

/** Members (and activists) under points management who have not bound their WeChat yet. */
export function unboundCount(settings: BranchSettings): number {
  const { members, activists, bound } = settings.counts;
  return Math.max(0, members + activists - bound);
}

/** The tiles to the other admin pages, with what the secretary should know before tapping. */
export interface AdminTile {
  key: 'roster' | 'invites' | 'exempt';
  title: string;
  hint: string;
}

export function tilesOf(settings: BranchSettings): AdminTile[] {
  const unbound = unboundCount(settings);
  const total = settings.counts.members + settings.counts.activists + settings.counts.exempt;
  return [
    {
      key: 'roster',
      title: '导入党员名册',
      hint: total === 0 ? '支部还没有党员：先从 Excel 名册导入' : '从微信聊天里选 Excel 名册，批量添加党员',
    },
    {
      key: 'invites',
      title: '邀请码',
      hint: unbound > 0 ? `还有 ${unbound} 人没绑定微信，给他们发邀请码` : '大家都已绑定微信',
    },
    {
      key: 'exempt',
      title: '不纳入积分管理',
      hint: settings.counts.exempt > 0 ? `现有 ${settings.counts.exempt} 人，可登记或恢复` : '年老体弱、长期患病的党员，经支部批准登记',
    },
  ];
}
