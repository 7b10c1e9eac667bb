import { z } from 'zod';
import { isDuplicateKey } from '../db/cloudbase';
import { DocumentCollection, PAGE_SIZE } from '../db/document-collection';
import { COLLECTIONS } from '../db/collections';
import type { Command, DocumentSource } from '../db/document-source';
import type { PublicationDraftRepository } from './draft-repository';
import { PublicationDraftDoc } from './publication-draft.doc';

export class CloudbasePublicationDraftRepository implements PublicationDraftRepository {
  private readonly drafts: DocumentCollection<PublicationDraftDoc>;

  constructor(
    private readonly source: DocumentSource,
    command: Command,
  ) {
    this.drafts = new DocumentCollection(source, COLLECTIONS.publicationDrafts, PublicationDraftDoc, command);
  }

  /** Ids only (a draft carries its board): one request per 1000. */
  async existing(ids: readonly string[]) {
    const found = new Set<string>();
    for (let i = 0; i < ids.length; i += PAGE_SIZE) {
      const { data } = await this.source
        .collection(COLLECTIONS.publicationDrafts)
        .where({ _id: this.drafts.command.in(ids.slice(i, i + PAGE_SIZE)) })
        .field({ _id: true })
        .limit(PAGE_SIZE)
        .get();
      for (const row of IdRows.parse(data)) found.add(row._id);
    }
    return found;
  }

  byId(id: string) {
    return this.drafts.byId(id);
  }

  async insert(draft: PublicationDraftDoc) {
    try {
      await this.drafts.insert(draft);
      return true;
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }
}

const IdRows = z.array(z.object({ _id: z.string() }));
