import ExcelJS from 'exceljs';
import { addMember } from '../../../shared/contracts/org/add-member.schema';
import { createOrg } from '../../../shared/contracts/org/create-org.schema';
import { importRoster } from '../../../shared/contracts/org/import-roster.schema';
import { listMembers } from '../../../shared/contracts/org/list-members.schema';
import { moveMember } from '../../../shared/contracts/org/move-member.schema';
import { saveCustomScheme } from '../../../shared/contracts/org/save-custom-scheme.schema';
import { setBranchScheme } from '../../../shared/contracts/org/set-branch-scheme.schema';
import { updateMember } from '../../../shared/contracts/org/update-member.schema';
import { findPreset } from '../../../shared/scheme';
import { cloudbaseApp } from '../../../server/db/cloudbase';
import { MemberDoc } from '../../../server/members/member.doc';
import { useBackend } from '../../support/backend';
import { PEOPLE } from '../../support/world';

/** 入党积极分子 (activists) are entered where the branch's scheme for the year scores them (scheme `scoresActivists`). */
describe('org: 入党积极分子 where the scheme scores them (addMember, importRoster, updateMember, moveMember)', () => {
  const backend = useBackend({ world: true });
  /** A branch on a committee scheme that scores activists (004's "入党积极分子可参照党员考核项目进行积分管理"). */
  let scoring: string;
  /** A branch with no scheme for the year yet. */
  let unset: string;
  const ACTIVIST = { gender: 'female' as const, birthDate: '1998-03-03', status: 'activist' as const, category: 'selfManaged' as const };

  beforeAll(async () => {
    const admin = backend.as(PEOPLE.admin);
    const { ref } = await admin.ok(saveCustomScheme, {
      committeeId: 'c1',
      scheme: { ...findPreset('004')!, id: 'c1-with-activists', version: 1, scoresActivists: true },
    });
    scoring = (await admin.ok(createOrg, { parentId: 'c1', kind: 'branch', name: '社区党支部' })).orgId;
    await admin.ok(setBranchScheme, { branchId: scoring, year: backend.world.year, scheme: { custom: ref } });
    unset = (await admin.ok(createOrg, { parentId: 'c1', kind: 'branch', name: '新建党支部' })).orgId;
  });

  const stored = async (id: string) => MemberDoc.parse((await backend.db.collection('members').doc(id).get()).data[0]);
  const memberCount = async () => (await backend.db.collection('members').count()).total;

  async function roster(rows: unknown[][]): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('党员名册');
    sheet.addRow(['姓名', '性别', '出生日期', '入党日期', '党员状态', '类别']);
    for (const row of rows) sheet.addRow(row);
    const { fileID } = await cloudbaseApp().uploadFile({
      cloudPath: `rosters/activists-${Math.random().toString(36).slice(2)}.xlsx`,
      fileContent: Buffer.from(await workbook.xlsx.writeBuffer()),
    });
    return fileID;
  }

  describe('addMember', () => {
    it('adds an activist, without 入党日期, where the scheme scores activists', async () => {
      const { memberId } = await backend.as(PEOPLE.admin).ok(addMember, { branchId: scoring, name: '刘积极', ...ACTIVIST });
      expect(await stored(memberId)).toMatchObject({ status: 'activist', joinDate: null, active: true });
      const listed = (await backend.as(PEOPLE.admin).ok(listMembers, { branchId: scoring })).members.find((m) => m.memberId === memberId);
      expect(listed).toMatchObject({ status: 'activist', joinDate: null });
    });

    it('refuses an activist where the scheme does not score them, or no scheme is set, naming the field; writes nothing', async () => {
      const before = await memberCount();
      const refused = await backend.as(PEOPLE.secretaryA).call(addMember, { branchId: 'bA', name: '钱积极', ...ACTIVIST });
      expect(refused).toMatchObject({
        ok: false,
        code: 'VALIDATION',
        fields: [{ path: 'status', message: expect.stringContaining('不对入党积极分子积分') }],
      });
      expect(await backend.as(PEOPLE.admin).call(addMember, { branchId: unset, name: '孙积极', ...ACTIVIST })).toMatchObject({
        ok: false,
        code: 'VALIDATION',
        fields: [{ path: 'status', message: expect.stringContaining('尚未设置今年的积分方案') }],
      });
      expect(await memberCount()).toBe(before);
    });

    it('ties 入党日期 to the status: none for an activist, required for a party member', async () => {
      expect(
        await backend.as(PEOPLE.admin).call(addMember, { branchId: scoring, name: '周积极', ...ACTIVIST, joinDate: '2020-07-01' }),
      ).toMatchObject({
        ok: false,
        code: 'VALIDATION',
        fields: [{ path: 'joinDate', message: '入党积极分子尚未入党，入党日期请留空' }],
      });
      expect(
        await backend.as(PEOPLE.admin).call(addMember, { branchId: scoring, name: '吴党员', ...ACTIVIST, status: 'full' }),
      ).toMatchObject({
        ok: false,
        code: 'VALIDATION',
        fields: [{ path: 'joinDate', message: '请填写入党日期' }],
      });
      expect(
        await backend
          .as(PEOPLE.secretaryA)
          .call(addMember, { branchId: 'bA', name: '郑党员', ...ACTIVIST, status: 'full', joinDate: null }),
      ).toMatchObject({
        ok: false,
        code: 'VALIDATION',
        fields: [{ path: 'joinDate' }],
      });
    });
  });

  describe('importRoster', () => {
    it('imports 入党积极分子 rows (入党日期 left empty) where the scheme scores activists', async () => {
      const reply = await backend.as(PEOPLE.admin).ok(importRoster, {
        branchId: scoring,
        fileId: await roster([
          ['王正式', '男', '1970-01-01', '1995-07-01', '正式', '自管'],
          ['王积极', '女', '1999-09-09', '', '入党积极分子', '自管'],
          ['赵积极', '男', '2000-01-01', null, '积极分子', '流动'],
        ]),
      });
      expect(reply).toEqual({ imported: 3 });
      const imported = await backend.db
        .collection('members')
        .where({ branchId: scoring, name: backend.db.command.in(['王积极', '赵积极']) })
        .get();
      expect(
        imported.data
          .map((d: unknown) => MemberDoc.parse(d))
          .map((m) => [m.name, m.status, m.joinDate])
          .sort(),
      ).toEqual([
        ['王积极', 'activist', null],
        ['赵积极', 'activist', null],
      ]);
    });

    it('refuses activist rows where the scheme does not score them, and an activist with 入党日期, importing nothing', async () => {
      const before = await memberCount();
      const reply = await backend.as(PEOPLE.secretaryA).call(importRoster, {
        branchId: 'bA',
        fileId: await roster([
          ['李正式', '男', '1970-01-01', '1995-07-01', '正式', '自管'],
          ['李积极', '女', '1999-09-09', '', '入党积极分子', '自管'],
        ]),
      });
      expect(reply).toMatchObject({
        ok: false,
        code: 'VALIDATION',
        reason: 'ROSTER_INVALID',
        fields: [{ path: 'rows.3.党员状态', message: expect.stringContaining('不对入党积极分子积分') }],
      });
      const dated = await backend.as(PEOPLE.admin).call(importRoster, {
        branchId: scoring,
        fileId: await roster([['何积极', '女', '1999-09-09', '2024-07-01', '入党积极分子', '自管']]),
      });
      expect(dated).toMatchObject({ ok: false, fields: [{ path: 'rows.2.入党日期', message: '入党积极分子尚未入党，入党日期请留空' }] });
      const missing = await backend
        .as(PEOPLE.admin)
        .call(importRoster, { branchId: scoring, fileId: await roster([['何正式', '女', '1969-09-09', '', '正式', '自管']]) });
      expect(missing).toMatchObject({ ok: false, fields: [{ path: 'rows.2.入党日期', message: '请填写入党日期' }] });
      const typo = await backend
        .as(PEOPLE.admin)
        .call(importRoster, { branchId: scoring, fileId: await roster([['何某', '女', '1969-09-09', '', '积极份子', '自管']]) });
      expect(typo).toMatchObject({
        ok: false,
        fields: [{ path: 'rows.2.党员状态', message: '应填写正式、预备、入党积极分子之一（现为“积极份子”）' }],
      });
      expect(await memberCount()).toBe(before);
    });
  });

  describe('updateMember and moveMember', () => {
    it('turns an activist into a 预备党员 with the 入党日期, and back only where activists are scored', async () => {
      const admin = backend.as(PEOPLE.admin);
      const { memberId } = await admin.ok(addMember, { branchId: scoring, name: '陈积极', ...ACTIVIST });
      expect(await admin.call(updateMember, { memberId, changes: { status: 'probationary' } })).toMatchObject({
        ok: false,
        code: 'VALIDATION',
        fields: [{ path: 'changes.joinDate', message: '请填写入党日期' }],
      });
      expect(
        (await admin.ok(updateMember, { memberId, changes: { status: 'probationary', joinDate: '2024-07-01' } })).member,
      ).toMatchObject({ status: 'probationary', joinDate: '2024-07-01' });
      expect(
        await backend.as(PEOPLE.secretaryA).call(updateMember, { memberId: 'mA2', changes: { status: 'activist', joinDate: null } }),
      ).toMatchObject({
        ok: false,
        code: 'VALIDATION',
        fields: [{ path: 'changes.status', message: expect.stringContaining('不对入党积极分子积分') }],
      });
      expect((await stored('mA2')).status).toBe('full');
    });

    it('moves an activist only to a branch whose scheme scores activists', async () => {
      const { memberId } = await backend.as(PEOPLE.admin).ok(addMember, { branchId: scoring, name: '林积极', ...ACTIVIST });
      expect(await backend.as(PEOPLE.admin).call(moveMember, { memberId, toBranchId: 'bB' })).toMatchObject({
        ok: false,
        code: 'VALIDATION',
        fields: [{ path: 'toBranchId' }],
      });
      expect((await stored(memberId)).active).toBe(true);
    });
  });
});
