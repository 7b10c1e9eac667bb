import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { Contract } from '../../../shared/contracts/define-contract';
import { recordEntry } from '../../../shared/contracts/reports/record-entry.schema';
import { committeeForm } from '../../../shared/contracts/year/committee-form.schema';
import { decideGrades } from '../../../shared/contracts/year/decide-grades.schema';
import { myYear } from '../../../shared/contracts/year/my-year.schema';
import { proposeGrades } from '../../../shared/contracts/year/propose-grades.schema';
import { saveReviews } from '../../../shared/contracts/year/save-reviews.schema';
import { yearTable } from '../../../shared/contracts/year/year-table.schema';
import { useBackend } from '../../support/backend';
import { aMemberDoc, PEOPLE } from '../../support/world';
import { databaseRequests, pinScheme } from './year-fixtures';

const NOW = new Date('2026-12-05T10:00:00+08:00');
const BIG_SECRETARY = 'o-sec-big';
const BIG_MEMBERS = 200;

/**
 * Database requests per year action (the emulator's count of database.* calls), the same for branch A
 * (3 members) and a branch of 200 members with ledger lines, and as each handler's comment says.
 */
describe('year: database requests per action do not grow with the branch', () => {
  const backend = useBackend({ now: () => NOW, world: NOW });
  const bigIds = Array.from({ length: BIG_MEMBERS }, (_, i) => `mBig${String(i).padStart(3, '0')}`);

  beforeAll(async () => {
    const put = (collection: string, { _id, ...doc }: { _id: string } & Record<string, unknown>) =>
      backend.db.collection(collection).doc(_id).set(doc);
    await put('orgs', {
      _id: 'bBig',
      kind: 'branch',
      name: '大支部',
      parentId: 'c1',
      ancestors: ['c1'],
      createdAt: NOW,
      createdBy: PEOPLE.admin,
    });
    await put('roles', {
      _id: `${BIG_SECRETARY}:bBig:secretary`,
      openid: BIG_SECRETARY,
      orgId: 'bBig',
      role: 'secretary',
      grantedBy: PEOPLE.admin,
      grantedAt: NOW,
    });
    for (const [i, id] of bigIds.entries()) await put('members', aMemberDoc({ _id: id, branchId: 'bBig', name: `党员${i}` }, NOW));
    await pinScheme(backend, 'bBig', 2026, '001-xishui-town', '2026-01-01');
    for (const memberId of bigIds.slice(0, 40))
      await backend.as(BIG_SECRETARY).ok(recordEntry, {
        branchId: 'bBig',
        memberId,
        itemCode: 'duties.study.absent',
        date: '2026-12-01',
        reason: '缺席学习',
        idempotencyKey: randomBytes(8).toString('hex'),
      });
  });

  const count = async <C extends Contract>(openid: string, contract: C, data: z.input<C['request']>) =>
    (
      await databaseRequests(backend, async () => {
        const reply = await backend.as(openid).call(contract, data);
        expect(reply).toMatchObject({ ok: true });
        return reply;
      })
    ).requests;

  const both = async <C extends Contract>(
    contract: C,
    small: [string, z.input<C['request']>],
    big: [string, z.input<C['request']>],
  ): Promise<[number, number]> => [await count(small[0], contract, small[1]), await count(big[0], contract, big[1])];

  it.each<[string, () => Promise<[number, number]>, number]>([
    [
      'saveReviews (1 result, 200 results)',
      () =>
        both(
          saveReviews,
          [PEOPLE.secretaryA, { branchId: 'bA', year: 2026, results: [{ memberId: 'mA1', grade: 'excellent' }] }],
          [BIG_SECRETARY, { branchId: 'bBig', year: 2026, results: bigIds.map((memberId) => ({ memberId, grade: 'qualified' as const })) }],
        ),
      5,
    ],
    [
      'yearTable, open (computed live)',
      () => both(yearTable, [PEOPLE.secretaryA, { branchId: 'bA', year: 2026 }], [BIG_SECRETARY, { branchId: 'bBig', year: 2026 }]),
      6,
    ],
    [
      'proposeGrades',
      () => both(proposeGrades, [PEOPLE.secretaryA, { branchId: 'bA', year: 2026 }], [BIG_SECRETARY, { branchId: 'bBig', year: 2026 }]),
      7,
    ],
    [
      'yearTable, proposed (the snapshot)',
      () => both(yearTable, [PEOPLE.secretaryA, { branchId: 'bA', year: 2026 }], [BIG_SECRETARY, { branchId: 'bBig', year: 2026 }]),
      2,
    ],
    [
      'yearTable, proposed, as the committee admin',
      () => both(yearTable, [PEOPLE.admin, { branchId: 'bA', year: 2026 }], [PEOPLE.admin, { branchId: 'bBig', year: 2026 }]),
      3,
    ],
    [
      'decideGrades with changes (1, 50)',
      () =>
        both(
          decideGrades,
          [PEOPLE.admin, { branchId: 'bA', year: 2026, changes: [{ memberId: 'mA2', grade: 'qualified', note: '经核实' }] }],
          [
            PEOPLE.admin,
            {
              branchId: 'bBig',
              year: 2026,
              changes: bigIds.slice(100, 150).map((memberId) => ({ memberId, grade: 'basicallyQualified', note: '经核实' })),
            },
          ],
        ),
      6,
    ],
    [
      'committeeForm',
      () => both(committeeForm, [PEOPLE.admin, { branchId: 'bA', year: 2026 }], [PEOPLE.admin, { branchId: 'bBig', year: 2026 }]),
      3,
    ],
    ['myYear', async () => [await count(PEOPLE.memberA, myYear, { year: 2026 }), await count(PEOPLE.memberA, myYear, { year: 2026 })], 3],
  ])('%s', async (_name, run, budget) => {
    const [small, big] = await run();
    expect({ small, big }).toEqual({ small: budget, big: budget });
  });
});
