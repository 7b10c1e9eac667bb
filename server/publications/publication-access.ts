import type { ActingRole, Access } from '../access/access';
import { fail } from '../errors/domain-error';
import type { MemberDoc } from '../members/member.doc';
import type { Repositories } from '../repositories';
import type { PublicationDoc } from './publication.doc';

/** The publication (NOT_FOUND PUBLICATION_NOT_FOUND when there is none). */
export async function requirePublication(repos: Pick<Repositories, 'publications'>, publicationId: string): Promise<PublicationDoc> {
  const publication = await repos.publications.byId(publicationId);
  if (!publication) throw fail('PUBLICATION_NOT_FOUND');
  return publication;
}

/** Who reads a branch's publications: its members, officers, and committee admins above it. */
export function requireBoardReader(access: Access, branchId: string): Promise<ActingRole> {
  return access.requireBranchRole(branchId, ['member', 'recorder', 'secretary', 'committeeAdmin']);
}

/** The caller's member record on the board, or null (an officer or admin who is not on it). */
export async function ownRowMember(access: Access, publication: PublicationDoc): Promise<MemberDoc | null> {
  const mine = (await access.members()).filter((m) => m.branchId === publication.branchId);
  return mine.find((m) => publication.board.some((row) => row.memberId === m._id && !row.exempt)) ?? null;
}

/** A member on the board, as appeals and sign-offs need one (FORBIDDEN NOT_ON_BOARD otherwise). */
export async function requireOwnRowMember(access: Access, publication: PublicationDoc): Promise<MemberDoc> {
  const member = await ownRowMember(access, publication);
  if (!member) throw fail('NOT_ON_BOARD');
  return member;
}
