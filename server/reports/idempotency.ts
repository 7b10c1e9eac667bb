import { createHash } from 'node:crypto';
import type { ReportDoc } from './report.doc';

/**
 * A report's _id, derived from the submitter and their idempotency key: a retried submission finds the
 * first one by id (one read, or the insert's duplicate-key error), and the id reveals neither input.
 * The unique index (openid, idempotencyKey) guards the same rule a second time.
 */
export function reportIdFor(openid: string, idempotencyKey: string): string {
  return createHash('sha256').update(`report\n${openid}\n${idempotencyKey}`).digest('hex').slice(0, 32);
}

export interface SubmittedContent {
  memberId: string;
  itemCode: string;
  date: string;
  description: string;
  photos: string[];
  points?: number;
  level?: string;
  quantity?: number;
  post?: string;
}

/** True when a stored report is the same submission (a retry), false when the key was reused for other content. */
export function isSameSubmission(report: ReportDoc, content: SubmittedContent): boolean {
  return (
    report.memberId === content.memberId &&
    report.itemCode === content.itemCode &&
    report.date === content.date &&
    report.description === content.description &&
    report.photos.length === content.photos.length &&
    report.photos.every((photo, i) => photo === content.photos[i]) &&
    report.points === (content.points ?? null) &&
    report.level === (content.level ?? null) &&
    report.quantity === (content.quantity ?? null) &&
    report.post === (content.post ?? null)
  );
}
