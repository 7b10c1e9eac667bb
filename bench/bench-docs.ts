/**
 * Stored documents the cost benchmarks write straight to the database (set-up, not what is measured): one
 * shape for a member and a recorder's ledger line, with what each benchmark varies given, and the batched
 * insert (at most 1000 documents a request).
 */
import { cloudbaseApp } from '../server/db/cloudbase';
import { newDocId } from '../server/stored';

export async function addAll(collection: string, docs: Record<string, unknown>[], batch = 1000): Promise<void> {
  const db = cloudbaseApp().database();
  for (let i = 0; i < docs.length; i += batch) await db.collection(collection).add(docs.slice(i, i + batch));
}

/** An active, unbound member of the branch (name 测算党员<i>); `fields` overrides any stored field. */
export function benchMember(_id: string, branchId: string, i: number, now: Date, fields: Record<string, unknown> = {}) {
  return {
    _id,
    branchId,
    groupId: null,
    name: `测算党员${i}`,
    gender: i % 2 ? 'male' : 'female',
    birthDate: `19${50 + (i % 45)}-05-01`,
    joinDate: '2000-07-01',
    status: 'full',
    category: 'selfManaged',
    tier: null,
    phone: null,
    posts: [],
    openid: null,
    boundAt: null,
    exempt: null,
    active: true,
    movedTo: null,
    createdAt: now,
    updatedAt: now,
    ...fields,
  };
}

export interface BenchLine {
  sourceKey: string;
  branchId: string;
  memberId: string;
  year: number;
  period: string;
  date: string;
  itemCode: string;
  itemName: string;
  points: number | null;
  baseCenti: number;
}

/** A recorder's ledger line (reason 测算), as the functions store one. */
export function benchLedgerLine(line: BenchLine, now: Date): Record<string, unknown> {
  return {
    _id: newDocId(),
    ...line,
    level: null,
    quantity: null,
    post: null,
    actor: { openid: 'bench', role: 'recorder' },
    at: now,
    reason: '测算',
    source: 'recorder',
    reportId: null,
    meetingId: null,
    reverses: null,
  };
}
