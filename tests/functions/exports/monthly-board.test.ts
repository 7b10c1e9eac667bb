import { randomBytes } from 'node:crypto';
import { boardForm } from '../../../shared/contracts/exports/board-form.schema';
import { yearForm } from '../../../shared/contracts/exports/year-form.schema';
import { publicationBoard } from '../../../shared/contracts/publications/publication-board.schema';
import { publishPeriod } from '../../../shared/contracts/publications/publish-period.schema';
import { recordEntry } from '../../../shared/contracts/reports/record-entry.schema';
import { useBackend } from '../../support/backend';
import { PEOPLE } from '../../support/world';
import { movableClock } from '../year/year-fixtures';
import { openExport, rowOf } from './community-branch';

const at = (date: string) => `${date}T10:00:00+08:00`;

/**
 * Branch A of the standard world publishes monthly (scheme 001): its 表D quarter is the sum of the three
 * months' boards, printed from them once all three are published — before that, a draft.
 */
describe('表D and 表B of a branch that publishes monthly (scheme 001)', () => {
  const clock = movableClock(at('2026-01-12'));
  const backend = useBackend({ now: clock.now, world: clock.now });
  const record = (memberId: string, itemCode: string, date: string) =>
    backend
      .as(PEOPLE.recorderA)
      .ok(recordEntry, { branchId: 'bA', memberId, itemCode, date, reason: '登记', idempotencyKey: randomBytes(8).toString('hex') });
  const publish = (period: string) => backend.as(PEOPLE.secretaryA).ok(publishPeriod, { branchId: 'bA', period });

  beforeAll(async () => {
    await record('mA2', 'duties.dues.late', '2026-01-10');
    await record('mA1', 'bonus.economy', '2026-01-11');
    clock.set(at('2026-02-01'));
    await publish('2026-01');
    clock.set(at('2026-02-12'));
    await record('mA2', 'duties.study.absent', '2026-02-11');
    await record('mA1', 'bonus.publicWelfare', '2026-02-12');
    clock.set(at('2026-03-01'));
    await publish('2026-02');
  });

  it('prints a draft while March is not published, then the three published months summed', async () => {
    clock.set(at('2026-03-05'));
    const draft = await backend.as(PEOPLE.secretaryA).ok(boardForm, { branchId: 'bA', period: '2026-Q1' });
    expect(rowOf(await openExport(draft.url), 3, 1)).toEqual(['截至2026年第一季度 · 草稿（未公示）']);

    clock.set(at('2026-04-01'));
    await publish('2026-03');
    const file = await backend.as(PEOPLE.recorderA).ok(boardForm, { branchId: 'bA', period: '2026-Q1' });
    const sheet = await openExport(file.url);
    expect(rowOf(sheet, 3, 1)).toEqual(['截至2026年第一季度 · 公示中']);
    // What the three boards say, read through the publications function as a member of the branch would.
    const boards = await Promise.all(
      ['2026-01', '2026-02', '2026-03'].map((p) => backend.as(PEOPLE.memberA).ok(publicationBoard, { publicationId: `bA:${p}` })),
    );
    const last = boards[2].board;
    for (let i = 0; i < last.length; i++) {
      const row = rowOf(sheet, 6 + i, 11);
      expect(row[0]).toBe(last[i].name);
      if (last[i].exempt) continue;
      const periods = boards.flatMap((b) => b.board.find((r) => r.memberId === last[i].memberId)?.periods ?? []);
      const plus = periods.reduce((s, p) => s + Math.round(p.plus * 100), 0) / 100;
      const minus = periods.reduce((s, p) => s + Math.round(p.minus * 100), 0) / 100;
      expect(row.slice(2, 5)).toEqual([last[i].total, plus === 0 ? null : plus, minus === 0 ? null : -minus]);
    }
    const byName = (name: string) => rowOf(sheet, 6 + last.findIndex((r) => r.name === name), 11);
    expect(byName('张一').slice(3, 5)).toEqual([4, null]); // 2 + 2 (bonus, counted in its month)
    expect(byName('李二').slice(3, 5)).toEqual([null, 8]); // −3 dues late, −5 absent from study
  });

  it('prints 表B of a monthly scheme month by month from the same lines', async () => {
    const sheet = await openExport((await backend.as(PEOPLE.admin).ok(yearForm, { branchId: 'bA', year: 2026 })).url);
    const rows = Array.from({ length: sheet.rowCount - 5 }, (_, i) => rowOf(sheet, 6 + i, 28)).filter(
      (r) => r[0] === '李二' || r[0] === '张一',
    );
    const li = rows.find((r) => r[0] === '李二')!;
    const zhang = rows.find((r) => r[0] === '张一')!;
    expect(li.slice(3, 9)).toEqual([null, 3, null, 5, null, null]);
    expect(zhang.slice(3, 9)).toEqual([2, null, 2, null, null, null]);
  });
});
