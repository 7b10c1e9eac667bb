import { randomBytes } from 'node:crypto';
import { approvalForm } from '../../../shared/contracts/exports/approval-form.schema';
import { boardForm } from '../../../shared/contracts/exports/board-form.schema';
import { recordForm } from '../../../shared/contracts/exports/record-form.schema';
import { yearForm } from '../../../shared/contracts/exports/year-form.schema';
import { finalizePublication } from '../../../shared/contracts/publications/finalize-publication.schema';
import { publishPeriod } from '../../../shared/contracts/publications/publish-period.schema';
import { adjustEntry } from '../../../shared/contracts/reports/adjust-entry.schema';
import { approveReport } from '../../../shared/contracts/reports/approve-report.schema';
import { recordEntry } from '../../../shared/contracts/reports/record-entry.schema';
import { submitReport } from '../../../shared/contracts/reports/submit-report.schema';
import { decideGrades } from '../../../shared/contracts/year/decide-grades.schema';
import { proposeGrades } from '../../../shared/contracts/year/propose-grades.schema';
import { saveReviews } from '../../../shared/contracts/year/save-reviews.schema';
import type { LedgerEntryDoc } from '../../../server/ledger/ledger-entry.doc';
import { useBackend } from '../../support/backend';
import { PEOPLE } from '../../support/world';
import { databaseRequests } from '../reports/report-fixtures';
import { movableClock } from '../year/year-fixtures';
import { buildCommunityBranch, COMMUNITY, findRow, openExport, PINYIN_ORDER, rowOf } from './community-branch';

const { zeng, shan, ai, xie, bai } = COMMUNITY.members;
const MEMBERS = [zeng, shan, ai, xie, bai];
const at = (date: string) => `${date}T10:00:00+08:00`;
const key = () => randomBytes(8).toString('hex');
/** 民主评议 points of scheme 000 (4.3.1: 合格 5, 优秀 10). */
const REVIEW_POINTS = { excellent: 10, qualified: 5, basicallyQualified: 0, unqualified: 0 } as const;
const REVIEWS_2026: Record<string, keyof typeof REVIEW_POINTS> = {
  [zeng.id]: 'excellent',
  [shan.id]: 'qualified',
  [ai.id]: 'qualified',
  [xie.id]: 'qualified',
};

/**
 * What the ledger says, computed here without the scoring core: the lines in force (a cancelled line
 * and its reversal left out), additions multiplied for self-managed members of 60–69 (×2) and 70 and
 * over (×3) as 000 5.2 says, by member and month, in hundredths.
 */
async function ledgerByMonth(db: ReturnType<typeof useBackend>['db'], year: number) {
  const lines = (await db.collection('ledger').where({ branchId: COMMUNITY.branchId, year }).limit(1000).get()).data as LedgerEntryDoc[];
  const reversed = new Set(lines.map((l) => l.reverses).filter(Boolean));
  const inForce = lines.filter((l) => l.reverses === null && !reversed.has(l._id));
  const months = new Map<string, { plus: number; minus: number }[]>();
  for (const m of MEMBERS)
    months.set(
      m.id,
      Array.from({ length: 12 }, () => ({ plus: 0, minus: 0 })),
    );
  for (const line of inForce) {
    const member = MEMBERS.find((m) => m.id === line.memberId)!;
    const month = months.get(line.memberId)![Number(line.date.slice(5, 7)) - 1];
    if (line.baseCenti > 0) month.plus += line.baseCenti * member.multiplier;
    else month.minus += line.baseCenti;
  }
  return { months, inForce, cancelled: lines.filter((l) => reversed.has(l._id)) };
}

const points = (centi: number) => centi / 100;
const cell = (centi: number) => (centi === 0 ? null : Math.abs(centi) / 100);

