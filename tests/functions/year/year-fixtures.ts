import { randomBytes } from 'node:crypto';
import { addMember } from '../../../shared/contracts/org/add-member.schema';
import { setBranchScheme } from '../../../shared/contracts/org/set-branch-scheme.schema';
import { recordEntry } from '../../../shared/contracts/reports/record-entry.schema';
import type { Backend } from '../../support/backend';
import { PEOPLE } from '../../support/world';

/** A settable clock for the functions: the year tests walk through several years. */
export function movableClock(start: string) {
  let now = new Date(start);
  return {
    now: () => now,
    set: (at: string) => {
      now = new Date(at);
    },
  };
}

/** Pins a preset for a branch and year through the real action (as the committee admin), scoring from `scoringFrom`. */
export async function pinScheme(backend: Backend, branchId: string, year: number, preset: string, scoringFrom?: string): Promise<void> {
  await backend.as(PEOPLE.admin).ok(setBranchScheme, { branchId, year, scheme: { preset }, ...(scoringFrom ? { scoringFrom } : {}) });
}

/** A full, self-managed member added by the branch's secretary through the real action. */
export async function addFullMember(
  backend: Backend,
  secretary: string,
  branchId: string,
  name: string,
  posts?: string[],
): Promise<string> {
  const { memberId } = await backend.as(secretary).ok(addMember, {
    branchId,
    name,
    gender: 'male',
    birthDate: '1975-04-04',
    joinDate: '2000-07-01',
    status: 'full',
    category: 'selfManaged',
    ...(posts ? { posts } : {}),
  });
  return memberId;
}

/**
 * Gives a 001 member `points` of volunteer-post points on `date`, recorded by branch A's recorder
 * through the real action: 10-point lines over the three post items and the member's two posts.
 */
export async function givePostPoints(backend: Backend, memberId: string, posts: [string, string], points: number, date: string) {
  const slots = ['posts.perform', 'posts.claim', 'posts.deed'].flatMap((itemCode) => posts.map((post) => ({ itemCode, post })));
  let left = points;
  for (const slot of slots) {
    if (left <= 0) break;
    const value = Math.min(10, left);
    left -= value;
    await backend.as(PEOPLE.recorderA).ok(recordEntry, {
      branchId: 'bA',
      memberId,
      itemCode: slot.itemCode,
      post: slot.post,
      points: value,
      date,
      reason: '岗位履职',
      idempotencyKey: randomBytes(8).toString('hex'),
    });
  }
}

/** Database requests made while `work` runs (the emulator counts every gateway action). */
export async function databaseRequests<T>(backend: Backend, work: () => Promise<T>): Promise<{ result: T; requests: number }> {
  backend.emulator.resetStats();
  const result = await work();
  const requests = Object.entries(backend.emulator.stats().actions)
    .filter(([action]) => action.startsWith('database.'))
    .reduce((sum, [, n]) => sum + n, 0);
  return { result, requests };
}
