import { findPreset } from '../../shared/scheme';
import { localDateOf, yearOf } from '../../shared/period';
import type { Database } from '../../server/db/cloudbase';
import { COLLECTIONS } from '../../server/db/collections';
import { BranchYearDoc, branchYearId } from '../../server/schemes/scheme.doc';
import { MemberDoc } from '../../server/members/member.doc';
import { OrgDoc } from '../../server/orgs/org.doc';
import { RoleDoc, roleId, RoleName } from '../../server/roles/role.doc';
import { newMemberDoc } from '../../server/members/new-member';

/** The people of the standard test world, by openid. */
export const PEOPLE = {
  admin: 'o-admin',
  secretaryA: 'o-sec-a',
  recorderA: 'o-rec-a',
  memberA: 'o-mem-a',
  memberA2: 'o-mem-a2',
  secretaryB: 'o-sec-b',
  memberB: 'o-mem-b',
  stranger: 'o-stranger',
} as const;

export interface World {
  today: string;
  year: number;
  committeeId: string;
  branchA: string;
  branchB: string;
  groupA: string;
  members: { a1: string; a2: string; a3Unbound: string; b1: string };
}

/** A member document with sensible defaults (a full, self-managed member born in 1970), built as the product builds one. */
export function aMemberDoc(over: Partial<MemberDoc> & Pick<MemberDoc, '_id' | 'branchId' | 'name'>, now: Date): MemberDoc {
  const fresh = newMemberDoc(
    over.branchId,
    { name: over.name, gender: 'male', birthDate: '1970-05-01', joinDate: '1995-07-01', status: 'full', category: 'selfManaged' },
    now,
  );
  return MemberDoc.parse({ ...fresh, ...over });
}

async function put(db: Database, collection: string, doc: { _id: string } & Record<string, unknown>): Promise<void> {
  const { _id, ...rest } = doc;
  await db.collection(collection).doc(_id).set(rest);
}

/**
 * The standard world, written straight into the emulator's database (documents checked by the stored
 * schemas): committee c1 over branch A (scheme 001, a 党小组) and branch B (scheme 002); A has a
 * secretary, a recorder, two bound members and an unbound one; B a secretary and a member; an admin;
 * a stranger who is nobody.
 */
export async function buildWorld(db: Database, now: Date = new Date()): Promise<World> {
  const today = localDateOf(now);
  const year = yearOf(today);
  const org = (o: Omit<OrgDoc, 'createdAt' | 'createdBy'>) =>
    put(db, COLLECTIONS.orgs, OrgDoc.parse({ ...o, createdAt: now, createdBy: PEOPLE.admin }));
  await org({ _id: 'c1', kind: 'committee', name: '某镇党委', parentId: null, ancestors: [] });
  await org({ _id: 'bA', kind: 'branch', name: '东村党支部', parentId: 'c1', ancestors: ['c1'] });
  await org({ _id: 'bB', kind: 'branch', name: '镇机关党支部', parentId: 'c1', ancestors: ['c1'] });
  await org({ _id: 'gA1', kind: 'group', name: '第一党小组', parentId: 'bA', ancestors: ['c1', 'bA'] });

  const role = (openid: string, orgId: string, name: RoleName, title?: string) =>
    put(
      db,
      COLLECTIONS.roles,
      RoleDoc.parse({
        _id: roleId(openid, orgId, name),
        openid,
        orgId,
        role: name,
        ...(title ? { title } : {}),
        grantedBy: PEOPLE.admin,
        grantedAt: now,
      }),
    );
  await role(PEOPLE.admin, 'c1', 'committeeAdmin');
  await role(PEOPLE.secretaryA, 'bA', 'secretary', '书记');
  await role(PEOPLE.recorderA, 'bA', 'recorder', '记分员');
  await role(PEOPLE.secretaryB, 'bB', 'secretary', '书记');

  const member = (m: Parameters<typeof aMemberDoc>[0]) => put(db, COLLECTIONS.members, aMemberDoc(m, now));
  await member({
    _id: 'mA1',
    branchId: 'bA',
    groupId: 'gA1',
    name: '张一',
    openid: PEOPLE.memberA,
    boundAt: now,
    posts: ['sanitation', 'policyPublicity'],
  });
  await member({
    _id: 'mA2',
    branchId: 'bA',
    name: '李二',
    openid: PEOPLE.memberA2,
    boundAt: now,
    birthDate: '1950-03-03',
    posts: ['securityPatrol', 'sanitation'],
  });
  await member({ _id: 'mA3', branchId: 'bA', name: '王三', status: 'probationary' });
  await member({ _id: 'mB1', branchId: 'bB', name: '赵四', openid: PEOPLE.memberB, boundAt: now, category: 'inService' });

  const pin = (branchId: string, presetId: string) => {
    const scheme = findPreset(presetId)!;
    return put(
      db,
      COLLECTIONS.branchYears,
      BranchYearDoc.parse({
        _id: branchYearId(branchId, year),
        branchId,
        committeeId: 'c1',
        year,
        schemeId: scheme.id,
        schemeVersion: scheme.version,
        source: 'preset',
        scheme: scheme as unknown as Record<string, unknown>,
        closedPeriods: [],
        setBy: PEOPLE.admin,
        setAt: now,
      }),
    );
  };
  await pin('bA', '001-xishui-town');
  await pin('bB', '002-changzhou-office');
  return {
    today,
    year,
    committeeId: 'c1',
    branchA: 'bA',
    branchB: 'bB',
    groupA: 'gA1',
    members: { a1: 'mA1', a2: 'mA2', a3Unbound: 'mA3', b1: 'mB1' },
  };
}
