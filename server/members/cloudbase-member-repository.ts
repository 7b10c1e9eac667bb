import { z } from 'zod';
import { countIf } from '../db/count-if';
import { DocumentCollection, PAGE_SIZE } from '../db/document-collection';
import { COLLECTIONS } from '../db/collections';
import type { Command, DocumentSource } from '../db/document-source';
import type { Page } from '../reports/report-repository';
import { MemberDoc } from './member.doc';
import type { BranchMemberCounts, MemberRepository } from './member-repository';

export class CloudbaseMemberRepository implements MemberRepository {
  private readonly members: DocumentCollection<MemberDoc>;
  private readonly _: Command;

  constructor(source: DocumentSource, command: Command) {
    this.members = new DocumentCollection(source, COLLECTIONS.members, MemberDoc, command);
    this._ = command;
  }

  byId(id: string) {
    return this.members.byId(id);
  }

  byIds(ids: readonly string[]) {
    return this.members.byIds(ids);
  }

  activeBoundTo(openid: string) {
    return this.members.find({ openid, active: true }, { limit: 100 });
  }

  activeBoundInBranch(branchId: string, openids: readonly string[]) {
    if (openids.length === 0) return Promise.resolve([]);
    return this.members.find({ branchId, openid: this._.in([...openids]), active: true }, { limit: PAGE_SIZE });
  }

  activeOfBranch(branchId: string) {
    return this.members.findAll({ branchId, active: true });
  }

  async pageOfBranch(branchId: string, filter: { includeInactive?: boolean }, page: Page) {
    const where = { branchId, ...(filter.includeInactive ? {} : { active: true }) };
    const [total, members] = await Promise.all([
      this.members.count(where),
      this.members.find(where, {
        orderBy: [
          ['name', 'asc'],
          ['_id', 'asc'],
        ],
        skip: page.offset,
        limit: page.limit,
      }),
    ]);
    return { total, members };
  }

  activeByNames(branchId: string, names: readonly string[]) {
    if (names.length === 0) return Promise.resolve([]);
    return this.members.find({ branchId, active: true, name: this._.in([...new Set(names)]) }, { limit: PAGE_SIZE });
  }

  activeClash(branchId: string, person: Pick<MemberDoc, 'name' | 'birthDate'>, openid: string | null) {
    const here = { branchId, active: true };
    return this.members.findOne(
      this._.or([{ ...here, name: person.name, birthDate: person.birthDate }, ...(openid ? [{ ...here, openid }] : [])]),
    );
  }

  async insert(member: MemberDoc) {
    await this.members.insert(member);
  }

  async insertMany(members: readonly MemberDoc[]) {
    await this.members.insertMany(members);
  }

  async update(id: string, fields: Partial<Omit<MemberDoc, '_id'>>) {
    await this.members.update(id, fields);
  }

  activeSamePerson(branchId: string, person: Pick<MemberDoc, 'name' | 'birthDate'>, exceptId?: string) {
    return this.members.findOne({
      branchId,
      active: true,
      name: person.name,
      birthDate: person.birthDate,
      ...(exceptId === undefined ? {} : { _id: this._.neq(exceptId) }),
    });
  }

  async countsByBranch(branchIds: readonly string[]): Promise<BranchMemberCounts[]> {
    if (branchIds.length === 0) return [];
    const $ = this._.aggregate;
    const managed = $.eq(['$exempt', null]);
    const member = $.and([managed, $.neq(['$status', 'activist'])]);
    const rows = await this.members.summarized(
      { branchId: this._.in([...branchIds]), active: true },
      {
        _id: '$branchId',
        members: countIf($, member),
        activists: countIf($, $.and([managed, $.eq(['$status', 'activist'])])),
        exempt: countIf($, $.neq(['$exempt', null])),
        bound: countIf($, $.and([managed, $.neq(['$openid', null])])),
        selfManaged: countIf($, $.and([member, $.eq(['$category', 'selfManaged'])])),
        inService: countIf($, $.and([member, $.eq(['$category', 'inService'])])),
        mobile: countIf($, $.and([member, $.eq(['$category', 'mobile'])])),
      },
      MemberCountsRow,
    );
    return rows.map(({ _id, selfManaged, inService, mobile, ...counts }) => ({
      branchId: _id,
      ...counts,
      byCategory: { selfManaged, inService, mobile },
    }));
  }
}

const count = z.number().int();
const MemberCountsRow = z.object({
  _id: z.string(),
  members: count,
  activists: count,
  exempt: count,
  bound: count,
  selfManaged: count,
  inService: count,
  mobile: count,
});
