import { z } from 'zod';
import { AttendanceOutcome } from '../../shared/scheme/schema';
import { StoredDate } from '../stored';

/** A meeting whose attendance the recorder recorded in one step. `_id` = `${branchId}:${idempotencyKey}`. */
export const MeetingDoc = z
  .object({
    _id: z.string(),
    branchId: z.string(),
    year: z.number().int(),
    meetingType: z.string(),
    title: z.string(),
    date: z.string(),
    attendance: z.array(z.object({ memberId: z.string(), outcome: AttendanceOutcome }).strict()),
    recordedBy: z.string(),
    recordedAt: StoredDate,
  })
  .strict();
export type MeetingDoc = z.infer<typeof MeetingDoc>;
