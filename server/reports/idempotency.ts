import { createHash } from 'node:crypto';
import { EntryFields, entryFieldsOf, sameEntryFields } from '../../shared/entry-fields';
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
  date: string;
  description: string;
  photos: string[];
  /** The item and the details the member gave. */
  fields: EntryFields;
}

/** True when a stored report is the same submission (a retry), false when the key was reused for other content. */
export function isSameSubmission(report: ReportDoc, content: SubmittedContent): boolean {
  return (
    report.memberId === content.memberId &&
    report.date === content.date &&
    report.description === content.description &&
    report.photos.length === content.photos.length &&
    report.photos.every((photo, i) => photo === content.photos[i]) &&
    sameEntryFields(entryFieldsOf(report.itemCode, report), content.fields)
  );
}
