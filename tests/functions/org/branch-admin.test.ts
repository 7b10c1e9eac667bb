import { branchSettings } from '../../../shared/contracts/org/branch-settings.schema';
import { createInvite } from '../../../shared/contracts/org/create-invite.schema';
import { listMembers } from '../../../shared/contracts/org/list-members.schema';
import { setMemberExempt } from '../../../shared/contracts/org/set-member-exempt.schema';
import { setBoardSettings } from '../../../shared/contracts/publications/set-board-settings.schema';
import { aMemberDoc, PEOPLE } from '../../support/world';
import { useBackend } from '../../support/backend';

const DAY = 24 * 3600 * 1000;

/** The branch admin pages' first screens: org.branchSettings, and listMembers with the open invite codes. */
describe('org: the branch admin pages (branchSettings, listMembers withInvites)', () => {
  const start = new Date('2026-04-01T02:00:00Z');
  let clock = start;
  const backend = useBackend({ now: () => clock, world: () => start });
  afterEach(() => {
    clock = start;
  });

  describe('branchSettings', () => {
    it('sums up the year’s scheme, the ranking switch and the head counts for the secretary', async () => {
      const settings = await backend.as(PEOPLE.secretaryA).ok(branchSettings, { branchId: 'bA' });
      expect(settings).toMatchObject({
        branchId: 'bA',
        branchName: '东村党支部',
        year: 2026,
        showRanking: false,
        counts: { members: 3, activists: 0, exempt: 0, bound: 2 },
        acting: 'secretary',
      });
      expect(settings.scheme).toMatchObject({ id: '001-xishui-town', source: 'preset', period: 'month', scoringFrom: '2026-01-01' });
      const summary = settings.scheme!.summary.join('\n');
      expect(summary).toContain('每月计分');
      expect(summary).toMatch(/积分项目分 \d+ 类：/);
      expect(summary).toContain('全年积分＝');
      expect(summary).toMatch(/星级：.*5 星/);
    });

    it('follows the switch and the exemptions; a committee admin acts as such', async () => {
      await backend.as(PEOPLE.secretaryA).ok(setBoardSettings, { branchId: 'bA', year: 2026, showRanking: true });
      await backend.as(PEOPLE.secretaryA).ok(setMemberExempt, { memberId: 'mA3', exempt: { reason: '长期卧病在床' } });
      const settings = await backend.as(PEOPLE.admin).ok(branchSettings, { branchId: 'bA' });
      expect(settings).toMatchObject({ showRanking: true, counts: { members: 2, exempt: 1, bound: 2 }, acting: 'committeeAdmin' });
      await backend.as(PEOPLE.secretaryA).ok(setMemberExempt, { memberId: 'mA3', exempt: null });
      await backend.as(PEOPLE.secretaryA).ok(setBoardSettings, { branchId: 'bA', year: 2026, showRanking: false });
    });

    it('says when no scheme is chosen for the year yet', async () => {
      clock = new Date('2027-02-01T02:00:00Z');
      const settings = await backend.as(PEOPLE.secretaryA).ok(branchSettings, { branchId: 'bA' });
      expect(settings).toMatchObject({ year: 2027, scheme: null, showRanking: false });
    });

    it('refuses recorders, members, other branches’ secretaries and strangers, and a non-branch', async () => {
      for (const openid of [PEOPLE.recorderA, PEOPLE.memberA, PEOPLE.secretaryB, PEOPLE.stranger]) {
        expect(await backend.as(openid).call(branchSettings, { branchId: 'bA' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      }
      expect(await backend.as(PEOPLE.admin).call(branchSettings, { branchId: 'gA1' })).toMatchObject({
        ok: false,
        code: 'VALIDATION',
        fields: [{ path: 'branchId' }],
      });
    });
  });

  describe('listMembers withInvites', () => {
    it('lists the open code of each unbound member: unused until it expires, then expired; none once bound', async () => {
      const { _id, ...doc } = aMemberDoc({ _id: 'mA9', branchId: 'bA', name: '钱九' }, start);
      await backend.db.collection('members').doc(_id).set(doc);
      const plain = await backend.as(PEOPLE.secretaryA).ok(listMembers, { branchId: 'bA', limit: 100 });
      expect(plain.invites).toBeUndefined();
      expect((await backend.as(PEOPLE.secretaryA).ok(listMembers, { branchId: 'bA', limit: 100, withInvites: true })).invites).toEqual([]);

      await backend.as(PEOPLE.secretaryA).ok(createInvite, { memberId: 'mA3' });
      clock = new Date(start.getTime() + DAY);
      const second = await backend.as(PEOPLE.secretaryA).ok(createInvite, { memberId: 'mA3' });
      await backend.as(PEOPLE.secretaryA).ok(createInvite, { memberId: 'mA9' });

      const listed = await backend.as(PEOPLE.secretaryA).ok(listMembers, { branchId: 'bA', limit: 100, withInvites: true });
      // The newest code of 王三 (the first was voided by the second), and 钱九's; bound members have none.
      expect(listed.invites).toEqual(
        expect.arrayContaining([
          { memberId: 'mA3', status: 'unused', createdAt: clock.toISOString(), expiresAt: second.expiresAt },
          expect.objectContaining({ memberId: 'mA9', status: 'unused' }),
        ]),
      );
      expect(listed.invites).toHaveLength(2);

      clock = new Date(start.getTime() + 9 * DAY);
      const later = await backend.as(PEOPLE.recorderA).ok(listMembers, { branchId: 'bA', limit: 100, withInvites: true });
      expect(later.invites?.map((i) => [i.memberId, i.status]).sort()).toEqual([
        ['mA3', 'expired'],
        ['mA9', 'expired'],
      ]);
      // Only the page's members: a page without them lists none.
      const firstPage = await backend.as(PEOPLE.secretaryA).ok(listMembers, { branchId: 'bA', limit: 1, withInvites: true });
      expect(firstPage.members.map((m) => m.name)).toEqual(['张一']);
      expect(firstPage.invites).toEqual([]);
    });
  });
});
