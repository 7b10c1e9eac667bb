import { z } from 'zod';
import { StoredDate } from '../stored';

/** A committee's custom scheme, one document per version (`_id` = `${schemeId}@${version}`). */
export const SchemeDoc = z
  .object({
    _id: z.string(),
    committeeId: z.string(),
    schemeId: z.string(),
    version: z.number().int().positive(),
    /** The scheme JSON, validated with shared Scheme when read. */
    scheme: z.record(z.string(), z.unknown()),
    createdBy: z.string(),
    createdAt: StoredDate,
  })
  .strict();
export type SchemeDoc = z.infer<typeof SchemeDoc>;

/**
 * A branch's scheme for a year, pinned: a copy of the scheme as it was chosen (`_id` = `${branchId}:${year}`).
 * `closedPeriods` lists period keys no longer open for reports (publications close them).
 */
export const BranchYearDoc = z
  .object({
    _id: z.string(),
    branchId: z.string(),
    /** The branch's committee (for committee-level queries). */
    committeeId: z.string(),
    year: z.number().int(),
    schemeId: z.string(),
    schemeVersion: z.number().int().positive(),
    source: z.enum(['preset', 'custom']),
    scheme: z.record(z.string(), z.unknown()),
    closedPeriods: z.array(z.string()),
    /** The branch's board setting for the year: publications show rankings (off when absent: the 2026 rules on government apps). */
    showRanking: z.boolean().optional(),
    /** The scoring start (absent: 1 January): a branch adopting its scheme mid-year scores from here. */
    scoringFrom: z.string().optional(),
    setBy: z.string(),
    setAt: StoredDate,
  })
  .strict();
export type BranchYearDoc = z.infer<typeof BranchYearDoc>;

export const branchYearId = (branchId: string, year: number) => `${branchId}:${year}`;

/** The date a branch-year's scoring starts: its pinned scoringFrom, else 1 January. */
export const scoringFromOf = (doc: Pick<BranchYearDoc, 'year' | 'scoringFrom'>) => doc.scoringFrom ?? `${doc.year}-01-01`;

/** A custom scheme version's document id, and the ref setBranchScheme takes: `${schemeId}@${version}`. */
export const schemeDocId = (schemeId: string, version: number) => `${schemeId}@${version}`;
