import { DocumentCollection } from '../db/document-collection';
import { COLLECTIONS } from '../db/collections';
import type { Command, DocumentSource } from '../db/document-source';
import { MeetingDoc } from './meeting.doc';
import type { MeetingRepository } from './meeting-repository';

export class CloudbaseMeetingRepository implements MeetingRepository {
  private readonly meetings: DocumentCollection<MeetingDoc>;

  constructor(source: DocumentSource, command: Command) {
    this.meetings = new DocumentCollection(source, COLLECTIONS.meetings, MeetingDoc, command);
  }

  byId(id: string) {
    return this.meetings.byId(id);
  }

  async insert(meeting: MeetingDoc) {
    const written = await this.meetings.insertOrFind(meeting, () => this.meetings.byId(meeting._id));
    return { created: written.created, meeting: written.doc };
  }
}
