import { answerAppeal } from '../../../shared/contracts/publications/answer-appeal.schema';
import { fail } from '../../../server/errors/domain-error';
import { DuplicateLineError } from '../../../server/ledger/duplicate-line';
import { correctionLine } from '../../../server/publications/appeal-correction';
import { requirePublication } from '../../../server/publications/publication-access';
import { appealView } from '../../../server/publications/publication-views';
import { pinnedBranchYear } from '../../../server/schemes/scheme-cache';
import { Handler } from '../../../server/runtime/route';
import { notifyAppealAnswered } from '../../../server/notices/notify';

/**
 * The branch answers an appeal while its publication is open: accepted — with its correction written to
 * the ledger (source 'appeal') — or rejected with a reason. The answer and the correction are written in
 * one transaction, once: an appeal answered already answers APPEAL_ANSWERED. Officers do not answer their
 * own appeals.
 *
 * Database requests: 4 without a correction — the appeal ∥ roles, the publication, the transaction's
 * read and write (+ start and commit); a correction adds the member (and the cancelled line) and the line's write.
 * Then, never failing it, 异议答复 to the member: +1 read of their subscription, +1 write.
 */
export const answerAppealHandler: Handler<typeof answerAppeal> = async (request, { openid, now, services, access, repos, transaction }) => {
  const [appeal] = await Promise.all([repos.appeals.byId(request.appealId), access.roles()]);
  if (!appeal) throw fail('APPEAL_NOT_FOUND');
  const role = await access.requireBranchRole(appeal.branchId, ['secretary', 'committeeAdmin']);
  if (appeal.openid === openid) throw fail('SELF_ANSWER');
  if (appeal.status !== 'open') throw fail('APPEAL_ANSWERED');
  const publication = await requirePublication(repos, appeal.publicationId);
  if (publication.status === 'final') throw fail('PUBLICATION_FINAL', { label: publication.label });

  let line = null;
  if (request.decision === 'accept' && request.correction) {
    const correction = request.correction;
    const [branchYear, member, cancelled] = await Promise.all([
      pinnedBranchYear(repos, publication.branchId, publication.year, publication.scheme),
      repos.members.byId(appeal.memberId),
      correction.kind === 'cancel' ? repos.ledger.byId(correction.entryId) : Promise.resolve(null),
    ]);
    if (!member) throw fail('MEMBER_NOT_FOUND');
    if (correction.kind === 'cancel' && !cancelled) throw fail('ENTRY_NOT_FOUND');
    const actor = await access.actor(appeal.branchId, role);
    line = correctionLine({ branchYear, publication, appeal, member, actor, now, answer: request.answer }, correction, cancelled);
  }
  const answered = {
    status: request.decision === 'accept' ? ('accepted' as const) : ('rejected' as const),
    answeredAt: now,
    answeredBy: openid,
    answer: request.answer,
    correctionEntryId: line?._id ?? null,
  };
  try {
    await transaction(async (tx) => {
      const current = await tx.appeals.byId(appeal._id);
      if (!current || current.status !== 'open') throw fail('APPEAL_ANSWERED');
      if (line) await tx.ledger.append([line]);
      await tx.appeals.update(appeal._id, answered);
    });
  } catch (error) {
    if (error instanceof DuplicateLineError)
      throw request.correction?.kind === 'cancel' ? fail('ENTRY_ALREADY_REVERSED') : fail('APPEAL_ANSWERED');
    throw error;
  }
  await notifyAppealAnswered({ repos, services, now }, { ...appeal, ...answered }, publication);
  return appealView({ ...appeal, ...answered }, await services.photos.links(appeal.photos), now);
};
