import { findPreset } from '../../../shared/scheme';
import type { Exchange } from '../../../shared/scheme/schema/exchange.schema';
import type { z } from 'zod';
import type { Database } from '../../../server/db/cloudbase';
import { LedgerEntryDoc } from '../../../server/ledger/ledger-entry.doc';
import { roleId } from '../../../server/roles/role.doc';
import { BranchYearDoc, branchYearId } from '../../../server/schemes/scheme.doc';
import { newDocId } from '../../../server/stored';
import { aMemberDoc, PEOPLE } from '../../support/world';

/** A branch running a 志愿服务超市 under committee c1 (the standard world's), on scheme 003 village with an exchange section. */
export interface Market {
  branchId: string;
  secretary: string;
  recorder: string;
  /** The recorder's own member record (for the officer-and-member cases). */
  recorderMemberId: string;
  members: { id: string; openid: string; name: string }[];
}

export interface MarketOptions {
  branchId: string;
  /** A distinct scheme id per exchange setting: parsed schemes are cached by id@version. */
  schemeId: string;
  exchange?: z.input<typeof Exchange>;
  members: number;
  years?: number[];
}

async function put(db: Database, collection: string, { _id, ...doc }: { _id: string } & Record<string, unknown>): Promise<void> {
  await db.collection(collection).doc(_id).set(doc);
}

/** Writes the branch, its secretary and recorder (a member too), `members` bound members and its pinned scheme for each year. */
export async function buildMarket(db: Database, at: Date, options: MarketOptions): Promise<Market> {
  const { branchId } = options;
  const market: Market = {
    branchId,
    secretary: `o-sec-${branchId}`,
    recorder: `o-rec-${branchId}`,
    recorderMemberId: `${branchId}-rec`,
    members: Array.from({ length: options.members }, (_, i) => ({
      id: `${branchId}-m${i}`,
      openid: `o-${branchId}-m${i}`,
      name: `党员${i}`,
    })),
  };
  await put(db, 'orgs', {
    _id: branchId,
    kind: 'branch',
    name: `${branchId}社区党支部`,
    parentId: 'c1',
    ancestors: ['c1'],
    createdAt: at,
    createdBy: PEOPLE.admin,
  });
  for (const [openid, role, name] of [
    [market.secretary, 'secretary', '吴书记'],
    [market.recorder, 'recorder', '钱记分'],
  ] as const) {
    await put(db, 'roles', {
      _id: roleId(openid, branchId, role),
      openid,
      orgId: branchId,
      role,
      name,
      grantedBy: PEOPLE.admin,
      grantedAt: at,
    });
  }
  const people = [...market.members, { id: market.recorderMemberId, openid: market.recorder, name: '钱记分' }];
  for (const m of people) await put(db, 'members', aMemberDoc({ _id: m.id, branchId, name: m.name, openid: m.openid, boundAt: at }, at));
  const preset = findPreset('003-village-quarterly')!;
  const scheme = { ...preset, id: options.schemeId, ...(options.exchange ? { exchange: options.exchange } : {}) };
  for (const year of options.years ?? [2026]) {
    await put(
      db,
      'branchYears',
      BranchYearDoc.parse({
        _id: branchYearId(branchId, year),
        branchId,
        committeeId: 'c1',
        year,
        schemeId: options.schemeId,
        schemeVersion: preset.version,
        source: 'custom',
        scheme,
        closedPeriods: [],
        setBy: PEOPLE.admin,
        setAt: at,
      }),
    );
  }
  return market;
}

/** Ledger lines for members, written straight into the ledger (setup only): `points` each, item 参加公益活动. */
export async function credit(
  db: Database,
  branchId: string,
  memberIds: readonly string[],
  points: number,
  at: Date,
  { date = '2026-03-20', itemCode = 'contribution.publicWelfare' }: { date?: string; itemCode?: string } = {},
): Promise<void> {
  const lines = memberIds.map((memberId) =>
    LedgerEntryDoc.parse({
      _id: newDocId(),
      sourceKey: `test:${newDocId()}`,
      branchId,
      memberId,
      year: Number(date.slice(0, 4)),
      period: `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`,
      date,
      itemCode,
      itemName: itemCode,
      points,
      level: null,
      quantity: null,
      post: null,
      baseCenti: Math.round(points * 100),
      actor: { openid: 'o-setup', role: 'recorder' },
      at,
      reason: '测试用记录',
      source: 'recorder',
      reportId: null,
      meetingId: null,
      reverses: null,
    }),
  );
  for (let i = 0; i < lines.length; i += 500) await db.collection('ledger').add(lines.slice(i, i + 500));
}
