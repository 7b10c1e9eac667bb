import type { Profile } from '../../services/session';
import { roleLabel } from '../../common/who-am-i';
import { STANDARD_FONT_PX } from '../../theme/care-theme';

const STATUS_NAMES: Record<Profile['members'][number]['status'], string> = {
  full: '正式党员',
  probationary: '预备党员',
  activist: '入党积极分子',
};

export interface IdentityRow {
  key: string;
  title: string;
  note: string;
}

/** Each member record and role the caller holds, one row each. */
export function identityRows(profile: Profile): IdentityRow[] {
  return [
    ...profile.members.map((m) => ({ key: `m:${m.memberId}`, title: m.name, note: `${m.branchName} · ${STATUS_NAMES[m.status]}` })),
    ...profile.roles.map((r) => ({ key: `r:${r.orgId}:${r.role}`, title: roleLabel(r), note: '职务' })),
  ];
}

/** "微信字体：标准" / "微信字体：偏大（20）". */
export function phoneFontText(px: number): string {
  if (px === STANDARD_FONT_PX) return '微信字体：标准';
  return px > STANDARD_FONT_PX ? `微信字体：偏大（${px}）` : `微信字体：偏小（${px}）`;
}
