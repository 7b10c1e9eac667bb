import { isDuplicateKey } from '../db/cloudbase';
import { DocumentCollection, PAGE_SIZE } from '../db/document-collection';
import { COLLECTIONS } from '../db/collections';
import type { Command, DocumentSource } from '../db/document-source';
import { BindBucketAttemptsDoc, BindCallerAttemptsDoc } from './bind-attempt.doc';
import { InviteDoc, type MemberInviteDoc } from './invite.doc';
import type { BindAttemptRepository, InviteRepository } from './invite-repository';

export class CloudbaseInviteRepository implements InviteRepository {
  private readonly invites: DocumentCollection<InviteDoc>;
  private readonly _: Command;

  constructor(source: DocumentSource, command: Command) {
    this.invites = new DocumentCollection(source, COLLECTIONS.invites, InviteDoc, command);
    this._ = command;
  }

  byId(id: string) {
    return this.invites.byId(id);
  }

  async insert(invite: InviteDoc) {
    try {
      await this.invites.insert(invite);
      return true;
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }

  async update(id: string, fields: Partial<Pick<InviteDoc, 'usedAt' | 'usedBy' | 'voidedAt'>>) {
    await this.invites.update(id, fields);
  }

  async voidOthersOfMember(memberId: string, keepId: string, at: Date) {
    await this.invites.updateWhere({ memberId, usedAt: null, voidedAt: null, _id: this._.neq(keepId) }, { voidedAt: at });
  }

  async openOfMembers(memberIds: readonly string[]) {
    if (memberIds.length === 0) return [];
    const found = await this.invites.find(
      { kind: 'member', memberId: this._.in([...memberIds]), usedAt: null, voidedAt: null },
      { limit: PAGE_SIZE },
    );
    return found.filter((invite): invite is MemberInviteDoc => invite.kind === 'member');
  }
}

export class CloudbaseBindAttemptRepository implements BindAttemptRepository {
  private readonly callers: DocumentCollection<BindCallerAttemptsDoc>;
  private readonly buckets: DocumentCollection<BindBucketAttemptsDoc>;
  private readonly _: Command;

  constructor(source: DocumentSource, command: Command) {
    this.callers = new DocumentCollection(source, COLLECTIONS.bindAttempts, BindCallerAttemptsDoc, command);
    this.buckets = new DocumentCollection(source, COLLECTIONS.bindAttempts, BindBucketAttemptsDoc, command);
    this._ = command;
  }

  caller(id: string) {
    return this.callers.byId(id);
  }

  bucket(id: string) {
    return this.buckets.byId(id);
  }

  async putCaller(doc: BindCallerAttemptsDoc) {
    await this.callers.put(doc);
  }

  async incrementBucket(doc: BindBucketAttemptsDoc) {
    const increment = () => this.buckets.update(doc._id, { failures: this._.inc(1) });
    if ((await increment()) > 0) return;
    const written = await this.buckets.insertOrFind(doc, () => this.buckets.byId(doc._id));
    if (!written.created) await increment();
  }
}
