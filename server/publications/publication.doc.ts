import { z } from 'zod';
import { PinnedSchemeRef } from '../reports/report.doc';
import { StoredDate } from '../stored';

/** What a period's board shows for one member: the paper form D's row (name, grade, score, plus and minus per period). */
export const BoardRow = z
  .object({
    memberId: z.string(),
    name: z.string(),
    /** The name's pinyin with surnames read as surnames (曾 zeng, 单 shan): the board's order. */
    sortKey: z.string(),
    exempt: z.boolean(),
    /** The year's total so far (as of the period's end). */
    total: z.number(),
    stars: z.number().int().nullable(),
    /** The grade these points reach so far (before the year's quota and review). */
    grade: z.object({ code: z.string(), name: z.string() }).strict().nullable(),
    /** The scoring periods the publication covers (a quarter of a monthly scheme: its three months). */
    periods: z.array(z.object({ key: z.string(), label: z.string(), total: z.number(), plus: z.number(), minus: z.number() }).strict()),
    /** The place by total, when the branch shows rankings (off by default). */
    rank: z.number().int().nullable(),
  })
  .strict();
export type BoardRow = z.infer<typeof BoardRow>;

export const PublicationKind = z.enum(['month', 'quarter', 'year']);
export type PublicationKind = z.infer<typeof PublicationKind>;

/**
 * A period's scores shown to the branch (公示), `_id` = `${branchId}:${period}` (one per branch and
 * period, however often or concurrently published). Open for its window; then final: the board frozen,
 * with the ledger position it was computed from and the seal that chains it to the branch's previous one.
 */
export const PublicationDoc = z
  .object({
    _id: z.string(),
    branchId: z.string(),
    committeeId: z.string(),
    year: z.number().int(),
    period: z.string(),
    kind: PublicationKind,
    label: z.string(),
    /** The dates the publication covers, and the scoring periods in them. */
    from: z.string(),
    to: z.string(),
    scoringPeriods: z.array(z.string()),
    scheme: PinnedSchemeRef,
    status: z.enum(['open', 'final']),
    publishedAt: StoredDate,
    publishedBy: z.string(),
    /** The last moment of the window (end of its last day, Beijing time). */
    windowEndsAt: StoredDate,
    /** The last moment an appeal may be filed. */
    appealsUntil: StoredDate,
    answerWithinDays: z.number().int(),
    memberConfirms: z.boolean(),
    showRanking: z.boolean(),
    /** The board as published (recomputed at finalization: accepted appeals change it). */
    board: z.array(BoardRow),
    finalizedAt: StoredDate.nullable(),
    /** At finalization: how many ledger lines dated in the publication's range were counted, and the seal. */
    counted: z.number().int().nullable(),
    seal: z.string().nullable(),
    previousSeal: z.string().nullable(),
    previousPublication: z.string().nullable(),
  })
  .strict();
export type PublicationDoc = z.infer<typeof PublicationDoc>;

export const publicationIdOf = (branchId: string, period: string) => `${branchId}:${period}`;
