import { newDocId } from '../stored';
import { MemberDoc } from './member.doc';

/** What a secretary states about a new member (form or roster row). */
export interface NewMemberFields {
  name: string;
  gender: MemberDoc['gender'];
  birthDate: string;
  /** null (or absent) for an 入党积极分子. */
  joinDate?: string | null;
  status: MemberDoc['status'];
  category: MemberDoc['category'];
  tier?: string | null;
  phone?: string | null;
  groupId?: string | null;
  posts?: string[];
}

/** A new member record of a branch, unbound, active, not exempt: the one way addMember and importRoster build it. */
export function newMemberDoc(branchId: string, fields: NewMemberFields, now: Date): Omit<MemberDoc, '_id'> {
  return MemberDoc.omit({ _id: true }).parse({
    branchId,
    groupId: fields.groupId ?? null,
    name: fields.name,
    gender: fields.gender,
    birthDate: fields.birthDate,
    joinDate: fields.joinDate ?? null,
    status: fields.status,
    category: fields.category,
    tier: fields.tier ?? null,
    phone: fields.phone ?? null,
    posts: fields.posts ?? [],
    openid: null,
    boundAt: null,
    exempt: null,
    active: true,
    movedTo: null,
    createdAt: now,
    updatedAt: now,
  });
}

/** A new member record with a fresh id, ready to insert (addMember, importRoster). */
export function newMemberRecord(branchId: string, fields: NewMemberFields, now: Date): MemberDoc {
  return { _id: newDocId(), ...newMemberDoc(branchId, fields, now) };
}

/**
 * The record a member moved to another branch starts with there (moveMember): the person (name, gender,
 * dates, status, category, phone) and the WeChat binding come along; branch decisions (党小组, tier, posts,
 * exemption) stay behind, the new branch makes its own.
 */
export function movedMemberRecord(member: MemberDoc, toBranchId: string, now: Date): MemberDoc {
  return {
    _id: newDocId(),
    branchId: toBranchId,
    groupId: null,
    name: member.name,
    gender: member.gender,
    birthDate: member.birthDate,
    joinDate: member.joinDate,
    status: member.status,
    category: member.category,
    tier: null,
    phone: member.phone,
    posts: [],
    openid: member.openid,
    boundAt: member.boundAt,
    exempt: null,
    active: true,
    movedTo: null,
    movedFrom: member._id,
    createdAt: now,
    updatedAt: now,
  };
}
