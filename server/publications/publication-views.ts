import type { MyAppealView } from '../../shared/contracts/publications/my-appeals.schema';
import type { AppealView, BoardRowView, PublicationSummary } from '../../shared/contracts/publications/publication-view.schema';
import { parsePeriodKey } from '../../shared/period';
import type { RoleDoc } from '../roles/role.doc';
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

/** A publication's period as people say it: 2026年3月, 2026年第一季度, 2026年度. */
export const periodLabelOf = (key: string): string => (/^\d{4}$/.test(key) ? `${key}年度` : (parsePeriodKey(key)?.label ?? key));

const ROLE_TITLES: Record<RoleDoc['role'], string> = { secretary: '书记', recorder: '记分员', committeeAdmin: '上级党委' };

/** Who answered, from the roles of the appeal's branch: '书记 徐书记'; null when open or the role is gone. */
function answererOf(appeal: AppealDoc, roles: readonly RoleDoc[]): string | null {
  const role = appeal.answeredBy ? roles.find((r) => r.openid === appeal.answeredBy) : undefined;
  if (!role) return null;
  return [role.title ?? ROLE_TITLES[role.role], role.name].filter(Boolean).join(' ');
}

/** One of the member's own appeals as their list shows it (photos counted, the answerer named). */
export function myAppealView(appeal: AppealDoc, roles: readonly RoleDoc[], now: Date): MyAppealView {
  const { photos: _photos, memberName: _memberName, ...view } = appealView(appeal, new Map(), now);
  return { ...view, periodLabel: periodLabelOf(appeal.period), photoCount: appeal.photos.length, answeredBy: answererOf(appeal, roles) };
}
