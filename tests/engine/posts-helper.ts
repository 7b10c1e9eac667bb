import type { EntryInput, MemberInput } from '../../shared/engine';
import { anEntry } from '../support/scoring-mothers';

const POSTS = ['sanitation', 'policyPublicity'];
const ITEMS = ['posts.claim', 'posts.perform', 'posts.deed'];

/** 001 volunteer-post entries adding up to `points` in one month (each entry ≤ 10, halves allowed). */
export function postsWorth(member: MemberInput, month: string, points: number): EntryInput[] {
  const entries: EntryInput[] = [];
  let left = points;
  let slot = 0;
  while (left > 0) {
    const value = Math.min(10, left);
    entries.push(
      anEntry(member, `${month}-${String(10 + slot).padStart(2, '0')}`, ITEMS[slot % 3], {
        points: value,
        post: POSTS[Math.floor(slot / 3) % 2],
      }),
    );
    left -= value;
    slot += 1;
  }
  return entries;
}

export const CLAIMED_POSTS = POSTS;
