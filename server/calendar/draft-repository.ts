import type { PublicationDraftDoc } from './publication-draft.doc';

/** Boards drafted by the timer, one per branch and period. */
export interface PublicationDraftRepository {
  /** The ids among `ids` already drafted (one request per 1000). */
  existing(ids: readonly string[]): Promise<Set<string>>;
  byId(id: string): Promise<PublicationDraftDoc | null>;
  /** A new draft; false when the period was drafted already (a twin run wrote it first). */
  insert(draft: PublicationDraftDoc): Promise<boolean>;
}
