/**
 * The exports in `npm run bench:cost`: 表B (the year table) of a branch of 60 members on scheme 000 with
 * every month of the year so far on the ledger (4 lines per member per month: additions, an older
 * member's doubled ones, a deduction), printed by the real function and stored. Setup writes straight to
 * the database (it is not what is measured).
 */
import { yearForm } from '../shared/contracts/exports/year-form.schema';
import { addDays, monthOf } from '../shared/period';
import { findPreset } from '../shared/scheme';
import { cloudbaseApp } from '../server/db/cloudbase';
import type { DevClient } from '../tools/dev-client';
import { addAll, benchLedgerLine, benchMember } from './bench-docs';

const MEMBERS = 60;
const ITEMS: [string, number, number][] = [
  ['activity.volunteer', 3, 300],
  ['activity.partyLife', 1.5, 150],
  ['performance.pledge', 2, 200],
  ['deduction.nonPerformance', -1, -100],
];

async function seedBranch(committeeId: string, branchId: string, secretary: string, year: number, today: string): Promise<number> {
  const db = cloudbaseApp().database();
  const now = new Date();
  await db
    .collection('orgs')
    .doc(branchId)
    .set({ kind: 'branch', name: '测算社区党支部', parentId: committeeId, ancestors: [committeeId], createdAt: now, createdBy: 'bench' });
  await db
    .collection('roles')
    .doc(`${secretary}:${branchId}:secretary`)
    .set({ openid: secretary, orgId: branchId, role: 'secretary', grantedBy: 'bench', grantedAt: now });
  const scheme = findPreset('000-zhengzhou-community')!;
  await db.collection('branchYears').doc(`${branchId}:${year}`).set({
    branchId,
    committeeId,
    year,
    schemeId: scheme.id,
    schemeVersion: scheme.version,
    source: 'preset',
    scheme,
    closedPeriods: [],
    setBy: 'bench',
    setAt: now,
  });
  const members = Array.from({ length: MEMBERS }, (_, i) =>
    benchMember(`${branchId}-m${i}`, branchId, i, now, {
      birthDate: `19${40 + (i % 50)}-05-01`,
      joinDate: '1990-07-01',
      category: i % 3 ? 'selfManaged' : 'inService',
    }),
  );
  await addAll('members', members);
  const lines: Record<string, unknown>[] = [];
  for (const member of members)
    for (let month = 1; month <= monthOf(today); month++)
      ITEMS.forEach(([itemCode, points, baseCenti], n) => {
        const date = addDays(`${year}-${String(month).padStart(2, '0')}-01`, n * 5);
        const sourceKey = `bench-export:${member._id}:${month}:${n}`;
        const period = `${year}-Q${Math.ceil(month / 3)}`;
        lines.push(
          benchLedgerLine(
            { sourceKey, branchId, memberId: member._id, year, period, date, itemCode, itemName: itemCode, points, baseCenti },
            now,
          ),
        );
      });
  await addAll('ledger', lines);
  return lines.length;
}

/** `cost export-year-60`: database requests of exporting 表B for a 60-member branch (nothing per member). */
export async function exportCosts(
  committeeId: string,
  as: (openid: string) => DevClient,
  measure: (work: () => Promise<unknown>) => Promise<number>,
  today: string,
): Promise<string[]> {
  const year = Number(today.slice(0, 4));
  const branchId = 'bench-export-60';
  const secretary = 'bench-export-sec';
  const lines = await seedBranch(committeeId, branchId, secretary, year, today);
  let took = 0;
  const requests = await measure(async () => {
    const started = performance.now();
    await as(secretary).ok(yearForm, { branchId, year });
    took = performance.now() - started;
  });
  return [
    `cost export-year-60 requests=${requests}`,
    `  ${MEMBERS} members, ${lines} lines: roles, then the branch ∥ the scheme ∥ this and last year's sheets ∥ the members ∥ their lines grouped by member; the months scored by the core in the function (${Math.round(took)} ms with the upload); storage 3 (upload 2, link 1)`,
  ];
}
