import { reportForm } from '../../../shared/contracts/reports/report-form.schema';
import { submitReport } from '../../../shared/contracts/reports/submit-report.schema';
import { setMemberExempt } from '../../../shared/contracts/org/set-member-exempt.schema';
import { useBackend } from '../../support/backend';
import { PEOPLE } from '../../support/world';
import { databaseRequests, fixedClock, newKey, NOW, PNG } from './report-fixtures';
import { cloudbaseApp } from '../../../server/db/cloudbase';
import { configureNoticeTemplates, subscribe, TEMPLATE_IDS } from '../notices/notice-fixtures';

// A deployment that sends 审核结果 notices: the form carries the template the page asks WeChat for.
configureNoticeTemplates();

describe('reports.reportForm: the report page in one call', () => {
  const backend = useBackend({ now: fixedClock, world: NOW });

  it('lists the items members report, by category, with their points, evidence rule and the member’s own posts — in 3 requests', async () => {
    const { result: form, requests } = await databaseRequests(backend, () => backend.as(PEOPLE.memberA).ok(reportForm, {}));
    expect(requests).toBeLessThanOrEqual(3);
    expect(form).toMatchObject({
      member: { memberId: 'mA1', name: '张一', branchId: 'bA' },
      year: 2026,
      today: '2026-03-15',
      scheme: { id: '001-xishui-town', periodUnit: 'month' },
      exempt: false,
      photoFolder: `reports/${PEOPLE.memberA}/`,
      maxPhotos: 9,
      reviewNotice: { templateId: TEMPLATE_IDS.reportReviewed, credits: 0 },
    });
    // 15 March: February's 10 late days are over, so only March up to today.
    expect(form.openDates).toEqual([{ period: '2026-03', label: '2026年3月', from: '2026-03-01', to: '2026-03-15' }]);
    expect(form.categories.map((c) => c.name)).toEqual(['志愿服务岗位贡献积分', '加分项']);
    const items = form.categories.flatMap((c) => c.items);
    // Attendance, dues, deductions and vetoes are the recorder's: none of them is offered.
    expect(items.map((i) => i.code)).not.toContain('duties.study.absent');
    expect(items.every((i) => !i.code.startsWith('veto') && !i.code.startsWith('duties'))).toBe(true);
    expect(items.find((i) => i.code === 'bonus.honor')).toMatchObject({
      points: { kind: 'levels', levels: expect.arrayContaining([{ code: 'county', name: '县级表彰', value: 2 }]) },
      evidence: { photo: 'required', hint: '表彰证书或文件', attestation: false },
      posts: null,
    });
    expect(items.find((i) => i.code === 'bonus.economy')).toMatchObject({
      points: { kind: 'fixed', value: 2 },
      evidence: { photo: 'optional' },
    });
    expect(items.find((i) => i.code === 'bonus.other')).toMatchObject({ points: { kind: 'range', min: 0.5, max: 2, step: 0.5 } });
    expect(items.find((i) => i.code === 'posts.deed')?.posts).toEqual([
      { code: 'sanitation', name: '环境卫生维护志愿服务岗' },
      { code: 'policyPublicity', name: '政策宣传志愿服务岗' },
    ]);
  });

  it('what it offers is what submitReport takes: a photo under photoFolder, the first open date, a listed item', async () => {
    const member = backend.as(PEOPLE.memberA);
    const form = await member.ok(reportForm, {});
    const { fileID } = await cloudbaseApp().uploadFile({ cloudPath: `${form.photoFolder}form-${newKey()}.png`, fileContent: PNG });
    const report = await member.ok(submitReport, {
      itemCode: 'bonus.honor',
      level: 'county',
      date: form.openDates[0].from,
      description: '获县级优秀党员表彰',
      photos: [fileID],
      idempotencyKey: newKey(),
    });
    expect(report).toMatchObject({ status: 'pending', date: '2026-03-01', photos: [{ fileId: fileID }] });
  });

  it('counts the 审核结果 notices the member has agreed to (each 允许 one), so the page does not ask again while one is unused', async () => {
    await subscribe(backend.as(PEOPLE.memberB), ['reportReviewed'], 2);
    expect((await backend.as(PEOPLE.memberB).ok(reportForm, {})).reviewNotice).toEqual({
      templateId: TEMPLATE_IDS.reportReviewed,
      credits: 2,
    });
  });

  it('another branch’s scheme (002), and an exempt member is told so', async () => {
    const formB = await backend.as(PEOPLE.memberB).ok(reportForm, {});
    expect(formB.scheme.id).toBe('002-changzhou-office');
    expect(formB.categories.flatMap((c) => c.items.map((i) => i.code))).toContain('featured.volunteer.activity');
    await backend.as(PEOPLE.secretaryA).ok(setMemberExempt, { memberId: 'mA2', exempt: { reason: '年老体弱，经支部批准' } });
    expect(await backend.as(PEOPLE.memberA2).ok(reportForm, {})).toMatchObject({ exempt: true });
  });

  it('refuses callers who are not the member: not bound, or someone else’s record', async () => {
    expect(await backend.as(PEOPLE.stranger).call(reportForm, {})).toMatchObject({ ok: false, code: 'FORBIDDEN', reason: 'NOT_BOUND' });
    expect(await backend.as(PEOPLE.memberA).call(reportForm, { memberId: 'mA2' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      reason: 'NOT_OWN_MEMBER',
    });
  });
});
