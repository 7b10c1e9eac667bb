import type { OrgDoc, OrgKind } from './org.doc';

/** The organisation tree: 党委 → (党总支) → 支部 → 党小组. */
export interface OrgRepository {
  byId(id: string): Promise<OrgDoc | null>;
  byIds(ids: readonly string[]): Promise<OrgDoc[]>;
  /** The orgs `roots` name and every org below them (one query). */
  subtrees(roots: readonly string[]): Promise<OrgDoc[]>;
  childrenOf(parentId: string, kind: OrgKind): Promise<OrgDoc[]>;
  /** A new org; false when its parent already has one of that name (a unique index). */
  insert(org: OrgDoc): Promise<boolean>;
}

/** The environment's own records (the bootstrap, the demo seed's summary). */
export interface SystemRepository {
  get(id: string): Promise<Record<string, unknown> | null>;
  put(id: string, fields: Record<string, unknown>): Promise<void>;
  /** Whether bootstrapCommittee has run in this environment (its record exists). */
  bootstrapUsed(): Promise<boolean>;
  /** Records the one use of bootstrapCommittee: who, when, and the committee it created. */
  recordBootstrap(record: { usedBy: string; usedAt: Date; committeeId: string }): Promise<void>;
}
