import { finalizePublication } from '../../../shared/contracts/publications/finalize-publication.schema';
import { publishPeriod } from '../../../shared/contracts/publications/publish-period.schema';
import { verifySeals } from '../../../shared/contracts/publications/verify-seals.schema';
import { recordEntry } from '../../../shared/contracts/reports/record-entry.schema';
import { runVerifyCli } from '../../../tools/verify-cli';
import { useBackend } from '../../support/backend';
import { PEOPLE } from '../../support/world';
import { newKey } from '../reports/report-fixtures';
import { buildVillageBranch, VILLAGE } from './village-branch';

const at = (date: string, time = '10:00') => new Date(`2026-${date}T${time}:00+08:00`);
let clock = at('01-10');

describe('seals: the branch publications form a chain that `npm run verify` checks', () => {
  const backend = useBackend({ now: () => clock, world: () => clock });
  const entries: Record<string, string> = {};

  /** A quarter: a recorder entry in it, then published after it ends and made final after its window. */
  async function sealQuarter(quarter: 1 | 2 | 3, entryDate: string, publishOn: string, finalizeOn: string): Promise<void> {
    clock = at(entryDate);
    entries[`Q${quarter}`] = (
      await backend.as(VILLAGE.recorder).ok(recordEntry, {
        branchId: VILLAGE.branchId,
        memberId: VILLAGE.members[quarter].id,
        itemCode: 'base.lateDues',
        date: `2026-${entryDate}`,
        reason: '党费未按时缴纳',
        idempotencyKey: newKey(),
      })
    ).entryId;
    clock = at(publishOn);
    await backend.as(VILLAGE.secretary).ok(publishPeriod, { branchId: VILLAGE.branchId, period: `2026-Q${quarter}` });
    clock = at(finalizeOn);
    await backend.as(VILLAGE.secretary).ok(finalizePublication, { publicationId: `${VILLAGE.branchId}:2026-Q${quarter}` });
  }

  beforeAll(async () => {
    await buildVillageBranch(backend.db, clock);
    await sealQuarter(1, '01-10', '04-01', '04-10');
    await sealQuarter(2, '05-10', '07-01', '07-10');
    await sealQuarter(3, '08-10', '10-01', '10-10');
  });

  const cli = () => runVerifyCli(['--branch', VILLAGE.branchId, '--emulator', backend.emulator.url]);

  it('links each final publication to the one before it, and the whole chain verifies', async () => {
    const publications = (await backend.db.collection('publications').where({ branchId: VILLAGE.branchId }).get()).data as {
      period: string;
      seal: string;
      previousSeal: string | null;
    }[];
    const byPeriod = new Map(publications.map((p) => [p.period, p]));
    expect(byPeriod.get('2026-Q1')!.previousSeal).toBeNull();
    expect(byPeriod.get('2026-Q2')!.previousSeal).toBe(byPeriod.get('2026-Q1')!.seal);
    expect(byPeriod.get('2026-Q3')!.previousSeal).toBe(byPeriod.get('2026-Q2')!.seal);
    expect(await backend.as(PEOPLE.admin).ok(verifySeals, { branchId: VILLAGE.branchId })).toEqual({ ok: true, checked: 3, broken: null });
    expect(await cli()).toEqual({ code: 0, stdout: `verify branch=${VILLAGE.branchId} ok publications=3\n`, stderr: '' });
  });

  it('names the period and the line when a counted ledger line is changed behind the functions’ back', async () => {
    const ledger = backend.db.collection('ledger');
    await ledger.doc(entries.Q2).update({ baseCenti: -100, reason: '改小了扣分' });
    const check = await backend.as(PEOPLE.admin).ok(verifySeals, { branchId: VILLAGE.branchId });
    expect(check).toMatchObject({
      ok: false,
      checked: 1,
      broken: {
        period: '2026-Q2',
        problem: 'entryChanged',
        entryId: entries.Q2,
        message: `2026年第二季度：积分记录 ${entries.Q2} 在定稿后被修改`,
      },
    });
    const printed = await cli();
    expect(printed.code).toBe(1);
    expect(printed.stdout).toContain(`broken period=2026-Q2 problem=entryChanged entry=${entries.Q2}`);

    await ledger.doc(entries.Q2).update({ baseCenti: -500, reason: '党费未按时缴纳' });
    expect((await cli()).code).toBe(0);
    await ledger.doc(entries.Q3).remove();
    expect(await backend.as(PEOPLE.admin).ok(verifySeals, { branchId: VILLAGE.branchId })).toMatchObject({
      broken: { period: '2026-Q3', problem: 'entryRemoved', entryId: entries.Q3 },
    });
  });

  it('notices a published number changed after the fact', async () => {
    const publications = backend.db.collection('publications');
    const q1 = (await publications.doc(`${VILLAGE.branchId}:2026-Q1`).get()).data[0] as { board: { total: number }[] };
    const board = q1.board.map((row, i) => (i === 0 ? { ...row, total: row.total + 10 } : row));
    await publications.doc(`${VILLAGE.branchId}:2026-Q1`).update({ board: backend.db.command.set(board) });
    expect(await backend.as(PEOPLE.admin).ok(verifySeals, { branchId: VILLAGE.branchId })).toMatchObject({
      ok: false,
      checked: 0,
      broken: { period: '2026-Q1', problem: 'board' },
    });
  });

  it('makes one publication of two secretaries publishing the same period at once (the year, in January)', async () => {
    clock = new Date('2027-01-05T10:00:00+08:00');
    const both = await Promise.all([
      backend.as(VILLAGE.secretary).call(publishPeriod, { branchId: VILLAGE.branchId, period: '2026' }),
      backend.as(VILLAGE.deputy).call(publishPeriod, { branchId: VILLAGE.branchId, period: '2026' }),
    ]);
    expect(both.map((r) => r.ok)).toEqual([true, true]);
    const published = both.map((r) => (r.ok ? r.data : null));
    expect(published.filter((p) => p?.publishedNow)).toHaveLength(1);
    expect(new Set(published.map((p) => p?.publication.publicationId))).toEqual(new Set([`${VILLAGE.branchId}:2026`]));
    expect((await backend.db.collection('publications').where({ period: '2026' }).count()).total).toBe(1);
  });
});
