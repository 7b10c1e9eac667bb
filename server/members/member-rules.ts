import { localDateToInt } from '../../shared/period';
import type { Scheme } from '../../shared/scheme';

/**
 * Rules for the fields of a member record that depend on the branch's scheme (tiers, posts) or on the
 * calendar (dates). Pure: each returns the Chinese problem, or null when the value is fine.
 */

export interface MemberTier {
  code: string;
  /** What people may write for it in a roster: the tier rule codes and names that select it. */
  aliases: string[];
}

/**
 * The member tiers a scheme knows: the codes its conditions test (`when.tiers` of base-score tiers and
 * multipliers). A base-score tier that selects exactly one member tier lends it its code and name
 * (003 新坝乡 "第三层次：60岁以下的无职党员" → unposted), and the parts of the name around "：".
 */
export function memberTiers(scheme: Scheme): MemberTier[] {
  const tiers = new Map<string, Set<string>>();
  const add = (code: string, alias?: string) => {
    let aliases = tiers.get(code);
    if (!aliases) tiers.set(code, (aliases = new Set([code])));
    if (alias) aliases.add(alias.trim());
  };
  const base = scheme.yearTotal.base;
  if (base.kind === 'byTier') {
    for (const rule of base.tiers) {
      for (const code of rule.when.tiers ?? []) add(code);
      if (rule.when.tiers?.length === 1) {
        const code = rule.when.tiers[0];
        add(code, rule.code);
        add(code, rule.name);
        for (const part of rule.name.split(/[：:]/)) if (part.trim()) add(code, part);
      }
    }
  }
  for (const multiplier of scheme.multipliers) for (const code of multiplier.when.tiers ?? []) add(code);
  return [...tiers].map(([code, aliases]) => ({ code, aliases: [...aliases] }));
}

/** The tier code a roster cell names (a code or a name), or a problem. */
export function resolveTier(scheme: Scheme | null, text: string): { code: string } | { problem: string } {
  if (!scheme) return { problem: '本支部尚未设置今年的积分方案，无法识别层次' };
  const tiers = memberTiers(scheme);
  if (tiers.length === 0) return { problem: '本支部的积分方案不分层次，请留空' };
  const matches = tiers.filter((t) => t.aliases.includes(text));
  const codes = [...new Set(matches.map((t) => t.code))];
  if (codes.length === 1) return { code: codes[0] };
  return { problem: `不是本支部积分方案中的层次，可填：${tiers.map((t) => t.aliases.find((a) => a !== t.code) ?? t.code).join('、')}` };
}

/** A tier code given through the API. */
export function tierProblem(scheme: Scheme | null, tier: string | null | undefined): string | null {
  if (tier === null || tier === undefined) return null;
  if (!scheme) return '本支部尚未设置今年的积分方案，无法设置层次';
  const tiers = memberTiers(scheme);
  if (tiers.length === 0) return '本支部的积分方案不分层次';
  return tiers.some((t) => t.code === tier) ? null : `积分方案中没有层次 ${tier}（可选：${tiers.map((t) => t.code).join('、')}）`;
}

/** Volunteer posts checked against the scheme's catalog and its per-member count (001: two of eleven). */
export function postsProblem(scheme: Scheme | null, posts: string[] | undefined): string | null {
  if (!posts || posts.length === 0) return null;
  if (!scheme) return '本支部尚未设置今年的积分方案，无法设置岗位';
  if (!scheme.posts) return '本支部的积分方案没有志愿岗位';
  const catalog = new Set(scheme.posts.catalog.map((p) => p.code));
  const unknown = posts.filter((p) => !catalog.has(p));
  if (unknown.length > 0) return `积分方案中没有岗位 ${unknown.join('、')}`;
  if (new Set(posts).size !== posts.length) return '岗位重复';
  if (posts.length > scheme.posts.perMember) return `每名党员最多认领 ${scheme.posts.perMember} 个岗位`;
  return null;
}

export const EARLIEST_BIRTH_DATE = '1900-01-01';

/**
 * Birth and join dates: real, not in the future, joined after birth. Keys are the fields. An 入党积极分子
 * has no join date (null): only the birth date is checked.
 */
export function memberDateProblems(birthDate: string, joinDate: string | null, today: string): { birthDate?: string; joinDate?: string } {
  const problems: { birthDate?: string; joinDate?: string } = {};
  const birth = localDateToInt(birthDate);
  const todayInt = localDateToInt(today);
  if (birth < localDateToInt(EARLIEST_BIRTH_DATE) || birth > todayInt) problems.birthDate = '出生日期不合理';
  if (joinDate === null) return problems;
  const join = localDateToInt(joinDate);
  if (join > todayInt) problems.joinDate = '入党日期不能晚于今天';
  else if (!problems.birthDate && join <= birth) problems.joinDate = '入党日期应晚于出生日期';
  return problems;
}

/**
 * 入党积极分子 are entered only where the branch's scheme for the year scores them (scheme
 * `scoresActivists`; 003 社保中心, 004 "入党积极分子可参照党员考核项目进行积分管理").
 */
export function activistProblem(scheme: Scheme | null): string | null {
  if (!scheme) return '本支部尚未设置今年的积分方案，暂不能登记入党积极分子';
  if (!scheme.scoresActivists) return `本支部今年的积分方案（${scheme.shortName}）不对入党积极分子积分，只能登记正式党员或预备党员`;
  return null;
}

/** 入党日期 against the status: 正式/预备党员 have one, an 入党积极分子 has none yet. */
export function joinDateProblem(status: 'full' | 'probationary' | 'activist', joinDate: string | null | undefined): string | null {
  if (status === 'activist') return joinDate ? '入党积极分子尚未入党，入党日期请留空' : null;
  return joinDate ? null : '请填写入党日期';
}
