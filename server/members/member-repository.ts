import type { Page } from '../reports/report-repository';
import type { MemberDoc } from './member.doc';

/** Member records (one per person and branch; a moved record stays, inactive, for its ledger). */
export interface MemberRepository {
  byId(id: string): Promise<MemberDoc | null>;
  byIds(ids: readonly string[]): Promise<MemberDoc[]>;
  /** The active records bound to a WeChat user (a person may be a member of several branches). */
  activeBoundTo(openid: string): Promise<MemberDoc[]>;
  /** The active records in a branch bound to any of these WeChat users. */
  activeBoundInBranch(branchId: string, openids: readonly string[]): Promise<MemberDoc[]>;
  /** Every active record of a branch (one request per 1000). */
  activeOfBranch(branchId: string): Promise<MemberDoc[]>;
  /** A page of a branch's records by name, and how many (active only unless `includeInactive`). */
  pageOfBranch(branchId: string, filter: { includeInactive?: boolean }, page: Page): Promise<{ total: number; members: MemberDoc[] }>;
  /** Active records of the branch whose name is one of `names`. */
  activeByNames(branchId: string, names: readonly string[]): Promise<MemberDoc[]>;
  /** An active record of the branch for the same person (name and birth date) or the same WeChat, if any. */
  activeClash(branchId: string, person: Pick<MemberDoc, 'name' | 'birthDate'>, openid: string | null): Promise<MemberDoc | null>;
  insert(member: MemberDoc): Promise<void>;
  insertMany(members: readonly MemberDoc[]): Promise<void>;
  update(id: string, fields: Partial<Omit<MemberDoc, '_id'>>): Promise<void>;
  /** An active record of the branch for the same person (name and birth date), other than `exceptId`, if any. */
  activeSamePerson(branchId: string, person: Pick<MemberDoc, 'name' | 'birthDate'>, exceptId?: string): Promise<MemberDoc | null>;
  /** Head counts of each branch's active records, computed in the database (one request per 1000 branches). */
  countsByBranch(branchIds: readonly string[]): Promise<BranchMemberCounts[]>;
}

/** One branch's active records counted: party members under points management, activists, exempt, bound, by category. */
export interface BranchMemberCounts {
  branchId: string;
  members: number;
  activists: number;
  exempt: number;
  bound: number;
  byCategory: { selfManaged: number; inService: number; mobile: number };
}
