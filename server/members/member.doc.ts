import { z } from 'zod';
import { Code, MemberCategory, MemberStatus } from '../../shared/scheme/schema';
import { StoredDate, StoredId } from '../stored';

/** A party member's record in one branch. One WeChat user may be bound to several (in-service members). */
export const MemberDoc = z
  .object({
    _id: StoredId,
    branchId: z.string().min(1),
    groupId: z.string().nullable(),
    name: z.string().min(1),
    gender: z.enum(['male', 'female']),
    birthDate: z.string(),
    /** 入党日期; null for an 入党积极分子 (status 'activist'), who has not joined yet. */
    joinDate: z.string().nullable(),
    status: MemberStatus,
    category: MemberCategory,
    tier: Code.nullable(),
    phone: z.string().nullable(),
    posts: z.array(Code),
    /** The WeChat user bound by an invite code. */
    openid: z.string().nullable(),
    boundAt: StoredDate.nullable(),
    /** When an officer last cleared the binding (unbindMember): invites issued before it no longer work. */
    unboundAt: StoredDate.nullable().optional(),
    /** 不纳入积分管理: on application, approved by the branch. */
    exempt: z.object({ reason: z.string(), approvedBy: z.string(), approvedAt: StoredDate }).strict().nullable(),
    /** False once moved to another branch (the record stays for the ledger). */
    active: z.boolean(),
    movedTo: z.string().nullable(),
    /** The record this one was moved from (moveMember); absent for records created in the branch. */
    movedFrom: z.string().nullable().optional(),
    createdAt: StoredDate,
    updatedAt: StoredDate,
  })
  .strict();
export type MemberDoc = z.infer<typeof MemberDoc>;
