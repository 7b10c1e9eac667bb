import { findPreset } from '../../../shared/scheme';
import type { Database } from '../../../server/db/cloudbase';
import { roleId } from '../../../server/roles/role.doc';
import { aMemberDoc, PEOPLE } from '../../support/world';

/** The village branch of these tests: scheme 003 village (quarterly, 7-day window, appeals within 7 days, answered within 3). */
export const VILLAGE = {
  branchId: 'bV',
  secretary: 'o-sec-v',
  deputy: 'o-deputy-v',
  recorder: 'o-rec-v',
  members: [
    { id: 'mV1', name: '曾国强', openid: 'o-v1' },
    { id: 'mV2', name: '单秀英', openid: 'o-v2' },
    { id: 'mV3', name: '解建华', openid: 'o-v3' },
    { id: 'mV4', name: '艾德明', openid: 'o-v4' },
  ],
} as const;

/** Writes branch bV under committee c1 (the standard world's), its officers, members and pinned 2026 scheme. */
export async function buildVillageBranch(db: Database, at: Date, preset = '003-village-quarterly'): Promise<void> {
  await db
    .collection('orgs')
    .doc(VILLAGE.branchId)
    .set({ kind: 'branch', name: '西坡村党支部', parentId: 'c1', ancestors: ['c1'], createdAt: at, createdBy: PEOPLE.admin });
  for (const [openid, role, title, name] of [
    [VILLAGE.secretary, 'secretary', '书记', '徐书记'],
    [VILLAGE.deputy, 'secretary', '副书记', '何副书记'],
    [VILLAGE.recorder, 'recorder', '记分员', '蒋记分'],
  ] as const) {
    await db
      .collection('roles')
      .doc(roleId(openid, VILLAGE.branchId, role))
      .set({ openid, orgId: VILLAGE.branchId, role, title, name, grantedBy: PEOPLE.admin, grantedAt: at });
  }
  for (const m of VILLAGE.members) {
    const { _id, ...doc } = aMemberDoc({ _id: m.id, branchId: VILLAGE.branchId, name: m.name, openid: m.openid, boundAt: at }, at);
    await db.collection('members').doc(_id).set(doc);
  }
  const scheme = findPreset(preset)!;
  await db.collection('branchYears').doc(`${VILLAGE.branchId}:2026`).set({
    branchId: VILLAGE.branchId,
    committeeId: 'c1',
    year: 2026,
    schemeId: scheme.id,
    schemeVersion: scheme.version,
    source: 'preset',
    scheme,
    closedPeriods: [],
    setBy: PEOPLE.admin,
    setAt: at,
  });
}
