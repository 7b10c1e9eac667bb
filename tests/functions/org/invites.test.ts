import { createHash } from 'node:crypto';
import { bindWithCode } from '../../../shared/contracts/org/bind-with-code.schema';
import { createInvite } from '../../../shared/contracts/org/create-invite.schema';
import { myProfile } from '../../../shared/contracts/org/my-profile.schema';
import { MemberDoc } from '../../../server/members/member.doc';
import { useBackend } from '../../support/backend';
import { aMemberDoc, PEOPLE } from '../../support/world';

const DAY = 24 * 3600 * 1000;
const CODE = /^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/;

describe('org: invites (createInvite, bindWithCode)', () => {
  const backend = useBackend({ now: () => clock, world: () => start });
  const start = new Date('2026-04-01T02:00:00Z');
  let clock = start;
  beforeAll(async () => {
    for (const [id, branchId, name] of [
      ['mA4', 'bA', '钱五'],
      ['mA5', 'bA', '孙六'],
      ['mA6', 'bA', '周七'],
      ['mA7', 'bA', '吴八'],
      ['mB2', 'bB', '郑九'],
      ['mA8', 'bA', '冯十'],
    ]) {
      const { _id, ...doc } = aMemberDoc({ _id: id, branchId, name }, start);
      await backend.db.collection('members').doc(_id).set(doc);
    }
  });
  afterEach(() => {
    clock = start;
  });

  const member = async (id: string) => MemberDoc.parse((await backend.db.collection('members').doc(id).get()).data[0]);

  it('issues an 8-character code valid for 7 days, storing only its sha256', async () => {
    const invite = await backend.as(PEOPLE.secretaryA).ok(createInvite, { memberId: 'mA3' });
    expect(invite.code).toMatch(CODE);
    expect(invite.expiresAt).toBe(new Date(start.getTime() + 7 * DAY).toISOString());
    const hash = createHash('sha256').update(invite.code).digest('hex');
    const stored = (await backend.db.collection('invites').doc(hash).get()).data[0];
    expect(stored).toMatchObject({
      kind: 'member',
      memberId: 'mA3',
      branchId: 'bA',
      createdBy: PEOPLE.secretaryA,
      usedAt: null,
      voidedAt: null,
    });
    const everything = JSON.stringify((await backend.db.collection('invites').limit(1000).get()).data);
    expect(everything).not.toContain(invite.code);

    const bound = await backend.as('o-wang').ok(bindWithCode, { code: `${invite.code.slice(0, 4).toLowerCase()}-${invite.code.slice(4)}` });
    expect(bound).toEqual({ memberId: 'mA3', branchId: 'bA' });
    expect(await member('mA3')).toMatchObject({ openid: 'o-wang', boundAt: start });
    expect((await backend.as('o-wang').ok(myProfile, {})).members).toEqual([
      { memberId: 'mA3', branchId: 'bA', branchName: '东村党支部', name: '王三', status: 'probationary' },
    ]);
    // A retry by the same person answers the same; anyone else finds the code used.
    expect(await backend.as('o-wang').ok(bindWithCode, { code: invite.code })).toEqual(bound);
    expect(await backend.as('o-other').call(bindWithCode, { code: invite.code })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      reason: 'INVITE_USED',
    });
  });

  it.each([
    ['another branch’s secretary', PEOPLE.secretaryB],
    ['a recorder', PEOPLE.recorderA],
    ['a member of the branch', PEOPLE.memberA],
    ['a stranger', PEOPLE.stranger],
  ])('refuses invites from %s (FORBIDDEN)', async (_, openid) => {
    expect(await backend.as(openid).call(createInvite, { memberId: 'mA4' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('refuses an invite for a member already bound', async () => {
    expect(await backend.as(PEOPLE.admin).call(createInvite, { memberId: 'mA1' })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      reason: 'ALREADY_BOUND',
    });
  });

  it('voids the earlier unused codes when a new one is issued', async () => {
    const first = await backend.as(PEOPLE.secretaryA).ok(createInvite, { memberId: 'mA4' });
    const second = await backend.as(PEOPLE.admin).ok(createInvite, { memberId: 'mA4' });
    expect(await backend.as('o-qian').call(bindWithCode, { code: first.code })).toMatchObject({
      ok: false,
      code: 'EXPIRED',
      reason: 'INVITE_VOIDED',
    });
    expect(await backend.as('o-qian').ok(bindWithCode, { code: second.code })).toEqual({ memberId: 'mA4', branchId: 'bA' });
  });

  it('refuses a code after its 7 days', async () => {
    const invite = await backend.as(PEOPLE.secretaryA).ok(createInvite, { memberId: 'mA5' });
    clock = new Date(start.getTime() + 7 * DAY);
    expect(await backend.as('o-sun').call(bindWithCode, { code: invite.code })).toMatchObject({
      ok: false,
      code: 'EXPIRED',
      reason: 'INVITE_EXPIRED',
    });
    clock = new Date(start.getTime() + 7 * DAY - 1000);
    expect(await backend.as('o-sun').ok(bindWithCode, { code: invite.code })).toEqual({ memberId: 'mA5', branchId: 'bA' });
  });

  it('refuses a second identity in the same branch, changing nothing; another branch is fine', async () => {
    const invite = await backend.as(PEOPLE.secretaryA).ok(createInvite, { memberId: 'mA6' });
    expect(await backend.as(PEOPLE.memberA).call(bindWithCode, { code: invite.code })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      reason: 'ALREADY_MEMBER_HERE',
    });
    expect(await member('mA6')).toMatchObject({ openid: null });
    const hash = createHash('sha256').update(invite.code).digest('hex');
    expect((await backend.db.collection('invites').doc(hash).get()).data[0]).toMatchObject({ usedAt: null, usedBy: null });

    const inB = await backend.as(PEOPLE.secretaryB).ok(createInvite, { memberId: 'mB2' });
    expect(await backend.as(PEOPLE.memberA).ok(bindWithCode, { code: inB.code })).toEqual({ memberId: 'mB2', branchId: 'bB' });
  });

  it('refuses a code whose member record got bound to someone else meanwhile', async () => {
    const invite = await backend.as(PEOPLE.secretaryA).ok(createInvite, { memberId: 'mA7' });
    await backend.db.collection('members').doc('mA7').update({ openid: 'o-first', boundAt: start });
    expect(await backend.as('o-second').call(bindWithCode, { code: invite.code })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      reason: 'ALREADY_BOUND',
    });
    expect(await member('mA7')).toMatchObject({ openid: 'o-first' });
  });

  it('lets exactly one of two people racing for the same code win', async () => {
    const invite = await backend.as(PEOPLE.secretaryA).ok(createInvite, { memberId: 'mA8' });
    const replies = await Promise.all([
      backend.as('o-racer-1').call(bindWithCode, { code: invite.code }),
      backend.as('o-racer-2').call(bindWithCode, { code: invite.code }),
    ]);
    expect(replies.filter((r) => r.ok)).toHaveLength(1);
    expect(replies.filter((r) => !r.ok)).toEqual([expect.objectContaining({ code: 'CONFLICT', reason: 'INVITE_USED' })]);
    expect(['o-racer-1', 'o-racer-2']).toContain((await member('mA8')).openid);
  });

  it('answers malformed and unknown codes', async () => {
    expect(await backend.as('o-x').call(bindWithCode, { code: '12' })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fields: [{ path: 'data.code' }],
    });
    expect(await backend.as('o-x').call(bindWithCode, { code: 'ABCDEFGH' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
      reason: 'INVITE_NOT_FOUND',
    });
    expect(await backend.as(null).call(bindWithCode, { code: 'ABCDEFGH' })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });
});
