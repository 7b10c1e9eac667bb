import type { Scheme } from '../../scheme/schema';
import type { MemberInput } from '../scoring-input.schema';
import type { IssueList } from './issue-list';
import { duplicateMemberText, tooManyPostsText, unknownPostText } from '../input-wording';

/** Member ids to their index, checking ids are unique and volunteer posts are the scheme's (and not too many). */
export function indexMembers(scheme: Scheme, members: MemberInput[], issues: IssueList): Map<string, number> {
  const memberIndex = new Map<string, number>();
  members.forEach((member, i) => {
    if (memberIndex.has(member.id)) issues.add(`members.${i}.id`, duplicateMemberText(member.id));
    memberIndex.set(member.id, i);
    member.posts?.forEach((post, p) => {
      if (!scheme.posts?.catalog.some((c) => c.code === post)) issues.add(`members.${i}.posts.${p}`, unknownPostText(post));
    });
    if (scheme.posts && member.posts && member.posts.length > scheme.posts.perMember) {
      issues.add(`members.${i}.posts`, tooManyPostsText(scheme.posts.perMember));
    }
  });
  return memberIndex;
}
