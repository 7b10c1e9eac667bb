import { z } from 'zod';
import { Code, MemberCategory } from '../../scheme/schema';
import { DocId, LocalDate, PersonName, Phone, Text } from '../common.schema';

/** Names of organisations as people write them (党委、党总支、支部、党小组). */
export const OrgName = Text({ min: 2, max: 64, empty: '请填写名称', tooShort: '名称至少 2 个字', tooLong: '名称最多 64 个字' });

/** 书记 / 副书记 / 组织委员 / 记分员 …: shown to people, free text. */
export const RoleTitle = Text({ max: 16, empty: '请填写职务', tooLong: '职务最多 16 个字' });

/** Roles given to a member of a branch (grantRole): the branch's officers. */
export const BranchRole = z.enum(['recorder', 'secretary']);
export type BranchRole = z.infer<typeof BranchRole>;

/** Every stored role. */
export const AnyRole = z.enum(['recorder', 'secretary', 'committeeAdmin']);

/**
 * A role that ended because its holder left the branch (moveMember) or their WeChat was unbound
 * (unbindMember): `label` is ready to show, e.g. "东村党支部书记" or "东村党支部记分员".
 */
export const EndedRole = z.object({ orgId: z.string(), role: AnyRole, title: z.string().nullable(), label: z.string() }).strict();
export type EndedRole = z.infer<typeof EndedRole>;

export const Gender = z.enum(['male', 'female']);

/**
 * 正式党员 / 预备党员 / 入党积极分子: the statuses a roster records. An activist is entered only where the
 * branch's scheme for the year scores activists (scheme `scoresActivists`), and has no 入党日期.
 */
export const PartyStatus = z.enum(['full', 'probationary', 'activist']);

/** A custom scheme version: `${schemeId}@${version}`. */
export const SchemeRef = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*@[1-9]\d{0,5}$/, '方案应写作 编号@版本，例如 my-scheme@1');

/** The fields of a member record a secretary edits. `null` clears an optional field. */
export const MemberFields = z
  .object({
    name: PersonName,
    gender: Gender,
    birthDate: LocalDate,
    /** 入党日期: required for 正式/预备党员; left out (or null) for an 入党积极分子. */
    joinDate: LocalDate.nullable().optional(),
    status: PartyStatus,
    category: MemberCategory,
    /** A tier code of the branch's scheme for the current year (003 新坝乡). */
    tier: Code.nullable().optional(),
    phone: Phone.nullable().optional(),
    /** A 党小组 of the member's branch. */
    groupId: DocId.nullable().optional(),
    /** Volunteer posts from the branch's scheme (001: two of eleven). */
    posts: z.array(Code).max(20).optional(),
  })
  .strict();
export type MemberFields = z.infer<typeof MemberFields>;

/** A member as secretaries, recorders and committee admins see it. Never carries the openid. */
export const MemberView = z
  .object({
    memberId: z.string(),
    branchId: z.string(),
    groupId: z.string().nullable(),
    name: z.string(),
    gender: Gender,
    birthDate: z.string(),
    /** null for an 入党积极分子. */
    joinDate: z.string().nullable(),
    status: PartyStatus,
    category: MemberCategory,
    tier: z.string().nullable(),
    phone: z.string().nullable(),
    posts: z.array(z.string()),
    /** Whether a WeChat user is bound to the record. */
    bound: z.boolean(),
    exempt: z.object({ reason: z.string(), approvedAt: z.string() }).strict().nullable(),
    active: z.boolean(),
    movedTo: z.string().nullable(),
  })
  .strict();
export type MemberView = z.infer<typeof MemberView>;

/**
 * Invite codes: letters and digits without the look-alikes 0/O and 1/I/L (31 symbols), read
 * case-insensitively with spaces and dashes ignored, so "abcd-efgh", "ＡＢＣＤ ＥＦＧＨ" and "ABCD EFGH" are
 * the same code.
 */
export const INVITE_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
/**
 * A member's code: 8 symbols (31⁸ ≈ 8.5 × 10¹¹), short enough for an older member to type as two groups
 * of four; valid 7 days. Guessing is throttled (bindWithCode).
 */
export const MEMBER_INVITE_CODE_LENGTH = 8;
/** A role's code (书记、记分员、党委管理员): 12 symbols (31¹² ≈ 7.9 × 10¹⁷), valid 24 hours. */
export const ROLE_INVITE_CODE_LENGTH = 12;

/** A code as people type or paste it: spaces and dashes dropped, case and full width ignored; 8 or 12 symbols of the alphabet. */
export const InviteCode = z
  .string()
  .max(40, '邀请码过长')
  // Full-width letters and digits (typed with a Chinese keyboard in full-width mode) count as their ASCII forms.
  .transform((text) =>
    text
      .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
      .replace(/[\s\-—]/g, '')
      .toUpperCase(),
  )
  .pipe(
    z.string().superRefine((code, ctx) => {
      const message = !/^[A-Z0-9]*$/.test(code)
        ? '邀请码只含字母和数字，请核对'
        : code.length !== MEMBER_INVITE_CODE_LENGTH && code.length !== ROLE_INVITE_CODE_LENGTH
          ? `邀请码应为 ${MEMBER_INVITE_CODE_LENGTH} 位（党员）或 ${ROLE_INVITE_CODE_LENGTH} 位（书记、记分员、管理员）字母或数字，现为 ${code.length} 位`
          : [...code].some((ch) => !INVITE_CODE_ALPHABET.includes(ch))
            ? '邀请码里没有数字 0、1 和字母 O、I、L，请核对是否看错'
            : null;
      if (message) ctx.addIssue({ code: 'custom', message });
    }),
  );

/** A member's one-time invite code as handed out, valid until expiresAt (ISO 8601). */
export const IssuedInvite = z.object({ code: z.string().length(MEMBER_INVITE_CODE_LENGTH), expiresAt: z.string() }).strict();
/** A role's one-time invite code as handed out, valid until expiresAt (ISO 8601, 24 hours on). */
export const IssuedRoleInvite = z.object({ code: z.string().length(ROLE_INVITE_CODE_LENGTH), expiresAt: z.string() }).strict();
