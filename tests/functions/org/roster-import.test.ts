import ExcelJS from 'exceljs';
import { createOrg } from '../../../shared/contracts/org/create-org.schema';
import { importRoster } from '../../../shared/contracts/org/import-roster.schema';
import { setBranchScheme } from '../../../shared/contracts/org/set-branch-scheme.schema';
import { cloudbaseApp } from '../../../server/db/cloudbase';
import { MemberDoc } from '../../../server/members/member.doc';
import { useBackend } from '../../support/backend';
import { PEOPLE } from '../../support/world';

type Cell = string | number | Date | null;
const HEADERS = ['姓名', '性别', '出生日期', '入党日期', '党员状态', '类别', '层次', '手机号', '党小组'];

let uploads = 0;

/** An .xlsx with a header row and data rows, uploaded to the emulator's storage; returns its fileID. */
async function uploadRoster(rows: Cell[][], headers: string[] = HEADERS): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('名册');
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  return upload(Buffer.from(await workbook.xlsx.writeBuffer()));
}

async function upload(content: Buffer, extension = 'xlsx'): Promise<string> {
  uploads += 1;
  const { fileID } = await cloudbaseApp().uploadFile({ cloudPath: `rosters/test-${uploads}.${extension}`, fileContent: content });
  return fileID;
}

/** A fixed clock: the rows' dates are checked against today. */
const NOW = new Date('2026-06-01T02:00:00Z');

