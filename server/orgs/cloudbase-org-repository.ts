import { z } from 'zod';
import { isDuplicateKey } from '../db/cloudbase';
import { DocumentCollection } from '../db/document-collection';
import { COLLECTIONS } from '../db/collections';
import type { Command, DocumentSource } from '../db/document-source';
import { OrgDoc, OrgKind } from './org.doc';
import type { OrgRepository, SystemRepository } from './org-repository';

export class CloudbaseOrgRepository implements OrgRepository {
  private readonly orgs: DocumentCollection<OrgDoc>;
  private readonly _: Command;

  constructor(source: DocumentSource, command: Command) {
    this.orgs = new DocumentCollection(source, COLLECTIONS.orgs, OrgDoc, command);
    this._ = command;
  }

  byId(id: string) {
    return this.orgs.byId(id);
  }

  byIds(ids: readonly string[]) {
    return this.orgs.byIds(ids);
  }

  subtrees(roots: readonly string[]) {
    return this.orgs.find(this._.or([{ _id: this._.in([...roots]) }, { ancestors: this._.in([...roots]) }]));
  }

  childrenOf(parentId: string, kind: OrgKind) {
    return this.orgs.find({ parentId, kind });
  }

  async insert(org: OrgDoc) {
    try {
      await this.orgs.insert(org);
      return true;
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }
}

const SystemDoc = z.object({ _id: z.string() }).loose();

/** The system record of bootstrapCommittee's one use. */
const BOOTSTRAP_ID = 'bootstrap';

export class CloudbaseSystemRepository implements SystemRepository {
  private readonly system: DocumentCollection<z.infer<typeof SystemDoc>>;

  constructor(source: DocumentSource, command: Command) {
    this.system = new DocumentCollection(source, COLLECTIONS.system, SystemDoc, command);
  }

  async get(id: string) {
    const found = await this.system.byId(id);
    if (!found) return null;
    const { _id, ...fields } = found;
    return fields;
  }

  async put(id: string, fields: Record<string, unknown>) {
    await this.system.put({ _id: id, ...fields });
  }

  async bootstrapUsed() {
    return (await this.get(BOOTSTRAP_ID)) !== null;
  }

  async recordBootstrap(record: { usedBy: string; usedAt: Date; committeeId: string }) {
    await this.put(BOOTSTRAP_ID, record);
  }
}
