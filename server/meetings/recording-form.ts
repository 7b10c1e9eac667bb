import type { ItemRuleView } from '../../shared/contracts/reports/item-rule.schema';
import { ItemKind } from '../../shared/engine';
import { fromCenti } from '../../shared/points';
import type { AttendanceOutcome } from '../../shared/scheme/schema';
import type { MemberDoc } from '../members/member.doc';
import { pinyinSortKey } from '../publications/board';
import type { BranchYear } from '../schemes/branch-year';
import { itemRuleView } from '../schemes/item-rules-view';

const OUTCOME_ORDER: AttendanceOutcome[] = ['present', 'absent', 'late', 'leave'];

/** The scheme's meeting types, each with the outcomes it scores and what they are worth. */
export function meetingTypes(branchYear: BranchYear) {
  const { compiled } = branchYear;
  return branchYear.scheme.meetings.map((meeting) => ({
    code: meeting.code,
    name: meeting.name,
    outcomes: OUTCOME_ORDER.flatMap((outcome) => {
      const itemCode = meeting.outcomes[outcome];
      const index = itemCode === undefined ? undefined : compiled.itemIndex.get(itemCode);
      if (itemCode === undefined || index === undefined) return [];
      const item = compiled.items[index];
      return [{ outcome, itemCode, itemName: item.name, points: fromCenti(item.value) }];
    }),
  }));
}

/** The items an officer may enter for a member: all of the scheme's, vetoes for the secretary only. */
export function enterableItems(branchYear: BranchYear, role: string): ItemRuleView[] {
  return (
    branchYear.compiled.items
      .filter((item) => item.kind !== ItemKind.Veto || role === 'secretary')
      // A count threshold is given by the engine at the end of its scope (全年缺席不多于1次 加5分): nobody enters it.
      .filter((item) => item.source.points.kind !== 'countThreshold')
      .map((item) => itemRuleView(branchYear, item))
  );
}

/** The branch's members in pinyin order, the officer's own record marked. */
export function recordingMembers(members: readonly MemberDoc[], officerOpenid: string) {
  return members
    .map((m) => ({ m, key: pinyinSortKey(m.name) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ m }) => ({ memberId: m._id, name: m.name, self: m.openid !== null && m.openid === officerOpenid, exempt: m.exempt !== null }));
}
