/**
 * The committee's view in `npm run bench:cost`: the township of seed 003 ("全乡共有村级党组织32个，参与
 * 农村党员积分管理党员802人 … 第一季度共计申请加分项424项 … 确认加分项390项"): 32 village branches on scheme
 * 003 village with 802 members (190 流动党员), three months of ledger lines (10 per member per month), the
 * quarter's 424 reports of which 390 approved. Setup writes straight to the database (it is not what is measured); the summary is read through the function.
 */
import { committeeSummary } from '../shared/contracts/home/committee-summary.schema';
import { addDays, periodOf } from '../shared/period';
import { findPreset } from '../shared/scheme';
import { cloudbaseApp } from '../server/db/cloudbase';
import { newDocId } from '../server/stored';
import type { DevClient } from '../tools/dev-client';
import { addAll, benchLedgerLine, benchMember } from './bench-docs';
import { lastQuarter } from './publication-costs';

const BRANCHES = 32;
const MEMBERS = 802;
const REPORTED = 424;
const CONFIRMED = 390;
const MOBILE = 190;

async function seedTownship(committeeId: string, admin: string, quarter: { key: string; start: string; year: number }): Promise<void> {
  const db = cloudbaseApp().database();
  const now = new Date();
  const scheme = findPreset('003-village-quarterly')!;
  await db
    .collection('orgs')
    .doc(committeeId)
    .set({ kind: 'committee', name: '测算乡党委', parentId: null, ancestors: [], createdAt: now, createdBy: 'bench' });
  await db
    .collection('roles')
    .doc(`${admin}:${committeeId}:committeeAdmin`)
    .set({ openid: admin, orgId: committeeId, role: 'committeeAdmin', grantedBy: 'bench', grantedAt: now });
  const branchIds = Array.from({ length: BRANCHES }, (_, b) => `${committeeId}-b${b}`);
  await addAll(
    'orgs',
    branchIds.map((id, b) => ({
      _id: id,
      kind: 'branch',
      name: `第${b + 1}村党支部`,
      parentId: committeeId,
      ancestors: [committeeId],
      createdAt: now,
      createdBy: 'bench',
    })),
  );
  await addAll(
    'branchYears',
    branchIds.map((branchId) => ({
      _id: `${branchId}:${quarter.year}`,
      branchId,
      committeeId,
      year: quarter.year,
      schemeId: scheme.id,
      schemeVersion: scheme.version,
      source: 'preset',
      scheme,
      closedPeriods: [],
      setBy: 'bench',
      setAt: now,
    })),
  );
  const members = Array.from({ length: MEMBERS }, (_, i) =>
    benchMember(`${committeeId}-m${i}`, branchIds[i % BRANCHES], i, now, { category: i < MOBILE ? 'mobile' : 'selfManaged' }),
  );
  await addAll('members', members);
  const lines: Record<string, unknown>[] = [];
  for (const member of members)
    for (let month = 0; month < 3; month++)
      for (let n = 0; n < 10; n++) {
        const date = addDays(quarter.start, month * 30 + n);
        const line = { itemCode: 'contribution.publicWelfare', itemName: '公益', points: 2, baseCenti: 200 };
        const sourceKey = `bench:${member._id}:${month}:${n}`;
        const period = periodOf('quarter', date).key;
        lines.push(
          benchLedgerLine({ sourceKey, branchId: member.branchId, memberId: member._id, year: quarter.year, period, date, ...line }, now),
        );
      }
  await addAll('ledger', lines);
  await addAll(
    'reports',
    Array.from({ length: REPORTED }, (_, i) => {
      const member = members[(i * 7) % MEMBERS];
      const status = i < CONFIRMED ? 'approved' : 'rejected';
      return {
        _id: newDocId(),
        branchId: member.branchId,
        memberId: member._id,
        memberName: member.name,
        openid: `bench-open-${i}`,
        idempotencyKey: `bench-report-${i}`,
        year: quarter.year,
        period: quarter.key,
        date: addDays(quarter.start, i % 85),
        itemCode: 'contribution.publicWelfare',
        itemName: '公益',
        description: '测算申报',
        photos: [],
        points: 2,
        level: null,
        quantity: null,
        post: null,
        status,
        submittedAt: now,
        reviewedAt: now,
        reviewedBy: 'bench',
        rejectReason: status === 'rejected' ? '测算' : null,
        ledgerEntryId: null,
      };
    }),
  );
}

/** `cost committee-summary-802`: database requests of one committee summary over the township. */
export async function committeeCosts(
  as: (openid: string) => DevClient,
  measure: (work: () => Promise<unknown>) => Promise<number>,
  today: string,
): Promise<string[]> {
  const quarter = lastQuarter(today);
  const committeeId = 'bench-township';
  const admin = 'bench-township-admin';
  await seedTownship(committeeId, admin, quarter);
  let totals = '';
  const requests = await measure(async () => {
    const summary = await as(admin).ok(committeeSummary, { committeeId, year: quarter.year, period: quarter.key });
    const { members, reports } = summary.totals;
    totals = `${members.members} members in ${summary.totals.branches} branches, ${reports.reported} reported, ${reports.confirmed} confirmed`;
  });
  return [
    `cost committee-summary-802 requests=${requests}`,
    `  ${totals} (seed 003: 802 members in 32 branches, 424 reported, 390 confirmed); grouped by branch in the database, nothing per branch or member`,
  ];
}
