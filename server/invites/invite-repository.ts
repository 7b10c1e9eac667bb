import type { BindBucketAttemptsDoc, BindCallerAttemptsDoc } from './bind-attempt.doc';
import type { InviteDoc, MemberInviteDoc } from './invite.doc';

/** One-time invite codes, stored under the hash of the code. */
export interface InviteRepository {
  byId(id: string): Promise<InviteDoc | null>;
  /** A new invite; false when its id (the code's hash) is taken. */
  insert(invite: InviteDoc): Promise<boolean>;
  update(id: string, fields: Partial<Pick<InviteDoc, 'usedAt' | 'usedBy' | 'voidedAt'>>): Promise<void>;
  /** Voids a member's other unused invites (a newer one replaces them). */
  voidOthersOfMember(memberId: string, keepId: string, at: Date): Promise<void>;
  /** These members' invites neither used nor voided, expired or not (one request; at most 100 members). */
  openOfMembers(memberIds: readonly string[]): Promise<MemberInviteDoc[]>;
}

/** Counters of wrong invite codes (bindWithCode's throttle). */
export interface BindAttemptRepository {
  caller(id: string): Promise<BindCallerAttemptsDoc | null>;
  bucket(id: string): Promise<BindBucketAttemptsDoc | null>;
  putCaller(doc: BindCallerAttemptsDoc): Promise<void>;
  /** One more wrong code in the bucket's window, atomically (creating its counter on the window's first). */
  incrementBucket(doc: BindBucketAttemptsDoc): Promise<void>;
}
