import { z } from 'zod';
import { BoardRow, PublicationKind } from '../publications/publication.doc';
import { PinnedSchemeRef } from '../reports/report.doc';
import { StoredDate } from '../stored';

/**
 * A period's board as the timer drafted it on the first days after the period (`_id` = `${branchId}:${period}`,
 * the id its publication will have): one per branch and period however often the timer fires. Secretaries
 * are reminded when it is written; publishing computes the board again (publishPeriod).
 */
export const PublicationDraftDoc = z
  .object({
    _id: z.string(),
    branchId: z.string(),
    committeeId: z.string(),
    year: z.number().int(),
    period: z.string(),
    kind: PublicationKind,
    label: z.string(),
    from: z.string(),
    to: z.string(),
    scoringPeriods: z.array(z.string()),
    scheme: PinnedSchemeRef,
    /** The board as of the period's end, when drafted (form D's rows). */
    board: z.array(BoardRow),
    /** Reports of the period still waiting for review when drafted (they block publishing). */
    pendingReports: z.number().int(),
    draftedAt: StoredDate,
    /** The timer trigger that drafted it. */
    trigger: z.string(),
  })
  .strict();
export type PublicationDraftDoc = z.infer<typeof PublicationDraftDoc>;
