import { localDateOf } from '../../shared/period';
import type { FieldProblem } from '../../shared/validation';
import type { Access } from '../access/access';
import { fail, failOnFields } from '../errors/domain-error';
import type { Repositories } from '../repositories';
import { currentBranchScheme } from '../schemes/current-branch-scheme';
import { activistProblem, joinDateProblem, memberDateProblems, postsProblem, tierProblem } from './member-rules';

export interface MemberFieldsToCheck {
  tier?: string | null;
  posts?: string[];
  groupId?: string | null;
  /** Both dates as they will be stored (checked when either changes). */
  dates?: { birthDate: string; joinDate: string | null };
  /**
   * Status and 入党日期 as they will be stored (checked when either changes); `newActivist` when the record
   * becomes an 入党积极分子, which the branch's scheme must score.
   */
  standing?: { status: 'full' | 'probationary' | 'activist'; joinDate: string | null; newActivist: boolean };
}

/**
 * Checks the member fields that depend on the branch (its 党小组, its scheme's tiers and posts, whether it
 * scores 入党积极分子) and on the calendar, and throws one VALIDATION MEMBER_INVALID naming every problem
 * (paths prefixed with `prefix`).
 * Requests: branch-year 0–1 + group org 0–1 (in parallel).
 */
export async function requireValidMemberFields(
  repos: Pick<Repositories, 'branchYears'>,
  access: Access,
  branchId: string,
  now: Date,
  fields: MemberFieldsToCheck,
  prefix = '',
): Promise<void> {
  const needsScheme =
    (fields.tier !== undefined && fields.tier !== null) ||
    (fields.posts !== undefined && fields.posts.length > 0) ||
    fields.standing?.newActivist === true;
  const [scheme, group] = await Promise.all([
    needsScheme ? currentBranchScheme(repos, branchId, now) : Promise.resolve(null),
    fields.groupId ? access.org(fields.groupId) : Promise.resolve(null),
  ]);
  const problems: FieldProblem[] = [];
  const add = (field: string, message: string | null | undefined) => {
    const path = `${prefix}${field}`;
    if (message && !problems.some((p) => p.path === path)) problems.push({ path, message });
  };
  if (fields.standing) {
    if (fields.standing.newActivist) add('status', activistProblem(scheme));
    add('joinDate', joinDateProblem(fields.standing.status, fields.standing.joinDate));
  }
  add('tier', tierProblem(scheme, fields.tier));
  add('posts', postsProblem(scheme, fields.posts));
  if (fields.groupId && !(group && group.kind === 'group' && group.parentId === branchId)) add('groupId', '不是本支部的党小组');
  if (fields.dates) {
    const dates = memberDateProblems(fields.dates.birthDate, fields.dates.joinDate, localDateOf(now));
    add('birthDate', dates.birthDate);
    add('joinDate', dates.joinDate);
  }
  if (problems.length > 0) throw failOnFields('MEMBER_INVALID', problems);
}

/**
 * Refuses a second active record of the same person (same name and birth date) in a branch: CONFLICT
 * MEMBER_EXISTS naming the branch (one query; the branch's name is read only for the refusal, unless the
 * caller's access has it already).
 */
export async function requireNoSamePerson(
  repos: Pick<Repositories, 'members'>,
  access: Access,
  branchId: string,
  person: { name: string; birthDate: string },
  exceptId?: string,
): Promise<void> {
  if (!(await repos.members.activeSamePerson(branchId, person, exceptId))) return;
  const branch = (await access.org(branchId))?.name ?? '本支部';
  throw fail('MEMBER_EXISTS', { branch, name: person.name, birthDate: person.birthDate });
}
