import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptySheet } from '../../../server/year/year-sheet.doc';
import { listSchemes } from '../../../shared/contracts/org/list-schemes.schema';
import { saveCustomScheme } from '../../../shared/contracts/org/save-custom-scheme.schema';
import { setBranchScheme } from '../../../shared/contracts/org/set-branch-scheme.schema';
import { findPreset, presetIds } from '../../../shared/scheme';
import { BranchYearDoc } from '../../../server/schemes/scheme.doc';
import { LedgerEntryDoc } from '../../../server/ledger/ledger-entry.doc';
import { ReportDoc } from '../../../server/reports/report.doc';
import { runSchemeCheckCli } from '../../../tools/scheme-check-cli';
import { workedExampleScheme } from '../../../tools/scheme-format-example';
import { useBackend } from '../../support/backend';
import { PEOPLE } from '../../support/world';

/** Preset 001 as a committee's own scheme (a new id and name). */
function customScheme(version = 1): Record<string, unknown> {
  return {
    ...structuredClone(findPreset('001-xishui-town')!),
    id: 'c1-town-rules',
    version,
    name: '某镇党员积分细则',
    shortName: '某镇细则',
  };
}

function aReport(branchId: string, year: number): Omit<ReportDoc, '_id'> {
  return {
    branchId,
    memberId: 'mB1',
    memberName: '赵四',
    openid: PEOPLE.memberB,
    idempotencyKey: `k-${branchId}-${year}`,
    year,
    period: `${year}-03`,
    date: `${year}-03-02`,
    itemCode: 'x',
    itemName: 'x',
    description: '参加活动',
    photos: [],
    points: null,
    level: null,
    quantity: null,
    post: null,
    status: 'pending',
    submittedAt: new Date(),
    reviewedAt: null,
    reviewedBy: null,
    rejectReason: null,
    ledgerEntryId: null,
  };
}

function aLedgerEntry(branchId: string, year: number): Omit<LedgerEntryDoc, '_id'> {
  return {
    sourceKey: `recorder:${branchId}-${year}`,
    branchId,
    memberId: 'mA1',
    year,
    period: `${year}-01`,
    date: `${year}-01-05`,
    itemCode: 'duties.study.absent',
    itemName: '无故缺席',
    points: null,
    level: null,
    quantity: null,
    post: null,
    baseCenti: -500,
    actor: { openid: PEOPLE.recorderA, role: 'recorder' },
    at: new Date(),
    reason: '缺席',
    source: 'recorder',
    reportId: null,
    meetingId: null,
    reverses: null,
  };
}

