import type { MeetingDoc } from './meeting.doc';

/** Meetings whose attendance was recorded (their id carries the idempotency key). */
export interface MeetingRepository {
  byId(id: string): Promise<MeetingDoc | null>;
  /** Records a meeting; when a retry or concurrent twin recorded it first, answers that one. */
  insert(meeting: MeetingDoc): Promise<{ created: boolean; meeting: MeetingDoc }>;
}
