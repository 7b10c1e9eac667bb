import { createHash } from 'node:crypto';
import type { ExportFile } from '../../shared/contracts/exports/export-file.schema';
import type { ExportForm } from './export-forms';
import type { ExportFiles } from './export-files';

/** Forms by letter as the seed names them (附录 A—D). */
export const FORM_TITLES = {
  A: '党员积分管理考核记录表',
  B: '社区党员积分管理年度积分考核表',
  C: '党员年终等次评定审批表',
  D: '社区党员季度积分考核情况公示栏',
  S: '党员积分管理情况汇总表',
} as const;

/** Characters a file name on a phone or PC cannot hold, replaced. */
// eslint-disable-next-line no-control-regex -- the pattern exists to find control characters
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]/g;

/**
 * The file name people see and save: 表B 社区党员积分管理年度积分考核表（西坡村党支部 2026年度）.xlsx, or for
 * the committee 党委汇总表 党员积分管理情况汇总表（某镇党委 2026年第一季度）.xlsx.
 */
export function fileNameOf(form: ExportForm): string {
  const who = form.form === 'A' ? `${form.orgName} ${form.name}` : form.orgName;
  const when = form.form === 'D' ? form.through : form.form === 'S' ? form.rangeLabel : `${form.year}年度`;
  const draft = form.form === 'D' && form.status === 'draft' ? ' 草稿' : '';
  const prefix = form.form === 'S' ? '党委汇总表' : `表${form.form}`;
  return `${prefix} ${FORM_TITLES[form.form]}（${who} ${when}${draft}）.xlsx`.replace(UNSAFE, '_');
}

/**
 * Where an export is stored: exports/<org>/<year>/<form>[-<member>]-<digest>.xlsx. The digest is of the
 * form's contents, so the same contents land on the same file (asking again writes no new file), while
 * changed contents get a new path: a link handed out earlier, or a CDN copy of it, never shows other
 * numbers than the ones it was made for. Only the functions write under exports/ (database/storage-rules.json).
 */
export function cloudPathOf(orgId: string, form: ExportForm): string {
  const digest = createHash('sha256').update(JSON.stringify(form)).digest('hex').slice(0, 20);
  const safe = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, '_');
  const who = form.form === 'A' ? `-${safe(form.memberId)}` : '';
  return `exports/${safe(orgId)}/${form.year}/${form.form}${who}-${digest}.xlsx`;
}

/** Prints and stores the form, and answers what the page needs to download it. Storage requests: 3 (upload 2, link 1). */
export async function deliver(files: ExportFiles, orgId: string, form: ExportForm, now: Date): Promise<ExportFile> {
  const saved = await files.save(form, cloudPathOf(orgId, form));
  return {
    fileId: saved.fileId,
    url: saved.url,
    expiresAt: new Date(now.getTime() + saved.maxAgeSeconds * 1000).toISOString(),
    fileName: fileNameOf(form),
  };
}
