import type { CONTRACTS, ResponseOf } from '../../shared/index';
import { formatDelta } from '../../common/format';
import { ruleText, type ItemRule } from '../common/item-points';

export type RecordingForm = ResponseOf<typeof CONTRACTS.reports.recordingForm>;

export interface MemberChip {
  memberId: string;
  name: string;
  /** Not selectable: the officer's own record (another officer scores it) or an exempt member. */
  disabled: boolean;
  note: string;
}

export interface ItemRow {
  code: string;
  /** The code as an element id can hold it (dots are not allowed in a selector): "duties-dues-late". */
  key: string;
  name: string;
  rule: string;
  /** Deductions in the warning colour, awards in the brand colour. */
  tone: 'minus' | 'plus' | 'veto';
}

export interface CategoryGroup {
  name: string;
  items: ItemRow[];
}

export function memberChips(form: RecordingForm): MemberChip[] {
  return form.members.map((m) => ({
    memberId: m.memberId,
    name: m.name,
    disabled: m.self || m.exempt,
    note: m.self ? '本人' : m.exempt ? '不记分' : '',
  }));
}

function toneOf(rule: ItemRule): ItemRow['tone'] {
  const p = rule.points;
  if (p.kind === 'veto') return 'veto';
  const sample = p.kind === 'range' ? p.max : p.kind === 'levels' ? (p.levels[0]?.value ?? 0) : p.value;
  return sample < 0 ? 'minus' : 'plus';
}

/** The items the caller may enter, by category, in the scheme's order. */
export function categoryGroups(form: RecordingForm): CategoryGroup[] {
  const groups: CategoryGroup[] = [];
  for (const item of form.items) {
    let group = groups.find((g) => g.name === item.categoryName);
    if (!group) groups.push((group = { name: item.categoryName, items: [] }));
    group.items.push({
      code: item.code,
      key: item.code.replace(/[^A-Za-z0-9_-]/g, '-'),
      name: item.name,
      rule: ruleText(item),
      tone: toneOf(item),
    });
  }
  return groups;
}

export function findItem(form: RecordingForm, code: string): ItemRule | null {
  return form.items.find((i) => i.code === code) ?? null;
}

/** "给张伟记 −3 分" / "给张伟记一票否决". */
export function entrySummary(name: string, rule: ItemRule, points: number | null): string {
  if (rule.points.kind === 'veto') return `给${name}记“一票否决”`;
  return points === null ? `给${name}记分` : `给${name}记 ${formatDelta(points)} 分`;
}
