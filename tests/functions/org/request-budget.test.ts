import ExcelJS from 'exceljs';
import type { z } from 'zod';
import type { Contract } from '../../../shared/contracts/define-contract';
import { addMember } from '../../../shared/contracts/org/add-member.schema';
import { bindWithCode } from '../../../shared/contracts/org/bind-with-code.schema';
import { createInvite } from '../../../shared/contracts/org/create-invite.schema';
import { createOrg } from '../../../shared/contracts/org/create-org.schema';
import { grantRole } from '../../../shared/contracts/org/grant-role.schema';
import { importRoster } from '../../../shared/contracts/org/import-roster.schema';
import { listMembers } from '../../../shared/contracts/org/list-members.schema';
import { listOrgs } from '../../../shared/contracts/org/list-orgs.schema';
import { listSchemes } from '../../../shared/contracts/org/list-schemes.schema';
import { moveMember } from '../../../shared/contracts/org/move-member.schema';
import { unbindMember } from '../../../shared/contracts/org/unbind-member.schema';
import { setBranchScheme } from '../../../shared/contracts/org/set-branch-scheme.schema';
import { setMemberExempt } from '../../../shared/contracts/org/set-member-exempt.schema';
import { updateMember } from '../../../shared/contracts/org/update-member.schema';
import { cloudbaseApp } from '../../../server/db/cloudbase';
import { useBackend } from '../../support/backend';
import { PEOPLE } from '../../support/world';

/** Database requests (the emulator's count of database.* actions) made by one successful call. */
describe('org: database requests per action stay small and do not grow with the data', () => {
  const backend = useBackend({ world: true });

  async function requests<C extends Contract>(
    openid: string,
    contract: C,
    data: z.input<C['request']>,
  ): Promise<{ reply: z.output<C['response']>; count: number }> {
    backend.emulator.resetStats();
    const reply = await backend.as(openid).ok(contract, data);
    const actions = backend.emulator.stats().actions;
    const count = Object.entries(actions)
      .filter(([action]) => action.startsWith('database.'))
      .reduce((sum, [, n]) => sum + n, 0);
    return { reply, count };
  }

  async function roster(rows: number): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名册');
    sheet.addRow(['姓名', '性别', '出生日期', '入党日期', '党员状态', '类别', '党小组']);
    for (let i = 0; i < rows; i += 1) sheet.addRow([`批量${rows}-${i}`, '男', '1970-01-01', '1995-07-01', '正式', '自管', '第一党小组']);
    const { fileID } = await cloudbaseApp().uploadFile({
      cloudPath: `rosters/budget-${rows}.xlsx`,
      fileContent: Buffer.from(await workbook.xlsx.writeBuffer()),
    });
    return fileID;
  }

  it('imports 1 or 300 rows with the same few requests', async () => {
    const one = await requests(PEOPLE.secretaryA, importRoster, { branchId: 'bA', fileId: await roster(1) });
    const many = await requests(PEOPLE.secretaryA, importRoster, { branchId: 'bA', fileId: await roster(300) });
    expect(many.reply).toEqual({ imported: 300 });
    expect(many.count).toBe(one.count);
    expect(many.count).toBeLessThanOrEqual(6);
  });

  it('lists a page of members with the same requests however many there are', async () => {
    const small = await requests(PEOPLE.admin, listMembers, { branchId: 'bB', limit: 100 });
    const large = await requests(PEOPLE.admin, listMembers, { branchId: 'bA', limit: 100 });
    expect(large.reply.members).toHaveLength(100);
    expect(large.count).toBe(small.count);
    expect(large.count).toBeLessThanOrEqual(4);
  });

  it.each<[string, () => Promise<number>, number]>([
    ['createOrg', async () => (await requests(PEOPLE.admin, createOrg, { parentId: 'c1', kind: 'branch', name: '预算支部' })).count, 3],
    ['listOrgs', async () => (await requests(PEOPLE.admin, listOrgs, {})).count, 2],
    ['listSchemes', async () => (await requests(PEOPLE.admin, listSchemes, { committeeId: 'c1' })).count, 3],
    ['listSchemes with a branch', async () => (await requests(PEOPLE.admin, listSchemes, { committeeId: 'c1', branchId: 'bA' })).count, 8],
    [
      'setBranchScheme',
      async () =>
        (
          await requests(PEOPLE.admin, setBranchScheme, {
            branchId: 'bB',
            year: backend.world.year + 1,
            scheme: { preset: '001-xishui-town' },
          })
        ).count,
      8,
    ],
    ['grantRole', async () => (await requests(PEOPLE.admin, grantRole, { orgId: 'bA', memberId: 'mA2', role: 'recorder' })).count, 4],
    [
      'addMember',
      async () =>
        (
          await requests(PEOPLE.secretaryA, addMember, {
            branchId: 'bA',
            name: '预算',
            gender: 'male',
            birthDate: '1970-01-01',
            joinDate: '1995-07-01',
            status: 'full',
            category: 'selfManaged',
            groupId: 'gA1',
            posts: ['sanitation'],
          })
        ).count,
      6,
    ],
    [
      'updateMember',
      async () =>
        (await requests(PEOPLE.secretaryA, updateMember, { memberId: 'mA3', changes: { name: '王三三', posts: ['sanitation'] } })).count,
      7,
    ],
    [
      'setMemberExempt',
      async () => (await requests(PEOPLE.secretaryA, setMemberExempt, { memberId: 'mA3', exempt: { reason: '长期患病' } })).count,
      3,
    ],
    [
      'createInvite + bindWithCode',
      async () => {
        const invite = await requests(PEOPLE.secretaryA, createInvite, { memberId: 'mA3' });
        expect(invite.count).toBeLessThanOrEqual(5);
        return (await requests('o-budget', bindWithCode, { code: invite.reply.code })).count;
      },
      9,
    ],
    [
      'moveMember (a recorder: the role ends with the move)',
      async () => (await requests(PEOPLE.admin, moveMember, { memberId: 'mA2', toBranchId: 'bB' })).count,
      12,
    ],
    [
      'unbindMember (by the secretary, no roles to end)',
      async () => (await requests(PEOPLE.secretaryA, unbindMember, { memberId: 'mA1' })).count,
      7,
    ],
    [
      'unbindMember (by a committee admin, a recorder: the role ends)',
      async () => {
        await requests(PEOPLE.admin, grantRole, { orgId: 'bB', memberId: 'mB1', role: 'recorder' });
        return (await requests(PEOPLE.admin, unbindMember, { memberId: 'mB1' })).count;
      },
      9,
    ],
  ])('%s stays within its budget', async (_, run, budget) => {
    expect(await run()).toBeLessThanOrEqual(budget);
  });
});
