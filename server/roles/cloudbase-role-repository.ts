import { DocumentCollection } from '../db/document-collection';
import { COLLECTIONS } from '../db/collections';
import type { Command, DocumentSource } from '../db/document-source';
import { RoleDoc } from './role.doc';
import type { RoleRepository } from './role-repository';

export class CloudbaseRoleRepository implements RoleRepository {
  private readonly roles: DocumentCollection<RoleDoc>;

  constructor(source: DocumentSource, command: Command) {
    this.roles = new DocumentCollection(source, COLLECTIONS.roles, RoleDoc, command);
  }

  ofOpenid(openid: string) {
    return this.roles.find({ openid });
  }

  ofOrg(orgId: string) {
    return this.roles.find({ orgId });
  }

  ofOpenidInOrg(openid: string | null, orgId: string) {
    return openid ? this.roles.find({ openid, orgId }) : Promise.resolve([]);
  }

  async put(role: RoleDoc) {
    await this.roles.put(role);
  }

  async remove(roleId: string) {
    await this.roles.remove(roleId);
  }
}
