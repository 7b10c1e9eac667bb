import ExcelJS from 'exceljs';
import { findPreset } from '../../../shared/scheme';
import type { Database } from '../../../server/db/cloudbase';
import { roleId } from '../../../server/roles/role.doc';
import { aMemberDoc, PEOPLE } from '../../support/world';

/**
 * A community branch on scheme 000 (郑州 社区, quarterly, age multipliers, grades from the democratic
 * review) under the standard world's committee c1, for the export tests. Its members cover the rows the
 * paper forms must print differently: a self-managed member of 66 (additions doubled) and one of 76
 * (tripled), an in-service member, a probationary member (not graded) and an exempt one; their names
 * sort by pinyin with surnames read as surnames (单 shàn, 解 xiè, 曾 zēng).
 */
export const COMMUNITY = {
  branchId: 'bZ',
  name: '金水社区党支部',
  secretary: 'o-sec-z',
  recorder: 'o-rec-z',
  members: {
    zeng: { id: 'mZ1', name: '曾秀兰', openid: 'o-z1', birthDate: '1960-01-01', category: 'selfManaged', status: 'full', multiplier: 2 },
    shan: { id: 'mZ2', name: '单国华', openid: 'o-z2', birthDate: '1950-01-01', category: 'selfManaged', status: 'full', multiplier: 3 },
    ai: { id: 'mZ3', name: '艾建军', openid: 'o-z3', birthDate: '1980-03-03', category: 'inService', status: 'full', multiplier: 1 },
    xie: {
      id: 'mZ4',
      name: '解小红',
      openid: null,
      birthDate: '1990-01-01',
      category: 'selfManaged',
      status: 'probationary',
      multiplier: 1,
    },
    bai: { id: 'mZ5', name: '白玉', openid: null, birthDate: '1945-01-01', category: 'selfManaged', status: 'full', multiplier: 1 },
  },
} as const;

/** The names in the order every form prints them (pinyin: ài, bái, shàn, xiè, zēng). */
export const PINYIN_ORDER = ['艾建军', '白玉', '单国华', '解小红', '曾秀兰'];

/** Writes the branch, its secretary and recorder, its members (白玉 exempt) and scheme 000 pinned for `years`. */
export async function buildCommunityBranch(db: Database, at: Date, years: number[]): Promise<void> {
  await db
    .collection('orgs')
    .doc(COMMUNITY.branchId)
    .set({ kind: 'branch', name: COMMUNITY.name, parentId: 'c1', ancestors: ['c1'], createdAt: at, createdBy: PEOPLE.admin });
  for (const [openid, role, name] of [
    [COMMUNITY.secretary, 'secretary', '郑书记'],
    [COMMUNITY.recorder, 'recorder', '王记分'],
  ] as const) {
    await db
      .collection('roles')
      .doc(roleId(openid, COMMUNITY.branchId, role))
      .set({ openid, orgId: COMMUNITY.branchId, role, name, grantedBy: PEOPLE.admin, grantedAt: at });
  }
  for (const m of Object.values(COMMUNITY.members)) {
    const { _id, ...doc } = aMemberDoc(
      {
        _id: m.id,
        branchId: COMMUNITY.branchId,
        name: m.name,
        birthDate: m.birthDate,
        category: m.category,
        status: m.status,
        openid: m.openid,
        boundAt: m.openid ? at : null,
        exempt: m.id === 'mZ5' ? { reason: '年老体弱，经本人申请', approvedBy: COMMUNITY.secretary, approvedAt: at } : null,
      },
      at,
    );
    await db.collection('members').doc(_id).set(doc);
  }
  const scheme = findPreset('000-zhengzhou-community')!;
  for (const year of years)
    await db.collection('branchYears').doc(`${COMMUNITY.branchId}:${year}`).set({
      branchId: COMMUNITY.branchId,
      committeeId: 'c1',
      year,
      schemeId: scheme.id,
      schemeVersion: scheme.version,
      source: 'preset',
      scheme,
      closedPeriods: [],
      setBy: PEOPLE.admin,
      setAt: at,
    });
}

/** The first sheet of an exported workbook, downloaded through its temporary link as the phone would. */
export async function openExport(url: string): Promise<ExcelJS.Worksheet> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`downloading ${url}: HTTP ${response.status}`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await response.arrayBuffer()) as ExcelJS.Buffer);
  return workbook.worksheets[0];
}

/** A row's cells 1…columns as printed: a merged range's value once (in its first cell), null elsewhere and when empty. */
export function rowOf(sheet: ExcelJS.Worksheet, row: number, columns = sheet.columnCount): (string | number | null)[] {
  return Array.from({ length: columns }, (_, i) => {
    const cell = sheet.getCell(row, i + 1);
    if (cell.isMerged && cell.master.address !== cell.address) return null;
    const value = cell.value;
    return value === null || value === undefined ? null : typeof value === 'number' || typeof value === 'string' ? value : String(value);
  });
}

/** The first row (from `from`) whose first cell is `text`, or -1. */
export function findRow(sheet: ExcelJS.Worksheet, text: string, from = 1): number {
  for (let r = from; r <= sheet.rowCount; r++) if (sheet.getCell(r, 1).value === text) return r;
  return -1;
}
