import { createHash } from 'node:crypto';
import { fileAppeal } from '../../../shared/contracts/publications/file-appeal.schema';
import { fail } from '../../../server/errors/domain-error';
import type { AppealDoc } from '../../../server/publications/appeal.doc';
import { requireBoardReader, requireOwnRowMember, requirePublication } from '../../../server/publications/publication-access';
import { appealView } from '../../../server/publications/publication-views';
import { answerDueOf } from '../../../server/publications/publication-window';
import { requireOwnPhotos } from '../../../server/reports/photo-rules';
import { Handler } from '../../../server/runtime/route';
import { notifyAppealFiled } from '../../../server/notices/notify';

/** An appeal's id, from the member and their idempotency key: a retried filing finds the first. */
const appealIdOf = (openid: string, key: string) => createHash('sha256').update(`appeal\n${openid}\n${key}`).digest('hex').slice(0, 32);

const sameFiling = (a: AppealDoc, b: { publicationId: string; reason: string; photos: string[] }) =>
  a.publicationId === b.publicationId &&
  a.reason === b.reason &&
  a.photos.length === b.photos.length &&
  a.photos.every((p, i) => p === b.photos[i]);

/**
 * A member on the board objects in writing, with optional photos (their own, checked like report photos;
 * the text goes through WeChat's content check), while appeals are open. The branch must answer by the
 * scheme's limit (003: 3 days); past it the appeal is overdue and the committee sees it.
 *
 * Database requests: 4 — the publication ∥ roles ∥ member records (access) ∥ an earlier filing by id, the
 * insert. Storage: as a report's photo checks. Then, never failing it, 异议待答复 to the branch's
 * secretaries: +1 read of the branch's roles, +1 of their subscriptions, +1 write per kind of outcome.
 */
export const fileAppealHandler: Handler<typeof fileAppeal> = async (request, { openid, now, services, access, repos }) => {
  const appealId = appealIdOf(openid, request.idempotencyKey);
  const [publication, earlier] = await Promise.all([
    requirePublication(repos, request.publicationId),
    repos.appeals.byId(appealId),
    access.roles(),
    access.members(),
  ]);
  await requireBoardReader(access, publication.branchId);
  const member = await requireOwnRowMember(access, publication);
  const filing = { publicationId: publication._id, reason: request.reason, photos: request.photos };
  if (earlier) {
    if (earlier.openid !== openid || !sameFiling(earlier, filing)) throw fail('IDEMPOTENCY_KEY_REUSED', { what: '条异议' });
    return appealView(earlier, await services.photos.links(earlier.photos), now);
  }
  if (publication.status === 'final') throw fail('PUBLICATION_FINAL', { label: publication.label });
  if (now.getTime() > publication.appealsUntil.getTime())
    throw fail('APPEAL_WINDOW_CLOSED', { until: publication.appealsUntil.toISOString().slice(0, 10) });
  requireOwnPhotos(request.photos, openid);
  await services.contentCheck.requireCleanText(openid, request.reason);
  const urls = await services.photos.requireImages(request.photos);

  const written = await repos.appeals.insert({
    _id: appealId,
    publicationId: publication._id,
    branchId: publication.branchId,
    committeeId: publication.committeeId,
    period: publication.period,
    memberId: member._id,
    memberName: member.name,
    openid,
    reason: request.reason,
    photos: request.photos,
    filedAt: now,
    answerDue: answerDueOf(now, publication.answerWithinDays),
    status: 'open',
    answeredAt: null,
    answeredBy: null,
    answer: null,
    correctionEntryId: null,
  });
  if (!written.created && !sameFiling(written.appeal, filing)) throw fail('IDEMPOTENCY_KEY_REUSED', { what: '条异议' });
  if (written.created) await notifyAppealFiled({ repos, services, now }, written.appeal, publication);
  return appealView(written.appeal, new Map(request.photos.map((fileId, i) => [fileId, urls[i] ?? null])), now);
};