describe('org: importRoster', () => {
  const backend = useBackend({ now: () => NOW, world: NOW });

  const membersOf = async (branchId: string) =>
    (await backend.db.collection('members').where({ branchId }).limit(1000).get()).data.map((d: unknown) => MemberDoc.parse(d));

  it('imports every row in one go, reading the date forms people use', async () => {
    const fileId = await uploadRoster([
      ['刘一', '男', new Date(Date.UTC(1948, 9, 1)), '1975/7/1', '正式', '自管', null, 13800138000, '第一党小组'],
      ['刘 二', '女', '1960.03.05', '1988年7月1日', '正式党员', '在职', null, '139-0013-9000', null],
      [null, null, null, null, null, null, null, null, null],
      ['刘三', '女', '19900412', '2025-06-30', '预备', '流动党员', null, null, ''],
    ]);
    expect(await backend.as(PEOPLE.secretaryA).ok(importRoster, { branchId: 'bA', fileId })).toEqual({ imported: 3 });
    const byName = new Map((await membersOf('bA')).map((m) => [m.name, m]));
    expect(byName.get('刘一')).toMatchObject({
      gender: 'male',
      birthDate: '1948-10-01',
      joinDate: '1975-07-01',
      status: 'full',
      category: 'selfManaged',
      phone: '13800138000',
      groupId: 'gA1',
      openid: null,
      active: true,
      posts: [],
    });
    expect(byName.get('刘二')).toMatchObject({
      gender: 'female',
      birthDate: '1960-03-05',
      joinDate: '1988-07-01',
      category: 'inService',
      phone: '13900139000',
      groupId: null,
    });
    expect(byName.get('刘三')).toMatchObject({
      birthDate: '1990-04-12',
      joinDate: '2025-06-30',
      status: 'probationary',
      category: 'mobile',
    });
  });

  it('answers a file with bad rows with VALIDATION for each row, column and reason, and imports nothing', async () => {
    const before = (await membersOf('bA')).length;
    const fileId = await uploadRoster([
      ['好人甲', '男', '1970-01-01', '1995-07-01', '正式', '自管', null, null, null],
      ['钱二', '难', '1960-13-01', '1985.07', null, '自管', null, '12345', '第九党小组'],
      ['好人乙', '女', '1971-02-02', '1996-07-01', '正式', '自管', 'secretary', null, null],
      ['好人甲', '男', '1970-01-01', '1995-07-01', '正式', '自管', null, null, null],
      ['张一', '男', '1970-05-01', '1995-07-01', '正式', '自管', null, null, null],
      ['孙三', '男', '1980-01-01', '1975-01-01', '正式', '本地', null, null, null],
    ]);
    const reply = await backend.as(PEOPLE.secretaryA).call(importRoster, { branchId: 'bA', fileId });
    expect(reply).toMatchObject({ ok: false, code: 'VALIDATION', reason: 'ROSTER_INVALID' });
    if (reply.ok) return;
    expect(reply.fields!.map((f) => f.path)).toEqual([
      'rows.3.性别',
      'rows.3.出生日期',
      'rows.3.入党日期',
      'rows.3.党员状态',
      'rows.3.手机号',
      'rows.3.党小组',
      'rows.4.层次',
      'rows.5.姓名',
      'rows.6.姓名',
      'rows.7.入党日期',
      'rows.7.类别',
    ]);
    const message = (path: string) => reply.fields!.find((f) => f.path === path)?.message;
    expect(message('rows.3.性别')).toBe('应填写男、女之一（现为“难”）');
    expect(message('rows.3.入党日期')).toContain('完整的年月日');
    expect(message('rows.3.党员状态')).toBe('请填写党员状态');
    expect(message('rows.3.党小组')).toContain('本支部没有党小组“第九党小组”');
    expect(message('rows.4.层次')).toContain('不分层次');
    expect(message('rows.5.姓名')).toBe('与第 2 行重复（姓名和出生日期相同）');
    expect(message('rows.6.姓名')).toBe('支部中已有同名且出生日期相同的党员');
    expect(message('rows.7.入党日期')).toBe('入党日期应晚于出生日期');
    expect(reply.message).toContain('未导入任何党员');
    expect((await membersOf('bA')).length).toBe(before);
  });

  it('resolves tiers by code or by name where the branch’s scheme has them', async () => {
    const admin = backend.as(PEOPLE.admin);
    const { orgId } = await admin.ok(createOrg, { parentId: 'c1', kind: 'branch', name: '新坝村党支部' });
    await admin.ok(setBranchScheme, { branchId: orgId, year: backend.world.year, scheme: { preset: '003-xinba-tiers' } });
    const fileId = await uploadRoster([
      ['周书记', '男', '1970-01-01', '1995-07-01', '正式', '自管', 'secretary', null, null],
      ['周委员', '男', '1971-01-01', '1996-07-01', '正式', '自管', '第二层次', null, null],
      ['周老党员', '男', '1950-01-01', '1975-07-01', '正式', '自管', '第四层次', null, null],
    ]);
    expect(await admin.ok(importRoster, { branchId: orgId, fileId })).toEqual({ imported: 3 });
    expect(Object.fromEntries((await membersOf(orgId)).map((m) => [m.name, m.tier]))).toEqual({
      周书记: 'secretary',
      周委员: 'committee',
      周老党员: 'unposted',
    });
  });

  it('names a missing required column', async () => {
    const fileId = await uploadRoster(
      [['某人', '男', '1970-01-01', '正式', '自管']],
      ['姓名', '性别', '出生日期（年月日）', '党员状态', '类别'],
    );
    const reply = await backend.as(PEOPLE.secretaryA).call(importRoster, { branchId: 'bA', fileId });
    expect(reply).toMatchObject({ ok: false, code: 'VALIDATION', fields: [{ path: 'columns.入党日期', message: '缺少“入党日期”列' }] });
  });

  it('refuses more than 500 rows, a file that is not a workbook and an empty sheet', async () => {
    const many: Cell[][] = Array.from({ length: 501 }, (_, i) => [
      `党员${i}`,
      '男',
      '1970-01-01',
      '1995-07-01',
      '正式',
      '自管',
      null,
      null,
      null,
    ]);
    const secretary = backend.as(PEOPLE.secretaryA);
    expect(await secretary.call(importRoster, { branchId: 'bA', fileId: await uploadRoster(many) })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fields: [{ path: 'rows' }],
    });
    expect(
      await secretary.call(importRoster, { branchId: 'bA', fileId: await upload(Buffer.from('姓名,性别\n张三,男\n'), 'csv') }),
    ).toMatchObject({ ok: false, code: 'VALIDATION', fields: [{ path: 'fileId' }] });
    expect(await secretary.call(importRoster, { branchId: 'bA', fileId: await uploadRoster([]) })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fields: [{ path: 'fileId' }],
    });
    expect(await secretary.call(importRoster, { branchId: 'bA', fileId: 'cloud://nowhere.bucket/rosters/none.xlsx' })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fields: [{ path: 'fileId' }],
    });
  });

  it('is for the branch’s secretary and the committee admin only', async () => {
    const fileId = await uploadRoster([['某人', '男', '1970-01-01', '1995-07-01', '正式', '自管', null, null, null]]);
    for (const openid of [PEOPLE.recorderA, PEOPLE.secretaryB, PEOPLE.memberA, PEOPLE.stranger]) {
      expect(await backend.as(openid).call(importRoster, { branchId: 'bA', fileId })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    expect(await backend.as(PEOPLE.admin).ok(importRoster, { branchId: 'bA', fileId })).toEqual({ imported: 1 });
  });
});
