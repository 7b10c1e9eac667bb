import type { NoticeKey } from '../../shared/contracts/notices/notice-fields.schema';
import { isDuplicateKey } from '../db/cloudbase';
import { DocumentCollection } from '../db/document-collection';
import { COLLECTIONS } from '../db/collections';
import type { Command, DocumentSource } from '../db/document-source';
import { KEPT_PROBLEMS, NoticeMarkDoc, NoticeProblem, NoticeSubscriptionDoc } from './notice-subscription.doc';
import type { NoticeMarkRepository, NoticeSubscriptionRepository } from './notice-subscription-repository';

/** Ids per `in` query: well under CloudBase's limits on a query's size. */
const IDS_PER_QUERY = 500;

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

export class CloudbaseNoticeSubscriptionRepository implements NoticeSubscriptionRepository {
  private readonly subscriptions: DocumentCollection<NoticeSubscriptionDoc>;

  constructor(source: DocumentSource, command: Command) {
    this.subscriptions = new DocumentCollection(source, COLLECTIONS.noticeSubscriptions, NoticeSubscriptionDoc, command);
  }

  byOpenid(openid: string) {
    return this.subscriptions.byId(openid);
  }

  async ofOpenids(openids: readonly string[]) {
    const unique = [...new Set(openids)];
    return (await Promise.all(chunks(unique, IDS_PER_QUERY).map((ids) => this.subscriptions.byIds(ids)))).flat();
  }

  async put(doc: NoticeSubscriptionDoc) {
    await this.subscriptions.put(doc);
  }

  async useCredit(openids: readonly string[], key: NoticeKey) {
    const _ = this.subscriptions.command;
    for (const ids of chunks([...new Set(openids)], IDS_PER_QUERY))
      await this.subscriptions.updateWhere({ _id: _.in(ids), [`credits.${key}`]: _.gt(0) }, { [`credits.${key}`]: _.inc(-1) });
  }

  async addProblem(openids: readonly string[], problem: NoticeProblem, resetCredit?: NoticeKey) {
    const _ = this.subscriptions.command;
    const patch: Record<string, unknown> = {
      problems: _.push({ each: [problem], slice: -KEPT_PROBLEMS }),
      problemBranches: _.addToSet(problem.branchId),
      lastProblemAt: problem.at,
    };
    if (resetCredit) patch[`credits.${resetCredit}`] = 0;
    let changed = 0;
    for (const ids of chunks([...new Set(openids)], IDS_PER_QUERY))
      changed += await this.subscriptions.updateWhere({ _id: _.in(ids) }, patch);
    return changed;
  }

  async insertMany(docs: readonly NoticeSubscriptionDoc[]) {
    for (const part of chunks(docs, IDS_PER_QUERY)) await this.subscriptions.insertMany(part);
  }

  withProblemsOfBranch(branchId: string, since: Date) {
    const _ = this.subscriptions.command;
    return this.subscriptions.find(
      { problemBranches: branchId, lastProblemAt: _.gte(since) },
      { orderBy: [['lastProblemAt', 'desc']], limit: 200 },
    );
  }
}

export class CloudbaseNoticeMarkRepository implements NoticeMarkRepository {
  private readonly marks: DocumentCollection<NoticeMarkDoc>;

  constructor(source: DocumentSource, command: Command) {
    this.marks = new DocumentCollection(source, COLLECTIONS.noticeMarks, NoticeMarkDoc, command);
  }

  async existing(ids: readonly string[]) {
    if (ids.length === 0) return new Set<string>();
    return new Set((await this.marks.byIds(ids)).map((mark) => mark._id));
  }

  async mark(doc: NoticeMarkDoc) {
    try {
      await this.marks.insert(doc);
      return true;
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }
}
