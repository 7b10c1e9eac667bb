import { addMember } from '../../../shared/contracts/org/add-member.schema';
import { bindWithCode } from '../../../shared/contracts/org/bind-with-code.schema';
import { createInvite } from '../../../shared/contracts/org/create-invite.schema';
import { createRoleInvite } from '../../../shared/contracts/org/create-role-invite.schema';
import { myProfile } from '../../../shared/contracts/org/my-profile.schema';
import { INVITE_ALPHABET } from '../../../server/invites/invite-code';
import { useBackend } from '../../support/backend';
import { PEOPLE } from '../../support/world';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Wrong codes, each starting with a different character unless one is asked for. */
let wrongSeq = 0;
function wrongCode(first?: string): string {
  wrongSeq += 1;
  const pick = (n: number) => INVITE_ALPHABET[n % INVITE_ALPHABET.length];
  let code = first ?? pick(wrongSeq);
  for (let i = 0, n = wrongSeq * 7919; i < 7; i += 1, n = Math.floor(n / 31) + i * 13) code += pick(n);
  return code;
}

describe('org: guessing invite codes is throttled (bindWithCode)', () => {
  const backend = useBackend({ now: () => clock, world: () => start });
  // 10:00 Beijing time, at the start of a 15-minute window.
  const start = new Date('2026-04-01T02:00:00Z');
  let clock = start;
  let memberSeq = 0;
  afterEach(() => {
    clock = start;
  });

  const secretary = () => backend.as(PEOPLE.secretaryA);
  async function freshInvite(): Promise<{ memberId: string; code: string }> {
    memberSeq += 1;
    const { memberId } = await secretary().ok(addMember, {
      branchId: 'bA',
      name: `邀请测试${memberSeq}`,
      gender: 'female',
      birthDate: '1955-05-05',
      joinDate: '1980-07-01',
      status: 'full',
      category: 'selfManaged',
    });
    return { memberId, code: (await secretary().ok(createInvite, { memberId })).code };
  }

  it('answers five wrong codes with the tries left, then asks the person to wait — even with the right code — until the window ends', async () => {
    const { memberId, code } = await freshInvite();
    const me = backend.as('o-grandpa');
    const messages: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const reply = await me.call(bindWithCode, { code: wrongCode() });
      expect(reply).toMatchObject({ ok: false, code: 'NOT_FOUND', reason: 'INVITE_NOT_FOUND' });
      if (!reply.ok) messages.push(reply.message);
    }
    expect(messages.slice(0, 4).map((m) => /还可再试 (\d) 次/.exec(m)?.[1])).toEqual(['4', '3', '2', '1']);
    expect(messages[4]).toContain('请 15 分钟后再试');

    clock = new Date(start.getTime() + 5 * MINUTE);
    expect(await me.call(bindWithCode, { code })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      reason: 'TOO_MANY_ATTEMPTS',
      message: expect.stringContaining('请 10 分钟后再试'),
      // The page can count down and keep the button off until then.
      retryAfterSeconds: 600,
    });
    clock = new Date(start.getTime() + 14 * MINUTE + 30_000);
    expect(await me.call(bindWithCode, { code: wrongCode() })).toMatchObject({
      ok: false,
      reason: 'TOO_MANY_ATTEMPTS',
      message: expect.stringContaining('请 1 分钟后再试'),
      retryAfterSeconds: 30,
    });
    expect((await me.ok(myProfile, {})).members).toEqual([]);

    clock = new Date(start.getTime() + 15 * MINUTE);
    expect(await me.ok(bindWithCode, { code })).toEqual({ memberId, branchId: 'bA' });
  });

  it('counts concurrent guesses exactly: of 40 at once, 5 are looked up and the rest wait', async () => {
    const replies = await Promise.all(Array.from({ length: 40 }, () => backend.as('o-burst').call(bindWithCode, { code: wrongCode() })));
    const outcomes = replies.map((r) => (r.ok ? 'ok' : `${r.code}/${r.reason}`));
    expect(outcomes.filter((o) => o === 'NOT_FOUND/INVITE_NOT_FOUND')).toHaveLength(5);
    expect(outcomes.filter((o) => o === 'FORBIDDEN/TOO_MANY_ATTEMPTS')).toHaveLength(35);
  });

  it('allows 20 wrong codes a day, then asks to come back tomorrow (Beijing time)', async () => {
    const me = backend.as('o-persistent');
    for (let window = 0; window < 4; window += 1) {
      clock = new Date(start.getTime() + window * 15 * MINUTE);
      for (let i = 0; i < 5; i += 1)
        expect(await me.call(bindWithCode, { code: wrongCode() })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    }
    clock = new Date(start.getTime() + HOUR); // 11:00 in Beijing: 13 hours to midnight
    expect(await me.call(bindWithCode, { code: wrongCode() })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      reason: 'TOO_MANY_ATTEMPTS',
      message: expect.stringContaining('请 13 小时后再试'),
      retryAfterSeconds: 13 * 3600,
    });
    clock = new Date('2026-04-01T16:00:00Z'); // midnight in Beijing
    expect(await me.call(bindWithCode, { code: wrongCode() })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
      message: expect.stringContaining('还可再试 4 次'),
    });
  });

  it('limits wrong codes from everyone together per code bucket (first character): 30 per 15 minutes', async () => {
    const later = new Date(start.getTime() + 2 * HOUR); // a window no other case has used
    clock = later;
    const { memberId, code } = await freshInvite();
    const bucket = code[0];
    const other = INVITE_ALPHABET.replace(bucket, '')[0];
    for (let i = 0; i < 30; i += 1) {
      expect(await backend.as(`o-crowd-${i}`).call(bindWithCode, { code: wrongCode(bucket) })).toMatchObject({
        ok: false,
        code: 'NOT_FOUND',
      });
    }
    // A newcomer with the right code waits too (a hit must not be answered while the bucket is shut) …
    expect(await backend.as('o-rightful').call(bindWithCode, { code })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      reason: 'TOO_MANY_ATTEMPTS',
      message: expect.stringContaining('请 15 分钟后再试'),
    });
    // … while codes in other buckets are answered as usual.
    expect(await backend.as('o-rightful').call(bindWithCode, { code: wrongCode(other) })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    clock = new Date(later.getTime() + 15 * MINUTE);
    expect(await backend.as('o-rightful').ok(bindWithCode, { code })).toEqual({ memberId, branchId: 'bA' });
  });

  it('does not count real codes that are used, voided or expired, nor malformed ones', async () => {
    const { code } = await freshInvite();
    await backend.as('o-first').ok(bindWithCode, { code });
    const me = backend.as('o-latecomer');
    for (let i = 0; i < 8; i += 1)
      expect(await me.call(bindWithCode, { code })).toMatchObject({ ok: false, code: 'CONFLICT', reason: 'INVITE_USED' });
    for (const typed of ['O0O0O0O0', 'ABCD1234', 'ABC', 'ABCDEFGHJK', '邀请码邀请码邀请码']) {
      expect(await me.call(bindWithCode, { code: typed })).toMatchObject({
        ok: false,
        code: 'VALIDATION',
        fields: [{ path: 'data.code' }],
      });
    }
    expect(await me.call(bindWithCode, { code: wrongCode() })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
      message: expect.stringContaining('还可再试 4 次'),
    });
  });

  it('names the look-alike characters codes never contain, and takes codes typed in lower case, full width, with spaces or dashes', async () => {
    const reply = await backend.as('o-typist').call(bindWithCode, { code: 'O0O0-O0O0' });
    expect(reply).toMatchObject({ ok: false, code: 'VALIDATION' });
    if (!reply.ok) expect(reply.fields?.[0].message).toContain('0、1 和字母 O、I、L');
    const { memberId, code } = await freshInvite();
    expect(await backend.as('o-typist').ok(bindWithCode, { code: ` ${code.slice(0, 4).toLowerCase()} - ${code.slice(4)} ` })).toEqual({
      memberId,
      branchId: 'bA',
    });
    // Full-width, as a Chinese keyboard in full-width mode types it, with an ideographic space.
    const fullWidth = (text: string) => [...text].map((ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)).join('');
    const other = await freshInvite();
    expect(
      await backend
        .as('o-typist-2')
        .ok(bindWithCode, { code: `${fullWidth(other.code.slice(0, 4).toLowerCase())}\u3000${fullWidth(other.code.slice(4))}` }),
    ).toEqual({ memberId: other.memberId, branchId: 'bA' });
  });

  it('gives role invites longer codes that live 24 hours', async () => {
    const invite = await backend.as(PEOPLE.admin).ok(createRoleInvite, { orgId: 'bB', role: 'recorder', title: '记分员' });
    expect(invite.code).toMatch(new RegExp(`^[${INVITE_ALPHABET}]{12}$`));
    expect(invite.expiresAt).toBe(new Date(start.getTime() + 24 * HOUR).toISOString());
    clock = new Date(start.getTime() + 24 * HOUR);
    expect(await backend.as('o-new-recorder').call(bindWithCode, { code: invite.code })).toMatchObject({
      ok: false,
      code: 'EXPIRED',
      reason: 'INVITE_EXPIRED',
    });
    clock = new Date(start.getTime() + 24 * HOUR - MINUTE);
    expect(
      await backend
        .as('o-new-recorder')
        .ok(bindWithCode, { code: `${invite.code.slice(0, 4)} ${invite.code.slice(4, 8)} ${invite.code.slice(8)}` }),
    ).toEqual({
      role: { orgId: 'bB', role: 'recorder', title: '记分员' },
    });
    const member = await secretary().ok(createInvite, { memberId: (await freshInvite()).memberId });
    expect(member.code).toHaveLength(8);
  });
});
