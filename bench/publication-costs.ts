/**
 * The publication use cases of `npm run bench:cost`: a branch of 60 and a unit of 2,000 members on scheme
 * 003 village (quarterly), with three months of ledger lines (10 per member per month), published by the
 * real function. Setup writes straight to the database (it is not what is measured).
 */
import { findPreset } from '../shared/scheme';
import { answerAppeal } from '../shared/contracts/publications/answer-appeal.schema';
import { draftPublication } from '../shared/contracts/publications/draft-publication.schema';
import { fileAppeal } from '../shared/contracts/publications/file-appeal.schema';
import { myAppeals } from '../shared/contracts/publications/my-appeals.schema';
import { publishPeriod } from '../shared/contracts/publications/publish-period.schema';
import { addDays, periodOf } from '../shared/period';
import { cloudbaseApp } from '../server/db/cloudbase';
import type { DevClient } from '../tools/dev-client';
import { addAll, benchLedgerLine, benchMember } from './bench-docs';
import { subscribeForBench } from './notice-costs';

const ITEMS: [string, number | null, number][] = [
  ['contribution.publicWelfare', 2, 200],
  ['contribution.mediation', 1.5, 150],
  ['base.absentMeeting', null, -500],
];

/** The last quarter that has ended by `today`. */
export function lastQuarter(today: string): { key: string; start: string; year: number } {
  const quarter = periodOf('quarter', addDays(periodOf('quarter', today).start, -1));
  return { key: quarter.key, start: quarter.start, year: quarter.year };
}

/** Writes a branch of `size` members on scheme 003 village with a secretary and three months of lines in `quarter`. */
async function seedBranch(
  committeeId: string,
  branchId: string,
  size: number,
  secretary: string,
  quarter: { start: string; year: number },
): Promise<void> {
  const db = cloudbaseApp().database();
  const now = new Date();
  await db
    .collection('orgs')
    .doc(branchId)
    .set({ kind: 'branch', name: `测算单位${size}`, parentId: committeeId, ancestors: [committeeId], createdAt: now, createdBy: 'bench' });
  await db
    .collection('roles')
    .doc(`${secretary}:${branchId}:secretary`)
    .set({ openid: secretary, orgId: branchId, role: 'secretary', grantedBy: 'bench', grantedAt: now });
  const scheme = findPreset('003-village-quarterly')!;
  await db.collection('branchYears').doc(`${branchId}:${quarter.year}`).set({
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
  });
  const members = Array.from({ length: size }, (_, i) =>
    // Bound to WeChat, as members who use the mini-program are (the publication's notices go to them).
    benchMember(`${branchId}-m${i}`, branchId, i, now, { openid: `${branchId}-o${i}`, boundAt: now }),
  );
  await addAll('members', members, 500);
  const lines: Record<string, unknown>[] = [];
  for (const member of members) {
    for (let month = 0; month < 3; month++) {
      for (let n = 0; n < 10; n++) {
        const [itemCode, points, baseCenti] = ITEMS[n % ITEMS.length];
        const date = addDays(quarter.start, month * 30 + n);
        const sourceKey = `bench:${member._id}:${month}:${n}`;
        const period = periodOf('quarter', date).key;
        lines.push(
          benchLedgerLine(
            {
              sourceKey,
              branchId,
              memberId: member._id,
              year: quarter.year,
              period,
              date,
              itemCode,
              itemName: itemCode,
              points,
              baseCenti,
            },
            now,
          ),
        );
      }
    }
  }
  await addAll('ledger', lines);
}

/** `cost publish-quarter-<size>` lines: database requests of publishing a quarter (the draft is computed by the publish itself). */
export async function publicationCosts(
  committeeId: string,
  as: (openid: string) => DevClient,
  measure: (work: () => Promise<unknown>) => Promise<number>,
  today: string,
): Promise<string[]> {
  const quarter = lastQuarter(today);
  const lines: string[] = [];
  for (const size of [60, 2000]) {
    const branchId = `bench-unit-${size}`;
    const secretary = `bench-sec-${size}`;
    await seedBranch(committeeId, branchId, size, secretary, quarter);
    // A tenth of the members accepted 积分公示 (the others are recorded as not subscribed).
    for (let i = 0; i < size / 10 && i < 20; i++) await subscribeForBench(as(`${branchId}-o${i}`), ['publicationOpen']);
    const draft = await measure(() => as(secretary).ok(draftPublication, { branchId, period: quarter.key }));
    const publish = await measure(() => as(secretary).ok(publishPeriod, { branchId, period: quarter.key }));
    lines.push(`cost publish-quarter-${size} requests=${publish}`);
    lines.push(
      `  ${size} members, ${size * 30} lines: publishing computes the board itself (the draft alone: ${draft}); members 1 per 1000, lines grouped by member 1 per 250 members; then 积分公示 to the bound members: their subscriptions (1 per 500), the ones used ∥ the others' first records (1 per 500)`,
    );
    if (size === 60)
      lines.push(
        ...(await myAppealsCost(
          branchId,
          secretary,
          publishedId(await as(secretary).ok(publishPeriod, { branchId, period: quarter.key })),
          as,
          measure,
        )),
      );
  }
  return lines;
}

const publishedId = (published: { publication: { publicationId: string } }) => published.publication.publicationId;

/** `cost my-appeals`: a member's 我的异议 with two appeals filed, one answered (the branch's roles then name who answered). */
async function myAppealsCost(
  branchId: string,
  secretary: string,
  publicationId: string,
  as: (openid: string) => DevClient,
  measure: (work: () => Promise<unknown>) => Promise<number>,
): Promise<string[]> {
  const member = as(`${branchId}-o0`);
  const first = await member.ok(fileAppeal, { publicationId, reason: '测算：少记了一次志愿服务', idempotencyKey: `${branchId}-appeal-1` });
  await member.ok(fileAppeal, { publicationId, reason: '测算：总分有误', idempotencyKey: `${branchId}-appeal-2` });
  await as(secretary).ok(answerAppeal, { appealId: first.appealId, decision: 'reject', answer: '测算：已核对，记分无误' });
  const requests = await measure(() => member.ok(myAppeals, {}));
  return [
    `cost my-appeals requests=${requests}`,
    '  我的异议 (2 appeals, 1 answered): member records, their appeals of this year and last (newest first, at most 100), then the branch’s roles to name who answered',
  ];
}
