import { newDocId } from '../stored';
import type { OrgDoc, OrgKind } from './org.doc';

/** A new org with a fresh id: under `parent` (its ancestors and the parent itself above it), or a committee at the root. */
export function newOrg(kind: OrgKind, name: string, parent: OrgDoc | null, createdBy: string, now: Date): OrgDoc {
  return {
    _id: newDocId(),
    kind,
    name,
    parentId: parent ? parent._id : null,
    ancestors: parent ? [...parent.ancestors, parent._id] : [],
    createdAt: now,
    createdBy,
  };
}