describe('org: schemes', () => {
  const backend = useBackend({ world: true });

  it('lists the presets to a committee admin, and the custom versions once saved', async () => {
    const admin = backend.as(PEOPLE.admin);
    const before = await admin.ok(listSchemes, { committeeId: 'c1' });
    expect(before.presets.map((p) => p.id)).toEqual(presetIds());
    expect(before.presets.find((p) => p.id === '001-xishui-town')).toEqual({
      id: '001-xishui-town',
      version: 1,
      name: '浠水县xx镇党员积分管理实施细则（试行）',
      shortName: '浠水xx镇 月度百分制',
      period: 'month',
    });
    expect(before.custom).toEqual([]);

    expect(await admin.ok(saveCustomScheme, { committeeId: 'c1', scheme: customScheme(1) })).toEqual({
      ref: 'c1-town-rules@1',
      id: 'c1-town-rules',
      version: 1,
    });
    await admin.ok(saveCustomScheme, { committeeId: 'c1', scheme: customScheme(2) });
    const after = await admin.ok(listSchemes, { committeeId: 'c1' });
    expect(after.custom.map((c) => c.ref)).toEqual(['c1-town-rules@2', 'c1-town-rules@1']);
    expect(after.custom[0]).toMatchObject({
      id: 'c1-town-rules',
      version: 2,
      name: '某镇党员积分细则',
      shortName: '某镇细则',
      period: 'month',
    });
  });

  it('with a branch: its scheme for the year and whether it is pinned, as setBranchScheme decides', async () => {
    const admin = backend.as(PEOPLE.admin);
    const year = backend.world.year + 7; // a year no other test here touches (the world is shared by the file's tests)
    const branchOf = async () => (await admin.ok(listSchemes, { committeeId: 'c1', branchId: 'bB', year })).branch;
    expect(await branchOf()).toEqual({ branchId: 'bB', name: '镇机关党支部', year, current: null, pinned: false });
    await admin.ok(setBranchScheme, { branchId: 'bB', year, scheme: { preset: '004-district-hundred' } });
    const current = { id: '004-district-hundred', version: 1, name: '关于推行党员积分管理工作的实施意见（区）', source: 'preset' };
    expect(await branchOf()).toEqual({ branchId: 'bB', name: '镇机关党支部', year, current, pinned: false });

    await backend.db.collection('reports').add(aReport('bB', year));
    expect(await branchOf()).toEqual({ branchId: 'bB', name: '镇机关党支部', year, current, pinned: true });
    expect(await admin.call(setBranchScheme, { branchId: 'bB', year, scheme: { preset: '001-xishui-town' } })).toMatchObject({
      ok: false,
      reason: 'SCHEME_PINNED',
    });

    expect((await admin.ok(listSchemes, { committeeId: 'c1', branchId: 'bA' })).branch?.year).toBe(backend.world.year);
    expect(await admin.ok(listSchemes, { committeeId: 'c1' })).not.toHaveProperty('branch');
    expect(await admin.call(listSchemes, { committeeId: 'c1', branchId: 'gA1' })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fields: [{ path: 'branchId' }],
    });
    expect(await backend.as(PEOPLE.secretaryA).call(listSchemes, { committeeId: 'c1', branchId: 'bA' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });

  it('refuses schemes to anyone but an admin of that committee', async () => {
    expect(await backend.as(PEOPLE.secretaryA).call(listSchemes, { committeeId: 'c1' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await backend.as(PEOPLE.stranger).call(saveCustomScheme, { committeeId: 'c1', scheme: customScheme(9) })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await backend.as(PEOPLE.admin).call(listSchemes, { committeeId: 'bA' })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fields: [{ path: 'committeeId' }],
    });
  });

  it('answers an invalid scheme with VALIDATION naming each field under scheme.', async () => {
    const broken = customScheme(5) as { categories: { code: string }[]; period: string };
    broken.categories[0].code = 'Not A Code';
    broken.period = 'week';
    const reply = await backend.as(PEOPLE.admin).call(saveCustomScheme, { committeeId: 'c1', scheme: broken });
    expect(reply).toMatchObject({ ok: false, code: 'VALIDATION' });
    if (reply.ok) return;
    expect(reply.fields!.map((f) => f.path)).toEqual(expect.arrayContaining(['scheme.period', 'scheme.categories.0.code']));
    expect(reply.fields!.every((f) => f.path.startsWith('scheme.') && f.message.length > 0)).toBe(true);
    expect(await backend.as(PEOPLE.admin).call(saveCustomScheme, { committeeId: 'c1', scheme: 'not a scheme' })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fields: [{ path: 'scheme' }],
    });
    expect((await backend.db.collection('schemes').where({ version: 5 }).count()).total).toBe(0);
  });

  it('answers an invalid scheme with exactly the Chinese, path-naming messages npm run scheme:check prints', async () => {
    const admin = backend.as(PEOPLE.admin);
    const sameAsCli = async (scheme: unknown) => {
      const dir = mkdtempSync(join(tmpdir(), 'save-scheme-'));
      writeFileSync(join(dir, 'scheme.json'), JSON.stringify(scheme));
      const cli = runSchemeCheckCli([join(dir, 'scheme.json')]);
      expect(cli.code).toBe(2);
      const reply = await admin.call(saveCustomScheme, { committeeId: 'c1', scheme });
      expect(reply).toMatchObject({ ok: false, code: 'VALIDATION', reason: 'SCHEME_INVALID' });
      if (reply.ok) return [];
      const fromCli = cli.stderr.trim().split('\n').slice(0, -1);
      expect(reply.fields!.map((f) => `错误 ${f.path.replace(/^scheme\./, '')}: ${f.message}`)).toEqual(fromCli);
      return reply.fields!;
    };
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- edited deep inside; the function checks its shape
    const shape = structuredClone(workedExampleScheme()) as Record<string, any>;
    shape.categories[0].items[1].points = { kind: 'range', min: 5, max: 1 };
    shape.period = 'week';
    expect(await sameAsCli(shape)).toEqual(
      expect.arrayContaining([
        { path: 'scheme.categories.0.items.1.points.max', message: 'min 不能大于 max' },
        { path: 'scheme.period', message: '无效选项：期望以下之一 "month"|"quarter"' },
      ]),
    );
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
    const references = structuredClone(workedExampleScheme()) as Record<string, any>;
    references.categories[1].code = 'duties';
    references.quota = { grade: 'unqualified', maxPercent: 20, ties: 'excludeTied', source: '第六条' };
    expect(await sameAsCli(references)).toEqual([
      { path: 'scheme.categories.1.code', message: '积分类别代码“duties”重复' },
      { path: 'scheme.quota.grade', message: '“unqualified”是最低一档等次，无法再往下调' },
    ]);
    expect(await sameAsCli({ ...workedExampleScheme(), id: '004-district-hundred' })).toEqual([
      { path: 'scheme.id', message: '“004-district-hundred”是预置方案的编号，自定义方案请另起编号' },
    ]);
    expect((await backend.db.collection('schemes').where({ schemeId: 'hongxing-village' }).count()).total).toBe(0);
  });

  it('refuses a preset id and an existing version', async () => {
    const admin = backend.as(PEOPLE.admin);
    const asPreset = { ...customScheme(1), id: '002-changzhou-office' };
    expect(await admin.call(saveCustomScheme, { committeeId: 'c1', scheme: asPreset })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fields: [{ path: 'scheme.id' }],
    });
    const again = { ...customScheme(1), name: '改过的名字' };
    expect(await admin.call(saveCustomScheme, { committeeId: 'c1', scheme: again })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      reason: 'SCHEME_VERSION_EXISTS',
    });
    const stored = (await backend.db.collection('schemes').doc('c1-town-rules@1').get()).data[0] as { scheme: { name: string } };
    expect(stored.scheme.name).toBe('某镇党员积分细则');
  });

  it('pins a copy of a preset, then of a custom version, for a branch and year; the same again is a no-op', async () => {
    const admin = backend.as(PEOPLE.admin);
    const year = backend.world.year + 1;
    expect(await admin.ok(setBranchScheme, { branchId: 'bB', year, scheme: { preset: '004-district-hundred' } })).toEqual({
      branchYearId: `bB:${year}`,
      schemeId: '004-district-hundred',
      schemeVersion: 1,
      source: 'preset',
      scoringFrom: `${year}-01-01`,
      changed: true,
    });
    const pinned = BranchYearDoc.parse((await backend.db.collection('branchYears').doc(`bB:${year}`).get()).data[0]);
    expect(pinned).toMatchObject({
      branchId: 'bB',
      committeeId: 'c1',
      year,
      schemeId: '004-district-hundred',
      source: 'preset',
      closedPeriods: [],
      setBy: PEOPLE.admin,
    });
    expect(pinned.scheme).toEqual(JSON.parse(JSON.stringify(findPreset('004-district-hundred'))));

    expect(await admin.ok(setBranchScheme, { branchId: 'bB', year, scheme: { custom: 'c1-town-rules@2' } })).toMatchObject({
      schemeId: 'c1-town-rules',
      schemeVersion: 2,
      source: 'custom',
      changed: true,
    });
    expect(await admin.ok(setBranchScheme, { branchId: 'bB', year, scheme: { custom: 'c1-town-rules@2' } })).toMatchObject({
      changed: false,
    });
    const copy = BranchYearDoc.parse((await backend.db.collection('branchYears').doc(`bB:${year}`).get()).data[0]);
    expect((copy.scheme as { name: string }).name).toBe('某镇党员积分细则');
  });

  it('pins the scheme once a report exists for the branch and year (the same scheme stays a no-op)', async () => {
    const admin = backend.as(PEOPLE.admin);
    const year = backend.world.year + 1;
    await backend.db.collection('reports').add(aReport('bB', year));
    expect(await admin.call(setBranchScheme, { branchId: 'bB', year, scheme: { preset: '002-changzhou-office' } })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      reason: 'SCHEME_PINNED',
    });
    expect(await admin.ok(setBranchScheme, { branchId: 'bB', year, scheme: { custom: 'c1-town-rules@2' } })).toMatchObject({
      changed: false,
    });
    expect(BranchYearDoc.parse((await backend.db.collection('branchYears').doc(`bB:${year}`).get()).data[0]).schemeId).toBe(
      'c1-town-rules',
    );
    // Another year of the same branch is still free.
    expect(await admin.ok(setBranchScheme, { branchId: 'bB', year: year + 1, scheme: { preset: '002-changzhou-office' } })).toMatchObject({
      changed: true,
    });
  });

  it('pins the scheme once a ledger entry exists', async () => {
    await backend.db.collection('ledger').add(aLedgerEntry('bA', backend.world.year));
    expect(
      await backend
        .as(PEOPLE.admin)
        .call(setBranchScheme, { branchId: 'bA', year: backend.world.year, scheme: { preset: '002-changzhou-office' } }),
    ).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      reason: 'SCHEME_PINNED',
    });
    expect(BranchYearDoc.parse((await backend.db.collection('branchYears').doc(`bA:${backend.world.year}`).get()).data[0]).schemeId).toBe(
      '001-xishui-town',
    );
  });

  it('pins the scheme once the branch has entered review results for the year (its year sheet)', async () => {
    const year = backend.world.year + 4;
    const admin = backend.as(PEOPLE.admin);
    await admin.ok(setBranchScheme, { branchId: 'bB', year, scheme: { preset: '002-changzhou-office' } });
    const { _id, ...sheet } = emptySheet('bB', 'c1', year, new Date());
    await backend.db.collection('yearSheets').doc(_id).set(sheet);
    expect(await admin.call(setBranchScheme, { branchId: 'bB', year, scheme: { preset: '001-xishui-town' } })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      reason: 'SCHEME_PINNED',
    });
  });

  it('refuses secretaries, unknown presets, other committees’ schemes and non-branches', async () => {
    const year = backend.world.year + 3;
    expect(
      await backend.as(PEOPLE.secretaryA).call(setBranchScheme, { branchId: 'bA', year, scheme: { preset: '001-xishui-town' } }),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    const admin = backend.as(PEOPLE.admin);
    expect(await admin.call(setBranchScheme, { branchId: 'bA', year, scheme: { preset: '999-none' } })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fields: [{ path: 'scheme.preset' }],
    });
    await backend.db
      .collection('schemes')
      .doc('other-rules@1')
      .set({ committeeId: 'c2', schemeId: 'other-rules', version: 1, scheme: customScheme(1), createdBy: 'o-x', createdAt: new Date() });
    expect(await admin.call(setBranchScheme, { branchId: 'bA', year, scheme: { custom: 'other-rules@1' } })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fields: [{ path: 'scheme.custom' }],
    });
    expect(await admin.call(setBranchScheme, { branchId: 'gA1', year, scheme: { preset: '001-xishui-town' } })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fields: [{ path: 'branchId' }],
    });
    expect((await backend.db.collection('branchYears').where({ year }).count()).total).toBe(0);
  });
});