describe('the paper forms of seed 000 exported as .xlsx (community branch, scheme 000)', () => {
  const clock = movableClock(at('2025-12-01'));
  const backend = useBackend({ now: clock.now, world: clock.now });
  const recorder = () => backend.as(COMMUNITY.recorder);
  const secretary = () => backend.as(COMMUNITY.secretary);
  const record = (memberId: string, itemCode: string, date: string, fields: Record<string, unknown>, reason = '社区登记') =>
    recorder().ok(recordEntry, { branchId: COMMUNITY.branchId, memberId, itemCode, date, reason, idempotencyKey: key(), ...fields });

  beforeAll(async () => {
    await buildCommunityBranch(backend.db, clock.now(), [2025, 2026]);
    // 2025: a line each for 曾 and 艾, the review, the proposal and the committee's decision — last year's totals.
    clock.set(at('2025-12-10'));
    await record(zeng.id, 'activity.volunteer', '2025-12-05', { points: 3 });
    await record(ai.id, 'performance.research', '2025-12-06', { points: 2 });
    await secretary().ok(saveReviews, {
      branchId: COMMUNITY.branchId,
      year: 2025,
      results: [zeng, shan, ai, xie].map((m) => ({ memberId: m.id, grade: 'qualified' as const })),
    });
    await secretary().ok(proposeGrades, { branchId: COMMUNITY.branchId, year: 2025 });
    await backend.as(PEOPLE.admin).ok(decideGrades, { branchId: COMMUNITY.branchId, year: 2025, opinion: '同意支部申报意见' });

    // First quarter of 2026.
    clock.set(at('2026-01-20'));
    const { reportId } = await backend.as(zeng.openid).ok(submitReport, {
      itemCode: 'activity.volunteer',
      date: '2026-01-18',
      description: '组织楼院清洁志愿服务',
      points: 3,
      idempotencyKey: key(),
    });
    await recorder().ok(approveReport, { reportId });
    await record(shan.id, 'activity.partyLife', '2026-01-19', { points: 2 }, '主题党日发言');
    clock.set(at('2026-02-15'));
    await record(ai.id, 'performance.honor', '2026-02-14', { level: 'subdistrict' }, '街道优秀志愿者');
    await record(ai.id, 'deduction.nonPerformance', '2026-02-14', { points: -2 }, '报到后未参加社区服务');
    clock.set(at('2026-03-10'));
    await record(zeng.id, 'deduction.nonPerformance', '2026-03-09', { points: -1 }, '承诺事项未按期落实');
    const wrong = await record(xie.id, 'political.exemplary', '2026-03-09', { points: 4 }, '学习教育表现突出');
    await recorder().ok(adjustEntry, { entryId: wrong.entryId, cancel: true, reason: '分值登记有误，撤销后重新登记' });
    await record(xie.id, 'political.exemplary', '2026-03-09', { points: 2 }, '学习教育表现突出');
    // Published after the quarter, final once its window is over.
    clock.set(at('2026-04-02'));
    await secretary().ok(publishPeriod, { branchId: COMMUNITY.branchId, period: '2026-Q1' });
    clock.set(at('2026-04-15'));
    await secretary().ok(finalizePublication, { publicationId: `${COMMUNITY.branchId}:2026-Q1` });
    clock.set(at('2026-05-10'));
    await record(shan.id, 'activity.volunteer', '2026-05-08', { points: 1.5 }, '义务巡逻');
  });

  it('prints 表D from the final publication of the first quarter, and a marked draft for a quarter not yet published', async () => {
    const q1 = await secretary().ok(boardForm, { branchId: COMMUNITY.branchId, period: '2026-Q1' });
    expect(q1.fileName).toBe('表D 社区党员季度积分考核情况公示栏（金水社区党支部 截至2026年第一季度）.xlsx');
    expect(q1.fileId).toMatch(/^cloud:\/\/[^/]+\/exports\/bZ\/2026\/D-[0-9a-f]{20}\.xlsx$/);
    expect(new Date(q1.expiresAt).getTime()).toBe(clock.now().getTime() + 3600 * 1000);
    const sheet = await openExport(q1.url);
    expect(rowOf(sheet, 1, 1)).toEqual(['社区党员季度积分考核情况公示栏']);
    expect(rowOf(sheet, 2, 1)).toEqual(['（2026 年度）']);
    expect(rowOf(sheet, 3, 1)).toEqual(['截至2026年第一季度 · 公示期满']);
    expect(rowOf(sheet, 4, 11)).toEqual(['姓名', '等次', '分数', '第一季度', null, '第二季度', null, '第三季度', null, '第四季度', null]);
    expect(rowOf(sheet, 5, 11)).toEqual([null, null, null, '加分', '扣分', '加分', '扣分', '加分', '扣分', '加分', '扣分']);
    const { months } = await ledgerByMonth(backend.db, 2026);
    const quarter = (id: string) =>
      months
        .get(id)!
        .slice(0, 3)
        .reduce((s, m) => ({ plus: s.plus + m.plus, minus: s.minus + m.minus }), { plus: 0, minus: 0 });
    const rows = PINYIN_ORDER.map((_, i) => rowOf(sheet, 6 + i, 11));
    expect(rows.map((r) => r[0])).toEqual(PINYIN_ORDER);
    for (const row of rows) {
      const member = MEMBERS.find((m) => m.name === row[0])!;
      if (member === bai) {
        expect(row.slice(1)).toEqual(['不纳入积分管理', null, null, null, null, null, null, null, null, null]);
        continue;
      }
      const q = quarter(member.id);
      // Grades come from the year's review under 000: none on a quarterly board. 分数 is the year so far (Q1 only here).
      expect(row.slice(1)).toEqual(['', points(q.plus + q.minus), cell(q.plus), cell(q.minus), null, null, null, null, null, null]);
    }
    expect(rows.find((r) => r[0] === '曾秀兰')!.slice(2, 5)).toEqual([5, 6, 1]); // 3 points ×2 (66, self-managed), −1
    expect(rows.find((r) => r[0] === '单国华')!.slice(2, 5)).toEqual([6, 6, null]); // 2 points ×3 (76)
    const notesAt = findRow(sheet, '党组织名称：金水社区党支部');
    expect(notesAt).toBeGreaterThan(10);
    expect(rowOf(sheet, notesAt + 1, 1)[0]).toBe('备注：1. 姓名依次按照字母表的顺序排列。');

    const q2 = await secretary().ok(boardForm, { branchId: COMMUNITY.branchId, period: '2026-Q2' });
    expect(q2.fileName).toContain('截至2026年第二季度 草稿');
    const draft = await openExport(q2.url);
    expect(rowOf(draft, 3, 1)).toEqual(['截至2026年第二季度 · 草稿（未公示）']);
    const shanRow = rowOf(draft, 6 + PINYIN_ORDER.indexOf('单国华'), 11);
    expect(shanRow.slice(2, 7)).toEqual([10.5, 6, null, 4.5, null]); // Q2: 1.5 ×3
  });

  it('counts a published quarter once its publication is open, and stores one file per content', async () => {
    clock.set(at('2026-07-02'));
    await secretary().ok(publishPeriod, { branchId: COMMUNITY.branchId, period: '2026-Q2' });
    const first = await secretary().ok(boardForm, { branchId: COMMUNITY.branchId, period: '2026-Q2' });
    const again = await backend.as(PEOPLE.admin).ok(boardForm, { branchId: COMMUNITY.branchId, period: '2026-Q2' });
    expect(again.fileId).toBe(first.fileId);
    const sheet = await openExport(first.url);
    expect(rowOf(sheet, 3, 1)).toEqual(['截至2026年第二季度 · 公示中']);
    expect(findRow(sheet, '备注：1. 姓名依次按照字母表的顺序排列。')).toBeGreaterThan(0);
    const { requests } = await databaseRequests(backend, () =>
      secretary().ok(boardForm, { branchId: COMMUNITY.branchId, period: '2026-Q2' }),
    );
    expect(requests).toBe(4); // roles, then the branch ∥ the scheme ∥ the year's publications
  });

  describe('after the year: reviews, the branch proposal and the committee decision', () => {
    beforeAll(async () => {
      clock.set(at('2026-12-20'));
      await secretary().ok(saveReviews, {
        branchId: COMMUNITY.branchId,
        year: 2026,
        results: Object.entries(REVIEWS_2026).map(([memberId, grade]) => ({ memberId, grade })),
      });
      await secretary().ok(proposeGrades, { branchId: COMMUNITY.branchId, year: 2026 });
      await backend.as(PEOPLE.admin).ok(decideGrades, {
        branchId: COMMUNITY.branchId,
        year: 2026,
        opinion: '基本同意支部申报意见',
        changes: [{ memberId: shan.id, grade: 'excellent', note: '长期帮扶困难群众，群众评价高' }],
      });
    });

    it('prints 表B: headers as on paper, members in pinyin order, each month’s plus and minus and the totals as the ledger gives them', async () => {
      const { result: file, requests } = await databaseRequests(backend, () =>
        recorder().ok(yearForm, { branchId: COMMUNITY.branchId, year: 2026 }),
      );
      expect(requests).toBe(6);
      expect(file.fileName).toBe('表B 社区党员积分管理年度积分考核表（金水社区党支部 2026年度）.xlsx');
      const sheet = await openExport(file.url);
      expect(rowOf(sheet, 1, 1)).toEqual(['社区党员积分管理年度积分考核表']);
      expect(rowOf(sheet, 2, 1)).toEqual(['（2026 年度）']);
      expect(rowOf(sheet, 3, 28)).toEqual(['姓名', '等次', '上一年度积分', '考核计分', ...Array(23).fill(null), '总积分']);
      expect(rowOf(sheet, 4, 28)).toEqual([null, null, null, ...Array.from({ length: 12 }, (_, m) => [`${m + 1}月`, null]).flat(), null]);
      expect(rowOf(sheet, 5, 28)).toEqual([null, null, null, ...Array(12).fill(['加分', '扣分']).flat(), null]);

      const { months } = await ledgerByMonth(backend.db, 2026);
      const rows = PINYIN_ORDER.map((_, i) => rowOf(sheet, 6 + i, 28));
      expect(rows.map((r) => r[0])).toEqual(PINYIN_ORDER);
      const grades: Record<string, string> = {
        艾建军: '合格',
        白玉: '不纳入积分管理',
        单国华: '优秀',
        解小红: '预备党员不评等次',
        曾秀兰: '优秀',
      };
      // Last year: 曾 3 ×2 + 合格 5 = 11, 艾 2 + 5 = 7, 单 and 解 the review's 5; 白玉 was exempt.
      const lastYear: Record<string, number | null> = { 艾建军: 7, 白玉: null, 单国华: 5, 解小红: 5, 曾秀兰: 11 };
      for (const row of rows) {
        const member = MEMBERS.find((m) => m.name === row[0])!;
        expect(row[1]).toBe(grades[member.name]);
        expect(row[2]).toBe(lastYear[member.name]);
        const byMonth = months.get(member.id)!;
        if (member === bai) {
          expect(row.slice(3)).toEqual(Array(25).fill(null));
          continue;
        }
        expect(row.slice(3, 27)).toEqual(byMonth.flatMap((m) => [cell(m.plus), cell(m.minus)]));
        const review = REVIEW_POINTS[REVIEWS_2026[member.id]] * 100;
        expect(row[27]).toBe(points(byMonth.reduce((sum, m) => sum + m.plus + m.minus, 0) + review));
      }
      expect(rows[PINYIN_ORDER.indexOf('曾秀兰')][27]).toBe(15); // 6 − 1 + 优秀 10
      const footer = findRow(sheet, '党组织名称（盖章）：金水社区党支部');
      expect(rowOf(sheet, footer + 1, 1)[0]).toBe('备注：1. 姓名依次按照字母表的顺序排列。');
      expect(rowOf(sheet, footer + 2, 1)[0]).toBe('　　　2. 类别主要分为优秀、合格、基本合格、不合格四类。');
    });

    it('prints 表A for a member: each line in force with the points it counted, the review, the totals; the cancelled line noted', async () => {
      const own = await backend.as(zeng.openid).ok(recordForm, { year: 2026 });
      expect(own.fileName).toBe('表A 党员积分管理考核记录表（金水社区党支部 曾秀兰 2026年度）.xlsx');
      const sheet = await openExport(own.url);
      expect(rowOf(sheet, 1, 1)).toEqual(['党员积分管理考核记录表']);
      expect(rowOf(sheet, 3, 5)).toEqual(['党组织名称（盖章）：金水社区党支部', null, '姓名：曾秀兰', '类别：优秀', '分数：15']);
      expect(rowOf(sheet, 4, 5)).toEqual(['登记时间', '加（扣）分事项', '加分', '扣分', '支部书记审核签名']);
      expect(rowOf(sheet, 5, 5)).toEqual([
        '2026-01-18',
        // The line's reason as the approval wrote it, and the multiplier's effect (000 5.2: 66, self-managed, doubled).
        '参加志愿服务和社会公益活动：申报审核通过：组织楼院清洁志愿服务（登记 3 分，按积分方案计 6 分）',
        6,
        null,
        null,
      ]);
      expect(rowOf(sheet, 6, 5)).toEqual(['2026-03-09', '工作中不落实、不尽责、不作为：承诺事项未按期落实', null, 1, null]);
      expect(rowOf(sheet, 7, 5)).toEqual(['2026-12-20', '年度民主评议：优秀', 10, null, null]);
      expect(rowOf(sheet, 8, 5)).toEqual(['合计', null, 16, 1, null]);

      // Another's record by the recorder: 解小红's corrected line is left out and noted; the replacement counts.
      const { inForce, cancelled } = await ledgerByMonth(backend.db, 2026);
      expect(cancelled.map((l) => l.memberId)).toEqual([xie.id]);
      const xieFile = await recorder().ok(recordForm, { memberId: xie.id, year: 2026 });
      const xieSheet = await openExport(xieFile.url);
      expect(rowOf(xieSheet, 3, 5)).toEqual(['党组织名称（盖章）：金水社区党支部', null, '姓名：解小红', '类别：', '分数：7']);
      const lines = inForce.filter((l) => l.memberId === xie.id);
      expect(rowOf(xieSheet, 5, 5)).toEqual([lines[0].date, '政治素质表现优异：学习教育表现突出', 2, null, null]);
      expect(rowOf(xieSheet, 7, 5)).toEqual(['合计', null, 7, 0, null]); // a total row is always a number
      const notes: string[] = [];
      for (let r = 9; r <= xieSheet.rowCount; r++) notes.push(String(rowOf(xieSheet, r, 1)[0] ?? ''));
      expect(notes).toContain('　　　另有 1 条登记已更正撤销，未列入本表（详见积分台账）。');

      // A member only their own: 曾 asking for 单's record is refused.
      expect(await backend.as(zeng.openid).call(recordForm, { memberId: shan.id, year: 2026 })).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
    });

    it('prints 表C: the proposal by grade with year scores, the committee’s opinion and counts, the change in 备注', async () => {
      const file = await backend.as(PEOPLE.admin).ok(approvalForm, { branchId: COMMUNITY.branchId, year: 2026 });
      const sheet = await openExport(file.url);
      expect(rowOf(sheet, 1, 1)).toEqual(['党员年终等次评定审批表']);
      expect(rowOf(sheet, 3, 4)).toEqual(['项目', '内容', null, null]);
      expect(rowOf(sheet, 4, 4)).toEqual([null, '评定等次', '党员名单', '年终积分']);
      const body = Array.from({ length: 7 }, (_, i) => rowOf(sheet, 5 + i, 4));
      expect(body).toEqual([
        ['支部评定等次申报意见', '优秀', '曾秀兰', 15],
        [null, '合格', '艾建军', 8],
        [null, null, '单国华', 15.5],
        [null, '基本合格', '无', null],
        [null, '不合格', '无', null],
        [null, '不评定等次', '解小红（预备党员不评等次）', 7],
        [
          '党委评定意见',
          '基本同意支部申报意见\n审定结果：优秀 2 名，合格 1 名，基本合格 0 名，不合格 0 名。\n党委（盖章）：　　　　　　审定日期：2026-12-20',
          null,
          null,
        ],
      ]);
      expect(rowOf(sheet, 12, 2)).toEqual([
        '备注',
        '改评：单国华，由“合格”改评为“优秀”（长期帮扶困难群众，群众评价高）\n1. 此表一式三份，党委留存一份，支部留档两份。\n2. 如与支部申报意见不一致，应注明改评人员和结果。',
      ]);
      expect(rowOf(sheet, 14, 4)).toEqual(['党组织名称（盖章）：金水社区党支部', null, '填表日期：2026-12-20', null]);
    });
  });

  it('refuses 表C before the branch proposes, and an export before the year’s scoring starts', async () => {
    expect(await secretary().call(approvalForm, { branchId: COMMUNITY.branchId, year: 2024 })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      reason: 'YEAR_NOT_PROPOSED',
    });
    expect(await secretary().call(yearForm, { branchId: COMMUNITY.branchId, year: 2024 })).toMatchObject({
      ok: false,
      reason: 'NO_SCHEME_FOR_YEAR',
    });
    expect(await secretary().call(boardForm, { branchId: COMMUNITY.branchId, period: '2026-Q5' })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fields: [{ path: 'data.period' }],
    });
  });

  it('keeps exports where only the functions write: a signed-in client can neither read nor overwrite them', async () => {
    const file = await secretary().ok(boardForm, { branchId: COMMUNITY.branchId, period: '2026-Q1' });
    const client = { 'content-type': 'application/json', 'x-wx-openid': COMMUNITY.secretary };
    const links = await fetch(`${backend.emulator.url}/_emulator/storage/temp-urls`, {
      method: 'POST',
      headers: client,
      body: JSON.stringify({ fileList: [file.fileId] }),
    });
    expect(((await links.json()) as { fileList: { code: string }[] }).fileList[0].code).toBe('STORAGE_EXCEED_AUTHORITY');
    const cloudPath = file.fileId.replace(/^cloud:\/\/[^/]+\//, '');
    await expect(
      backend.as(COMMUNITY.secretary).upload(cloudPath, Buffer.from('not the form'), 'application/octet-stream'),
    ).rejects.toThrow(/403/);
    expect((await fetch(file.url)).status).toBe(200);
  });
});
