import type { AppealView, BoardRowView, PublicationSummary } from '../../shared/contracts/publications/publication-view.schema';
import type { AppealDoc } from './appeal.doc';
import type { BoardRow, PublicationDoc } from './publication.doc';

/** A publication as lists and headers show it. */
export function publicationSummary(p: PublicationDoc): PublicationSummary {
  return {
    publicationId: p._id,
    branchId: p.branchId,
    period: p.period,
    kind: p.kind,
    label: p.label,
    status: p.status,
    publishedAt: p.publishedAt.toISOString(),
    windowEndsAt: p.windowEndsAt.toISOString(),
    appealsUntil: p.appealsUntil.toISOString(),
    finalizedAt: p.finalizedAt ? p.finalizedAt.toISOString() : null,
    seal: p.seal,
  };
}

/** The board as pages show it (the sort key stays inside). */
export function boardView(rows: readonly BoardRow[]): BoardRowView[] {
  return rows.map(({ sortKey: _sortKey, ...row }) => row);
}

/** An appeal as pages show it, its photos with their links, overdue when unanswered past its due time. */
export function appealView(appeal: AppealDoc, links: ReadonlyMap<string, string | null>, now: Date): AppealView {
  return {
    appealId: appeal._id,
    publicationId: appeal.publicationId,
    period: appeal.period,
    memberId: appeal.memberId,
    memberName: appeal.memberName,
    reason: appeal.reason,
    photos: appeal.photos.map((fileId) => ({ fileId, url: links.get(fileId) ?? null })),
    filedAt: appeal.filedAt.toISOString(),
    answerDue: appeal.answerDue.toISOString(),
    overdue: appeal.status === 'open' && now.getTime() > appeal.answerDue.getTime(),
    status: appeal.status,
    answeredAt: appeal.answeredAt ? appeal.answeredAt.toISOString() : null,
    answer: appeal.answer,
    correctionEntryId: appeal.correctionEntryId,
  };
}
